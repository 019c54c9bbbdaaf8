// The node walker: one step of the top frame of a task. Each node kind is a small state machine
// (frame.pc); children are run by pushing a frame and returning, so a task can block anywhere
// and resume later without native recursion. When a frame finishes it leaves its status in
// t.status and pops itself. A pending control transfer (t.ctl: break/continue/return/exit)
// makes every frame clean up and pop until one that consumes it.
import {
  K_LIST, K_AND, K_OR, K_NOT, K_PIPE, K_SIMPLE, K_REDIRECTED, K_SUBSHELL, K_GROUP, K_IF, K_WHILE,
  K_UNTIL, K_FOR, K_ARITH_FOR, K_CASE, K_FUNCDEF, K_ARITH_CMD, K_COND, K_BACKGROUND, K_TIME,
  K_SYNTAX_ERR, FDK_PIPE_R, FDK_PIPE_W, FDK_HOST, CASE_FALL, CASE_CONTINUE, LIMIT_DEPTH, OP_CLOSE,
} from '../abi/layout';
import {
  Task, CTL_NONE, CTL_BREAK, CTL_CONTINUE, CTL_RETURN, CTL_EXIT, CTL_LINE, W_CHILD, W_CHILDREN, W_REQ,
} from '../core/task';
import { Frame } from '../core/frame';
import { Var } from '../core/shell';
import { FdEnt, fdUnref } from '../core/fd';
import { kindOf, field, listLen, listItem, fieldStr } from '../core/nodes';
import { ReqWriter } from '../core/req';
import { Replay } from '../core/replay';
import { host_now } from '../host/imports';
import { expandArgs, expandString, expandPattern } from '../expand/index';
import { evalArith, setArithErrPrefix } from '../arith/index';
import { evalCond } from '../cond/index';
import { patternMatch } from '../pattern/index';
import { pipeNew, pipeRefWrite } from '../pipe/ring';
import { spawnChild, setFd, getTask, freeTask, tasks } from './tasks';
import { serveNeed, hitLimit } from './sched';
import { submitReq } from './reqs';
import { stepSimple } from './simple';
import { stepRedirs } from './redir';
import { allexport, taskPid } from './specials';

/** Synthetic frame kinds (beside K_*). */
export const FK_REDIRS: i32 = 100;
export const FK_CALL: i32 = 101;
export const FK_EVAL: i32 = 102;
export const FK_SOURCE: i32 = 103;
export const FK_TRAP: i32 = 104;

export const MAX_FUNC_DEPTH: i32 = 1000;

@inline export function top(t: Task): Frame { return unchecked(t.frames[t.frames.length - 1]); }
@inline export function pop(t: Task): void { t.frames.pop(); }

/** Push a frame that runs node; noErr is inherited by everything it runs. */
export function push(t: Task, node: i32, noErr: bool): Frame {
  const f = new Frame(node, node == 0 ? K_LIST : kindOf(node));
  f.noErr = noErr;
  t.frames.push(f);
  return f;
}

export function setStatus(t: Task, s: i32): void { t.status = s; t.shell.lastStatus = s; }

/** PIPESTATUS after a pipeline (a simple command, ((…)), [[…]] and a subshell are pipelines of one). */
export function setPipeStatus(t: Task, statuses: Array<i32>): void {
  const vals = new Array<string>(statuses.length);
  for (let i = 0; i < statuses.length; i++) unchecked(vals[i] = unchecked(statuses[i]).toString());
  t.shell.setIndexedArray('PIPESTATUS', vals);
}

export function setPipeStatus1(t: Task, s: i32): void { t.shell.setIndexedArray('PIPESTATUS', [s.toString()]); }

/** A command finished with status s: record it and apply errexit (set -e) unless suppressed. */
export function cmdDone(t: Task, f: Frame, s: i32): void {
  setStatus(t, s);
  if (s != 0 && t.shell.opts.errexit && !f.noErr && t.ctl == CTL_NONE) {
    t.ctl = CTL_EXIT;
  }
}

/** Word expansion failed (t.failStatus set by expansion): its status. A fatal error (set -u,
 *  ${x?}) ends the shell; any other ($((1/0)), a bad substitution, ${x:1:-9}, a failglob miss)
 *  abandons the rest of the current top-level line, as bash does. */
export function expandFailed(t: Task): i32 {
  const s = t.failStatus != 0 ? t.failStatus : 1;
  t.failStatus = 0;
  if (t.failFatal) { t.failFatal = false; t.ctl = CTL_EXIT; }
  else if (t.ctl == CTL_NONE) t.ctl = CTL_LINE;
  return s;
}

/** Lowest and highest source line of the commands under node (0 when none carries a line). */
function lineSpan(node: i32, span: Array<i32>): void {
  if (node == 0) return;
  const k = kindOf(node);
  let l = 0;
  switch (k) {
    case K_SIMPLE: l = field(node, 4); break;
    case K_FOR: l = field(node, 5); lineSpan(field(node, 4), span); break;
    case K_SYNTAX_ERR: l = field(node, 3); break;
    case K_LIST: for (let i = 0; i < listLen(node); i++) lineSpan(listItem(node, i), span); break;
    case K_AND: case K_OR: lineSpan(field(node, 1), span); lineSpan(field(node, 2), span); break;
    case K_NOT: case K_SUBSHELL: case K_GROUP: case K_BACKGROUND: case K_TIME: case K_REDIRECTED:
      lineSpan(field(node, 1), span); break;
    case K_PIPE: for (let i = 0; i < field(node, 1); i++) lineSpan(field(node, 2 + i * 2), span); break;
    case K_IF: lineSpan(field(node, 1), span); lineSpan(field(node, 2), span); lineSpan(field(node, 3), span); break;
    case K_WHILE: case K_UNTIL: lineSpan(field(node, 1), span); lineSpan(field(node, 2), span); break;
    case K_ARITH_FOR: lineSpan(field(node, 4), span); break;
    case K_CASE: for (let i = 0; i < field(node, 2); i++) lineSpan(field(node, 4 + i * 3), span); break;
    default: break;
  }
  if (l > 0) {
    if (unchecked(span[0]) == 0 || l < unchecked(span[0])) unchecked(span[0] = l);
    if (l > unchecked(span[1])) unchecked(span[1] = l);
  }
}

/** A list that runs top-level lines: the main shell's script, or an eval / source text. */
function isLineRoot(t: Task): bool {
  const n = t.frames.length;
  if (n == 1) return t.id == 0;
  const below = unchecked(t.frames[n - 2]).kind;
  return below == FK_EVAL || below == FK_SOURCE;
}

/** After a loop body: 0 = go on, 1 = leave the loop, 2 = next iteration. Consumes break/continue. */
function loopCtl(t: Task): i32 {
  const c = t.ctl;
  if (c == CTL_NONE) return 0;
  if (c == CTL_BREAK) {
    if (t.ctlCount > 1) { t.ctlCount--; return 1; }
    t.ctl = CTL_NONE; t.ctlCount = 0;
    return 1;
  }
  if (c == CTL_CONTINUE) {
    if (t.ctlCount > 1) { t.ctlCount--; t.ctl = CTL_BREAK; return 1; }
    t.ctl = CTL_NONE; t.ctlCount = 0;
    return 2;
  }
  return 1;
}

/** Restore the fds saved in f and close the host handles it opened (waits for the closes). */
export function undoRedirs(t: Task, f: Frame): void {
  const saved = f.saved;
  const ids: Array<i32> = [];
  if (saved != null) {
    if (t.keepRedirs) {
      // exec: the new entries stay; a replaced handle of an earlier exec is closed when unused
      for (let i = 0; i < saved.length; i++) {
        const old = unchecked(saved[i]).old;
        fdUnref(old);
        if (old != null && old.kind == FDK_HOST && t.permHandles.indexOf(old.id) >= 0 && !handleInUse(t, old.id)) {
          t.permHandles.splice(t.permHandles.indexOf(old.id), 1);
          ids.push(submitReq(new ReqWriter(OP_CLOSE).int(old.id).finish()));
        }
      }
    } else {
      for (let i = saved.length - 1; i >= 0; i--) {
        const s = unchecked(saved[i]);
        setFd(t, s.fd, s.old);
      }
    }
    f.saved = null;
  }
  const opened = f.opened;
  if (opened != null) {
    for (let i = 0; i < opened.length; i++) {
      const h = unchecked(opened[i]);
      if (t.keepRedirs) t.permHandles.push(h);
      else ids.push(submitReq(new ReqWriter(OP_CLOSE).int(h).finish()));
    }
  }
  if (ids.length > 0) { t.waitReqs = ids; t.wait = W_REQ; }
  f.opened = null;
  t.keepRedirs = false;
}

function handleInUse(t: Task, h: i32): bool {
  for (let i = 0; i < t.fds.length; i++) {
    const e = unchecked(t.fds[i]);
    if (e != null && e.kind == FDK_HOST && e.id == h) return true;
  }
  return false;
}

export function step(t: Task): void {
  const f = top(t);
  switch (f.kind) {
    case K_LIST: stepList(t, f); break;
    case K_SIMPLE: stepSimple(t, f); break;
    case K_AND: case K_OR: stepAndOr(t, f); break;
    case K_NOT: stepNot(t, f); break;
    case K_PIPE: stepPipe(t, f); break;
    case K_REDIRECTED: stepRedirected(t, f); break;
    case K_SUBSHELL: stepSubshell(t, f); break;
    case K_GROUP: stepGroup(t, f); break;
    case K_IF: stepIf(t, f); break;
    case K_WHILE: case K_UNTIL: stepWhile(t, f); break;
    case K_FOR: stepFor(t, f); break;
    case K_ARITH_FOR: stepArithFor(t, f); break;
    case K_CASE: stepCase(t, f); break;
    case K_FUNCDEF: t.shell.funcs.set(fieldStr(f.node, 1), f.node); setStatus(t, 0); pop(t); break;
    case K_ARITH_CMD: stepArithCmd(t, f); break;
    case K_COND: stepCond(t, f); break;
    case K_BACKGROUND: stepBackground(t, f); break;
    case K_TIME: stepTime(t, f); break;
    case K_SYNTAX_ERR: stepSyntaxErr(t, f); break;
    case FK_REDIRS: stepRedirs(t, f); break;
    case FK_CALL: stepCall(t, f); break;
    case FK_EVAL: case FK_SOURCE: stepEval(t, f); break;
    case FK_TRAP: stepTrap(t, f); break;
    default: pop(t); break;
  }
}

function stepList(t: Task, f: Frame): void {
  if (t.ctl == CTL_LINE && f.i > 0 && isLineRoot(t)) {
    // skip what is left of the line the failed command ended (the status stays)
    t.ctl = CTL_NONE;
    const span: Array<i32> = [0, 0];
    const prev = listItem(f.node, f.i - 1);
    lineSpan(prev, span);
    let end = unchecked(span[1]);
    // a compound command over several lines ends with its keyword (fi, done, }) on a line of its own
    const pk = kindOf(prev);
    const compound = pk == K_IF || pk == K_WHILE || pk == K_UNTIL || pk == K_FOR || pk == K_ARITH_FOR ||
      pk == K_CASE || pk == K_GROUP || pk == K_SUBSHELL || pk == K_REDIRECTED;
    if (compound && unchecked(span[0]) < end) end++;
    if (t.line > end) end = t.line;
    const n = listLen(f.node);
    while (f.i < n) {
      const next: Array<i32> = [0, 0];
      lineSpan(listItem(f.node, f.i), next);
      const first = unchecked(next[0]);
      if (first == 0 || first > end) break;
      f.i++;
    }
  }
  if (t.ctl != CTL_NONE) { pop(t); return; }
  const n = listLen(f.node);
  if (f.i >= n) { pop(t); return; }
  const item = listItem(f.node, f.i++);
  push(t, item, f.noErr);
}

function stepAndOr(t: Task, f: Frame): void {
  if (f.pc == 0) { f.pc = 1; push(t, field(f.node, 1), true); return; }
  if (f.pc == 1 && t.ctl == CTL_NONE) {
    const ok = t.status == 0;
    if (f.kind == K_AND ? ok : !ok) { f.pc = 2; push(t, field(f.node, 2), f.noErr); return; }
  }
  pop(t);
}

function stepNot(t: Task, f: Frame): void {
  if (f.pc == 0) { f.pc = 1; push(t, field(f.node, 1), true); return; }
  if (t.ctl == CTL_NONE) setStatus(t, t.status == 0 ? 1 : 0);
  pop(t);
}

function stepGroup(t: Task, f: Frame): void {
  if (f.pc == 0) { f.pc = 1; push(t, field(f.node, 1), f.noErr); return; }
  pop(t);
}

function stepPipe(t: Task, f: Frame): void {
  const n = field(f.node, 1);
  if (f.pc == 0) {
    const kids: Array<i32> = [];
    let prevRead = -1;
    for (let i = 0; i < n; i++) {
      const stage = field(f.node, 2 + i * 2);
      const errToo = field(f.node, 3 + i * 2);
      const c = spawnChild(t, stage);
      c.frames[0].noErr = f.noErr;
      if (prevRead >= 0) setFd(c, 0, new FdEnt(FDK_PIPE_R, prevRead));
      if (i < n - 1) {
        const p = pipeNew(0);
        setFd(c, 1, new FdEnt(FDK_PIPE_W, p));
        if (errToo) { pipeRefWrite(p); setFd(c, 2, new FdEnt(FDK_PIPE_W, p)); }
        prevRead = p;
      } else prevRead = -1;
      kids.push(c.id);
    }
    f.children = kids;
    f.pc = 1;
    t.wait = W_CHILDREN;
    return;
  }
  const kids = f.children;
  let st = 0;
  let fail = 0;
  const all: Array<i32> = [];
  if (kids != null) {
    for (let i = 0; i < kids.length; i++) {
      const c = getTask(unchecked(kids[i]));
      const s = c != null ? c.status : 0;
      st = s;
      if (s != 0) fail = s;
      all.push(s);
      freeTask(unchecked(kids[i]));
    }
  }
  setPipeStatus(t, all);
  cmdDone(t, f, t.shell.opts.pipefail ? fail : st);
  pop(t);
}


function stepSubshell(t: Task, f: Frame): void {
  if (f.pc == 0) {
    const c = spawnChild(t, field(f.node, 1));
    c.frames[0].noErr = f.noErr;
    f.a = c.id;
    f.pc = 1;
    t.waitTask = c.id;
    t.wait = W_CHILD;
    return;
  }
  const c = getTask(f.a);
  const s = c != null ? c.status : 0;
  freeTask(f.a);
  setPipeStatus1(t, s);
  cmdDone(t, f, s);
  pop(t);
}

function stepBackground(t: Task, f: Frame): void {
  const c = spawnChild(t, field(f.node, 1));
  c.background = true;
  c.shell.opts.errexit = t.shell.opts.errexit;
  setFd(c, 0, null);
  t.shell.lastBgPid = taskPid(c.id);
  // $! (expansion reads it as the variable named "!"; listings skip non-identifiers)
  t.shell.globals.set('!', new Var(t.shell.lastBgPid.toString()));
  setStatus(t, 0);
  pop(t);
}

function stepIf(t: Task, f: Frame): void {
  if (f.pc == 0) { f.pc = 1; push(t, field(f.node, 1), true); return; }
  if (f.pc == 1 && t.ctl == CTL_NONE) {
    if (t.status == 0) { f.pc = 2; push(t, field(f.node, 2), f.noErr); return; }
    const els = field(f.node, 3);
    if (els != 0) { f.pc = 2; push(t, els, f.noErr); return; }
    setStatus(t, 0);
  }
  pop(t);
}

function stepWhile(t: Task, f: Frame): void {
  const until = f.kind == K_UNTIL;
  if (f.pc == 0) { t.loopDepth++; f.pc = 1; }
  if (f.pc == 1) { f.pc = 2; push(t, field(f.node, 1), true); return; }
  if (f.pc == 2) {
    if (t.ctl != CTL_NONE) {
      const lc = loopCtl(t);
      if (lc == 2) { f.pc = 1; return; }
      endLoop(t, f); return;
    }
    const ok = t.status == 0;
    if (until ? ok : !ok) { setStatus(t, f.b); endLoop(t, f); return; }
    f.pc = 3;
    push(t, field(f.node, 2), f.noErr);
    return;
  }
  // after the body
  f.b = t.status;
  const lc = loopCtl(t);
  if (lc == 1) { endLoop(t, f); return; }
  f.pc = 1;
}

function endLoop(t: Task, f: Frame): void {
  t.loopDepth--;
  pop(t);
}

function stepFor(t: Task, f: Frame): void {
  if (f.pc == 0) {
    t.line = field(f.node, 5);
    const words = field(f.node, 3);
    if (words == 0) {
      f.words = t.shell.positional.slice(0);
    } else {
      const r = f.replay();
      r.rewind();
      const w = expandArgs(t, words, r);
      if (r.blocked) { serveNeed(t, r); return; }
      if (w == null || t.failStatus != 0) {
        const s = expandFailed(t);
        cmdDone(t, f, s);
        pop(t);
        return;
      }
      f.words = w;
      f.r = null;
    }
    t.loopDepth++;
    f.pc = 1;
    f.b = 0;
  }
  if (f.pc == 1) {
    const ws = f.words!;
    if (f.i >= ws.length) { setStatus(t, f.b); endLoop(t, f); return; }
    const name = fieldStr(f.node, 1);
    if (t.shell.set(name, unchecked(ws[f.i])) != 0) {
      t.error(name + ': readonly variable');
      setStatus(t, 1);
      endLoop(t, f);
      return;
    }
    allexport(t, name);
    f.i++;
    f.pc = 2;
    push(t, field(f.node, 4), f.noErr);
    return;
  }
  f.b = t.status;
  const lc = loopCtl(t);
  if (lc == 1) { endLoop(t, f); return; }
  f.pc = 1;
}

/** Evaluate an arithmetic node with the frame's replay. Returns false while blocked. */
function arith(t: Task, f: Frame, node: i32): bool {
  const r = f.replay();
  r.rewind();
  setArithErrPrefix('((: ');
  const v = evalArith(t, node, r);
  setArithErrPrefix('');
  if (r.blocked) { serveNeed(t, r); return false; }
  f.r = null;
  f.t0 = <f64>v;
  f.a = v != 0 ? 1 : 0;
  return true;
}

function stepArithFor(t: Task, f: Frame): void {
  if (f.pc != 2) t.line = field(f.node, 5); // $LINENO while the (( ; ; )) parts run
  if (f.pc == 0) {
    const init = field(f.node, 1);
    if (init != 0 && !arith(t, f, init)) return;
    if (arithFailed(t, f)) return;
    t.loopDepth++;
    f.pc = 1;
  }
  if (f.pc == 1) {
    const cond = field(f.node, 2);
    if (cond != 0) {
      if (!arith(t, f, cond)) return;
      if (arithFailed(t, f)) { t.loopDepth--; return; }
      if (f.a == 0) { setStatus(t, f.b); endLoop(t, f); return; }
    }
    f.pc = 2;
    push(t, field(f.node, 4), f.noErr);
    return;
  }
  if (f.pc == 2) {
    f.b = t.status;
    const lc = loopCtl(t);
    if (lc == 1) { endLoop(t, f); return; }
    f.pc = 3;
  }
  const stepN = field(f.node, 3);
  if (stepN != 0 && !arith(t, f, stepN)) return;
  if (arithFailed(t, f)) { t.loopDepth--; return; }
  f.pc = 1;
}

function arithFailed(t: Task, f: Frame): bool {
  if (t.failStatus == 0) return false;
  const s = t.failStatus;
  t.failStatus = 0;
  if (t.failFatal) { t.failFatal = false; t.ctl = CTL_EXIT; }
  cmdDone(t, f, s);
  pop(t);
  return true;
}

function stepArithCmd(t: Task, f: Frame): void {
  t.line = field(f.node, 2);
  t.failStatus = 0;
  if (!arith(t, f, field(f.node, 1))) return;
  if (arithFailed(t, f)) { setPipeStatus1(t, t.status); return; }
  setPipeStatus1(t, f.a != 0 ? 0 : 1);
  cmdDone(t, f, f.a != 0 ? 0 : 1);
  pop(t);
}

function stepCond(t: Task, f: Frame): void {
  t.line = field(f.node, 2);
  t.failStatus = 0;
  t.lastErr = '';
  const r = f.replay();
  r.rewind();
  const v = evalCond(t, field(f.node, 1), r);
  if (r.blocked) { serveNeed(t, r); return; }
  if (t.failStatus != 0) {
    let s = t.failStatus;
    // an operand's arithmetic (-eq …, "[[: " errors) fails the command only; an expansion
    // error abandons the line
    if (t.failFatal || !t.lastErr.startsWith('[[: ')) s = expandFailed(t);
    t.failStatus = 0;
    setPipeStatus1(t, s);
    cmdDone(t, f, s);
    pop(t);
    return;
  }
  setPipeStatus1(t, v < 0 ? 2 : v);
  cmdDone(t, f, v < 0 ? 2 : v);
  pop(t);
}

function stepCase(t: Task, f: Frame): void {
  const n = field(f.node, 2);
  if (f.pc == 0) {
    t.failStatus = 0;
    const r = f.replay();
    r.rewind();
    const s = expandString(t, field(f.node, 1), r);
    if (r.blocked) { serveNeed(t, r); return; }
    if (s == null || t.failStatus != 0) { caseFail(t, f); return; }
    f.text = s;
    f.r = null;
    f.pc = 1;
    f.i = 0;
  }
  if (f.pc == 1) {
    while (f.i < n) {
      const pats = field(f.node, 3 + f.i * 3);
      const r = f.replay();
      r.rewind();
      let matched = false;
      for (let k = 0; k < listLen(pats); k++) {
        const p = expandPattern(t, listItem(pats, k), r);
        if (r.blocked) { serveNeed(t, r); return; }
        if (p == null || t.failStatus != 0) { caseFail(t, f); return; }
        if (patternMatch(p, f.text, t.shell.opts.extglob, t.shell.opts.nocasematch)) { matched = true; break; }
      }
      f.r = null;
      if (matched) { runCaseBody(t, f); return; }
      f.i++;
    }
    setStatus(t, 0);
    pop(t);
    return;
  }
  // after a body
  if (t.ctl != CTL_NONE) { pop(t); return; }
  const term = field(f.node, 5 + f.i * 3);
  f.i++;
  if (term == CASE_FALL && f.i < n) { runCaseBody(t, f); return; }
  if (term == CASE_CONTINUE && f.i < n) { f.pc = 1; return; }
  pop(t);
}

function runCaseBody(t: Task, f: Frame): void {
  const body = field(f.node, 4 + f.i * 3);
  f.pc = 2;
  if (body == 0) { setStatus(t, 0); return; }
  setStatus(t, 0);
  push(t, body, f.noErr);
}

function caseFail(t: Task, f: Frame): void {
  const s = expandFailed(t);
  cmdDone(t, f, s);
  pop(t);
}

function stepRedirected(t: Task, f: Frame): void {
  if (f.pc == 0) {
    f.pc = 1;
    const rf = new Frame(field(f.node, 2), FK_REDIRS);
    t.frames.push(rf);
    return;
  }
  if (f.pc == 1) {
    if (f.redirFail) {
      f.pc = 3;
      undoRedirs(t, f);
      cmdDone(t, f, 1);
      return;
    }
    f.pc = 2;
    push(t, field(f.node, 1), f.noErr);
    return;
  }
  if (f.pc == 2) {
    f.pc = 3;
    undoRedirs(t, f);
    return;
  }
  pop(t);
}

function stepTime(t: Task, f: Frame): void {
  if (f.pc == 0) { f.t0 = host_now(); f.pc = 1; push(t, field(f.node, 1), f.noErr); return; }
  const ms = host_now() - f.t0;
  const posix = field(f.node, 2) != 0;
  if (posix) {
    t.out(2, 'real ' + fmtSecs(ms, false) + '\nuser 0.00\nsys 0.00\n');
  } else {
    t.out(2, '\nreal\t' + fmtSecs(ms, true) + '\nuser\t0m0.000s\nsys\t0m0.000s\n');
  }
  pop(t);
}

function fmtSecs(ms: f64, long: bool): string {
  if (ms < 0) ms = 0;
  if (!long) {
    const cs = <i64>Math.floor(ms / 10);
    const s = cs / 100;
    const frac = cs % 100;
    return s.toString() + '.' + (frac < 10 ? '0' : '') + frac.toString();
  }
  const total = <i64>Math.floor(ms);
  const mins = total / 60000;
  const rest = total % 60000;
  const secs = rest / 1000;
  const milli = rest % 1000;
  let m = milli.toString();
  while (m.length < 3) m = '0' + m;
  return mins.toString() + 'm' + secs.toString() + '.' + m + 's';
}

function stepSyntaxErr(t: Task, f: Frame): void {
  let msg = fieldStr(f.node, 1);
  if (!msg.endsWith('\n')) msg += '\n';
  // inside eval the error ends the eval (status 2), not the shell
  let inEval = false;
  for (let i = t.frames.length - 1; i >= 0; i--) if (unchecked(t.frames[i]).kind == FK_EVAL) { inEval = true; break; }
  if (inEval && msg.startsWith('bash: -c: ')) msg = 'bash: eval: ' + msg.substring(10);
  t.out(2, msg);
  setStatus(t, 2);
  t.ctl = CTL_EXIT;
  t.evalSyntax = inEval;
  pop(t);
}

/** Function call frame: node = FUNCDEF, argv in f.argv. */
function stepCall(t: Task, f: Frame): void {
  if (f.pc == 0) {
    if (t.funcDepth >= MAX_FUNC_DEPTH) {
      // the host reports the limit (RUN_LIMIT, LIMIT_DEPTH) in its own words
      hitLimit(LIMIT_DEPTH);
      setStatus(t, 1);
      pop(t);
      return;
    }
    t.funcDepth++;
    f.b = t.loopDepth;
    t.loopDepth = 0;
    const scope = new Map<string, Var>();
    scope.set('FUNCNAME', new Var(fieldStr(f.node, 1)));
    t.shell.locals.push(scope);
    f.savedPos = t.shell.positional;
    const argv = f.argv!;
    t.shell.positional = argv.slice(1);
    t.shell.funcNames.push(fieldStr(f.node, 1));
    f.pc = 1;
    push(t, field(f.node, 3), f.noErr);
    return;
  }
  t.funcDepth--;
  t.loopDepth = f.b;
  t.shell.locals.pop();
  t.shell.positional = f.savedPos!;
  t.shell.funcNames.pop();
  if (t.ctl == CTL_RETURN) { t.ctl = CTL_NONE; t.ctlCount = 0; }
  pop(t);
}

/** eval (FK_EVAL) and source (FK_SOURCE, a `return` target with optional positional args). */
function stepEval(t: Task, f: Frame): void {
  if (f.pc == 0) {
    if (f.kind == FK_SOURCE) {
      t.sourceDepth++;
      if (f.argv != null) { f.savedPos = t.shell.positional; t.shell.positional = f.argv!; }
    }
    f.pc = 1;
    setStatus(t, 0);
    push(t, f.node, f.noErr);
    return;
  }
  if (f.kind == FK_EVAL && t.evalSyntax) { t.evalSyntax = false; t.ctl = CTL_NONE; setStatus(t, 2); }
  if (f.kind == FK_SOURCE) {
    t.sourceDepth--;
    if (f.savedPos != null) t.shell.positional = f.savedPos!;
    if (t.ctl == CTL_RETURN) { t.ctl = CTL_NONE; t.ctlCount = 0; }
  }
  pop(t);
}

/** EXIT trap frame (node = parsed trap text, b = the status the shell was ending with). */
function stepTrap(t: Task, f: Frame): void {
  if (f.pc == 0) { f.pc = 1; push(t, f.node, true); return; }
  if (t.ctl != CTL_EXIT) setStatus(t, f.b);
  t.ctl = CTL_NONE;
  pop(t);
}
