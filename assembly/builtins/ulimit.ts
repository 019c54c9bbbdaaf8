// ulimit and umask. Nothing here limits or masks anything (files are created by the host with
// its own rules): the values are remembered for the run so scripts that set and read them work.
import { Task } from '../core/task';

class Limit {
  constructor(public opt: string, public label: string, public unit: string, public value: string) {}
}

let limits: Array<Limit> | null = null;

function table(): Array<Limit> {
  if (limits != null) return limits!;
  const l: Array<Limit> = [
    new Limit('R', 'real-time non-blocking time', 'microseconds', 'unlimited'),
    new Limit('c', 'core file size', 'blocks', '0'),
    new Limit('d', 'data seg size', 'kbytes', 'unlimited'),
    new Limit('e', 'scheduling priority', '', '0'),
    new Limit('f', 'file size', 'blocks', 'unlimited'),
    new Limit('i', 'pending signals', '', '63704'),
    new Limit('l', 'max locked memory', 'kbytes', '8192'),
    new Limit('m', 'max memory size', 'kbytes', 'unlimited'),
    new Limit('n', 'open files', '', '1024'),
    new Limit('p', 'pipe size', '512 bytes', '8'),
    new Limit('q', 'POSIX message queues', 'bytes', '819200'),
    new Limit('r', 'real-time priority', '', '0'),
    new Limit('s', 'stack size', 'kbytes', '8192'),
    new Limit('t', 'cpu time', 'seconds', 'unlimited'),
    new Limit('u', 'max user processes', '', '63704'),
    new Limit('v', 'virtual memory', 'kbytes', 'unlimited'),
    new Limit('x', 'file locks', '', 'unlimited'),
  ];
  limits = l;
  return l;
}

function find(opt: string): Limit | null {
  const l = table();
  for (let i = 0; i < l.length; i++) if (unchecked(l[i]).opt == opt) return unchecked(l[i]);
  return null;
}

/** bash's -a line head: printf("%-20s %20s", label, "(unit, -c) "). */
function head(l: Limit): string {
  let tail = l.unit.length > 0 ? '(' + l.unit + ', -' + l.opt + ') ' : '(-' + l.opt + ') ';
  let s = l.label;
  while (s.length < 20) s += ' ';
  while (tail.length < 20) tail = ' ' + tail;
  return s + ' ' + tail;
}

function isNum(s: string): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

export function builtinUlimit(t: Task, argv: Array<string>): i32 {
  const opts: Array<string> = [];
  let all = false;
  let value: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a.startsWith('-') && a.length > 1 && a != '--') {
      for (let k = 1; k < a.length; k++) {
        const c = a.charAt(k);
        if (c == 'a') { all = true; continue; }
        if (c == 'H' || c == 'S') continue;
        if (find(c) == null) {
          t.error('ulimit: -' + c + ': invalid option');
          t.out(2, 'ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n');
          return 2;
        }
        opts.push(c);
      }
      continue;
    }
    if (a == '--') continue;
    value = a;
  }
  if (all) {
    const l = table();
    let s = '';
    for (let i = 0; i < l.length; i++) s += head(unchecked(l[i])) + unchecked(l[i]).value + '\n';
    t.out(1, s);
    return 0;
  }
  if (opts.length == 0) opts.push('f');
  if (value != null) {
    const v = value!;
    if (v != 'unlimited' && v != 'hard' && v != 'soft' && !isNum(v)) { t.error('ulimit: ' + v + ': invalid number'); return 1; }
    for (let i = 0; i < opts.length; i++) {
      const l = find(unchecked(opts[i]))!;
      if (v != 'hard' && v != 'soft') l.value = v;
    }
    return 0;
  }
  let s = '';
  for (let i = 0; i < opts.length; i++) {
    const l = find(unchecked(opts[i]))!;
    s += opts.length > 1 ? head(l) + l.value + '\n' : l.value + '\n';
  }
  t.out(1, s);
  return 0;
}

let mask: i32 = 0o022;

function octal(m: i32): string {
  let s = '';
  for (let i = 3; i >= 0; i--) s += ((m >> (i * 3)) & 7).toString();
  return s;
}

function symbolic(m: i32): string {
  const who = ['u', 'g', 'o'];
  const parts: Array<string> = [];
  for (let i = 0; i < 3; i++) {
    const bits = (~m >> ((2 - i) * 3)) & 7;
    let p = unchecked(who[i]) + '=';
    if (bits & 4) p += 'r';
    if (bits & 2) p += 'w';
    if (bits & 1) p += 'x';
    parts.push(p);
  }
  return parts.join(',');
}

/** Apply a symbolic mode (u=rwx,g+w,a-x …) to a mask; -1 when invalid. */
function applySymbolic(m: i32, spec: string): i32 {
  let perm = (~m) & 0o777;
  const clauses = spec.split(',');
  for (let c = 0; c < clauses.length; c++) {
    const cl = unchecked(clauses[c]);
    let i = 0;
    let who = 0;
    while (i < cl.length) {
      const ch = cl.charAt(i);
      if (ch == 'u') who |= 0o700; else if (ch == 'g') who |= 0o070; else if (ch == 'o') who |= 0o007;
      else if (ch == 'a') who |= 0o777; else break;
      i++;
    }
    if (who == 0) who = 0o777;
    if (i >= cl.length) return -1;
    while (i < cl.length) {
      const op = cl.charAt(i);
      if (op != '=' && op != '+' && op != '-') return -1;
      i++;
      let bits = 0;
      while (i < cl.length) {
        const ch = cl.charAt(i);
        if (ch == 'r') bits |= 0o444; else if (ch == 'w') bits |= 0o222; else if (ch == 'x') bits |= 0o111;
        else if (ch == '=' || ch == '+' || ch == '-') break;
        else return -1;
        i++;
      }
      bits &= who;
      if (op == '=') perm = (perm & ~who) | bits;
      else if (op == '+') perm |= bits;
      else perm &= ~bits;
    }
  }
  return (~perm) & 0o777;
}

export function builtinUmask(t: Task, argv: Array<string>): i32 {
  let sym = false, reuse = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = unchecked(argv[i]);
    if (a == '--') { i++; break; }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let k = 1; k < a.length; k++) {
      const c = a.charAt(k);
      if (c == 'S') sym = true;
      else if (c == 'p') reuse = true;
      else {
        t.error('umask: -' + c + ': invalid option');
        t.out(2, 'umask: usage: umask [-p] [-S] [mode]\n');
        return 2;
      }
    }
  }
  if (i >= argv.length) {
    if (sym) t.out(1, (reuse ? 'umask -S ' : '') + symbolic(mask) + '\n');
    else t.out(1, (reuse ? 'umask ' : '') + octal(mask) + '\n');
    return 0;
  }
  const spec = unchecked(argv[i]);
  const c0 = spec.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    let m = 0;
    for (let k = 0; k < spec.length; k++) {
      const d = spec.charCodeAt(k) - 48;
      if (d < 0 || d > 7 || m > 0o7777) { t.error('umask: ' + spec + ': octal number out of range'); return 1; }
      m = m * 8 + d;
    }
    if (m > 0o777) { t.error('umask: ' + spec + ': octal number out of range'); return 1; }
    mask = m;
  } else {
    const m = applySymbolic(mask, spec);
    if (m < 0) { t.error("umask: `" + spec.charAt(0) + "': invalid symbolic mode operator"); return 1; }
    mask = m;
  }
  if (sym) t.out(1, symbolic(mask) + '\n');
  return 0;
}

export function ulimitReset(): void { limits = null; mask = 0o022; }
