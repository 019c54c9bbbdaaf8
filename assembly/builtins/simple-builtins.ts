// Tiny builtins: true, false, :, pwd, wait.
import { Task } from '../core/task';

export function builtinTrue(t: Task, argv: Array<string>): i32 { return 0; }
export function builtinFalse(t: Task, argv: Array<string>): i32 { return 1; }

/** pwd [-L|-P]: the logical cwd (the virtual tree has no symlink resolution here). */
export function builtinPwd(t: Task, argv: Array<string>): i32 {
  t.out(1, t.shell.cwd + '\n');
  return 0;
}

/** wait: jobs are not tracked yet; returns 0. */
export function builtinWait(t: Task, argv: Array<string>): i32 { return 0; }
