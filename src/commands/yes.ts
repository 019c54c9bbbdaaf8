// yes [STRING...]: repeat a line forever. Writes ~64 KiB blocks; ends by BrokenPipe (status
// 141 via the runner) when the reader goes, or by the abort signal's reason.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { checkAbort } from './lib/run.js';

const BLOCK = 64 * 1024;

export const yes: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { long: {} });
  if (!parsed.ok) return usageError(ctx, 'yes', parsed.message);
  const line = new TextEncoder().encode((parsed.operands.length ? parsed.operands.join(' ') : 'y') + '\n');
  const reps = Math.max(1, Math.floor(BLOCK / line.length));
  const block = new Uint8Array(reps * line.length);
  for (let i = 0; i < reps; i++) block.set(line, i * line.length);
  for (;;) {
    checkAbort(ctx);
    // A fresh view each time: sinks may keep what they are given until they resolve.
    await ctx.stdout.write(block);
  }
};
