// STUB (to be replaced): printf builtin (printf -v sets a variable).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
export function builtinPrintf(t: Task, argv: Array<string>, r: Replay): i32 { return 0; }
