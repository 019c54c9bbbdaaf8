// Pipes: ring buffers in linear memory with reference-counted read and write ends.
//
//   buf ──► [ . . . R R R R R . . . ]   head = first readable byte, count = readable bytes
//                   ^head      ^tail = (head + count) % cap
//
// Buffers come from the raw heap (heap.alloc, never moved by the GC), so the host can read and
// write them through pipe_*_ptr between two run() calls. A pipe is freed when both ends reach
// zero references; its index is reused afterwards.
import { MEM_PIPE_RING_BYTES } from '../abi/layout';

export class Pipe {
  buf: usize = 0;
  cap: i32 = 0;
  head: i32 = 0;
  count: i32 = 0;
  readers: i32 = 0;
  writers: i32 = 0;
}

export const pipes: Array<Pipe | null> = [];

/** New pipe with one read and one write reference; capacity at least minCap (0 = default). */
export function pipeNew(minCap: i32): i32 {
  const p = new Pipe();
  let cap = MEM_PIPE_RING_BYTES;
  if (minCap > cap) cap = minCap;
  p.buf = heap.alloc(<usize>cap);
  p.cap = cap;
  p.readers = 1;
  p.writers = 1;
  for (let i = 0; i < pipes.length; i++) {
    if (unchecked(pipes[i]) == null) { unchecked(pipes[i] = p); return i; }
  }
  pipes.push(p);
  return pipes.length - 1;
}

@inline export function pipeGet(i: i32): Pipe | null {
  return i >= 0 && i < pipes.length ? unchecked(pipes[i]) : null;
}

function maybeFree(i: i32, p: Pipe): void {
  if (p.readers <= 0 && p.writers <= 0) {
    heap.free(p.buf);
    p.buf = 0;
    unchecked(pipes[i] = null);
  }
}

export function pipeRefRead(i: i32): void { const p = pipeGet(i); if (p) p.readers++; }
export function pipeRefWrite(i: i32): void { const p = pipeGet(i); if (p) p.writers++; }
export function pipeCloseRead(i: i32): void {
  const p = pipeGet(i); if (!p) return;
  p.readers--;
  if (p.readers <= 0) { p.readers = 0; p.head = 0; p.count = 0; }
  maybeFree(i, p);
}
export function pipeCloseWrite(i: i32): void {
  const p = pipeGet(i); if (!p) return;
  p.writers--;
  if (p.writers < 0) p.writers = 0;
  maybeFree(i, p);
}

/** Contiguous readable bytes at readPtr: > 0 bytes, 0 empty with writers open, -1 EOF. */
export function pipeReadLen(i: i32): i32 {
  const p = pipeGet(i); if (!p) return -1;
  if (p.count == 0) return p.writers > 0 ? 0 : -1;
  const run = p.cap - p.head;
  return p.count < run ? p.count : run;
}
export function pipeReadPtr(i: i32): usize {
  const p = pipeGet(i); if (!p) return 0;
  return p.buf + <usize>p.head;
}
export function pipeConsume(i: i32, n: i32): void {
  const p = pipeGet(i); if (!p || n <= 0) return;
  if (n > p.count) n = p.count;
  p.head = (p.head + n) % p.cap;
  p.count -= n;
  if (p.count == 0) p.head = 0;
}

/** Contiguous free bytes at writePtr: > 0 bytes, 0 full, -1 no reader (EPIPE). */
export function pipeWriteLen(i: i32): i32 {
  const p = pipeGet(i); if (!p) return -1;
  if (p.readers <= 0) return -1;
  const free = p.cap - p.count;
  if (free == 0) return 0;
  const tail = (p.head + p.count) % p.cap;
  const run = p.cap - tail;
  return free < run ? free : run;
}
export function pipeWritePtr(i: i32): usize {
  const p = pipeGet(i); if (!p) return 0;
  return p.buf + <usize>((p.head + p.count) % p.cap);
}
export function pipeCommit(i: i32, n: i32): void {
  const p = pipeGet(i); if (!p || n <= 0) return;
  p.count += n;
  if (p.count > p.cap) p.count = p.cap;
}

/** Copy up to len bytes from src into the pipe. Returns bytes written (0 = full) or -1 (EPIPE). */
export function pipeWrite(i: i32, src: usize, len: i32): i32 {
  let done = 0;
  while (done < len) {
    const room = pipeWriteLen(i);
    if (room < 0) return done > 0 ? done : -1;
    if (room == 0) break;
    const n = len - done < room ? len - done : room;
    memory.copy(pipeWritePtr(i), src + <usize>done, <usize>n);
    pipeCommit(i, n);
    done += n;
  }
  return done;
}

/** Bytes readable now (may wrap), 0 with writers open, -1 at EOF. */
export function pipeAvail(i: i32): i32 {
  const p = pipeGet(i); if (!p) return -1;
  if (p.count == 0) return p.writers > 0 ? 0 : -1;
  return p.count;
}

/** Read one byte: 0..255, -1 empty (writers open), -2 EOF. */
export function pipeReadByte(i: i32): i32 {
  const p = pipeGet(i); if (!p) return -2;
  if (p.count == 0) return p.writers > 0 ? -1 : -2;
  const b = <i32>load<u8>(p.buf + <usize>p.head);
  pipeConsume(i, 1);
  return b;
}

/** Free every pipe (a new execute() starts). */
export function pipesReset(): void {
  for (let i = 0; i < pipes.length; i++) {
    const p = unchecked(pipes[i]);
    if (p != null && p.buf != 0) heap.free(p.buf);
  }
  pipes.length = 0;
}
