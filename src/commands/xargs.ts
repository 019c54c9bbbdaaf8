// xargs [-0] [-d DELIM] [-a FILE] [-n N] [-L N] [-I R] [-r] [-t] [-x] [-s N] [-P N] [COMMAND [ARG]...]:
// build command lines from input items and run them with ctx.exec (default echo). Children get
// an empty stdin. Status 123 when a child exited 1-125, 124 on 255, 126/127 as the child.
import type { ByteSource, Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks } from './lib/io.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal, checkAbort } from './lib/run.js';

const MAX_LINE = 131072;

const emptySource = (): ByteSource => ({ read: async () => null, close: () => {} });

/** Items of the default format (blanks separate; quotes and backslash escape); lines mark line ends. */
function splitDefault(text: string): { items: string[]; lineEnds: number[]; error?: string } {
  const items: string[] = [];
  const lineEnds: number[] = [];
  let cur = '';
  let have = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === ' ' || c === '\t') {
      if (have) { items.push(cur); cur = ''; have = false; if (c === '\n') lineEnds.push(items.length); }
      else if (c === '\n' && items.length && lineEnds[lineEnds.length - 1] !== items.length && !/[ \t]$/.test(text.slice(0, i))) lineEnds.push(items.length);
      continue;
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return { items, lineEnds, error: `unmatched ${c === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option` };
      cur += text.slice(i + 1, end);
      have = true;
      i = end;
      continue;
    }
    if (c === '\\' && i + 1 < text.length) { cur += text[++i]; have = true; continue; }
    cur += c;
    have = true;
  }
  if (have) { items.push(cur); lineEnds.push(items.length); }
  return { items, lineEnds };
}

export const xargs: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: '0rtxpo', withArg: 'dainLIsPE',
    long: {
      null: ['0', 'none'], delimiter: ['d', 'required'], 'arg-file': ['a', 'required'], 'max-args': ['n', 'required'],
      'max-lines': ['L', 'required'], replace: ['I', 'optional'], 'no-run-if-empty': ['r', 'none'], verbose: ['t', 'none'],
      exit: ['x', 'none'], 'max-chars': ['s', 'required'], 'max-procs': ['P', 'required'], interactive: ['p', 'none'],
      'open-tty': ['o', 'none'], eof: ['E', 'required'],
    },
    stopAtOperand: true,
  });
  if (!parsed.ok) return usageError(ctx, 'xargs', parsed.message);
  let delim: string | null = null, file: string | null = null, maxArgs = 0, maxLines = 0, replace: string | null = null;
  let noEmpty = false, verbose = false, eof: string | null = null;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    switch (o.key) {
      case '0': delim = '\0'; break;
      case 'd': {
        const esc: Record<string, string> = { n: '\n', t: '\t', '0': '\0', '\\': '\\', r: '\r' };
        delim = v.length === 2 && v[0] === '\\' ? esc[v[1] as string] ?? v[1] as string : /^\\x[0-9a-f]{2}$/i.test(v) ? String.fromCharCode(parseInt(v.slice(2), 16)) : v;
        if (delim.length !== 1) { await ctx.stderr.write(`xargs: invalid input delimiter specification ${v}: the delimiter must be either a single character or an escape sequence starting with \\.\n`); return 1; }
        break;
      }
      case 'a': file = v; break;
      case 'n': case 'L': {
        if (!/^\d+$/.test(v)) { await ctx.stderr.write(`xargs: invalid number ${quote(v)} for -${o.key} option\n`); return 1; }
        if (Number(v) < 1) return usageError(ctx, 'xargs', `value ${v} for -${o.key} option should be >= 1`);
        if (o.key === 'n') { maxArgs = Number(v); maxLines = 0; } else { maxLines = Number(v); maxArgs = 0; }
        break;
      }
      case 'I': replace = v || '{}'; break;
      case 'r': noEmpty = true; break;
      case 't': case 'p': verbose = true; break;
      case 'E': eof = v; break;
    }
  }
  const cmd = parsed.operands.length ? parsed.operands : ['echo'];
  // Input is read in pieces that end at a line (or delimiter) boundary, and each command line
  // runs as soon as it is complete, so endless input (yes | xargs -n1 | head) works.
  const sepByte = (delim ?? '\n').charCodeAt(0);
  const dec = new TextDecoder();
  let pending: string[] = [];
  let pendingLineEnds: number[] = [];
  let quoteError: string | null = null;
  let ran = false;
  let stopped = false;
  let status = 0;
  /** Run one command line; returns a final status to end with, or null to go on. */
  const runOne = async (argv: string[]): Promise<number | null> => {
    checkAbort(ctx);
    ran = true;
    if (verbose) await ctx.stderr.write(argv.join(' ') + '\n');
    const st = await runChild(ctx, argv);
    if (st === 255) { await ctx.stderr.write(`xargs: ${argv[0]}: exited with status 255; aborting\n`); return 124; }
    if (st === 126 || st === 127) return st;
    if (st >= 128) { await ctx.stderr.write(`xargs: ${argv[0]}: terminated by signal ${st - 128}\n`); return 125; }
    if (st !== 0) status = 123;
    return null;
  };
  /** Run the complete command lines among the pending items (all of them when final). */
  const drain = async (final: boolean): Promise<number | null> => {
    const groups: string[][] = [];
    if (replace !== null) { for (const it of pending) groups.push(cmd.map((a) => a.split(replace as string).join(it))); pending = []; }
    else if (maxArgs > 0) {
      let i = 0;
      for (; pending.length - i >= maxArgs || (final && i < pending.length); i += maxArgs) groups.push([...cmd, ...pending.slice(i, i + maxArgs)]);
      pending = pending.slice(i);
    } else if (maxLines > 0) {
      let start = 0, lines = 0;
      for (const e of pendingLineEnds) {
        lines++;
        if (lines === maxLines) { groups.push([...cmd, ...pending.slice(start, e)]); start = e; lines = 0; }
      }
      if (final && start < pending.length) { groups.push([...cmd, ...pending.slice(start)]); start = pending.length; }
      pending = pending.slice(start);
      pendingLineEnds = pendingLineEnds.filter((e) => e > start).map((e) => e - start);
      if (lines > 0 && !final) { /* the lines counted after start stay pending */ }
    } else {
      // As GNU xargs: as many arguments as fit in a 128 KiB command line.
      const base = cmd.reduce((n, x) => n + new TextEncoder().encode(x).length + 1, 0);
      let start = 0, size = base;
      for (let i = 0; i < pending.length; i++) {
        const len = new TextEncoder().encode(pending[i] as string).length + 1;
        if (size + len > MAX_LINE && i > start) { groups.push([...cmd, ...pending.slice(start, i)]); start = i; size = base; }
        size += len;
      }
      if (final && start < pending.length) { groups.push([...cmd, ...pending.slice(start)]); start = pending.length; }
      pending = pending.slice(start);
      pendingLineEnds = [];
    }
    for (const argv of groups) { const r = await runOne(argv); if (r !== null) return r; }
    return null;
  };
  const take = (text: string): void => {
    let items: string[];
    let lineEnds: number[] = [];
    if (replace !== null) {
      items = [];
      for (const l of text.split(delim ?? '\n')) {
        const t = delim === null ? l.replace(/^[ \t]+/, '') : l;
        if (t !== '') items.push(t);
      }
    } else if (delim !== null) {
      items = text.split(delim);
      if (items[items.length - 1] === '') items.pop();
      lineEnds = items.map((_, i) => i + 1);
    } else {
      const r = splitDefault(text);
      // GNU runs the command for the items before a bad quote, then reports it.
      if (r.error) { quoteError = r.error; stopped = true; }
      items = r.items;
      lineEnds = r.lineEnds;
    }
    if (eof !== null) {
      const k = items.indexOf(eof);
      if (k >= 0) { items = items.slice(0, k); lineEnds = lineEnds.filter((e) => e <= k); stopped = true; }
    }
    const base = pending.length;
    pending.push(...items);
    pendingLineEnds.push(...lineEnds.map((e) => e + base));
  };
  let carry: Uint8Array = new Uint8Array(0);
  try {
    for await (const chunk of file === null ? inputChunks(ctx, '-') : inputChunks(ctx, file)) {
      const all = concat(carry, chunk);
      const cut = all.lastIndexOf(sepByte);
      if (cut < 0) { carry = all; continue; }
      carry = all.slice(cut + 1);
      take(dec.decode(all.subarray(0, cut + 1)));
      const r = await drain(false);
      if (r !== null) return r;
      if (stopped) break;
    }
  } catch (e) {
    rethrowFatal(e);
    await ctx.stderr.write(`xargs: ${file ?? '-'}: ${errorText(e)}\n`);
    return 1;
  }
  if (!stopped && carry.length) take(dec.decode(carry));
  const r = await drain(true);
  if (r !== null) return r;
  if (!ran && !noEmpty && replace === null && quoteError === null) { const r2 = await runOne([...cmd]); if (r2 !== null) return r2; }
  if (quoteError !== null) { await ctx.stderr.write(`xargs: ${quoteError}\n`); return 1; }
  return status;
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const out = new Uint8Array(a.length + b.length);
  out.set(a); out.set(b, a.length);
  return out;
}

function runChild(ctx: CommandContext, argv: string[]): Promise<number> {
  return ctx.exec(argv, { stdin: emptySource() });
}
