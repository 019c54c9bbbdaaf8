// STUB (to be replaced): [[ ]] evaluation.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
/** 0 true, 1 false, 2 error (message printed), -1 blocked (r.blocked). */
export function evalCond(t: Task, node: i32, r: Replay): i32 { return 1; }
