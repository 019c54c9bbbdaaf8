// chmod [-R] [-v] [-c] [-f] MODE[,MODE]... FILE... (octal or symbolic [ugoa]*[-+=][rwxXst]*|[ugo]),
// or --reference. Applied with Vfs.chmod (a driver without chmod keeps its modes).
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const UMASK = 0o022;

/** The new mode, or null when the mode text is invalid. */
export function applyMode(text: string, old: number, isDir: boolean): number | null {
  if (/^[0-7]+$/.test(text)) {
    if (text.length > 4) return null;
    const v = parseInt(text, 8);
    // Directories keep their set-id bits unless given with 5+ digits (GNU).
    return isDir && text.length < 5 ? (v | (old & 0o6000 & ~(text.length === 4 ? 0o7777 : 0))) : v;
  }
  let mode = old & 0o7777;
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] as string;
    let mask = 0;
    if (who === '') mask = 0o7777;
    for (const w of who) mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    for (const act of (m[2] as string).match(/[-+=][^-+=]*/g) ?? []) {
      const op = act[0] as string;
      const perms = act.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const src = perms === 'u' ? (mode >> 6) & 7 : perms === 'g' ? (mode >> 3) & 7 : mode & 7;
        bits = (src << 6) | (src << 3) | src;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') { if (isDir || (mode & 0o111)) bits |= 0o111; }
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      }
      let eff = bits & mask;
      if (who === '') eff &= ~UMASK | 0o7000;
      if (op === '+') mode |= eff;
      else if (op === '-') mode &= ~eff;
      else { mode = (mode & ~(mask & (who === '' ? 0o7777 : mask))) | eff; }
    }
  }
  return mode;
}

export const chmod: Command = async (ctx) => {
  // A mode like -w or -x would look like an option: take it as the mode.
  const raw = ctx.argv.slice(1);
  let modeArg: string | null = null;
  const rest: string[] = [];
  for (const a of raw) {
    if (modeArg === null && /^-[rwxXst]+$/.test(a) && !/^-[Rvcf]+$/.test(a)) { modeArg = a; continue; }
    rest.push(a);
  }
  const parsed = parseArgs(rest, { flags: 'Rcfv', long: { recursive: ['R', 'none'], changes: ['c', 'none'], silent: ['f', 'none'], quiet: ['f', 'none'], verbose: ['v', 'none'], reference: ['r', 'required'] } });
  if (!parsed.ok) return usageError(ctx, 'chmod', parsed.message);
  let recursive = false, quiet = false, verbose = false, changes = false;
  let ref: string | null = null;
  for (const o of parsed.options) {
    if (o.key === 'R') recursive = true; else if (o.key === 'f') quiet = true; else if (o.key === 'v') verbose = true; else if (o.key === 'c') changes = true;
    else if (o.key === 'r') ref = o.value ?? '';
  }
  const ops = [...parsed.operands];
  let refMode: number | null = null;
  if (ref !== null) {
    try { refMode = (await ctx.fs.stat(resolvePath(ctx.cwd, ref))).mode & 0o7777; } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`chmod: failed to get attributes of ${quote(ref)}: ${errorText(e)}\n`);
      return 1;
    }
  } else if (modeArg === null) modeArg = ops.shift() ?? null;
  if (modeArg === null && refMode === null) return usageError(ctx, 'chmod', 'missing operand');
  if (ops.length === 0) return usageError(ctx, 'chmod', `missing operand after ${quote(modeArg ?? '')}`);
  if (modeArg !== null && applyMode(modeArg, 0, false) === null) return usageError(ctx, 'chmod', `invalid mode: ${quote(modeArg)}`);
  let status = 0;
  const one = async (c: CommandContext, p: string, shown: string): Promise<void> => {
    const abs = resolvePath(c.cwd, p);
    let st;
    try { st = await c.fs.stat(abs); } catch (e) {
      rethrowFatal(e);
      if (!quiet) await c.stderr.write(`chmod: cannot access ${quote(shown)}: ${errorText(e)}\n`);
      status = 1;
      return;
    }
    const next = refMode ?? (applyMode(modeArg as string, st.mode, st.type === 'dir') as number);
    try {
      await c.fs.chmod(abs, next);
      if (verbose || (changes && next !== (st.mode & 0o7777))) await c.stdout.write(`mode of ${quote(shown)} ${next === (st.mode & 0o7777) ? 'retained as' : 'changed from'} ${fmt(st.mode & 0o7777, st.type === 'dir')}${next === (st.mode & 0o7777) ? '' : ` to ${fmt(next, st.type === 'dir')}`}\n`);
    } catch (e) {
      rethrowFatal(e);
      if (!quiet) await c.stderr.write(`chmod: changing permissions of ${quote(shown)}: ${errorText(e)}\n`);
      status = 1;
    }
    if (recursive && st.type === 'dir') {
      const entries = await c.fs.readdir(abs).catch(() => []);
      for (const e of entries) await one(c, abs + '/' + e.name, shown.replace(/\/$/, '') + '/' + e.name);
    }
  };
  for (const op of ops) await one(ctx, op, op);
  return status;
};

function fmt(mode: number, _dir: boolean): string {
  const o = mode.toString(8).padStart(4, '0');
  const c = [...'rwxrwxrwx'].map((ch, i) => (mode & (1 << (8 - i)) ? ch : '-'));
  const special = (at: number, bit: number, on: string): void => { if (mode & bit) c[at] = c[at] === 'x' ? on : on.toUpperCase(); };
  special(2, 0o4000, 's'); special(5, 0o2000, 's'); special(8, 0o1000, 't');
  return `${o} (${c.join('')})`;
}
