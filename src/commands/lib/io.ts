// Streaming helpers shared by commands: buffered output, chunked file/stdin reading and
// line splitting. Output is batched into ~64 KiB before each await, since every write to a
// sink costs a round trip through the scheduler.
import type { ByteSink, ByteSource, CommandContext } from '../types.js';
import { resolvePath } from '../../fs/path.js';
import { FsError } from '../../fs/types.js';

const FLUSH_AT = 64 * 1024;
const encoder = new TextEncoder();

/** Batches writes; call flush() before returning. Strings are UTF-8 encoded. */
export class OutBuffer {
  private buf = new Uint8Array(FLUSH_AT * 2);
  private len = 0;
  constructor(private readonly sink: ByteSink) {}

  /** Append; awaits the sink only when the batch is full. */
  async write(data: Uint8Array | string): Promise<void> {
    if (typeof data === 'string') {
      // Worst case 3 bytes per UTF-16 unit.
      if (this.len + data.length * 3 > this.buf.length) {
        await this.flush();
        if (data.length * 3 > this.buf.length) { await this.sink.write(data); return; }
      }
      this.len += encoder.encodeInto(data, this.buf.subarray(this.len)).written;
    } else {
      if (this.len + data.length > this.buf.length) {
        await this.flush();
        if (data.length >= FLUSH_AT) { await this.sink.write(data); return; }
      }
      this.buf.set(data, this.len);
      this.len += data.length;
    }
    if (this.len >= FLUSH_AT) await this.flush();
  }

  /** Append without awaiting (the buffer grows as needed); call flushIfFull() after a batch. */
  push(data: Uint8Array | string): void {
    const need = typeof data === 'string' ? data.length * 3 : data.length;
    if (this.len + need > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + need));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    if (typeof data === 'string') this.len += encoder.encodeInto(data, this.buf.subarray(this.len)).written;
    else { this.buf.set(data, this.len); this.len += data.length; }
  }

  /** Flush when at least a batch is waiting. */
  async flushIfFull(): Promise<void> {
    if (this.len >= FLUSH_AT) await this.flush();
  }

  /** Hand everything buffered to the sink. */
  async flush(): Promise<void> {
    if (this.len === 0) return;
    const out = this.buf.slice(0, this.len);
    this.len = 0;
    await this.sink.write(out);
  }
}

const FIRST_CHUNK = 64 * 1024;
const MAX_CHUNK = 1024 * 1024;

/** Chunks of a file read with readRange (64 KiB growing to 1 MiB), so that a reader that stops
 *  early reads little. Throws FsError (EISDIR for a directory, ENOENT …) on the first read. */
export async function* fileChunks(ctx: CommandContext, path: string): AsyncGenerator<Uint8Array> {
  const abs = resolvePath(ctx.cwd, path);
  const st = await ctx.fs.stat(abs);
  if (st.type === 'dir') throw new FsError('EISDIR', abs);
  let offset = 0;
  let size = FIRST_CHUNK;
  for (;;) {
    const chunk = await ctx.fs.readRange(abs, offset, size);
    if (chunk.length === 0) return;
    yield chunk;
    offset += chunk.length;
    if (size < MAX_CHUNK) size *= 2;
  }
}

/** Chunks of stdin. Chunks are copied only by consumers that keep them. */
export async function* sourceChunks(src: ByteSource): AsyncGenerator<Uint8Array> {
  for (;;) {
    const c = await src.read();
    if (c === null) return;
    if (c.length > 0) yield c;
  }
}

/** Chunks of a file operand, '-' meaning stdin. */
export function inputChunks(ctx: CommandContext, operand: string): AsyncGenerator<Uint8Array> {
  return operand === '-' ? sourceChunks(ctx.stdin) : fileChunks(ctx, operand);
}

/** Splits chunks into lines (each including its '\n' when present). feed() calls onLine for
 *  every complete line; end() delivers a final line without newline. Returning false from
 *  onLine stops the current feed (the caller decides to stop reading). */
export class LineSplitter {
  private carry: Uint8Array | null = null;

  /** Returns false when onLine asked to stop. */
  feed(chunk: Uint8Array, onLine: (line: Uint8Array) => boolean | void): boolean {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      let line = chunk.subarray(start, nl + 1);
      if (this.carry) { line = concat(this.carry, line); this.carry = null; }
      start = nl + 1;
      if (onLine(line) === false) { this.keep(chunk.subarray(start)); return false; }
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
    return true;
  }

  private keep(rest: Uint8Array): void {
    if (rest.length === 0) return;
    this.carry = this.carry ? concat(this.carry, rest) : rest.slice();
  }

  /** The unterminated last line, if any. */
  end(): Uint8Array | null {
    const c = this.carry;
    this.carry = null;
    return c;
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a); out.set(b, a.length);
  return out;
}

/** Read all of a source into one array (for commands that need the whole input, e.g. tail -n). */
export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of chunks) { parts.push(c.slice()); total += c.length; }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
