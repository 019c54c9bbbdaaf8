// The task table. Task 0 is the main shell; others are subshells, pipeline stages, command
// substitutions and background jobs. A finished task keeps its slot (for its status) until the
// task that waited for it frees it with freeTask().
import { Task } from '../core/task';
import { Shell } from '../core/shell';
import { FdEnt, fdRef, fdUnref } from '../core/fd';
import { Frame } from '../core/frame';
import { kindOf } from '../core/nodes';
import { initSubshellVars } from './specials';

export const tasks: Array<Task | null> = [];

export function newTask(shell: Shell, parent: Task | null): Task {
  const t = new Task(shell);
  if (parent != null) {
    t.parent = parent.id;
    t.line = parent.line;
    t.funcDepth = parent.funcDepth;
    t.loopDepth = parent.loopDepth;
    t.sourceDepth = parent.sourceDepth;
    t.status = parent.status;
    for (let i = 0; i < parent.fds.length; i++) {
      const e = unchecked(parent.fds[i]);
      fdRef(e);
      t.fds.push(e);
    }
  }
  let id = -1;
  for (let i = 1; i < tasks.length; i++) if (unchecked(tasks[i]) == null) { id = i; break; }
  if (id < 0) { id = tasks.length; tasks.push(t); } else unchecked(tasks[id] = t);
  t.id = id;
  return t;
}

/** A child task that runs node (a command or a LIST) with a copy of parent's shell and fds. */
export function spawnChild(parent: Task, node: i32): Task {
  const t = newTask(parent.shell.clone(), parent);
  initSubshellVars(t);
  t.frames.push(new Frame(node, kindOf(node)));
  return t;
}

export function getTask(id: i32): Task | null {
  return id >= 0 && id < tasks.length ? unchecked(tasks[id]) : null;
}

/** Replace fd n of t (the old entry's reference is dropped; ent's reference is taken over). */
export function setFd(t: Task, n: i32, ent: FdEnt | null): void {
  while (t.fds.length <= n) t.fds.push(null);
  fdUnref(unchecked(t.fds[n]));
  unchecked(t.fds[n] = ent);
}

export function fdAt(t: Task, n: i32): FdEnt | null {
  return n >= 0 && n < t.fds.length ? unchecked(t.fds[n]) : null;
}

/** Close every fd of t and mark it finished with its current status. */
export function finishTask(t: Task): void {
  if (t.done) return;
  for (let i = 0; i < t.fds.length; i++) { fdUnref(unchecked(t.fds[i])); unchecked(t.fds[i] = null); }
  const ps = t.procSubs.values();
  for (let i = 0; i < ps.length; i++) fdUnref(unchecked(ps[i]));
  t.procSubs.clear();
  t.frames.length = 0;
  t.pend.length = 0;
  t.done = true;
}

export function freeTask(id: i32): void {
  if (id > 0 && id < tasks.length) unchecked(tasks[id] = null);
}

export function tasksReset(): void { tasks.length = 0; }
