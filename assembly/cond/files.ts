// Unary and binary primaries shared by [[ ]] and test/[: file tests through OP_STAT, string and
// option tests. Results: 0 true, 1 false, -1 blocked (r.blocked: a stat is pending).
import { splitSubscript, arrayIndex, badSubscript } from '../expand/param';
import { VK_ASSOC } from '../core/shell';
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { ReqWriter } from '../core/req';
import { OP_STAT, FT_FILE, FT_DIR, FT_SYMLINK, FT_OTHER } from '../abi/layout';
import { joinPath } from '../expand/glob';

/** Unary operators test and [[ ]] know. */
export function isUnaryOp(op: string): bool {
  if (op.length != 2 || op.charCodeAt(0) != 45) return false;
  return 'abcdefghknoprstuvwxzGLNOS'.indexOf(op.substring(1)) >= 0;
}

export function isBinaryFileOp(op: string): bool { return op == '-nt' || op == '-ot' || op == '-ef'; }
export function isIntOp(op: string): bool {
  return op == '-eq' || op == '-ne' || op == '-lt' || op == '-le' || op == '-gt' || op == '-ge';
}

export class StatResult {
  ok: bool = false;
  type: i32 = 0;
  size: i32 = 0;
  mtime: i32 = 0;
  mode: i32 = 0;
}

/** stat(path): null = blocked. */
export function statPath(t: Task, path: string, follow: bool, r: Replay): StatResult | null {
  const a = r.take();
  const abs = joinPath(t.shell.cwd, path);
  if (a == null) { r.needHost(new ReqWriter(OP_STAT).int(follow ? 1 : 0).str(abs).finish()); return null; }
  const s = new StatResult();
  if (a.status < 0 || a.ints.length < 4) return s;
  s.ok = true;
  s.type = unchecked(a.ints[0]);
  s.size = unchecked(a.ints[1]);
  s.mtime = unchecked(a.ints[2]);
  s.mode = unchecked(a.ints[3]);
  return s;
}

function optionSet(t: Task, name: string): bool {
  const o = t.shell.opts;
  if (name == 'errexit') return o.errexit;
  if (name == 'nounset') return o.nounset;
  if (name == 'pipefail') return o.pipefail;
  if (name == 'xtrace') return o.xtrace;
  if (name == 'noglob') return o.noglob;
  if (name == 'noclobber') return o.noclobber;
  if (name == 'braceexpand' || name == 'hashall' || name == 'interactive-comments') return true;
  return false;
}

/** Evaluate a unary primary (op like "-f"). */
export function unaryTest(t: Task, op: string, arg: string, r: Replay): i32 {
  const c = op.charCodeAt(1);
  if (c == 122) return arg.length == 0 ? 0 : 1; // -z
  if (c == 110) return arg.length != 0 ? 0 : 1; // -n
  if (c == 118) { // -v
    if (arg == '#' || arg == '?' || arg == '$' || arg == '-') return 0;
    const parts = splitSubscript(arg);
    if (parts != null) {
      const v = t.shell.lookup(unchecked(parts[0]));
      if (v == null) return 1;
      const sub = unchecked(parts[1]);
      if (sub == '@' || sub == '*') return v.count() > 0 ? 0 : 1;
      if (v.kind == VK_ASSOC) return v.getKey(sub) != null ? 0 : 1;
      const i = arrayIndex(t, v, sub, r);
      if (badSubscript) { if (t.failStatus != 0) { t.failStatus = 0; return 2; } return 1; }
      return v.getIdx(i) != null ? 0 : 1;
    }
    return t.shell.get(arg) != null ? 0 : 1;
  }
  if (c == 111) return optionSet(t, arg) ? 0 : 1; // -o
  if (c == 116) return 1; // -t: no terminals here
  if (arg.length == 0) return 1;
  const follow = !(c == 76 || c == 104); // -L -h do not follow
  const s = statPath(t, arg, follow, r);
  if (s == null) return -1;
  if (!s.ok) return 1;
  let res = false;
  switch (c) {
    case 97: case 101: res = true; break; // -a -e
    case 102: res = s.type == FT_FILE; break;
    case 100: res = s.type == FT_DIR; break;
    case 115: res = s.size > 0; break;
    case 76: case 104: res = s.type == FT_SYMLINK; break;
    case 114: res = (s.mode & 0o444) != 0 || s.mode == 0; break;
    case 119: res = (s.mode & 0o222) != 0 || s.mode == 0; break;
    case 120: res = (s.mode & 0o111) != 0; break;
    case 98: case 99: res = false; break; // block/char devices
    case 112: case 83: res = s.type == FT_OTHER; break;
    case 117: res = (s.mode & 0o4000) != 0; break;
    case 103: res = (s.mode & 0o2000) != 0; break;
    case 107: res = (s.mode & 0o1000) != 0; break;
    case 79: case 71: res = true; break; // owned by us / our group: one user here
    case 78: res = true; break;
  }
  return res ? 0 : 1;
}

/** -nt -ot -ef. */
export function fileBinaryTest(t: Task, op: string, a: string, b: string, r: Replay): i32 {
  const sa = statPath(t, a, true, r);
  if (sa == null) return -1;
  const sb = statPath(t, b, true, r);
  if (sb == null) return -1;
  if (op == '-nt') return (sa.ok && (!sb.ok || sa.mtime > sb.mtime)) ? 0 : 1;
  if (op == '-ot') return (sb.ok && (!sa.ok || sa.mtime < sb.mtime)) ? 0 : 1;
  return (sa.ok && sb.ok && normalize(joinPath(t.shell.cwd, a)) == normalize(joinPath(t.shell.cwd, b))) ? 0 : 1;
}

function normalize(p: string): string {
  const parts = p.split('/');
  const out: Array<string> = [];
  for (let i = 0; i < parts.length; i++) {
    const s = unchecked(parts[i]);
    if (s.length == 0 || s == '.') continue;
    if (s == '..') { if (out.length > 0) out.pop(); continue; }
    out.push(s);
  }
  return '/' + out.join('/');
}

export function strCompare(op: string, a: string, b: string): i32 {
  if (op == '<') return a < b ? 0 : 1;
  return a > b ? 0 : 1;
}

export function intCompare(op: string, a: i64, b: i64): i32 {
  let res = false;
  if (op == '-eq') res = a == b;
  else if (op == '-ne') res = a != b;
  else if (op == '-lt') res = a < b;
  else if (op == '-le') res = a <= b;
  else if (op == '-gt') res = a > b;
  else res = a >= b;
  return res ? 0 : 1;
}

