// xargs [-0] [-d DELIM] [-a FILE] [-n N] [-L N] [-I R] [-r] [-t] [-x] [-s N] [-P N] [COMMAND [ARG]...]:
// build command lines from input items and run them with ctx.exec (default echo). Children get
// an empty stdin. Status 123 when a child exited 1-125, 124 on 255, 126/127 as the child.
import type { ByteSource, Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, readAll } from './lib/io.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal, checkAbort } from './lib/run.js';

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
  let raw: Uint8Array;
  try { raw = await readAll(file === null ? inputChunks(ctx, '-') : inputChunks(ctx, file)); } catch (e) {
    rethrowFatal(e);
    await ctx.stderr.write(`xargs: ${file}: ${errorText(e)}\n`);
    return 1;
  }
  const text = new TextDecoder().decode(raw);
  let items: string[];
  let lineEnds: number[] = [];
  let quoteError: string | null = null;
  if (replace !== null) {
    items = [];
    for (const l of (delim === null ? text.split('\n') : text.split(delim))) {
      const t = delim === null ? l.replace(/^[ \t]+/, '') : l;
      if (t !== '') items.push(t);
    }
    if (delim !== null && text.endsWith(delim) === false && items.length && (items[items.length - 1] as string) === '') items.pop();
  } else if (delim !== null) {
    items = text.split(delim);
    if (items[items.length - 1] === '') items.pop();
    lineEnds = items.map((_, i) => i + 1);
  } else {
    const r = splitDefault(text);
    // GNU runs the command for the items before a bad quote, then reports it.
    quoteError = r.error ?? null;
    items = r.items;
    lineEnds = r.lineEnds;
  }
  if (eof !== null) { const k = items.indexOf(eof); if (k >= 0) items = items.slice(0, k); }
  // Group items into command lines.
  const groups: string[][] = [];
  if (replace !== null) for (const it of items) groups.push(cmd.map((a) => a.split(replace as string).join(it)));
  else if (maxArgs > 0) for (let i = 0; i < items.length; i += maxArgs) groups.push([...cmd, ...items.slice(i, i + maxArgs)]);
  else if (maxLines > 0) {
    let start = 0, lines = 0;
    for (const end of lineEnds) {
      lines++;
      if (lines === maxLines) { groups.push([...cmd, ...items.slice(start, end)]); start = end; lines = 0; }
    }
    if (start < items.length) groups.push([...cmd, ...items.slice(start)]);
  } else if (items.length) groups.push([...cmd, ...items]);
  if (groups.length === 0 && !noEmpty && replace === null && quoteError === null) groups.push([...cmd]);
  let status = 0;
  for (const argv of groups) {
    checkAbort(ctx);
    if (verbose) await ctx.stderr.write(argv.join(' ') + '\n');
    const st = await runChild(ctx, argv);
    if (st === 255) { await ctx.stderr.write(`xargs: ${argv[0]}: exited with status 255; aborting\n`); return 124; }
    if (st === 126 || st === 127) return st;
    if (st >= 128 && st !== 141) { await ctx.stderr.write(`xargs: ${argv[0]}: terminated by signal ${st - 128}\n`); return 125; }
    if (st !== 0) status = 123;
  }
  if (quoteError !== null) { await ctx.stderr.write(`xargs: ${quoteError}\n`); return 1; }
  return status;
};

function runChild(ctx: CommandContext, argv: string[]): Promise<number> {
  return ctx.exec(argv, { stdin: emptySource() });
}
