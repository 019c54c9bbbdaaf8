// Byte encodings shared with the executor (see the OP_* doc in layout.ts):
//   payload: [nInts, nStrs, ints…, (byteLen, UTF-8 bytes padded to 4)*nStrs]
//   request: [op] + payload
// All little-endian i32 words. Used for host requests, replies and the session state blob.

const te = new TextEncoder();
const td = new TextDecoder();

export interface Payload { ints: number[]; strs: string[] }

/** Encode a payload (what reply_alloc receives, and the state blob). One pass with encodeInto
 *  over a buffer sized for the worst case: encoding each string separately cost microseconds
 *  apiece, and the state blob of every call has a hundred of them. */
export function encodePayload(ints: readonly number[], strs: readonly string[]): Uint8Array {
  let bound = 8 + ints.length * 4;
  for (const s of strs) bound += 4 + s.length * 3 + 3;
  const out = new Uint8Array(bound);
  const dv = new DataView(out.buffer);
  dv.setInt32(0, ints.length, true);
  dv.setInt32(4, strs.length, true);
  let o = 8;
  for (const v of ints) { dv.setInt32(o, v, true); o += 4; }
  for (const s of strs) {
    let n = 0;
    if (s.length > 0) n = te.encodeInto(s, out.subarray(o + 4)).written;
    dv.setInt32(o, n, true);
    o += 4 + ((n + 3) & ~3);
  }
  return out.subarray(0, o);
}

/** Decode a payload starting at byte offset `at` of `bytes`. */
export function decodePayload(bytes: Uint8Array, at = 0): Payload {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nInts = dv.getInt32(at, true);
  const nStrs = dv.getInt32(at + 4, true);
  let o = at + 8;
  const ints: number[] = [];
  for (let i = 0; i < nInts; i++) { ints.push(dv.getInt32(o, true)); o += 4; }
  const strs: string[] = [];
  for (let i = 0; i < nStrs; i++) {
    const n = dv.getInt32(o, true);
    strs.push(td.decode(bytes.subarray(o + 4, o + 4 + n)));
    o += 4 + ((n + 3) & ~3);
  }
  return { ints, strs };
}

export interface Request extends Payload { op: number }

/** Decode a request record (op word + payload). */
export function decodeRequest(bytes: Uint8Array): Request {
  const op = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(0, true);
  return { op, ...decodePayload(bytes, 4) };
}

export function utf8(s: string): Uint8Array { return te.encode(s); }
export function fromUtf8(b: Uint8Array): string { return td.decode(b); }
