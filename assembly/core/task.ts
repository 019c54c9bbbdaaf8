// Task: one thread of shell execution (the main shell, a subshell, a pipeline stage, a command
// substitution). The executor core (assembly/exec/) owns scheduling, frames and file
// descriptors; this file holds the part other modules (expansion, conditionals, builtins) use.
// The core extends this class in place; keep these members' meaning stable.
import { Shell } from './shell';

export class Task {
  id: i32 = 0;
  shell: Shell;
  /** Line number of the command being run ($LINENO). */
  line: i32 = 1;
  /** Set by expansion or a builtin when the current command must fail: its exit status. */
  failStatus: i32 = 0;
  /** With failStatus: a fatal error (e.g. ${x?}, set -u) that ends the whole shell, not just the command. */
  failFatal: bool = false;

  constructor(shell: Shell) { this.shell = shell; }

  /** Mark the current command failed (status), and the shell too when fatal. */
  fail(status: i32, fatal: bool = false): void { this.failStatus = status; if (fatal) this.failFatal = true; }

  /** Print "bash: msg\n" on fd 2: the format bash -c uses for runtime errors. */
  error(msg: string): void { this.out(2, 'bash: ' + msg + '\n'); }

  /** Queue text for fd (1 = stdout, 2 = stderr …). Never blocks: the core drains the queue to
   *  the fd's pipe or handle after the current builtin/expansion step, blocking there if needed. */
  out(fd: i32, text: string): void { this.outBytes(fd, Uint8Array.wrap(String.UTF8.encode(text))); }

  /** Queue raw bytes for fd. Implemented by the core (exec/). */
  outBytes(fd: i32, bytes: Uint8Array): void { queueOutput(this, fd, bytes); }
}

// The core supplies the output queue; this indirection keeps core/ free of exec/ imports.
// exec/ sets it once at start-up.
export let queueOutput: (t: Task, fd: i32, bytes: Uint8Array) => void = defaultQueue;
export function setOutputQueue(fn: (t: Task, fd: i32, bytes: Uint8Array) => void): void { queueOutput = fn; }
function defaultQueue(t: Task, fd: i32, bytes: Uint8Array): void {}
