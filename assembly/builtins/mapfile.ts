// mapfile / readarray [-t] [-n count] [-s skip] [-O origin] [-d delim] [-u fd] [array]
// Reads lines byte by byte (nothing past the last line taken is consumed). Bytes consumed before
// the input ran dry are recorded in the Replay, as read does, so the rerun continues.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { VF_READONLY, VK_ASSOC, VK_SCALAR } from '../core/shell';
import { FDK_PIPE_R, FDK_HOST, ERR_AGAIN } from '../abi/layout';
import { host_read } from '../host/imports';
import { pipeReadByte } from '../pipe/ring';
import { fdAt } from '../exec/tasks';
import { isName, isDigits } from '../exec/util';
import { bytesToPacked, packedToBytes } from './util';

const oneByte = memory.data(8);

export function builtinMapfile(t: Task, argv: Array<string>, r: Replay): i32 {
  const name0 = unchecked(argv[0]);
  let strip = false;
  let delim = 10;
  let count: i64 = 0;
  let skip: i64 = 0;
  let origin: i64 = 0;
  let hasOrigin = false;
  let fd = 0;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    let k = 1;
    while (k < a.length) {
      const c = a.charAt(k);
      k++;
      if (c == 't') { strip = true; continue; }
      if (c == 'd' || c == 'n' || c == 's' || c == 'O' || c == 'u' || c == 'c' || c == 'C') {
        let v: string;
        if (k < a.length) { v = a.substring(k); k = a.length; }
        else {
          i++;
          if (i >= argv.length) { t.error(name0 + ': -' + c + ': option requires an argument'); return 2; }
          v = unchecked(argv[i]);
        }
        if (c == 'd') { delim = v.length == 0 ? 0 : v.charCodeAt(0); continue; }
        if (c == 'C') continue;
        if (!isDigits(v)) {
          if (c == 'u') t.error(name0 + ': ' + v + ': invalid file descriptor specification');
          else if (c == 'O') t.error(name0 + ': ' + v + ': invalid array origin');
          else if (c == 's') t.error(name0 + ': ' + v + ': invalid line count');
          else if (c == 'c') t.error(name0 + ': ' + v + ': invalid callback quantum');
          else t.error(name0 + ': ' + v + ': invalid line count');
          return 1;
        }
        const n = I64.parseInt(v);
        if (c == 'n') count = n;
        else if (c == 's') skip = n;
        else if (c == 'O') { origin = n; hasOrigin = true; }
        else if (c == 'u') fd = <i32>n;
        continue;
      }
      t.error(name0 + ': -' + c + ': invalid option');
      t.out(2, name0 + ': usage: ' + name0 + ' [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n');
      return 2;
    }
  }
  const arr = i < argv.length ? unchecked(argv[i]) : 'MAPFILE';
  if (!isName(arr)) { t.error(name0 + ": `" + arr + "': not a valid identifier"); return 1; }
  const cur = t.shell.lookup(arr);
  if (cur != null && (cur.flags & VF_READONLY) != 0) { t.error(arr + ': readonly variable'); return 1; }
  if (cur != null && cur.kind == VK_ASSOC) { t.error(name0 + ': ' + arr + ': not an indexed array'); return 1; }
  const e = fdAt(t, fd);
  if (e == null || (e.kind != FDK_PIPE_R && e.kind != FDK_HOST)) {
    t.error(name0 + ': ' + fd.toString() + ': invalid file descriptor: Bad file descriptor');
    return 1;
  }
  const bytes: Array<u8> = [];
  while (true) {
    const a = r.take();
    if (a == null) break;
    packedToBytes(a.text, bytes);
  }
  // lines already complete in the recorded bytes
  let lines: i64 = 0;
  for (let k = 0; k < bytes.length; k++) if (<i32>unchecked(bytes[k]) == delim) lines++;
  const limit: i64 = count > 0 ? count + skip : 0;
  const fresh: Array<u8> = [];
  while (limit == 0 || lines < limit) {
    let b: i32;
    if (e.kind == FDK_PIPE_R) {
      b = pipeReadByte(e.id);
      if (b == -1) { r.recordText(bytesToPacked(fresh.dataStart, fresh.length)); r.needRead(fd); return -1; }
      if (b == -2) break;
    } else {
      const n = host_read(e.id, oneByte, 1);
      if (n == -ERR_AGAIN) { r.recordText(bytesToPacked(fresh.dataStart, fresh.length)); r.needRead(fd); return -1; }
      if (n <= 0) break;
      b = <i32>load<u8>(oneByte);
    }
    fresh.push(<u8>b);
    bytes.push(<u8>b);
    if (b == delim) lines++;
  }
  // split into lines
  const out: Array<string> = [];
  let start = 0;
  let seen: i64 = 0;
  for (let k = 0; k <= bytes.length; k++) {
    const atEnd = k == bytes.length;
    if (!atEnd && <i32>unchecked(bytes[k]) != delim) continue;
    if (atEnd && k == start) break;
    const end = atEnd || strip ? k : k + 1;
    if (seen >= skip) out.push(String.UTF8.decodeUnsafe(bytes.dataStart + <usize>start, <usize>(end - start)));
    seen++;
    start = k + 1;
    if (count > 0 && <i64>out.length >= count) break;
  }
  const v = t.shell.binding(arr);
  if (!hasOrigin || v.kind == VK_SCALAR) {
    if (!hasOrigin) { t.shell.setIndexedArray(arr, out); return 0; }
    const was = v.isSet; v.toIndexed(); v.isSet = was;
  }
  for (let k = 0; k < out.length; k++) v.setIdx(origin + <i64>k, unchecked(out[k]));
  v.isSet = true;
  return 0;
}
