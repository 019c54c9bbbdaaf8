// mkdir [-p] [-v] [-m MODE] DIR...: -m is accepted and ignored (modes are not enforced).
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { isFsError, rethrowFatal } from './lib/run.js';
import { resolvePath, splitPath } from '../fs/path.js';
import { FsError } from '../fs/types.js';

const NAME = 'mkdir';

export const mkdir: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'pv', withArg: 'm',
    long: { parents: ['p', 'none'], verbose: ['v', 'none'], mode: ['m', 'required'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const keys = new Set(parsed.options.map((o) => o.key));
  const parents = keys.has('p'), verbose = keys.has('v');
  if (parsed.operands.length === 0) return usageError(ctx, NAME, 'missing operand');
  let status = 0;
  for (const op of parsed.operands) {
    try {
      if (parents) await makeParents(ctx, op, verbose);
      else {
        await ctx.fs.mkdir(resolvePath(ctx.cwd, op));
        if (verbose) await ctx.stdout.write(`${NAME}: created directory ${quote(op)}\n`);
      }
    } catch (e) {
      rethrowFatal(e);
      const where = e instanceof PathError ? e.shown : op;
      await ctx.stderr.write(`${NAME}: cannot create directory ${quote(where)}: ${errorText(e instanceof PathError ? e.cause : e)}\n`);
      status = 1;
    }
  }
  return status;
};

class PathError extends Error {
  constructor(readonly shown: string, override readonly cause: unknown) { super(shown); }
}

/** mkdir -p: create each missing component, printing each with -v (as the user wrote it). */
async function makeParents(ctx: CommandContext, op: string, verbose: boolean): Promise<void> {
  const abs = resolvePath(ctx.cwd, op);
  const parts = op.split('/');
  const absParts = splitPath(abs);
  const skip = absParts.length - parts.filter((p) => p !== '' && p !== '.').length;
  let shown = op.startsWith('/') ? '' : undefined;
  for (let i = 0; i < absParts.length; i++) {
    const path = '/' + absParts.slice(0, i + 1).join('/');
    if (i >= skip) shown = shown === undefined ? (absParts[i] as string) : shown + '/' + (absParts[i] as string);
    const last = i === absParts.length - 1;
    let st;
    try { st = await ctx.fs.stat(path); } catch (e) { rethrowFatal(e); if (!isFsError(e, 'ENOENT')) throw new PathError(shown ?? op, e); }
    if (st) {
      if (st.type !== 'dir') throw new PathError(shown ?? op, new FsError(last ? 'EEXIST' : 'ENOTDIR', path));
      continue;
    }
    try { await ctx.fs.mkdir(path); } catch (e) {
      rethrowFatal(e);
      if (isFsError(e, 'EEXIST')) continue;
      throw new PathError(shown ?? op, e);
    }
    if (verbose) await ctx.stdout.write(`${NAME}: created directory ${quote(shown ?? op)}\n`);
  }
}
