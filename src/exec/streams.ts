// ByteSource / ByteSink for TypeScript commands, over executor pipes or host handles.
// Pipe ends are read and written in place in executor memory between two run() calls; a
// command that finds a pipe empty (or full) waits for the executor's next run().
import { ERR_AGAIN } from '../abi/layout.js';
import { BrokenPipe, type ByteSink, type ByteSource } from '../commands/types.js';
import type { Handle } from './handles.js';
import type { Kernel } from './kernel.js';

const te = new TextEncoder();

export class PipeSource implements ByteSource {
  private closed = false;
  constructor(private k: Kernel, private p: number) {}
  async read(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.closed) return null;
      const ex = this.k.exports;
      const n = ex.pipe_read_len(this.p);
      if (n > 0) {
        const at = ex.pipe_read_ptr(this.p);
        const chunk = this.k.u8().slice(at, at + n);
        ex.pipe_consume(this.p, n);
        this.k.kick();
        await this.k.maybeTurn();
        return chunk;
      }
      if (n < 0) return null;
      await this.k.nextRun();
    }
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.k.exports.pipe_close_read(this.p);
    this.k.kick();
  }
}

export class PipeSink implements ByteSink {
  private released = false;
  constructor(private k: Kernel, private p: number) {}
  async write(data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? te.encode(data) : data;
    let off = 0;
    while (off < bytes.length) {
      if (this.released) throw new BrokenPipe();
      const ex = this.k.exports;
      const n = ex.pipe_write_len(this.p);
      if (n < 0) throw new BrokenPipe();
      if (n === 0) { await this.k.nextRun(); continue; }
      const m = Math.min(n, bytes.length - off);
      this.k.u8().set(bytes.subarray(off, off + m), ex.pipe_write_ptr(this.p));
      ex.pipe_commit(this.p, m);
      off += m;
      this.k.kick();
    }
    await this.k.maybeTurn();
  }
  /** Drop this command's write end (once). */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.k.exports.pipe_close_write(this.p);
    this.k.kick();
  }
}

export class HandleSource implements ByteSource {
  private buf = new Uint8Array(64 * 1024);
  private closed = false;
  constructor(private k: Kernel, private h: Handle | undefined) {}
  async read(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.closed || !this.h) return null;
      const n = this.h.readSync(this.buf);
      if (n > 0) { await this.k.maybeTurn(); return this.buf.slice(0, n); }
      if (n === -ERR_AGAIN) { await this.h.fill(); continue; }
      return null;
    }
  }
  close(): void { this.closed = true; }
}

export class HandleSink implements ByteSink {
  constructor(private k: Kernel, private h: Handle | undefined) {}
  async write(data: Uint8Array | string): Promise<void> {
    if (!this.h) throw new BrokenPipe();
    const bytes = typeof data === 'string' ? te.encode(data) : data;
    const n = this.h.writeSync(bytes);
    if (n < 0) throw new Error('write error: Bad file descriptor');
    if (this.k.controller.signal.aborted) throw this.k.controller.signal.reason ?? new Error('aborted');
    await this.k.maybeTurn();
  }
}
