// Variables bash sets up at start (UID, BASH_VERSION, …) and per subshell ($BASHPID), and the
// allexport rule (set -a) for assignments made by the core.
import { Shell, Var, VF_EXPORT, VF_READONLY, VF_INTEGER } from '../core/shell';
import { Task } from '../core/task';

/** The pid every subshell task reports as $BASHPID (and $! for a background job). */
export function taskPid(id: i32): i32 { return 10000 + id; }

function setIfMissing(sh: Shell, name: string, value: string, flags: i32): void {
  if (sh.lookup(name) == null) sh.globals.set(name, new Var(value, flags));
}

/** Shell variables of a fresh bash 5.2 -c (kept when the session already has them). */
export function initShellVars(sh: Shell): void {
  sh.globals.set('BASHPID', new Var(sh.pid.toString(), VF_INTEGER));
  setIfMissing(sh, 'UID', '1000', VF_READONLY | VF_INTEGER);
  setIfMissing(sh, 'EUID', '1000', VF_READONLY | VF_INTEGER);
  setIfMissing(sh, 'PPID', (sh.pid - 1).toString(), VF_READONLY | VF_INTEGER);
  setIfMissing(sh, 'OSTYPE', 'linux-gnu', 0);
  setIfMissing(sh, 'HOSTTYPE', 'x86_64', 0);
  setIfMissing(sh, 'MACHTYPE', 'x86_64-pc-linux-gnu', 0);
  setIfMissing(sh, 'BASH_VERSION', '5.2.15(1)-release', 0);
  setIfMissing(sh, 'HOSTNAME', 'localhost', 0);
  setIfMissing(sh, 'SHLVL', '1', VF_EXPORT);
  if (sh.lookup('BASH_VERSINFO') == null) {
    sh.setIndexedArray('BASH_VERSINFO', ['5', '2', '15', '1', 'release', 'x86_64-pc-linux-gnu']);
    const v = sh.lookup('BASH_VERSINFO');
    if (v != null) v.flags |= VF_READONLY;
  }
}

/** A subshell task starts: its own $BASHPID. */
export function initSubshellVars(t: Task): void {
  t.shell.globals.set('BASHPID', new Var(taskPid(t.id).toString(), VF_INTEGER));
}

/** set -a: a variable the core assigned is exported. */
export function allexport(t: Task, name: string): void {
  if (!t.shell.opts.extra.has('o:allexport')) return;
  const v = t.shell.lookup(name);
  if (v != null) v.flags |= VF_EXPORT;
}
