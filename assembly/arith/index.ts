// STUB (to be replaced): arithmetic evaluation.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
/** Evaluate an arithmetic node. On error: message printed, t.fail(1) called, returns 0. */
export function evalArith(t: Task, node: i32, r: Replay): i64 { return 0; }
