// cp [-r|-R|-a] [-f] [-n] [-v] [-p] SRC DST | SRC... DIR. Symlinks met while copying a tree are
// copied as symlinks; a symlink operand is followed.
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { isFsError, rethrowFatal, checkAbort } from './lib/run.js';
import { resolvePath } from '../fs/path.js';
import { baseOf } from './basename.js';

const NAME = 'cp';

interface Opts { recursive: boolean; noClobber: boolean; verbose: boolean }

export const cp: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'rRafnvpPdLHiuT', withArg: 't',
    long: {
      recursive: ['r', 'none'], archive: ['a', 'none'], force: ['f', 'none'], 'no-clobber': ['n', 'none'],
      verbose: ['v', 'none'], preserve: ['p', 'optional'], 'target-directory': ['t', 'required'],
      'no-target-directory': ['T', 'none'], interactive: ['i', 'none'], update: ['u', 'optional'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const o: Opts = { recursive: false, noClobber: false, verbose: false };
  let target: string | null = null;
  let noTargetDir = false;
  for (const opt of parsed.options) {
    if (opt.key === 'r' || opt.key === 'R' || opt.key === 'a') o.recursive = true;
    else if (opt.key === 'n') o.noClobber = true;
    else if (opt.key === 'v') o.verbose = true;
    else if (opt.key === 't') target = opt.value ?? '';
    else if (opt.key === 'T') noTargetDir = true;
  }
  return copyOrMove(ctx, NAME, parsed.operands, target, noTargetDir, async (src, dst, shownSrc, shownDst) => {
    return copyOne(ctx, src, dst, shownSrc, shownDst, o, true);
  });
};

/** Shared operand handling for cp and mv: SRC DST, or SRC... DIR (or -t DIR). */
export async function copyOrMove(
  ctx: CommandContext, name: string, operands: string[], target: string | null, noTargetDir: boolean,
  one: (src: string, dst: string, shownSrc: string, shownDst: string) => Promise<boolean>,
): Promise<number> {
  const ops = [...operands];
  if (target === null) {
    if (ops.length === 0) return usageError(ctx, name, 'missing file operand');
    if (ops.length === 1) return usageError(ctx, name, `missing destination file operand after ${quote(ops[0] as string)}`);
    target = ops.pop() as string;
  }
  const tabs = resolvePath(ctx.cwd, target);
  let targetIsDir = false;
  let targetError: unknown = null;
  try { targetIsDir = (await ctx.fs.stat(tabs)).type === 'dir'; } catch (e) { rethrowFatal(e); targetError = e; }
  if (noTargetDir) targetIsDir = false;
  if (ops.length > 1 && !targetIsDir) {
    const why = targetError ? `: ${errorText(targetError)}` : ' is not a directory';
    await ctx.stderr.write(`${name}: target ${quote(target)}${why}\n`);
    return 1;
  }
  let status = 0;
  for (const src of ops) {
    const dstShown = targetIsDir ? (target.endsWith('/') ? target : target + '/') + baseOf(src) : target;
    const ok = await one(resolvePath(ctx.cwd, src), resolvePath(ctx.cwd, dstShown), src, dstShown);
    if (!ok) status = 1;
  }
  return status;
}

async function copyOne(ctx: CommandContext, src: string, dst: string, shownSrc: string, shownDst: string, o: Opts, top: boolean): Promise<boolean> {
  checkAbort(ctx);
  let st;
  try { st = top ? await ctx.fs.stat(src) : await ctx.fs.lstat(src); } catch (e) {
    rethrowFatal(e);
    await ctx.stderr.write(`${NAME}: cannot stat ${quote(shownSrc)}: ${errorText(e)}\n`);
    return false;
  }
  if (src === dst) {
    await ctx.stderr.write(`${NAME}: ${quote(shownSrc)} and ${quote(shownDst)} are the same file\n`);
    return false;
  }
  if (st.type === 'dir') {
    if (!o.recursive) { await ctx.stderr.write(`${NAME}: -r not specified; omitting directory ${quote(shownSrc)}\n`); return false; }
    if ((dst + '/').startsWith(src + '/')) {
      await ctx.stderr.write(`${NAME}: cannot copy a directory, ${quote(shownSrc)}, into itself, ${quote(shownDst)}\n`);
      return false;
    }
    try {
      let exists = false;
      try { exists = (await ctx.fs.stat(dst)).type === 'dir'; } catch (e) { rethrowFatal(e); }
      if (!exists) await ctx.fs.mkdir(dst);
      if (o.verbose) await ctx.stdout.write(`${quote(shownSrc)} -> ${quote(shownDst)}\n`);
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: cannot create directory ${quote(shownDst)}: ${errorText(e)}\n`);
      return false;
    }
    let ok = true;
    const entries = await ctx.fs.readdir(src);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (!(await copyOne(ctx, src + '/' + e.name, dst + '/' + e.name, shownSrc + '/' + e.name, shownDst + '/' + e.name, o, false))) ok = false;
    }
    return ok;
  }
  try {
    if (o.noClobber && (await ctx.fs.exists(dst))) return true;
    if (st.type === 'symlink') {
      try { await ctx.fs.rm(dst); } catch (e) { if (!isFsError(e, 'ENOENT')) throw e; }
      await ctx.fs.symlink(await ctx.fs.readlink(src), dst);
    } else {
      await ctx.fs.writeFile(dst, await ctx.fs.readFile(src));
    }
    if (o.verbose) await ctx.stdout.write(`${quote(shownSrc)} -> ${quote(shownDst)}\n`);
    return true;
  } catch (e) {
    rethrowFatal(e);
    const verb = isFsError(e, 'EISDIR') ? `cannot overwrite directory ${quote(shownDst)} with non-directory` : `cannot create regular file ${quote(shownDst)}`;
    await ctx.stderr.write(`${NAME}: ${verb}${isFsError(e, 'EISDIR') ? '' : ': ' + errorText(e)}\n`);
    return false;
  }
}
