// Host requests: submitting OP_* records and collecting replies (exports reply_alloc / reply).
// A reply's payload buffer lives in the raw heap until reply() decodes it into an Answer.
import { host_submit } from '../host/imports';
import { Answer } from '../core/replay';
import { decodeReply } from '../core/req';

const replyBuf = new Map<i32, usize>();
const replyLen = new Map<i32, i32>();
/** Decoded replies not yet taken by their task. */
export const replies = new Map<i32, Answer>();

export function submitReq(req: Uint8Array): i32 {
  return host_submit(req.dataStart, req.length);
}

export function replyAlloc(req: i32, len: i32): usize {
  if (replyBuf.has(req)) heap.free(replyBuf.get(req));
  const p = heap.alloc(<usize>(len < 8 ? 8 : len));
  replyBuf.set(req, p);
  replyLen.set(req, len);
  return p;
}

export function replyDone(req: i32, status: i32): void {
  let a: Answer;
  if (replyBuf.has(req)) {
    const p = replyBuf.get(req);
    a = decodeReply(status, p, replyLen.get(req));
    heap.free(p);
    replyBuf.delete(req);
    replyLen.delete(req);
  } else {
    a = decodeReply(status, 0, 0);
  }
  replies.set(req, a);
}

/** Take (and forget) the reply to req, or null when it has not come yet. */
export function takeReply(req: i32): Answer | null {
  if (!replies.has(req)) return null;
  const a = replies.get(req);
  replies.delete(req);
  return a;
}

export function reqsReset(): void {
  const ks = replyBuf.keys();
  for (let i = 0; i < ks.length; i++) heap.free(replyBuf.get(unchecked(ks[i])));
  replyBuf.clear();
  replyLen.clear();
  replies.clear();
}
