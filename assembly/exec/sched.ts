// The scheduler: run() round-robins runnable tasks, each until it blocks or uses its turn,
// and returns to the host when the main task is done, every task waits on the host, the time
// slice is used, the abort flag is seen or a limit is hit. Blocked tasks are polled (W_*).
import {
  CB_BASE, CB_ABORT, CB_SLICE_MS, CB_CLOCK_STEPS, CB_EXIT_CODE, CB_STEPS_LO, CB_MAX_STEPS, CB_LIMIT_KIND,
  CB_STATE, RUN_DONE, RUN_YIELD, RUN_WAIT, RUN_ABORTED, RUN_LIMIT, LIMIT_STEPS, LIMIT_NONE,
  FDK_PIPE_R, FDK_HOST, OP_FILL, K_PROCSUB, FDK_PIPE_W,
} from '../abi/layout';
import { host_now } from '../host/imports';
import {
  Task, W_NONE, W_REQ, W_OUT, W_PIPE_R, W_CHILD, W_CHILDREN, W_CMDSUB,
} from '../core/task';
import { Replay, Answer, NEED_CMDSUB, NEED_HOST, NEED_READ } from '../core/replay';
import { ReqWriter } from '../core/req';
import { FdEnt } from '../core/fd';
import { field } from '../core/nodes';
import { tasks, getTask, finishTask, spawnChild, setFd, fdAt } from './tasks';
import { replies, takeReply, submitReq } from './reqs';
import { drainOut, outMoved, clearOutMoved } from './output';
import { pipeNew, pipeAvail, pipeReadLen, pipeReadPtr, pipeConsume, pipeCloseRead } from '../pipe/ring';
import { step, FK_TRAP } from './step';
import { parseScript } from './parse';
import { Frame } from '../core/frame';
import { CTL_NONE } from '../core/task';

/** Set by the core when a limit is hit (LIMIT_*); run() returns RUN_LIMIT. */
export let limitKind: i32 = LIMIT_NONE;
export function hitLimit(kind: i32): void { limitKind = kind; }
let totalSteps: i64 = 0;
export function schedReset(): void { limitKind = LIMIT_NONE; totalSteps = 0; }

@inline function cb(off: i32): usize { return <usize>(CB_BASE + off); }

@inline export function abortRequested(): bool {
  if (ASC_FEATURE_THREADS) return atomic.load<i32>(cb(CB_ABORT)) != 0;
  return load<i32>(cb(CB_ABORT)) != 0;
}

/** Steps one task may take before the next task gets a turn. */
const TURN_STEPS = 2000;

export function runAll(): i32 {
  let slice = load<i32>(cb(CB_SLICE_MS));
  if (slice <= 0) slice = 1;
  let clockSteps = load<i32>(cb(CB_CLOCK_STEPS));
  if (clockSteps <= 0) clockSteps = 4096;
  const maxSteps = load<i32>(cb(CB_MAX_STEPS));
  const t0 = host_now();
  let sinceClock = 0;
  while (true) {
    let progressed = false;
    clearOutMoved();
    csMoved = false;
    for (let i = 0; i < tasks.length; i++) {
      const t = unchecked(tasks[i]);
      if (t == null || t.done || t.dead) continue;
      if (!ready(t)) continue;
      let turn = 0;
      while (true) {
        if (abortRequested()) return RUN_ABORTED;
        if (limitKind != LIMIT_NONE) { store<i32>(cb(CB_LIMIT_KIND), limitKind); return RUN_LIMIT; }
        totalSteps++;
        store<u32>(cb(CB_STEPS_LO), <u32>totalSteps);
        if (maxSteps > 0 && totalSteps > <i64>maxSteps) {
          store<i32>(cb(CB_LIMIT_KIND), LIMIT_STEPS);
          return RUN_LIMIT;
        }
        if (++sinceClock >= clockSteps) {
          sinceClock = 0;
          if (host_now() - t0 >= <f64>slice) return RUN_YIELD;
        }
        progressed = true;
        if (!stepTask(t)) break;
        if (++turn >= TURN_STEPS) break;
      }
      const main = unchecked(tasks[0]);
      if (main != null && main.done && !procSubsLive()) return finishRun(main);
    }
    if (tasks.length == 0) return RUN_DONE;
    const main = unchecked(tasks[0]);
    if (main == null) return RUN_DONE;
    if (main.done && !procSubsLive()) return finishRun(main);
    if (limitKind != LIMIT_NONE) { store<i32>(cb(CB_LIMIT_KIND), limitKind); return RUN_LIMIT; }
    // Bytes moved between a blocked writer and a blocked $(…) reader are progress too.
    if (!progressed && !outMoved && !csMoved) return RUN_WAIT;
  }
  return RUN_WAIT;
}

/** Set when pollCmdSub consumed bytes from a command substitution's pipe. */
let csMoved = false;

/** Process substitutions still running (the main shell's end is gone; let them finish). */
function procSubsLive(): bool {
  for (let i = 1; i < tasks.length; i++) {
    const t = unchecked(tasks[i]);
    if (t != null && t.procSub && !t.done && !t.dead) return true;
  }
  return false;
}

function finishRun(main: Task): i32 {
  // Background jobs still running are dropped (killed with the main shell).
  for (let i = 1; i < tasks.length; i++) {
    const t = unchecked(tasks[i]);
    if (t != null && !t.done) { finishTask(t); t.dead = true; }
  }
  store<i32>(cb(CB_EXIT_CODE), main.status & 255);
  return RUN_DONE;
}

/** One step of t. False when t blocked or finished. */
function stepTask(t: Task): bool {
  if (t.pend.length > 0 && !drainOut(t)) { t.wait = W_OUT; return false; }
  if (t.epipe) { t.status = 141; t.shell.lastStatus = 141; finishTask(t); return false; }
  if (t.frames.length == 0) {
    if (t.shell.exitTrap.length > 0) { startExitTrap(t); return true; }
    finishTask(t);
    return false;
  }
  step(t);
  if (t.epipe) { t.status = 141; t.shell.lastStatus = 141; finishTask(t); return false; }
  return t.wait == W_NONE && !t.done;
}

/** Poll what a blocked task waits for; true (and W_NONE) when it can run. */
function ready(t: Task): bool {
  const w = t.wait;
  if (w == W_NONE) return true;
  if (w == W_REQ) {
    const reqs = t.waitReqs;
    if (reqs != null) {
      for (let i = 0; i < reqs.length; i++) if (!replies.has(unchecked(reqs[i]))) return false;
      for (let i = 0; i < reqs.length; i++) takeReply(unchecked(reqs[i]));
      t.waitReqs = null;
      t.wait = W_NONE;
      return true;
    }
    const a = takeReply(t.waitReq);
    if (a == null) return false;
    t.ans = a;
    const r = t.waitReplay;
    if (r != null) { r.record(a); t.waitReplay = null; }
    t.wait = W_NONE;
    return true;
  }
  if (w == W_OUT) {
    if (!drainOut(t)) return false;
    t.wait = W_NONE;
    return true;
  }
  if (w == W_PIPE_R) {
    if (pipeAvail(t.waitPipe) == 0) return false;
    t.wait = W_NONE;
    return true;
  }
  if (w == W_CHILD) {
    const c = getTask(t.waitTask);
    if (c != null && !c.done) return false;
    t.wait = W_NONE;
    return true;
  }
  if (w == W_CHILDREN) {
    const f = t.frames[t.frames.length - 1];
    const ch = f.children;
    if (ch != null) {
      for (let i = 0; i < ch.length; i++) {
        const c = getTask(unchecked(ch[i]));
        if (c != null && !c.done) return false;
      }
    }
    t.wait = W_NONE;
    return true;
  }
  if (w == W_CMDSUB) return pollCmdSub(t);
  return true;
}

function pollCmdSub(t: Task): bool {
  const p = t.waitPipe;
  while (true) {
    const n = pipeReadLen(p);
    if (n <= 0) break;
    const ptr = pipeReadPtr(p);
    for (let i = 0; i < n; i++) t.csBuf.push(load<u8>(ptr + <usize>i));
    pipeConsume(p, n);
    csMoved = true;
  }
  const c = getTask(t.waitTask);
  const eof = pipeReadLen(p) < 0;
  if (!eof) return false;
  if (c != null && !c.done) return false;
  const a = new Answer();
  const buf = t.csBuf;
  a.text = buf.length == 0 ? '' : String.UTF8.decodeUnsafe(buf.dataStart, <usize>buf.length);
  a.status = c != null ? c.status : 0;
  t.csBuf = [];
  pipeCloseRead(p);
  if (c != null) unchecked(tasks[c.id] = null);
  t.lastSubStatus = a.status;
  t.shell.lastStatus = a.status; // $? later in the same command sees it, as in bash
  const r = t.waitReplay;
  if (r != null) r.record(a);
  t.waitReplay = null;
  t.wait = W_NONE;
  return true;
}

/** The code using r returned blocked: obtain what it needs and block t until then. */
export function serveNeed(t: Task, r: Replay): void {
  const need = r.need;
  if (need == NEED_CMDSUB) {
    const node = r.needNode;
    const body = field(node, 1);
    if (load<i32>(<usize>node) == K_PROCSUB) {
      // <(…) / >(…): the child runs unwaited with one end of a pipe; the word becomes
      // /dev/fd/N and a redirection from/to that path uses the other end (see redir.ts).
      // Commands run by the host cannot open these paths yet.
      const out = field(node, 2) == 0;
      const p = pipeNew(0);
      const c = spawnChild(t, body);
      c.shell.opts.errexit = false;
      c.procSub = true;
      if (out) setFd(c, 1, new FdEnt(FDK_PIPE_W, p));
      else setFd(c, 0, new FdEnt(FDK_PIPE_R, p));
      const path = '/dev/fd/' + (63 - t.procSubs.size).toString();
      t.procSubs.set(path, new FdEnt(out ? FDK_PIPE_R : FDK_PIPE_W, p));
      const a = new Answer();
      a.text = path;
      r.record(a);
      return;
    }
    const p = pipeNew(0);
    const c = spawnChild(t, body);
    c.shell.opts.errexit = false;
    setFd(c, 1, new FdEnt(FDK_PIPE_W, p));
    t.waitPipe = p;
    t.waitTask = c.id;
    t.csBuf = [];
    t.waitReplay = r;
    t.wait = W_CMDSUB;
    return;
  }
  if (need == NEED_HOST) {
    const req = r.needReq;
    if (req == null) return;
    t.waitReq = submitReq(req);
    t.waitReplay = r;
    t.wait = W_REQ;
    return;
  }
  if (need == NEED_READ) {
    const e = fdAt(t, r.needFd);
    if (e == null) return;
    if (e.kind == FDK_PIPE_R) { t.waitPipe = e.id; t.wait = W_PIPE_R; return; }
    if (e.kind == FDK_HOST) {
      t.waitReq = submitReq(new ReqWriter(OP_FILL).int(e.id).finish());
      t.waitReplay = null;
      t.wait = W_REQ;
    }
  }
}

/** Submit a request for the current frame and block t until its reply (then in t.ans). */
export function submitAndWait(t: Task, req: Uint8Array): void {
  t.waitReq = submitReq(req);
  t.waitReplay = null;
  t.wait = W_REQ;
}

/** The shell is ending: run its EXIT trap first (once); the status stays unless the trap exits. */
function startExitTrap(t: Task): void {
  const src = t.shell.exitTrap;
  t.shell.exitTrap = '';
  const p = parseScript(src);
  if (p.root == 0) return;
  t.ctl = CTL_NONE;
  t.ctlCount = 0;
  const f = new Frame(p.root, FK_TRAP);
  f.b = t.status;
  t.frames.push(f);
}
