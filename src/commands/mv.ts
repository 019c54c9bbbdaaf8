// mv [-f] [-n] [-v] [-T] [-t DIR] SRC DST | SRC... DIR: rename through the mount table (across
// mounts it copies then deletes). A mount point cannot be moved ("Device or resource busy").
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { copyOrMove } from './cp.js';

const NAME = 'mv';

export const mv: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'fnvTiu', withArg: 't',
    long: {
      force: ['f', 'none'], 'no-clobber': ['n', 'none'], verbose: ['v', 'none'], 'target-directory': ['t', 'required'],
      'no-target-directory': ['T', 'none'], interactive: ['i', 'none'], update: ['u', 'optional'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let noClobber = false, verbose = false, noTargetDir = false;
  let target: string | null = null;
  for (const o of parsed.options) {
    if (o.key === 'n') noClobber = true;
    else if (o.key === 'f') noClobber = false;
    else if (o.key === 'v') verbose = true;
    else if (o.key === 't') target = o.value ?? '';
    else if (o.key === 'T') noTargetDir = true;
  }
  return copyOrMove(ctx, NAME, parsed.operands, target, noTargetDir, async (src, dst, shownSrc, shownDst) => {
    let st;
    try { st = await ctx.fs.lstat(src); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: cannot stat ${quote(shownSrc)}: ${errorText(e)}\n`);
      return false;
    }
    if (src === dst) {
      await ctx.stderr.write(`${NAME}: ${quote(shownSrc)} and ${quote(shownDst)} are the same file\n`);
      return false;
    }
    if (st.type === 'dir' && (dst + '/').startsWith(src + '/')) {
      await ctx.stderr.write(`${NAME}: cannot move ${quote(shownSrc)} to a subdirectory of itself, ${quote(shownDst)}\n`);
      return false;
    }
    if (noClobber && (await ctx.fs.exists(dst))) return true;
    try {
      await ctx.fs.rename(src, dst);
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: cannot move ${quote(shownSrc)} to ${quote(shownDst)}: ${errorText(e)}\n`);
      return false;
    }
    if (verbose) await ctx.stdout.write(`renamed ${quote(shownSrc)} -> ${quote(shownDst)}\n`);
    return true;
  });
};
