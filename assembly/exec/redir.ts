// Applying a REDIR list (frame kind FK_REDIRS) to the task's fd table on behalf of the frame
// below it (the owner): the owner's `saved` list gets the previous entries and `opened` the
// host handles, and undoRedirs() restores and closes them when the owner's scope ends.
// On failure the message is printed and owner.redirFail set; the owner then skips its command.
import {
  K_LIT, K_SQ, K_DQ, K_PARAM, K_CMDSUB, K_TILDE, K_WORD, K_ARITH, K_ARITH_DYN, PF_BRACED, PO_NONE,
  R_OUT, R_APPEND, R_IN, R_INOUT, R_DUP_OUT, R_DUP_IN, R_CLOBBER, R_OUT_ERR, R_APPEND_ERR, R_HEREDOC,
  R_HERESTR, OPEN_READ, OPEN_WRITE, OPEN_APPEND, OPEN_CREATE, OPEN_TRUNC, OPEN_EXCL, OP_OPEN,
  FDK_HOST, FDK_PIPE_R, ERR_EXIST,
} from '../abi/layout';
import { Task, CTL_EXIT } from '../core/task';
import { Frame, SavedFd } from '../core/frame';
import { FdEnt, fdRef, fdUnref } from '../core/fd';
import { field, listLen, listItem, fieldStr, kindOf } from '../core/nodes';
import { ReqWriter } from '../core/req';
import { expandString, expandWordFields } from '../expand/index';
import { pipeNew, pipeWrite, pipeCloseWrite } from '../pipe/ring';
import { serveNeed, submitAndWait } from './sched';
import { expandFailed } from './step';
import { fdAt } from './tasks';
import { absPath, errText, isDigits } from './util';

/** Put ent at fd n on behalf of owner (saving the previous entry once per fd). */
export function installFd(t: Task, owner: Frame, n: i32, ent: FdEnt | null): void {
  while (t.fds.length <= n) t.fds.push(null);
  let saved = owner.saved;
  if (saved == null) { saved = []; owner.saved = saved; }
  let have = false;
  for (let i = 0; i < saved.length; i++) if (unchecked(saved[i]).fd == n) { have = true; break; }
  const cur = unchecked(t.fds[n]);
  if (have) fdUnref(cur);
  else saved.push(new SavedFd(n, cur));
  unchecked(t.fds[n] = ent);
}

function fail(t: Task, owner: Frame, msg: string): void {
  t.error(msg);
  owner.redirFail = true;
  t.pop1();
}

function defaultFd(op: i32): i32 {
  return (op == R_IN || op == R_INOUT || op == R_DUP_IN || op == R_HEREDOC || op == R_HERESTR) ? 0 : 1;
}

function firstFreeFd(t: Task): i32 {
  for (let i = 10; i < t.fds.length; i++) if (unchecked(t.fds[i]) == null) return i;
  return t.fds.length < 10 ? 10 : t.fds.length;
}

export function stepRedirs(t: Task, f: Frame): void {
  const owner = unchecked(t.frames[t.frames.length - 2]);
  const list = f.node;
  if (f.pc == 1) {
    // OPEN answered
    const a = t.ans!;
    if (a.status < 0) {
      if (-a.status == ERR_EXIST && (f.b & OPEN_EXCL) != 0) fail(t, owner, f.text + ': cannot overwrite existing file');
      else fail(t, owner, f.text + ': ' + errText(a.status));
      return;
    }
    owner.opened = owner.opened == null ? [a.status] : owner.opened;
    if (owner.opened!.indexOf(a.status) < 0) owner.opened!.push(a.status);
    const ent = new FdEnt(FDK_HOST, a.status);
    if (f.a == -2) { installFd(t, owner, 1, ent); installFd(t, owner, 2, ent); }
    else installFd(t, owner, f.a, ent);
    f.pc = 0;
    f.i++;
    f.r = null;
  }
  while (f.i < listLen(list)) {
    const rd = listItem(list, f.i);
    const op = field(rd, 2);
    let fd = field(rd, 1);
    const fdVar = fieldStr(rd, 4);
    let closeVar = false;
    if (fdVar.length > 0) {
      // {var}>&- closes the fd the variable names; other forms allocate one from 10 up
      closeVar = (op == R_DUP_OUT || op == R_DUP_IN) && isDash(field(rd, 3));
      if (closeVar) {
        const cur = t.shell.get(fdVar);
        if (cur == null || !isDigits(cur!)) { fail(t, owner, fdVar + ': ambiguous redirect'); return; }
        fd = I32.parseInt(cur!);
      } else fd = firstFreeFd(t);
    } else if (fd < 0) fd = defaultFd(op);
    const r = f.replay();
    r.rewind();
    t.failStatus = 0;
    let s: string | null = null;
    let fields = 1;
    if (op == R_HEREDOC || op == R_HERESTR) s = expandString(t, field(rd, 3), r);
    else {
      // the target is split and globbed; it must make exactly one word
      const out: Array<string> = [];
      if (expandWordFields(t, field(rd, 3), r, out)) {
        fields = out.length;
        s = out.length > 0 ? unchecked(out[0]) : '';
      }
    }
    if (r.blocked) { serveNeed(t, r); return; }
    if (s != null && t.failStatus == 0 && fields != 1) {
      f.r = null;
      fail(t, owner, wordText(field(rd, 3)) + ': ambiguous redirect');
      return;
    }
    if (s == null || t.failStatus != 0) {
      expandFailed(t);
      owner.redirFail = true;
      t.pop1();
      return;
    }
    f.r = null;
    if (fdVar.length > 0 && !closeVar) t.shell.set(fdVar, fd.toString());
    if (op == R_HEREDOC || op == R_HERESTR) {
      const body = op == R_HERESTR ? s + '\n' : s;
      const bytes = String.UTF8.encode(body);
      const p = pipeNew(bytes.byteLength + 1);
      pipeWrite(p, changetype<usize>(bytes), bytes.byteLength);
      pipeCloseWrite(p);
      installFd(t, owner, fd, new FdEnt(FDK_PIPE_R, p));
      f.i++;
      continue;
    }
    if (op == R_DUP_OUT || op == R_DUP_IN) {
      if (s == '-') { installFd(t, owner, fd, null); f.i++; continue; }
      let src = s;
      let move = false;
      if (src.length > 1 && src.endsWith('-')) { src = src.substring(0, src.length - 1); move = true; }
      if (isDigits(src)) {
        const sn = I32.parseInt(src);
        const e = fdAt(t, sn);
        if (e == null) { fail(t, owner, (move ? src : wordText(field(rd, 3))) + ': Bad file descriptor'); return; }
        fdRef(e);
        installFd(t, owner, fd, e);
        if (move && sn != fd) installFd(t, owner, sn, null);
        f.i++;
        continue;
      }
      if (op == R_DUP_OUT && field(rd, 1) < 0) {
        // >&file is &>file
        openFile(t, f, s, -2, OPEN_WRITE | OPEN_CREATE | OPEN_TRUNC | (t.shell.opts.noclobber ? OPEN_EXCL : 0));
        return;
      }
      fail(t, owner, s + ': ambiguous redirect');
      return;
    }
    if (t.procSubs.has(s) && (op == R_IN || op == R_OUT || op == R_APPEND || op == R_CLOBBER)) {
      // the other end of a process substitution: the reference moves into the fd table
      const ent = t.procSubs.get(s);
      t.procSubs.delete(s);
      installFd(t, owner, fd, ent);
      f.i++;
      continue;
    }
    let flags = 0;
    let target = fd;
    if (op == R_OUT) flags = OPEN_WRITE | OPEN_CREATE | OPEN_TRUNC | (t.shell.opts.noclobber ? OPEN_EXCL : 0);
    else if (op == R_CLOBBER) flags = OPEN_WRITE | OPEN_CREATE | OPEN_TRUNC;
    else if (op == R_APPEND) flags = OPEN_WRITE | OPEN_CREATE | OPEN_APPEND;
    else if (op == R_IN) flags = OPEN_READ;
    else if (op == R_INOUT) flags = OPEN_READ | OPEN_WRITE | OPEN_CREATE;
    else if (op == R_OUT_ERR) { flags = OPEN_WRITE | OPEN_CREATE | OPEN_TRUNC | (t.shell.opts.noclobber ? OPEN_EXCL : 0); target = -2; }
    else if (op == R_APPEND_ERR) { flags = OPEN_WRITE | OPEN_CREATE | OPEN_APPEND; target = -2; }
    openFile(t, f, s, target, flags);
    return;
  }
  t.pop1();
}

function openFile(t: Task, f: Frame, path: string, target: i32, flags: i32): void {
  if (path.length == 0) {
    const owner = unchecked(t.frames[t.frames.length - 2]);
    fail(t, owner, ': No such file or directory');
    return;
  }
  f.text = path;
  f.a = target;
  f.b = flags;
  f.pc = 1;
  submitAndWait(t, new ReqWriter(OP_OPEN).int(flags).str(absPath(t.shell.cwd, path)).finish());
}

/** A redirect target that is the single literal "-". */
function isDash(word: i32): bool {
  if (listLen(word) != 1) return false;
  const p = listItem(word, 0);
  return kindOf(p) == K_LIT && fieldStr(p, 1) == '-';
}

/** The source text of a WORD as bash quotes it in "ambiguous redirect" (rebuilt from its parts). */
function wordText(word: i32, inDQ: bool = false): string {
  let s = '';
  for (let i = 0; i < listLen(word); i++) {
    const p = listItem(word, i);
    const k = kindOf(p);
    if (k == K_LIT) s += fieldStr(p, 1);
    else if (k == K_SQ) s += inDQ ? fieldStr(p, 1) : "'" + fieldStr(p, 1) + "'";
    else if (k == K_DQ) s += '"' + wordText(p, true) + '"';
    else if (k == K_WORD) s += wordText(p, inDQ);
    else if (k == K_TILDE) s += '~' + fieldStr(p, 1);
    else if (k == K_PARAM) {
      const name = fieldStr(p, 1);
      if ((field(p, 6) & PF_BRACED) != 0 || field(p, 3) != PO_NONE) s += '${' + name + '}';
      else s += '$' + name;
    } else if (k == K_CMDSUB) s += '$(…)';
    else if (k == K_ARITH || k == K_ARITH_DYN) s += '$((…))';
  }
  return s;
}
