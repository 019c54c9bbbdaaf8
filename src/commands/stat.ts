// stat [-L] [-c FORMAT | --printf FORMAT] [-t] FILE...: file status. Formats: %n %N %s %b %B %F %a
// %A %f %U %G %u %g %h %i %o %X %Y %Z %W %x %y %z %w %d %D %m %t %T %%. Owners are the shell's
// user; inode and device numbers are not meaningful (0).
import type { Command, CommandContext } from './types.js';
import type { FileStat } from '../fs/types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';
import { strftime } from './date.js';

function typeName(st: FileStat): string {
  return st.type === 'dir' ? 'directory' : st.type === 'symlink' ? 'symbolic link' : st.size === 0 ? 'regular empty file' : 'regular file';
}

function modeString(st: FileStat): string {
  let s = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : '-';
  const m = st.mode;
  const bits = 'rwxrwxrwx';
  for (let i = 0; i < 9; i++) s += m & (1 << (8 - i)) ? bits[i] : '-';
  const arr = [...s];
  if (m & 0o4000) arr[3] = arr[3] === 'x' ? 's' : 'S';
  if (m & 0o2000) arr[6] = arr[6] === 'x' ? 's' : 'S';
  if (m & 0o1000) arr[9] = arr[9] === 'x' ? 't' : 'T';
  return arr.join('');
}

const timeText = (ms: number): string => strftime('%Y-%m-%d %H:%M:%S.%N %z', ms);

async function format(ctx: CommandContext, fmt: string, name: string, st: FileStat, escapes: boolean): Promise<string> {
  const user = ctx.env.get('USER') || 'user';
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (escapes && c === '\\' && i + 1 < fmt.length) {
      const n = fmt[++i] as string;
      const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', '"': '"' };
      out += map[n] ?? '\\' + n;
      continue;
    }
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    let j = i + 1;
    let spec = '';
    while (/[-#+ 0'0-9.]/.test(fmt[j] ?? '')) spec += fmt[j++];
    const conv = fmt[j] as string;
    i = j;
    let v: string;
    const secs = Math.floor(st.mtimeMs / 1000);
    switch (conv) {
      case 'n': v = name; break;
      case 'N': v = quote(name); if (st.type === 'symlink') { try { v += ' -> ' + quote(await ctx.fs.readlink(resolvePath(ctx.cwd, name))); } catch { /* none */ } } break;
      case 's': v = String(st.size); break;
      case 'b': v = String(Math.ceil(st.size / 4096) * 8); break;
      case 'B': v = '512'; break;
      case 'F': v = typeName(st); break;
      case 'a': v = (st.mode & 0o7777).toString(8); break;
      case 'A': v = modeString(st); break;
      case 'f': v = ((st.type === 'dir' ? 0o40000 : st.type === 'symlink' ? 0o120000 : 0o100000) | (st.mode & 0o7777)).toString(16); break;
      case 'U': case 'G': v = user; break;
      case 'u': case 'g': v = '1000'; break;
      case 'h': v = st.type === 'dir' ? '2' : '1'; break;
      case 'i': case 'd': case 'D': case 't': case 'T': v = '0'; break;
      case 'o': v = '4096'; break;
      case 'm': v = '/'; break;
      case 'X': case 'Y': case 'Z': v = String(secs); break;
      case 'W': v = '0'; break;
      case 'x': case 'y': case 'z': v = timeText(st.mtimeMs); break;
      case 'w': v = '-'; break;
      case '%': v = '%'; spec = ''; break;
      default: v = '?' + (conv ?? ''); break;
    }
    const w = /(\d+)/.exec(spec.replace(/\..*/, ''));
    if (w) v = spec.includes('-') ? v.padEnd(Number(w[1])) : v.padStart(Number(w[1]), spec.startsWith('0') && /^\d+$/.test(v) ? '0' : ' ');
    out += v;
  }
  return out;
}

export const stat: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'Lft', withArg: 'c',
    long: { dereference: ['L', 'none'], 'file-system': ['f', 'none'], terse: ['t', 'none'], format: ['c', 'required'], printf: ['p', 'required'] },
  });
  if (!parsed.ok) return usageError(ctx, 'stat', parsed.message);
  let follow = false, terse = false;
  let fmt: string | null = null;
  let printf = false;
  for (const o of parsed.options) {
    if (o.key === 'L') follow = true; else if (o.key === 't') terse = true;
    else if (o.key === 'c') { fmt = o.value ?? ''; printf = false; } else if (o.key === 'p') { fmt = o.value ?? ''; printf = true; }
  }
  if (parsed.operands.length === 0) return usageError(ctx, 'stat', 'missing operand');
  let status = 0;
  for (const op of parsed.operands) {
    let st: FileStat;
    try { st = await (follow ? ctx.fs.stat(resolvePath(ctx.cwd, op)) : ctx.fs.lstat(resolvePath(ctx.cwd, op))); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`stat: cannot statx ${quote(op)}: ${errorText(e)}\n`);
      status = 1;
      continue;
    }
    let text: string;
    if (fmt !== null) text = await format(ctx, fmt, op, st, printf) + (printf ? '' : '\n');
    else if (terse) text = await format(ctx, '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o', op, st, false) + '\n';
    else {
      const size = `  Size: ${String(st.size).padEnd(10)}\tBlocks: ${String(Math.ceil(st.size / 4096) * 8).padEnd(10)} IO Block: 4096   ${typeName(st)}`;
      const shown = st.type === 'symlink' ? `${op} -> ${await ctx.fs.readlink(resolvePath(ctx.cwd, op)).catch(() => '?')}` : op;
      text = await format(ctx, `  File: ${shown.replace(/%/g, '%%')}\n${size.replace(/%/g, '%%')}\nDevice: 0,0\tInode: 0           Links: %h\nAccess: (%04a/%A)  Uid: ( %4u/%8U)   Gid: ( %4g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: -\n`, op, st, false);
    }
    await ctx.stdout.write(text);
  }
  return status;
};
