// Synchronous parsing through the host (host_parse): node tables land in memory that is never
// freed (functions defined by eval/source/state may outlive the call that parsed them).
import { host_parse } from '../host/imports';
import { PARSE_SCRIPT } from '../abi/layout';

export class ParseResult {
  root: i32 = 0;
  error: string = '';
}

/** Every block keepAlloc gave out (freed together by keptFree when the instance is reused). */
const kept: Array<usize> = [];

/** Raw memory kept for the run's life (the heap aligns blocks to 16 bytes); reset() frees it. */
export function keepAlloc(len: i32): usize {
  const p = heap.alloc(<usize>(len < 8 ? 8 : len));
  kept.push(p);
  return p;
}

/** Free every kept block: code segments, parsed eval/source/function texts (instance reuse). */
export function keptFree(): void {
  for (let i = 0; i < kept.length; i++) heap.free(unchecked(kept[i]));
  kept.length = 0;
}

export function parseScript(src: string, kind: i32 = PARSE_SCRIPT): ParseResult {
  const res = new ParseResult();
  const bytes = String.UTF8.encode(src);
  let cap = bytes.byteLength * 16 + 1024;
  for (let attempt = 0; attempt < 3; attempt++) {
    const out = keepAlloc(cap);
    // a buffer that was too small is left unused (rare; never freed since it cost nothing to keep)
    const n = host_parse(kind, changetype<usize>(bytes), bytes.byteLength, out, cap);
    if (n < 0) {
      let len = -n;
      if (len > cap) len = cap;
      res.error = String.UTF8.decodeUnsafe(out, <usize>len);
      return res;
    }
    if (n <= cap) {
      // give back the unused tail (a shrinking realloc keeps the block in place, so the
      // absolute node addresses stay valid); eval in a loop would otherwise pile up buffers
      if (n + 64 < cap) {
        const moved = heap.realloc(out, <usize>(n < 8 ? 8 : n));
        if (moved != out) {
          const k = kept.lastIndexOf(out);
          if (k >= 0) unchecked(kept[k] = moved);
          res.error = 'parse buffer moved';
          return res;
        }
      }
      res.root = load<i32>(out);
      return res;
    }
    cap = n;
  }
  res.error = 'parse failed';
  return res;
}
