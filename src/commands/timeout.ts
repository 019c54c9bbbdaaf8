// timeout [-s SIG] [-k DURATION] [--preserve-status] [--foreground] [-v] DURATION COMMAND [ARG]...:
// run COMMAND with ctx.exec; when DURATION passes, its streams are cut (reads end, writes fail)
// and timeout returns 124 (or 128+9 with -s KILL, the child's status with --preserve-status)
// without waiting for it.
import type { ByteSink, ByteSource, Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { quote } from './lib/errors.js';
import { BrokenPipe } from './types.js';

const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15 };

export function parseDuration(s: string): number | null {
  const m = /^\+?((?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)([smhd]?)$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as string] as number);
}

export const timeout: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'v', withArg: 'sk',
    long: { signal: ['s', 'required'], 'kill-after': ['k', 'required'], 'preserve-status': ['p', 'none'], foreground: ['f', 'none'], verbose: ['v', 'none'] },
    stopAtOperand: true,
  });
  if (!parsed.ok) return usageError(ctx, 'timeout', parsed.message, 125);
  let sig = 15, preserve = false, verbose = false;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.key === 's') {
      const name = v.toUpperCase().replace(/^SIG/, '');
      const n = /^\d+$/.test(v) ? Number(v) : SIGNALS[name];
      if (n === undefined) { await ctx.stderr.write(`timeout: ${v}: invalid signal\nTry 'timeout --help' for more information.\n`); return 125; }
      sig = n;
    } else if (o.key === 'k') {
      if (parseDuration(v) === null) { await ctx.stderr.write(`timeout: invalid time interval ${quote(v)}\nTry 'timeout --help' for more information.\n`); return 125; }
    } else if (o.key === 'p') preserve = true;
    else if (o.key === 'v') verbose = true;
  }
  const [dur, ...cmd] = parsed.operands;
  if (dur === undefined || cmd.length === 0) { await ctx.stderr.write("Try 'timeout --help' for more information.\n"); return 125; }
  const secs = parseDuration(dur);
  if (secs === null) { await ctx.stderr.write(`timeout: invalid time interval ${quote(dur)}\nTry 'timeout --help' for more information.\n`); return 125; }
  let expired = false;
  const stdin: ByteSource = { read: async () => (expired ? null : ctx.stdin.read()), close: () => ctx.stdin.close() };
  const guard = (s: ByteSink): ByteSink => ({ write: async (d) => { if (expired) throw new BrokenPipe(); return s.write(d); } });
  const kill = new AbortController();
  const child = ctx.exec(cmd, { stdin, stdout: guard(ctx.stdout), stderr: guard(ctx.stderr), signal: kill.signal });
  if (secs === 0) return child;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), Math.min(secs * 1000, 2 ** 31 - 1)); });
  const onAbort = (): void => { clearTimeout(timer); };
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const r = await Promise.race([child, expiry]);
    if (r !== 'timeout') return r;
    expired = true;
    if (verbose) await ctx.stderr.write(`timeout: sending signal ${Object.keys(SIGNALS).find((k) => SIGNALS[k] === sig) ?? sig} to command ${quote(cmd[0] as string)}\n`);
    // Stop the child (its executor sees the abort at the next node, sleep at once) and wait for it.
    kill.abort();
    await child.catch(() => 0);
    if (preserve) return 128 + sig;
    return sig === 9 ? 137 : 124;
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onAbort);
  }
};
