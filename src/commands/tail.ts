// tail: last lines (-n N) or bytes (-c N) of each file, or from line/byte N on (-n +N, -c +N).
// Files are read backwards from the end in chunks (readRange), so the tail of a big file costs
// little; stdin keeps only a window of the last lines. -f/-F are accepted and ignored (nothing
// in a virtual filesystem grows while a command runs). Headers as head.
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer, concat } from './lib/io.js';
import { parseCount, toNumber } from './lib/size.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'tail';
const BACK_CHUNK = 64 * 1024;

interface Mode { bytes: boolean; count: number; fromStart: boolean; delim: number }

export const tail: Command = async (ctx) => {
  let args = ctx.argv.slice(1);
  const first = args[0];
  if (first !== undefined) {
    const m = /^([-+])(\d*)([bkm]?)([cl]?)([fqv]*)$/.exec(first);
    if (m && m[2]) {
      const n = (m[2] || '10') + (m[3] ?? '');
      args = [m[4] === 'c' ? '-c' : '-n', (m[1] === '+' ? '+' : '') + n, ...(m[5] ? ['-' + m[5]] : []), ...args.slice(1)];
    }
  }
  const parsed = parseArgs(args, {
    flags: 'fFqvz', withArg: 'ncs',
    long: {
      lines: ['n', 'required'], bytes: ['c', 'required'], quiet: ['q', 'none'], silent: ['q', 'none'],
      verbose: ['v', 'none'], follow: ['f', 'optional'], retry: ['retry', 'none'], 'zero-terminated': ['z', 'none'],
      'sleep-interval': ['s', 'required'], pid: ['pid', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const mode: Mode = { bytes: false, count: 10, fromStart: false, delim: 10 };
  let headers: boolean | null = null;
  for (const o of parsed.options) {
    if (o.key === 'n' || o.key === 'c') {
      const v = o.value ?? '';
      const body = v.replace(/^[-+]/, '');
      const n = parseCount(body);
      if (n === null || body.startsWith('+') || body.startsWith('-')) {
        await ctx.stderr.write(`${NAME}: invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${quote(v)}\n`);
        return 1;
      }
      if (n > 0xffffffffffffffffn) {
        await ctx.stderr.write(`${NAME}: invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${quote(v)}: Value too large for defined data type\n`);
        return 1;
      }
      mode.bytes = o.key === 'c'; mode.fromStart = v.startsWith('+'); mode.count = toNumber(n);
    } else if (o.key === 'q') headers = false;
    else if (o.key === 'v') headers = true;
    else if (o.key === 'z') mode.delim = 0;
  }
  const operands = parsed.operands.length ? parsed.operands : ['-'];
  const showHeaders = headers ?? operands.length > 1;
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  let firstFile = true;
  for (const op of operands) {
    let size = -1;
    if (op !== '-') {
      try {
        const st = await ctx.fs.stat(resolvePath(ctx.cwd, op));
        if (st.type === 'file') size = st.size;
      } catch (e) {
        rethrowFatal(e);
        await out.flush();
        await ctx.stderr.write(`${NAME}: cannot open ${quote(op)} for reading: ${errorText(e)}\n`);
        status = 1;
        continue;
      }
    }
    if (showHeaders) await out.write(`${firstFile ? '' : '\n'}==> ${op === '-' ? 'standard input' : op} <==\n`);
    firstFile = false;
    try {
      if (size >= 0 && !mode.fromStart) await tailFileEnd(ctx, resolvePath(ctx.cwd, op), size, out, mode);
      else await tailStream(ctx, op, out, mode);
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`${NAME}: error reading ${quote(op)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  await out.flush();
  return status;
};

/** Last count lines/bytes of a regular file, reading backwards from its end. */
async function tailFileEnd(ctx: CommandContext, abs: string, size: number, out: OutBuffer, mode: Mode): Promise<void> {
  if (mode.bytes) {
    const start = Math.max(0, size - mode.count);
    for (let off = start; off < size; off += BACK_CHUNK * 16) await out.write(await ctx.fs.readRange(abs, off, Math.min(BACK_CHUNK * 16, size - off)));
    return;
  }
  if (mode.count === 0) return;
  // Walk back collecting chunks until count+1 delimiters are seen (a final delimiter ends the last line).
  const parts: Uint8Array[] = [];
  let pos = size;
  let seen = 0;

  let skipFinal = true;
  outer: while (pos > 0) {
    const from = Math.max(0, pos - BACK_CHUNK);
    const chunk = await ctx.fs.readRange(abs, from, pos - from);
    let i = chunk.length - 1;
    if (skipFinal && pos === size && chunk[i] === mode.delim) i--;
    skipFinal = false;
    for (; i >= 0; i--) {
      if (chunk[i] === mode.delim && ++seen === mode.count) {
        parts.unshift(chunk.subarray(i + 1));

        break outer;
      }
    }
    parts.unshift(chunk);
    pos = from;
  }
  for (const p of parts) await out.write(p);
}

/** stdin (or +N from the start): stream, keeping a bounded window for "last N". */
async function tailStream(ctx: CommandContext, op: string, out: OutBuffer, mode: Mode): Promise<void> {
  if (mode.fromStart) {
    // Skip count-1 lines/bytes, print the rest.
    let skip = Math.max(0, mode.count - 1);
    for await (const chunk of inputChunks(ctx, op)) {
      let at = 0;
      if (skip > 0) {
        if (mode.bytes) { at = Math.min(skip, chunk.length); skip -= at; }
        else {
          while (skip > 0) {
            const nl = chunk.indexOf(mode.delim, at);
            if (nl < 0) { at = chunk.length; break; }
            at = nl + 1; skip--;
          }
        }
      }
      if (at < chunk.length) await out.write(chunk.subarray(at));
    }
    return;
  }
  let window: Uint8Array = new Uint8Array(0);
  for await (const chunk of inputChunks(ctx, op)) {
    window = concat(window, chunk);
    if (window.length > 4 * BACK_CHUNK + mode.count) window = lastOf(window, mode).slice();
  }
  await out.write(lastOf(window, mode));
}

function lastOf(buf: Uint8Array, mode: Mode): Uint8Array {
  if (mode.bytes) return buf.subarray(Math.max(0, buf.length - mode.count));
  if (mode.count === 0) return buf.subarray(buf.length);
  let i = buf.length - 1;
  if (i >= 0 && buf[i] === mode.delim) i--;
  let seen = 0;
  for (; i >= 0; i--) if (buf[i] === mode.delim && ++seen === mode.count) return buf.subarray(i + 1);
  return buf;
}

