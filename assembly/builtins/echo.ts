// STUB (to be replaced): echo builtin.
import { Task } from '../core/task';
export function builtinEcho(t: Task, argv: Array<string>): i32 { return 0; }
