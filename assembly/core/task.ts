// Task: one thread of shell execution (the main shell, a subshell, a pipeline stage, a command
// substitution, a background job). The executor core (assembly/exec/) owns scheduling, frames
// and file descriptors; expansion, conditionals and builtins use the members documented as theirs.
import { Shell } from './shell';
import { Frame } from './frame';
import { FdEnt } from './fd';
import { Replay } from './replay';
import { Answer } from './replay';

/** Control transfer travelling up the frame stack (never an exception). */
export const CTL_NONE: i32 = 0;
export const CTL_BREAK: i32 = 1;
export const CTL_CONTINUE: i32 = 2;
export const CTL_RETURN: i32 = 3;
export const CTL_EXIT: i32 = 4;
/** An expansion error abandoned the rest of the current top-level line (bash's jump to top
 *  level): frames unwind to the task's root list (or an eval/source), which skips the commands
 *  left on that line; a subshell or pipeline stage ends with the status instead. */
export const CTL_LINE: i32 = 5;

/** What a blocked task waits for (the scheduler polls it). */
export const W_NONE: i32 = 0;
/** Host request waitReq (or every id in waitReqs) answered. */
export const W_REQ: i32 = 1;
/** Pending output can move (pipe has room or lost its readers). */
export const W_OUT: i32 = 2;
/** Pipe waitPipe has bytes or EOF. */
export const W_PIPE_R: i32 = 3;
/** Child task waitTask finished (and, for a command substitution, its pipe is drained). */
export const W_CHILD: i32 = 4;
/** Every task in the top frame's children finished. */
export const W_CHILDREN: i32 = 5;
/** Command substitution: collecting the output of csTask from csPipe. */
export const W_CMDSUB: i32 = 6;

export class PendOut {
  constructor(public kind: i32, public id: i32, public bytes: Uint8Array, public off: i32) {}
}

export class Task {
  id: i32 = 0;
  shell: Shell;
  /** Line number of the command being run ($LINENO). */
  line: i32 = 1;
  /** Set by expansion or a builtin when the current command must fail: its exit status. */
  failStatus: i32 = 0;
  /** With failStatus: a fatal error (e.g. ${x?}, set -u) that ends the whole shell, not just the command. */
  failFatal: bool = false;

  // ---- core-owned state (exec/) ----
  frames: Array<Frame> = [];
  fds: Array<FdEnt | null> = [];
  pend: Array<PendOut> = [];
  /** Last exit status seen by the core (also mirrored in shell.lastStatus). */
  status: i32 = 0;
  ctl: i32 = CTL_NONE;
  ctlCount: i32 = 0;
  done: bool = false;
  dead: bool = false;
  epipe: bool = false;
  parent: i32 = -1;
  funcDepth: i32 = 0;
  /** Enclosing loops (for break/continue counts) and sourced files (return targets). */
  loopDepth: i32 = 0;
  sourceDepth: i32 = 0;
  /** exec without a command: the redirections of this command stay. */
  keepRedirs: bool = false;
  /** Host handles opened by `exec` redirections (closed when no fd refers to them any more). */
  permHandles: Array<i32> = [];
  /** A syntax error inside eval is unwinding to the eval frame (CTL_EXIT stops there). */
  evalSyntax: bool = false;
  /** Process substitutions not yet used: /dev/fd/N -> the shell's end of the pipe. */
  procSubs: Map<string, FdEnt> = new Map();
  wait: i32 = W_NONE;
  waitReq: i32 = 0;
  waitReqs: Array<i32> | null = null;
  waitPipe: i32 = -1;
  waitTask: i32 = -1;
  waitReplay: Replay | null = null;
  /** Reply to the last request this task waited on (W_REQ). */
  ans: Answer | null = null;
  csBuf: Array<u8> = [];
  /** Status of the last command substitution (for `x=$(false)`), -1 = none. */
  lastSubStatus: i32 = -1;
  /** Set by eval/source builtins: a LIST node the core runs next (then clears it). */
  runNode: i32 = 0;
  /** For runNode: 1 = eval, 2 = source (a `return` target). */
  runKind: i32 = 0;
  runArgs: Array<string> | null = null;
  /** Background: never waited for. */
  background: bool = false;
  /** A process substitution's task: run to its end even after the main shell finished. */
  procSub: bool = false;
  /** Output was written to a closed fd during the current builtin ("write error"). */
  writeErr: bool = false;
  /** The last message given to error() (the core tells [[ ]] arithmetic errors from expansion errors). */
  lastErr: string = '';

  constructor(shell: Shell) { this.shell = shell; }

  /** Pop the top frame (core use). */
  pop1(): void { this.frames.pop(); }

  /** Mark the current command failed (status), and the shell too when fatal. */
  fail(status: i32, fatal: bool = false): void { this.failStatus = status; if (fatal) this.failFatal = true; }

  /** Print "bash: line N: msg\n" on fd 2: the format bash -c uses for runtime errors. */
  error(msg: string): void { this.lastErr = msg; this.out(2, 'bash: line ' + this.line.toString() + ': ' + msg + '\n'); }

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
