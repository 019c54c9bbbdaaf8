// Memoising side-effecting expansions in the Replay record, so that a rerun (after a blocked
// $(…) or directory listing later in the same command) does not repeat `$((i++))` or draw a
// new $RANDOM. A memo answer carries status MEMO_STATUS, which no host reply or command status
// uses; a rerun takes it only when the answer at the current position is such a memo (an
// expansion that blocked inside arithmetic leaves a cmdsub answer there instead).
import { Task } from '../core/task';
import { Replay, Answer } from '../core/replay';
import { evalArith, evalArithText, arithFailed } from '../arith/index';

export const MEMO_STATUS: i32 = -0x4d454d;

/** The recorded memo at the current position, or null (position unchanged). */
export function takeMemo(r: Replay): string | null {
  if (r.pos < r.answers.length) {
    const a = unchecked(r.answers[r.pos]);
    if (a.status == MEMO_STATUS) { r.pos++; return a.text; }
  }
  return null;
}

export function recordMemo(r: Replay, text: string): void {
  const a = new Answer();
  a.status = MEMO_STATUS;
  a.text = text;
  r.record(a);
}

/** $((expr)) value as text, memoised. null = blocked or failed. */
export function memoArith(t: Task, node: i32, r: Replay): string | null {
  const m = takeMemo(r);
  if (m != null) return m;
  const v = evalArith(t, node, r);
  if (r.blocked || arithFailed || t.failStatus != 0) return null;
  // An expression holding $(…) is evaluated again on each rerun (its answers precede the memo);
  // the memo recorded after them by the first complete run keeps the record aligned.
  const again = takeMemo(r);
  if (again != null) return again;
  const s = v.toString();
  recordMemo(r, s);
  return s;
}

/** Arithmetic value of a node, memoised (substring offsets). null = blocked or failed. */
export function memoArithValue(t: Task, node: i32, r: Replay): string | null { return memoArith(t, node, r); }

export function memoArithText(t: Task, text: string, r: Replay): string | null {
  const m = takeMemo(r);
  if (m != null) return m;
  const v = evalArithText(t, text, r);
  if (r.blocked || arithFailed || t.failStatus != 0) return null;
  const again = takeMemo(r);
  if (again != null) return again;
  const s = v.toString();
  recordMemo(r, s);
  return s;
}

let seed: u32 = 0;
/** $RANDOM: 0..32767, memoised. */
export function memoRandom(r: Replay, now: f64): string {
  const m = takeMemo(r);
  if (m != null) return m;
  if (seed == 0) seed = <u32>(<u64>now) ^ 0x9e3779b9;
  seed = seed * 1103515245 + 12345;
  const s = ((seed >> 16) & 0x7fff).toString();
  recordMemo(r, s);
  return s;
}
