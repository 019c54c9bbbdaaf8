// head: first lines (-n N) or bytes (-c N) of each file; -n -N / -c -N print all but the
// last N. -N is the obsolete form of -n N. Headers "==> F <==" with several files (-q/-v).
// Stops reading a file as soon as enough was printed.
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer, concat } from './lib/io.js';
import { parseCount, toNumber } from './lib/size.js';
import { errorText, quote } from './lib/errors.js';
import { isFsError, rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'head';

export const head: Command = async (ctx) => {
  let args = ctx.argv.slice(1);
  // Obsolete -N[bkm][cqv] as first argument.
  const first = args[0];
  if (first !== undefined && /^-\d+[bkmcqvl]*$/.test(first)) {
    const m = /^-(\d+)([bkm]?)([cl]?)([qv]*)$/.exec(first);
    if (m) args = [m[3] === 'c' ? '-c' : '-n', (m[1] as string) + (m[2] ?? ''), ...((m[4] ?? '') ? ['-' + m[4]] : []), ...args.slice(1)];
  }
  const parsed = parseArgs(args, {
    flags: 'qvz',
    withArg: 'nc',
    long: { lines: ['n', 'required'], bytes: ['c', 'required'], quiet: ['q', 'none'], silent: ['q', 'none'], verbose: ['v', 'none'], 'zero-terminated': ['z', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let bytes = false;
  let count = 10;
  let allBut = false;
  let headers: boolean | null = null;
  let delim = 10;
  for (const o of parsed.options) {
    if (o.key === 'n' || o.key === 'c') {
      const v = o.value ?? '';
      const neg = v.startsWith('-');
      const n = parseCount(neg ? v.slice(1) : v);
      if (n === null) {
        await ctx.stderr.write(`${NAME}: invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${quote(v)}\n`);
        return 1;
      }
      if (n > 0xffffffffffffffffn) {
        await ctx.stderr.write(`${NAME}: invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${quote(v)}: Value too large for defined data type\n`);
        return 1;
      }
      bytes = o.key === 'c'; allBut = neg; count = toNumber(n);
    } else if (o.key === 'q') headers = false;
    else if (o.key === 'v') headers = true;
    else if (o.key === 'z') delim = 0;
  }
  const operands = parsed.operands.length ? parsed.operands : ['-'];
  const showHeaders = headers ?? operands.length > 1;
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  let firstFile = true;
  for (const op of operands) {
    // A file that cannot be opened gets no header; a directory opens, then fails to read.
    if (op !== '-') {
      try { await ctx.fs.stat(resolvePath(ctx.cwd, op)); } catch (e) {
        rethrowFatal(e);
        await out.flush();
        await ctx.stderr.write(`${NAME}: cannot open ${quote(op)} for reading: ${errorText(e)}\n`);
        status = 1;
        continue;
      }
    }
    if (showHeaders) {
      await out.write(`${firstFile ? '' : '\n'}==> ${op === '-' ? 'standard input' : op} <==\n`);
    }
    firstFile = false;
    try {
      if (allBut) await headAllBut(ctx, op, out, count, bytes, delim);
      else await headFirst(ctx, op, out, count, bytes, delim);
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      const how = isFsError(e, 'EISDIR') ? 'error reading' : 'cannot open';
      await ctx.stderr.write(`${NAME}: ${how} ${quote(op)}${how === 'cannot open' ? ' for reading' : ''}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  await out.flush();
  return status;
};

async function headFirst(ctx: CommandContext, op: string, out: OutBuffer, count: number, bytes: boolean, delim: number): Promise<void> {
  let left = count;
  if (left === 0) { await inputChunks(ctx, op).next(); return; }
  for await (const chunk of inputChunks(ctx, op)) {
    if (bytes) {
      const take = Math.min(left, chunk.length);
      await out.write(chunk.subarray(0, take));
      left -= take;
    } else {
      let pos = 0;
      while (left > 0) {
        const nl = chunk.indexOf(delim, pos);
        if (nl < 0) { pos = chunk.length; break; }
        pos = nl + 1;
        left--;
      }
      await out.write(chunk.subarray(0, pos));
    }
    if (left === 0) return;
  }
}

/** Everything except the last count lines/bytes: keeps only a window of pending data. */
async function headAllBut(ctx: CommandContext, op: string, out: OutBuffer, count: number, bytes: boolean, delim: number): Promise<void> {
  let pending: Uint8Array = new Uint8Array(0);
  for await (const chunk of inputChunks(ctx, op)) {
    pending = concat(pending, chunk);
    if (bytes) {
      if (pending.length > count) { await out.write(pending.subarray(0, pending.length - count)); pending = pending.slice(pending.length - count); }
    } else {
      // Find the start of the last `count` complete lines (+ any partial tail) and emit before it.
      const cut = cutBeforeLastLines(pending, count, delim);
      if (cut > 0) { await out.write(pending.subarray(0, cut)); pending = pending.slice(cut); }
    }
  }
}

/** Offset where the last n lines of buf begin (an unterminated tail counts as a line). */
function cutBeforeLastLines(buf: Uint8Array, n: number, delim: number): number {
  if (n === 0) return buf.length;
  let pos = buf.length;
  let seen = 0;
  // A terminated last line ends at buf.length; an unterminated tail is one line on its own.
  if (pos > 0 && buf[pos - 1] === delim) pos--;
  while (pos > 0) {
    const nl = buf.lastIndexOf(delim, pos - 1);
    seen++;
    if (seen === n) return nl + 1;
    if (nl < 0) return 0;
    pos = nl;
  }
  return 0;
}
