// STUB (to be replaced): test / [ builtin. argv[0] is "test" or "[". Returns -1 when r.blocked (stat pending).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
export function builtinTest(t: Task, argv: Array<string>, r: Replay): i32 { return 1; }
