// Encoding of host request records and reply payloads (format: OP_* doc in abi/layout.ts).
//   request: [op, nInts, nStrs, ints..., (byteLen, utf8 bytes padded to 4)*nStrs]
//   reply payload: [nInts, nStrs, ints..., (byteLen, bytes padded)*nStrs]
import { Answer } from './replay';

export class ReqWriter {
  ints: Array<i32> = [];
  strs: Array<string> = [];
  constructor(public op: i32) {}
  int(v: i32): ReqWriter { this.ints.push(v); return this; }
  str(s: string): ReqWriter { this.strs.push(s); return this; }

  finish(): Uint8Array {
    const enc: Array<ArrayBuffer> = [];
    let size = 12 + this.ints.length * 4;
    for (let i = 0; i < this.strs.length; i++) {
      const b = String.UTF8.encode(unchecked(this.strs[i]));
      enc.push(b);
      size += 4 + ((b.byteLength + 3) & ~3);
    }
    const out = new Uint8Array(size);
    const p = out.dataStart;
    store<i32>(p, this.op);
    store<i32>(p + 4, this.ints.length);
    store<i32>(p + 8, this.strs.length);
    let o: usize = 12;
    for (let i = 0; i < this.ints.length; i++) { store<i32>(p + o, unchecked(this.ints[i])); o += 4; }
    for (let i = 0; i < enc.length; i++) {
      const b = unchecked(enc[i]);
      store<i32>(p + o, b.byteLength); o += 4;
      memory.copy(p + o, changetype<usize>(b), b.byteLength);
      o += (b.byteLength + 3) & ~3;
    }
    return out;
  }
}

/** Decode a reply payload at ptr (len bytes; len 0 = empty payload) into an Answer. */
export function decodeReply(status: i32, ptr: usize, len: i32): Answer {
  const a = new Answer();
  a.status = status;
  if (len < 8) return a;
  const nInts = load<i32>(ptr);
  const nStrs = load<i32>(ptr + 4);
  let o: usize = 8;
  for (let i = 0; i < nInts; i++) { a.ints.push(load<i32>(ptr + o)); o += 4; }
  for (let i = 0; i < nStrs; i++) {
    const n = load<i32>(ptr + o); o += 4;
    a.strs.push(String.UTF8.decodeUnsafe(ptr + o, <usize>n));
    o += (<usize>n + 3) & ~3;
  }
  if (a.strs.length > 0) a.text = unchecked(a.strs[0]);
  return a;
}
