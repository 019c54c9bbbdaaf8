// rm [-f] [-r|-R] [-d] [-v] FILE...: -i/-I/--interactive are accepted and ignored (no terminal).
// Refuses '/' recursively, and '.'/'..' as GNU does. A mount point cannot be removed (EBUSY).
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { isFsError, rethrowFatal, checkAbort } from './lib/run.js';
import { resolvePath } from '../fs/path.js';
import { FsError } from '../fs/types.js';

const NAME = 'rm';

interface Opts { force: boolean; recursive: boolean; dir: boolean; verbose: boolean }

export const rm: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'fiIrRdv',
    long: {
      force: ['f', 'none'], recursive: ['r', 'none'], dir: ['d', 'none'], verbose: ['v', 'none'],
      interactive: ['i', 'optional'], 'no-preserve-root': ['np', 'none'], 'preserve-root': ['pr', 'optional'],
      'one-file-system': ['x', 'none'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const o: Opts = { force: false, recursive: false, dir: false, verbose: false };
  let preserveRoot = true;
  for (const opt of parsed.options) {
    if (opt.key === 'f') o.force = true;
    else if (opt.key === 'i' || opt.key === 'I') o.force = false;
    else if (opt.key === 'r' || opt.key === 'R') o.recursive = true;
    else if (opt.key === 'd') o.dir = true;
    else if (opt.key === 'v') o.verbose = true;
    else if (opt.key === 'np') preserveRoot = false;
  }
  if (parsed.operands.length === 0) {
    if (o.force) return 0;
    return usageError(ctx, NAME, 'missing operand');
  }
  let status = 0;
  for (const op of parsed.operands) {
    const last = op.replace(/\/+$/, '').split('/').pop();
    if (last === '.' || last === '..' || /^\.\.?\/+$/.test(op)) {
      await ctx.stderr.write(`${NAME}: refusing to remove '.' or '..' directory: skipping ${quote(op)}\n`);
      status = 1;
      continue;
    }
    const abs = resolvePath(ctx.cwd, op);
    if (abs === '/' && o.recursive && preserveRoot) {
      await ctx.stderr.write(`${NAME}: it is dangerous to operate recursively on '/'\n${NAME}: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    if (!(await remove(ctx, abs, op, o))) status = 1;
  }
  return status;
};

async function fail(ctx: CommandContext, shown: string, e: unknown): Promise<false> {
  rethrowFatal(e);
  await ctx.stderr.write(`${NAME}: cannot remove ${quote(shown)}: ${errorText(e)}\n`);
  return false;
}

/** Remove one operand (depth-first when recursive). Returns false on any error. */
async function remove(ctx: CommandContext, abs: string, shown: string, o: Opts): Promise<boolean> {
  checkAbort(ctx);
  let st;
  try { st = await ctx.fs.lstat(abs); } catch (e) {
    if (o.force && isFsError(e, 'ENOENT')) return true;
    return fail(ctx, shown, e);
  }
  if (st.type === 'dir') {
    if (!o.recursive && !o.dir) return fail(ctx, shown, new FsError('EISDIR', abs));
    let ok = true;
    if (o.recursive) {
      let entries;
      try { entries = await ctx.fs.readdir(abs); } catch (e) { return fail(ctx, shown, e); }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const base = shown.endsWith('/') ? shown : shown + '/';
      for (const ent of entries) {
        if (!(await remove(ctx, (abs === '/' ? '' : abs) + '/' + ent.name, base + ent.name, o))) ok = false;
      }
    }
    if (!ok) return false;
    try { await ctx.fs.rm(abs); } catch (e) { return fail(ctx, shown, e); }
    if (o.verbose) await ctx.stdout.write(`removed directory ${quote(shown)}\n`);
    return true;
  }
  try { await ctx.fs.rm(abs); } catch (e) {
    if (o.force && isFsError(e, 'ENOENT')) return true;
    return fail(ctx, shown, e);
  }
  if (o.verbose) await ctx.stdout.write(`removed ${quote(shown)}\n`);
  return true;
}
