// ln [-s] [-f] [-n] [-T] [-v] TARGET [LINK] | TARGET... DIR; readlink [-f|-e|-m] [-n] [-z];
// realpath [-e|-m] [-s] [-z] [-q]. Hard links are copies (the mount table has no link()).
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal, isFsError } from './lib/run.js';
import { resolvePath, normalizePath, basename } from '../fs/path.js';
import { FsError } from '../fs/types.js';

export const ln: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'sfnTvirPL', withArg: 't',
    long: {
      symbolic: ['s', 'none'], force: ['f', 'none'], 'no-dereference': ['n', 'none'], 'no-target-directory': ['T', 'none'],
      verbose: ['v', 'none'], interactive: ['i', 'none'], relative: ['r', 'none'], 'target-directory': ['t', 'required'],
      physical: ['P', 'none'], logical: ['L', 'none'],
    },
  });
  if (!parsed.ok) return usageError(ctx, 'ln', parsed.message);
  let sym = false, force = false, noDeref = false, noTargetDir = false, verbose = false;
  let targetDir: string | null = null;
  for (const o of parsed.options) {
    if (o.key === 's') sym = true; else if (o.key === 'f') force = true; else if (o.key === 'n') noDeref = true;
    else if (o.key === 'T') noTargetDir = true; else if (o.key === 'v') verbose = true; else if (o.key === 't') targetDir = o.value ?? '';
  }
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(ctx, 'ln', 'missing file operand');
  const isDir = async (p: string, follow: boolean): Promise<boolean> => {
    try { return (await (follow ? ctx.fs.stat(resolvePath(ctx.cwd, p)) : ctx.fs.lstat(resolvePath(ctx.cwd, p)))).type === 'dir'; } catch { return false; }
  };
  let pairs: [string, string][];
  if (targetDir !== null) pairs = ops.map((t) => [t, joinName(targetDir as string, t)]);
  else if (ops.length === 1) pairs = [[ops[0] as string, basename(normalizePath(ops[0] as string)) || (ops[0] as string)]];
  else if (!noTargetDir && (await isDir(ops[ops.length - 1] as string, !noDeref))) {
    const dir = ops[ops.length - 1] as string;
    pairs = ops.slice(0, -1).map((t) => [t, joinName(dir, t)]);
  } else {
    if (ops.length > 2) {
      if (noTargetDir) return usageError(ctx, 'ln', `extra operand ${quote(ops[2] as string)}`);
      await ctx.stderr.write(`ln: target ${quote(ops[ops.length - 1] as string)} is not a directory\n`);
      return 1;
    }
    pairs = [[ops[0] as string, ops[1] as string]];
  }
  let status = 0;
  for (const [target, link] of pairs) {
    const abs = resolvePath(ctx.cwd, link);
    try {
      let data: Uint8Array | null = null;
      if (!sym) {
        try {
          const st = await ctx.fs.stat(resolvePath(ctx.cwd, target));
          if (st.type === 'dir') { await ctx.stderr.write(`ln: ${quote(target)}: hard link not allowed for directory\n`); status = 1; continue; }
          data = await ctx.fs.readFile(resolvePath(ctx.cwd, target));
        } catch (e) {
          rethrowFatal(e);
          await ctx.stderr.write(`ln: failed to access ${quote(target)}: ${errorText(e)}\n`);
          status = 1;
          continue;
        }
      }
      let exists = true;
      try { await ctx.fs.lstat(abs); } catch { exists = false; }
      if (exists) {
        if (!force) throw new FsError('EEXIST', abs);
        await ctx.fs.rm(abs);
      }
      if (sym) await ctx.fs.symlink(target, abs); else await ctx.fs.writeFile(abs, data as Uint8Array);
      if (verbose) await ctx.stdout.write(`${quote(link)} ${sym ? '->' : '=>'} ${quote(target)}\n`);
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`ln: failed to create ${sym ? 'symbolic' : 'hard'} link ${quote(link)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

function joinName(dir: string, target: string): string {
  const base = basename(normalizePath(target));
  return dir.endsWith('/') ? dir + base : dir + '/' + base;
}

/** Canonical absolute path. mode e: everything must exist; f: all but the last component; m: nothing. */
async function canonical(ctx: CommandContext, path: string, mode: 'e' | 'f' | 'm'): Promise<string | null> {
  const abs = resolvePath(ctx.cwd, path);
  try { return await ctx.fs.realpath(abs); } catch (e) {
    rethrowFatal(e);
    if (mode === 'e') throw e;
  }
  // Resolve the longest existing prefix, then append the rest.
  const parts = abs.split('/').filter((p) => p !== '');
  for (let k = parts.length - 1; k >= 0; k--) {
    const head = '/' + parts.slice(0, k).join('/');
    let real: string;
    try { real = await ctx.fs.realpath(head); } catch { continue; }
    const st = await ctx.fs.stat(real).catch(() => null);
    if (k < parts.length && st && st.type !== 'dir') { if (mode !== 'm') throw new FsError('ENOTDIR', abs); }
    if (mode === 'f' && k < parts.length - 1) throw new FsError('ENOENT', abs);
    // A dangling symlink as last existing component: follow its target textually.
    let rest = parts.slice(k);
    let base = real;
    if (rest.length > 0) {
      const first = rest[0] as string;
      const cand = (base === '/' ? '' : base) + '/' + first;
      try {
        const lst = await ctx.fs.lstat(cand);
        if (lst.type === 'symlink') {
          const t = await ctx.fs.readlink(cand);
          const tabs = t.startsWith('/') ? normalizePath(t) : normalizePath(base + '/' + t);
          if (mode === 'f' && rest.length > 1) throw new FsError('ENOENT', abs);
          const r = await canonical({ ...ctx, cwd: '/' }, tabs, mode);
          if (r === null) return null;
          base = r; rest = rest.slice(1);
        }
      } catch (e) { if (e instanceof FsError && e.code !== 'ENOENT') throw e; }
    }
    return normalizePath(base + '/' + rest.join('/'));
  }
  return null;
}

export const readlink: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'femnqsvz',
    long: { canonicalize: ['f', 'none'], 'canonicalize-existing': ['e', 'none'], 'canonicalize-missing': ['m', 'none'], 'no-newline': ['n', 'none'], quiet: ['q', 'none'], silent: ['s', 'none'], verbose: ['v', 'none'], zero: ['z', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, 'readlink', parsed.message);
  let mode: 'f' | 'e' | 'm' | null = null, noNl = false, zero = false, verbose = false;
  for (const o of parsed.options) {
    if (o.key === 'f' || o.key === 'e' || o.key === 'm') mode = o.key;
    else if (o.key === 'n') noNl = true; else if (o.key === 'z') zero = true; else if (o.key === 'v') verbose = true;
    else if (o.key === 'q' || o.key === 's') verbose = false;
  }
  if (parsed.operands.length === 0) return usageError(ctx, 'readlink', 'missing operand');
  if (noNl && parsed.operands.length > 1) { await ctx.stderr.write('readlink: ignoring --no-newline with multiple arguments\n'); noNl = false; }
  let status = 0;
  let out = '';
  for (const op of parsed.operands) {
    try {
      const r = mode ? await canonical(ctx, op, mode) : await ctx.fs.readlink(resolvePath(ctx.cwd, op));
      if (r === null) { status = 1; continue; }
      out += r + (zero ? '\0' : noNl ? '' : '\n');
    } catch (e) {
      rethrowFatal(e);
      if (verbose) await ctx.stderr.write(`readlink: ${op}: ${isFsError(e, 'EINVAL') ? 'Invalid argument' : errorText(e)}\n`);
      status = 1;
    }
  }
  await ctx.stdout.write(out);
  return status;
};

export const realpath: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'emLPqsz',
    long: { 'canonicalize-existing': ['e', 'none'], 'canonicalize-missing': ['m', 'none'], logical: ['L', 'none'], physical: ['P', 'none'], quiet: ['q', 'none'], strip: ['s', 'none'], 'no-symlinks': ['s', 'none'], zero: ['z', 'none'], 'relative-to': ['R', 'required'], 'relative-base': ['B', 'required'] },
  });
  if (!parsed.ok) return usageError(ctx, 'realpath', parsed.message);
  let mode: 'f' | 'e' | 'm' = 'f', quiet = false, strip = false, zero = false;
  for (const o of parsed.options) {
    if (o.key === 'e' || o.key === 'm') mode = o.key; else if (o.key === 'q') quiet = true; else if (o.key === 's') strip = true; else if (o.key === 'z') zero = true;
  }
  if (parsed.operands.length === 0) return usageError(ctx, 'realpath', 'missing operand');
  let status = 0;
  for (const op of parsed.operands) {
    try {
      let r: string | null;
      if (strip) {
        r = resolvePath(ctx.cwd, op);
        if (mode !== 'm') { const parent = mode === 'e' ? r : r.slice(0, r.lastIndexOf('/')) || '/'; await ctx.fs.stat(parent); }
      } else r = await canonical(ctx, op, mode);
      if (r === null) throw new FsError('ENOENT', op);
      await ctx.stdout.write(r + (zero ? '\0' : '\n'));
    } catch (e) {
      rethrowFatal(e);
      if (!quiet) await ctx.stderr.write(`realpath: ${op}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
