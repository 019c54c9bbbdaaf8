// SIMPLE commands. Phases (frame.pc):
//   0 start   1 expand words   2 redirections   3 assignments (expanded and applied one by one,
//   so a rerun after a blocked expansion never repeats one)   4 run: function / builtin / SPAWN
//   5 SPAWN answered   6 function, eval or source frame returned   7 finish: undo temporary
//   variables and redirections   8 wait for closes, pop.
// Prefix assignments of a command (`A=1 cmd`) live in a temporary scope pushed on the variable
// scopes, exported, and popped when the command ends (bash's temporary environment).
import {
  OP_SPAWN, FDK_CLOSED, ERR_NOENT, ERR_ACCES, AF_APPEND, AF_ARRAY, FDK_PIPE_R, FDK_PIPE_W,
} from '../abi/layout';
import { Task, CTL_NONE, CTL_EXIT, CTL_LINE, W_CHILDREN } from '../core/task';
import { Frame } from '../core/frame';
import { fdRef } from '../core/fd';
import { Var, VF_EXPORT, VF_READONLY } from '../core/shell';
import { field, listLen, listItem, fieldStr } from '../core/nodes';
import { ReqWriter } from '../core/req';
import { expandArgs, expandString } from '../expand/index';
import { findBuiltin, runBuiltin, BUILTIN_COMMAND_V } from '../builtins/index';
import { hashHit } from '../builtins/command';
import { allexport } from './specials';
import { assignNode, isArrayAssign, ASG_OK, ASG_STOP } from '../expand/assign';
import { serveNeed, submitAndWait } from './sched';
import { FK_REDIRS, FK_CALL, FK_EVAL, FK_SOURCE, pop, push, cmdDone, setStatus, undoRedirs, expandFailed, setPipeStatus1 } from './step';
import { errText, shellQuote, isDigits } from './util';
import { tasks, getTask, fdAt } from './tasks';

function failCmd(t: Task, f: Frame): void {
  const s = expandFailed(t);
  setStatus(t, s);
  f.a = s;
  f.pc = 7;
}

function xtrace(t: Task, parts: Array<string>): void {
  if (!t.shell.opts.xtrace) return;
  let ps4 = t.shell.get('PS4');
  if (ps4 == null) ps4 = '+ ';
  const q: Array<string> = [];
  for (let i = 0; i < parts.length; i++) q.push(shellQuote(unchecked(parts[i])));
  t.out(2, ps4 + q.join(' ') + '\n');
}

function xtraceAssign(t: Task, name: string, value: string): void {
  if (!t.shell.opts.xtrace) return;
  let ps4 = t.shell.get('PS4');
  if (ps4 == null) ps4 = '+ ';
  t.out(2, ps4 + name + '=' + shellQuote(value) + '\n');
}

export function stepSimple(t: Task, f: Frame): void {
  const node = f.node;
  if (f.pc == 0) {
    t.line = field(node, 4);
    t.lastSubStatus = -1;
    t.failStatus = 0;
    t.failFatal = false;
    f.pc = 1;
  }
  if (f.pc == 1) {
    const words = field(node, 2);
    if (words != 0) {
      const r = f.replay();
      r.rewind();
      const argv = expandArgs(t, words, r);
      if (r.blocked) { serveNeed(t, r); return; }
      if (argv == null || t.failStatus != 0) { failCmd(t, f); stepSimple(t, f); return; }
      f.argv = argv;
    } else f.argv = [];
    f.r = null;
    f.pc = 2;
  }
  if (f.pc == 2) {
    f.pc = 3;
    f.i = 0;
    const redirs = field(node, 3);
    if (redirs != 0 && listLen(redirs) > 0) {
      t.frames.push(new Frame(redirs, FK_REDIRS));
      return;
    }
  }
  if (f.pc == 3) {
    if (f.redirFail) {
      setStatus(t, 1);
      f.a = 1;
      f.pc = 7;
      if (t.ctl == CTL_NONE && t.shell.opts.errexit && !f.noErr) t.ctl = CTL_EXIT;
      finish(t, f);
      return;
    }
    if (!assigns(t, f)) return;
    if (f.pc == 7) { finish(t, f); return; }
    f.pc = 4;
  }
  if (f.pc == 4) { runCommand(t, f); return; }
  if (f.pc == 5) {
    const a = t.ans!;
    let s = a.status;
    const argv = f.argv!;
    const name = argv.length > 0 ? unchecked(argv[0]) : '';
    if (s < 0) {
      if (-s == ERR_NOENT) {
        if (name.indexOf('/') >= 0) t.error(name + ': No such file or directory');
        else t.error(name + ': command not found');
        s = 127;
      } else {
        t.error(name + ': ' + errText(s));
        s = 126;
      }
    }
    f.a = s;
    f.pc = 7;
  }
  if (f.pc == 6) { f.a = t.status; f.pc = 7; }
  if (f.pc == 9) {
    // wait finished: status of the last job named, 0 for a plain `wait`
    let s = 0;
    const kids = f.children;
    if (kids != null && f.argv!.length > 1 && kids.length > 0) {
      const c = getTask(unchecked(kids[kids.length - 1]));
      s = c != null ? c.status : 127;
    }
    f.a = s;
    f.pc = 7;
  }
  if (f.pc == 7) { finish(t, f); return; }
  pop(t);
}

/** Phase 3. Returns false while blocked. Sets pc 7 when the command ends here. */
function assigns(t: Task, f: Frame): bool {
  const list = field(f.node, 1);
  const n = listLen(list);
  const argv = f.argv!;
  const hasCmd = argv.length > 0;
  if (hasCmd && f.temps == null && n > 0) {
    // a fresh temporary scope for A=1 cmd
    t.shell.locals.push(new Map());
    f.b = 1;
    f.temps = [];
  }
  while (f.i < n) {
    const asg = listItem(list, f.i);
    const name = fieldStr(asg, 1);
    const flags = field(asg, 3);
    const r = f.replay();
    r.rewind();
    t.failStatus = 0;
    if (!hasCmd && isArrayAssign(asg)) {
      // name=(…), name+=(…), name[sub]=value: expand/assign.ts
      const st = assignNode(t, asg, r);
      if (r.blocked) { serveNeed(t, r); return false; }
      if (st == ASG_STOP || t.failStatus != 0) { failCmd(t, f); return true; }
      f.r = null;
      f.i++;
      if (st != ASG_OK) {
        // the error was reported: bash abandons the rest of the line
        setStatus(t, 1);
        f.a = 1;
        if (t.ctl == CTL_NONE) t.ctl = CTL_LINE;
        f.pc = 7;
        return true;
      }
      allexport(t, name);
      continue;
    }
    let value = '';
    const elems = field(asg, 6);
    if ((flags & AF_ARRAY) != 0 || elems != 0) {
      // Arrays are not modelled yet: the elements are kept joined by spaces.
      const parts = elems != 0 ? expandArgs(t, elems, r) : [] as Array<string>;
      if (r.blocked) { serveNeed(t, r); return false; }
      if (parts == null || t.failStatus != 0) { failCmd(t, f); return true; }
      value = parts.join(' ');
    } else {
      const w = field(asg, 4);
      if (w != 0) {
        const v = expandString(t, w, r);
        if (r.blocked) { serveNeed(t, r); return false; }
        if (v == null || t.failStatus != 0) { failCmd(t, f); return true; }
        value = v;
      }
    }
    f.r = null;
    f.i++;
    if ((flags & AF_APPEND) != 0) {
      const old = t.shell.get(name);
      if (old != null) value = old + value;
    }
    xtraceAssign(t, name, value);
    if (hasCmd) {
      const cur = t.shell.lookup(name);
      if (cur != null && (cur.flags & VF_READONLY) != 0) { t.error(name + ': readonly variable'); continue; }
      const scope = unchecked(t.shell.locals[t.shell.locals.length - 1]);
      scope.set(name, new Var(value, VF_EXPORT));
    } else {
      const rs = t.shell.set(name, value);
      if (rs == 0) allexport(t, name);
      if (rs != 0) {
        // bash abandons the rest of the line (not the shell)
        t.error(name + ': readonly variable');
        setStatus(t, 1);
        f.a = 1;
        if (t.ctl == CTL_NONE) t.ctl = CTL_LINE;
        f.pc = 7;
        return true;
      }
    }
  }
  if (!hasCmd) {
    const s = t.lastSubStatus >= 0 ? t.lastSubStatus : 0;
    f.a = s;
    f.pc = 7;
  }
  return true;
}

function runCommand(t: Task, f: Frame): void {
  if (f.i >= 0) {
    // first entry: trace, then peel `command` / `exec` prefixes
    xtrace(t, f.argv!);
    f.i = -1;
    let av = f.argv!;
    while (av.length > 1) {
      const n0 = unchecked(av[0]);
      if (n0 == 'command') {
        const a1 = unchecked(av[1]);
        if (a1 == '-v' || a1 == '-V') break;
        av = av.slice(a1 == '-p' || a1 == '--' ? 2 : 1);
        f.t0 = 1; // skip functions
        continue;
      }
      if (n0 == 'exec') { av = av.slice(1); f.text = 'exec'; continue; }
      if (n0 == 'builtin') {
        const a1 = unchecked(av[1]);
        if (a1 == '--') { av = av.slice(1); if (av.length < 2) break; continue; }
        if (findBuiltin(a1) < 0 && a1 != 'command' && a1 != 'exec') {
          t.error('builtin: ' + a1 + ': not a shell builtin');
          f.argv = av; f.a = 1; f.pc = 7; finish(t, f);
          return;
        }
        av = av.slice(1);
        f.t0 = 1; // skip functions
        continue;
      }
      break;
    }
    if (av.length == 0) { f.argv = av; f.a = 0; f.pc = 7; finish(t, f); return; }
    f.argv = av;
  }
  const argv = f.argv!;
  let name = unchecked(argv[0]);
  if (name == 'command' && argv.length > 1) name = '\x01command-v';
  if (f.t0 == 0 && t.shell.funcs.has(name)) {
    const call = new Frame(t.shell.funcs.get(name), FK_CALL);
    call.argv = argv;
    call.noErr = f.noErr;
    f.pc = 6;
    t.frames.push(call);
    return;
  }
  if (name == 'wait') { startWait(t, f); return; }
  const b = name == '\x01command-v' ? BUILTIN_COMMAND_V : findBuiltin(name);
  if (b >= 0) {
    const r = f.replay();
    r.rewind();
    t.failStatus = 0;
    t.runNode = 0;
    t.writeErr = false;
    let s = runBuiltin(b, t, argv, r);
    if (r.blocked) { serveNeed(t, r); return; }
    f.r = null;
    if (t.writeErr) {
      t.writeErr = false;
      if (fdAt(t, 2) != null) t.error(name + ': write error: Bad file descriptor');
      if (s == 0) s = 1;
    }
    if (t.runNode != 0) {
      const fr = new Frame(t.runNode, t.runKind == 2 ? FK_SOURCE : FK_EVAL);
      fr.noErr = f.noErr;
      fr.argv = t.runArgs;
      t.runNode = 0;
      t.runArgs = null;
      f.pc = 6;
      t.frames.push(fr);
      return;
    }
    f.a = s;
    if (t.failFatal) { t.failFatal = false; t.ctl = CTL_EXIT; if (t.failStatus != 0) f.a = t.failStatus; }
    t.failStatus = 0;
    f.pc = 7;
    finish(t, f);
    return;
  }
  hashHit(name);
  // SPAWN: fds 0-2 (one extra reference per passed pipe end), cwd, environment, argv
  const w = new ReqWriter(OP_SPAWN);
  for (let i = 0; i < 3; i++) {
    const e = i < t.fds.length ? unchecked(t.fds[i]) : null;
    if (e == null) { w.int(FDK_CLOSED).int(0); continue; }
    fdRef(e);
    w.int(e.kind).int(e.id);
  }
  w.str(t.shell.cwd);
  const env = t.shell.environ();
  w.str(env.length.toString());
  for (let i = 0; i < env.length; i++) w.str(unchecked(env[i]));
  for (let i = 0; i < argv.length; i++) w.str(unchecked(argv[i]));
  f.pc = 5;
  submitAndWait(t, w.finish());
}

/** wait [pid…]: block until the background jobs (all, or those named by $! values) end. */
function startWait(t: Task, f: Frame): void {
  const argv = f.argv!;
  const kids: Array<i32> = [];
  if (argv.length > 1) {
    for (let i = 1; i < argv.length; i++) {
      const a = unchecked(argv[i]);
      const id = isDigits(a) ? I32.parseInt(a) - 10000 : -1;
      const c = getTask(id);
      if (c == null || !c.background) { t.error('wait: pid ' + a + ' is not a child of this shell'); f.a = 127; f.pc = 7; finish(t, f); return; }
      kids.push(id);
    }
  } else {
    for (let i = 1; i < tasks.length; i++) {
      const c = unchecked(tasks[i]);
      if (c != null && c.background && c.parent == t.id && !c.done) kids.push(i);
    }
  }
  f.children = kids;
  f.pc = 9;
  t.wait = W_CHILDREN;
}

/** Phase 7: undo the temporary scope and the redirections; status f.a. */
function finish(t: Task, f: Frame): void {
  if (f.b == 1) { t.shell.locals.pop(); f.b = 0; }
  setPipeStatus1(t, f.a);
  // $_: the last word of this command (empty for assignments alone)
  const av = f.argv;
  const last = av != null && av.length > 0 ? unchecked(av[av.length - 1]) : '';
  const u = t.shell.globals.has('_') ? t.shell.globals.get('_') : null;
  if (u != null) { u.value = last; u.isSet = true; } else t.shell.globals.set('_', new Var(last));
  if (f.text == 'exec' && t.ctl == CTL_NONE) { f.text = ''; t.ctl = CTL_EXIT; setStatus(t, f.a); }
  f.pc = 8;
  undoRedirs(t, f);
  if (t.ctl == CTL_NONE) cmdDone(t, f, f.a);
  else setStatus(t, f.a);
}
