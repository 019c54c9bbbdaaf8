// Output of builtins and error messages: Task.out() lands here. Host handles are written at
// once (host_write buffers); pipe output is written as far as the ring has room and the rest
// waits in the task's queue. The scheduler drains the queue before the task's next step and
// blocks the task (W_OUT) while the pipe is full. No reader left: the task ends with 141.
import { Task, PendOut } from '../core/task';
import { FDK_HOST, FDK_PIPE_W } from '../abi/layout';
import { host_write } from '../host/imports';
import { pipeWrite } from '../pipe/ring';

export function coreQueue(t: Task, fd: i32, bytes: Uint8Array): void {
  if (t.dead || t.epipe || bytes.length == 0) return;
  if (fd < 0 || fd >= t.fds.length) { t.writeErr = true; return; }
  const e = unchecked(t.fds[fd]);
  if (e == null) { t.writeErr = true; return; }
  if (e.kind == FDK_HOST) { host_write(e.id, bytes.dataStart, bytes.length); return; }
  if (e.kind != FDK_PIPE_W) return;
  if (t.pend.length == 0) {
    const n = pipeWrite(e.id, bytes.dataStart, bytes.length);
    if (n < 0) { t.epipe = true; return; }
    if (n == bytes.length) return;
    t.pend.push(new PendOut(e.kind, e.id, bytes, n));
    return;
  }
  t.pend.push(new PendOut(e.kind, e.id, bytes, 0));
}

/** Set when drainOut moved bytes: the scheduler counts that as progress even when the task
 *  stays blocked, since the reader may now run (without it, a builtin writing more than two rings
 *  into $(…) deadlocked). */
export let outMoved = false;
export function clearOutMoved(): void { outMoved = false; }

/** Move queued output into its pipes. True when the queue is empty (or the task got EPIPE). */
export function drainOut(t: Task): bool {
  while (t.pend.length > 0) {
    const c = unchecked(t.pend[0]);
    const left = c.bytes.length - c.off;
    const n = pipeWrite(c.id, c.bytes.dataStart + <usize>c.off, left);
    if (n < 0) { t.epipe = true; t.pend.length = 0; return true; }
    if (n > 0) outMoved = true;
    c.off += n;
    if (c.off < c.bytes.length) return false;
    t.pend.shift();
  }
  return true;
}
