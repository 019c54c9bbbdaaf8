// Host handles: the executor's view of everything outside its pipes (execute() stdin/stdout/
// stderr, files opened by redirections, /dev/null …). Reads and writes are synchronous so the
// executor never waits for a plain write; a read that has no bytes ready yet answers AGAIN and
// the executor asks for a fill (an async refill of the buffer) before trying again.
import type { Vfs } from '../fs/vfs.js';
import { ERR_AGAIN, ERR_BADF } from '../abi/layout.js';
import { errnoOf } from './errors.js';

export interface Handle {
  /** Copy up to dst.length bytes into dst: count, 0 at end of input, -ERR_AGAIN, or -ERR_*. */
  readSync(dst: Uint8Array): number;
  /** Make readSync able to progress (refill). */
  fill(): Promise<void>;
  /** Take bytes (the caller's buffer is reused: copy). Returns bytes.length or -ERR_*. */
  writeSync(bytes: Uint8Array): number;
  /** Flush and release. Resolves to 0 or -ERR_*. */
  close(): Promise<number>;
}

abstract class BaseHandle implements Handle {
  readSync(_dst: Uint8Array): number { return -ERR_BADF; }
  async fill(): Promise<void> { /* nothing to refill */ }
  writeSync(_bytes: Uint8Array): number { return -ERR_BADF; }
  async close(): Promise<number> { return 0; }
}

/** Collects output (execute() stdout/stderr). Calls onLimit once when more than `limit` bytes arrive. */
export class OutputHandle extends BaseHandle {
  chunks: Uint8Array[] = [];
  size = 0;
  constructor(private limit: number, private onLimit: () => void,
    private onChunk?: (bytes: Uint8Array) => void) { super(); }
  override writeSync(bytes: Uint8Array): number {
    if (this.size + bytes.length > this.limit) {
      const room = Math.max(0, this.limit - this.size);
      if (room > 0) { const c = bytes.slice(0, room); this.chunks.push(c); this.size += room; this.onChunk?.(c); }
      this.onLimit();
      return bytes.length;
    }
    const c = bytes.slice();
    this.chunks.push(c);
    this.size += c.length;
    this.onChunk?.(c);
    return bytes.length;
  }
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) { out.set(c, o); o += c.length; }
    return out;
  }
}

/** /dev/null: reads end at once, writes vanish. */
export class NullHandle extends BaseHandle {
  override readSync(): number { return 0; }
  override writeSync(bytes: Uint8Array): number { return bytes.length; }
}

/** /dev/zero and /dev/urandom: endless input. */
export class EndlessHandle extends BaseHandle {
  constructor(private random: boolean) { super(); }
  override readSync(dst: Uint8Array): number {
    const n = Math.min(dst.length, 65536);
    const part = dst.subarray(0, n);
    if (this.random) crypto.getRandomValues(part); else part.fill(0);
    return n;
  }
  override writeSync(bytes: Uint8Array): number { return bytes.length; }
}

/** A buffered reader over a source of chunks (a file read in ranges, or execute()'s stdin). */
export class ChunkReader extends BaseHandle {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private eof = false;
  /** next() gives the next chunk or null at end. */
  constructor(private next: () => Promise<Uint8Array | null>) { super(); }
  override readSync(dst: Uint8Array): number {
    if (this.pos < this.buf.length) {
      const n = Math.min(dst.length, this.buf.length - this.pos);
      dst.set(this.buf.subarray(this.pos, this.pos + n));
      this.pos += n;
      return n;
    }
    return this.eof ? 0 : -ERR_AGAIN;
  }
  override async fill(): Promise<void> {
    if (this.eof || this.pos < this.buf.length) return;
    const c = await this.next();
    if (c === null) { this.eof = true; this.buf = new Uint8Array(0); } else { this.buf = c; }
    this.pos = 0;
  }
}

/** Bytes read from a file, in ranges of `chunk` bytes (so a pipeline that stops early reads little). */
export function fileReader(vfs: Vfs, path: string, chunk = 256 * 1024): ChunkReader {
  let offset = 0;
  return new ChunkReader(async () => {
    const c = await vfs.readRange(path, offset, chunk);
    if (c.length === 0) return null;
    offset += c.length;
    return c;
  });
}

/** execute()'s stdin from bytes, text, an async iterable or a ReadableStream. */
export type StdinInput = Uint8Array | string | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

export function stdinReader(input: StdinInput | undefined): ChunkReader {
  if (input === undefined) return new ChunkReader(async () => null);
  if (typeof input === 'string' || input instanceof Uint8Array) {
    let once: Uint8Array | null = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    return new ChunkReader(async () => { const c = once; once = null; return c && c.length ? c : null; });
  }
  if (typeof (input as ReadableStream<Uint8Array>).getReader === 'function') {
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    return new ChunkReader(async () => { const r = await reader.read(); return r.done ? null : r.value; });
  }
  const it = (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return new ChunkReader(async () => {
    const r = await it.next();
    if (r.done) return null;
    return typeof r.value === 'string' ? new TextEncoder().encode(r.value) : r.value;
  });
}

/** A file opened for writing. The file was already created/truncated at open; bytes are
 *  buffered and appended on close (and whenever the buffer passes `flushAt`). */
export class FileWriter extends BaseHandle {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private flushing: Promise<number> = Promise.resolve(0);
  constructor(private vfs: Vfs, private path: string, private flushAt = 1 << 20) { super(); }
  override writeSync(bytes: Uint8Array): number {
    this.chunks.push(bytes.slice());
    this.size += bytes.length;
    if (this.size >= this.flushAt) this.flushing = this.flushing.then(() => this.flush());
    return bytes.length;
  }
  private async flush(): Promise<number> {
    if (this.size === 0) return 0;
    const data = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) { data.set(c, o); o += c.length; }
    this.chunks = [];
    this.size = 0;
    try { await this.vfs.appendFile(this.path, data); return 0; } catch (e) { return -errnoOf(e); }
  }
  override async close(): Promise<number> {
    const a = await this.flushing;
    const b = await this.flush();
    return a || b;
  }
}

/** A file opened for reading and writing (`<>`): its bytes are held in memory with one position
 *  shared by reads and writes, and written back on close when changed. */
export class ReadWriteFile extends BaseHandle {
  private pos = 0;
  private dirty = false;
  constructor(private vfs: Vfs, private path: string, private data: Uint8Array) { super(); }
  override readSync(dst: Uint8Array): number {
    const n = Math.min(dst.length, this.data.length - this.pos);
    if (n <= 0) return 0;
    dst.set(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }
  override writeSync(bytes: Uint8Array): number {
    const end = this.pos + bytes.length;
    if (end > this.data.length) {
      const grown = new Uint8Array(Math.max(end, this.data.length * 2));
      grown.set(this.data);
      this.data = grown.subarray(0, end);
    } else if (this.data.buffer.byteLength === this.data.length && !this.dirty) {
      this.data = this.data.slice(); // never write into a buffer the driver handed out
    }
    this.data.set(bytes, this.pos);
    this.pos = end;
    this.dirty = true;
    return bytes.length;
  }
  override async close(): Promise<number> {
    if (!this.dirty) return 0;
    try { await this.vfs.writeFile(this.path, this.data); return 0; } catch (e) { return -errnoOf(e); }
  }
}
