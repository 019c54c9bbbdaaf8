// Helpers around the per-operand loop that most file commands share.
import type { CommandContext } from '../types.js';
import { BrokenPipe } from '../types.js';
import { FsError } from '../../fs/types.js';
import { errorText } from './errors.js';

/** Rethrow what must not be reported as a file error (broken pipe, abort). */
export function rethrowFatal(e: unknown): void {
  if (e instanceof BrokenPipe) throw e;
  if (e instanceof Error && e.name === 'AbortError') throw e;
}

/** Report "NAME: OPERAND: strerror" for a failed file operand. */
export async function reportFileError(ctx: CommandContext, name: string, operand: string, e: unknown): Promise<void> {
  rethrowFatal(e);
  await ctx.stderr.write(`${name}: ${operand}: ${errorText(e)}\n`);
}

export function isFsError(e: unknown, code?: FsError['code']): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}

/** Throw the signal's reason when aborted. */
export function checkAbort(ctx: CommandContext): void {
  if (ctx.signal.aborted) throw ctx.signal.reason ?? abortError();
}

export function abortError(): Error {
  const e = new Error('This operation was aborted');
  e.name = 'AbortError';
  return e;
}
