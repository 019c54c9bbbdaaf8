// read [-r] [-s] [-a name] [-d delim] [-n n] [-N n] [-p prompt] [-t t] [-u fd] [name…]
// Reads byte by byte so nothing past the delimiter is consumed (a later command shares the fd).
// Bytes consumed before the input ran dry are recorded in the Replay (packed one per char), so
// the rerun after the wait continues where it stopped.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { VF_READONLY } from '../core/shell';
import { splitSubscript } from '../expand/param';
import { assignElement } from '../expand/assign';
import { FDK_PIPE_R, FDK_HOST, ERR_AGAIN } from '../abi/layout';
import { host_read } from '../host/imports';
import { pipeReadByte } from '../pipe/ring';
import { fdAt } from '../exec/tasks';
import { isName, isDigits } from '../exec/util';
import { bytesToPacked, packedToBytes, bytesToString } from './util';

const oneByte = memory.data(8);

export function builtinRead(t: Task, argv: Array<string>, r: Replay): i32 {
  let raw = false;
  let delim = 10;
  let nchars = -1;
  let exactN = false;
  let fd = 0;
  let arrName = '';
  const names: Array<string> = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    let k = 1;
    while (k < a.length) {
      const c = a.charAt(k);
      k++;
      if (c == 'r') { raw = true; continue; }
      if (c == 's' || c == 'e') continue;
      if (c == 'd' || c == 'n' || c == 'N' || c == 'p' || c == 't' || c == 'u' || c == 'a' || c == 'i') {
        let v: string;
        if (k < a.length) { v = a.substring(k); k = a.length; }
        else {
          i++;
          if (i >= argv.length) { t.error('read: -' + c + ': option requires an argument'); return 2; }
          v = unchecked(argv[i]);
        }
        if (c == 'd') delim = v.length == 0 ? 0 : v.charCodeAt(0);
        else if (c == 'n' || c == 'N') {
          if (!isDigits(v)) { t.error('read: ' + v + ': invalid number'); return 1; }
          nchars = I32.parseInt(v); exactN = c == 'N';
        }
        // -p: the prompt shows only when input is a terminal, never here
        else if (c == 'u') {
          if (!isDigits(v)) { t.error('read: ' + v + ': invalid file descriptor specification'); return 1; }
          fd = I32.parseInt(v);
        } else if (c == 'a') arrName = v;
        continue;
      }
      t.error('read: -' + c + ': invalid option');
      t.out(2, 'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n');
      return 2;
    }
  }
  for (; i < argv.length; i++) {
    const n = unchecked(argv[i]);
    const sp = splitSubscript(n);
    if (!isName(n) && !(sp != null && isName(unchecked(sp[0])))) { t.error("read: `" + n + "': not a valid identifier"); return 1; }
    names.push(n);
  }
  const e = fdAt(t, fd);
  if (e == null || (e.kind != FDK_PIPE_R && e.kind != FDK_HOST)) {
    t.error('read: ' + fd.toString() + ': invalid file descriptor: Bad file descriptor');
    return 1;
  }
  // bytes consumed by earlier attempts (recorded before each wait)
  const bytes: Array<u8> = [];
  while (true) {
    const a = r.take();
    if (a == null) break;
    packedToBytes(a.text, bytes);
  }
  let eof = false;
  let got = false;
  let escaped = false;
  const fresh: Array<u8> = [];
  let count = 0;
  for (let k = 0; k < bytes.length; k++) {
    const b = <i32>unchecked(bytes[k]);
    if (!raw && !escaped && b == 92) { escaped = true; continue; }
    if (!escaped && b == delim && !exactN) { got = true; break; }
    escaped = false;
    count++;
  }
  if (nchars >= 0 && count >= nchars) got = true;
  while (!got) {
    let b: i32;
    if (e.kind == FDK_PIPE_R) {
      b = pipeReadByte(e.id);
      if (b == -1) {
        r.recordText(bytesToPacked(fresh.dataStart, fresh.length));
        r.needRead(fd);
        return -1;
      }
      if (b == -2) { eof = true; break; }
    } else {
      const n = host_read(e.id, oneByte, 1);
      if (n == -ERR_AGAIN) {
        r.recordText(bytesToPacked(fresh.dataStart, fresh.length));
        r.needRead(fd);
        return -1;
      }
      if (n <= 0) { eof = true; break; }
      b = <i32>load<u8>(oneByte);
    }
    fresh.push(<u8>b);
    bytes.push(<u8>b);
    if (!raw && !escaped && b == 92) { escaped = true; continue; }
    if (!escaped && b == delim && !exactN) break;
    escaped = false;
    count++;
    if (nchars >= 0 && count >= nchars) break;
  }
  // decode: drop the delimiter, handle backslashes (without -r)
  const chars: Array<u8> = [];
  const quoted: Array<bool> = [];
  let esc = false;
  let n = 0;
  for (let k = 0; k < bytes.length; k++) {
    const b = <i32>unchecked(bytes[k]);
    if (!raw && !esc && b == 92) { esc = true; continue; }
    if (!esc && b == delim && !exactN) break;
    if (esc && b == 10) { esc = false; continue; } // line continuation
    chars.push(<u8>b);
    quoted.push(esc);
    esc = false;
    n++;
    if (nchars >= 0 && n >= nchars) break;
  }
  const status = eof ? 1 : 0;
  assignFields(t, names, arrName, chars, quoted);
  return status;
}

function isIfs(ifs: string, c: i32): bool { return ifs.indexOf(String.fromCharCode(c)) >= 0; }
function isWs(c: i32): bool { return c == 32 || c == 9 || c == 10; }

function assignFields(t: Task, names: Array<string>, arrName: string, chars: Array<u8>, quoted: Array<bool>): void {
  if (names.length == 0 && arrName.length == 0) {
    t.shell.set('REPLY', bytesToString(chars));
    return;
  }
  const ifsV = t.shell.get('IFS');
  const ifs = ifsV == null ? ' \t\n' : ifsV;
  let p = 0;
  const len = chars.length;
  const fields: Array<string> = [];
  // leading IFS whitespace
  while (p < len && !unchecked(quoted[p]) && isIfs(ifs, unchecked(chars[p])) && isWs(unchecked(chars[p]))) p++;
  const want = arrName.length > 0 ? 0x7fffffff : names.length;
  while (p < len && fields.length < want) {
    if (fields.length == want - 1) {
      // the last name takes the rest, minus trailing IFS whitespace
      let end = len;
      while (end > p && !unchecked(quoted[end - 1]) && isIfs(ifs, unchecked(chars[end - 1])) && isWs(unchecked(chars[end - 1]))) end--;
      fields.push(sliceStr(chars, p, end));
      p = len;
      break;
    }
    const start = p;
    while (p < len && !(!unchecked(quoted[p]) && isIfs(ifs, unchecked(chars[p])))) p++;
    fields.push(sliceStr(chars, start, p));
    // separator: IFS whitespace, at most one non-whitespace IFS char, IFS whitespace
    while (p < len && !unchecked(quoted[p]) && isIfs(ifs, unchecked(chars[p])) && isWs(unchecked(chars[p]))) p++;
    if (p < len && !unchecked(quoted[p]) && isIfs(ifs, unchecked(chars[p])) && !isWs(unchecked(chars[p]))) {
      p++;
      while (p < len && !unchecked(quoted[p]) && isIfs(ifs, unchecked(chars[p])) && isWs(unchecked(chars[p]))) p++;
    }
  }
  if (arrName.length > 0) {
    const cur = t.shell.lookup(arrName);
    if (cur != null && (cur.flags & VF_READONLY) != 0) { t.error(arrName + ': readonly variable'); return; }
    t.shell.setIndexedArray(arrName, fields);
    return;
  }
  for (let k = 0; k < names.length; k++) {
    const v = k < fields.length ? unchecked(fields[k]) : '';
    const nm = unchecked(names[k]);
    const sp = splitSubscript(nm);
    if (sp != null) { assignElement(t, unchecked(sp[0]), unchecked(sp[1]), v, false, new Replay()); t.failStatus = 0; continue; }
    if (t.shell.set(nm, v) != 0) t.error(nm + ': readonly variable');
  }
}

function sliceStr(chars: Array<u8>, a: i32, b: i32): string {
  if (b <= a) return '';
  return String.UTF8.decodeUnsafe(chars.dataStart + <usize>a, <usize>(b - a));
}
