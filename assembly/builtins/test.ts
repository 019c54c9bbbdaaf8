// test / [ builtin (argv[0] is "test" or "["; "[" needs a final "]"). POSIX argument-count rules
// for up to 4 arguments, then a recursive parser: expr := and ('-o' and)*, and := not ('-a' not)*,
// not := '!' not | '(' expr ')' | primary. Returns 0 true, 1 false, 2 error, -1 blocked (stat).
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { isUnaryOp, isBinaryFileOp, isIntOp, unaryTest, fileBinaryTest, strCompare, intCompare } from '../cond/files';

/** Errors of builtins ("bash: line N: msg", as bash -c prints them). */
export function builtinError(t: Task, msg: string): void { t.error(msg); }

class TestState {
  args: Array<string> = [];
  pos: i32 = 0;
  err: bool = false;
  name: string = 'test';
}

function isBinaryOp(op: string): bool {
  return op == '=' || op == '==' || op == '!=' || op == '<' || op == '>' || isIntOp(op) || isBinaryFileOp(op);
}

/** Integer operand: optional blanks, optional sign, decimal digits, optional blanks. */
function parseInt64(s: string, ok: Array<bool>): i64 {
  let i = 0;
  const n = s.length;
  while (i < n && (s.charCodeAt(i) == 32 || s.charCodeAt(i) == 9)) i++;
  let neg = false;
  if (i < n && (s.charCodeAt(i) == 45 || s.charCodeAt(i) == 43)) { neg = s.charCodeAt(i) == 45; i++; }
  const start = i;
  let v: u64 = 0;
  let overflow = false;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
    const d = <u64>(s.charCodeAt(i) - 48);
    if (v > (<u64>0x7fffffffffffffff - d) / 10 + 1) overflow = true;
    v = v * 10 + d;
    i++;
  }
  const end = i;
  while (i < n && (s.charCodeAt(i) == 32 || s.charCodeAt(i) == 9)) i++;
  if (end == start || i != n || overflow || v > <u64>0x8000000000000000 || (!neg && v == <u64>0x8000000000000000)) { ok[0] = false; return 0; }
  ok[0] = true;
  return neg ? -<i64>v : <i64>v;
}

function binary(t: Task, st: TestState, a: string, op: string, b: string, r: Replay): i32 {
  if (op == '=' || op == '==') return a == b ? 0 : 1;
  if (op == '!=') return a != b ? 0 : 1;
  if (op == '<' || op == '>') return strCompare(op, a, b);
  if (isBinaryFileOp(op)) return fileBinaryTest(t, op, a, b, r);
  const ok: Array<bool> = [false];
  const x = parseInt64(a, ok);
  if (!ok[0]) { builtinError(t, st.name + ': ' + a + ': integer expression expected'); st.err = true; return 2; }
  const y = parseInt64(b, ok);
  if (!ok[0]) { builtinError(t, st.name + ': ' + b + ': integer expression expected'); st.err = true; return 2; }
  return intCompare(op, x, y);
}

function syntax(t: Task, st: TestState, msg: string): i32 {
  if (!st.err) builtinError(t, st.name + ': ' + msg);
  st.err = true;
  return 2;
}

function parseOr(t: Task, st: TestState, r: Replay): i32 {
  let v = parseAnd(t, st, r);
  while (!st.err && !r.blocked && st.pos < st.args.length && unchecked(st.args[st.pos]) == '-o') {
    st.pos++;
    const w = parseAnd(t, st, r);
    v = (v == 0 || w == 0) ? 0 : 1;
  }
  return v;
}

function parseAnd(t: Task, st: TestState, r: Replay): i32 {
  let v = parseNot(t, st, r);
  while (!st.err && !r.blocked && st.pos < st.args.length && unchecked(st.args[st.pos]) == '-a') {
    st.pos++;
    const w = parseNot(t, st, r);
    v = (v == 0 && w == 0) ? 0 : 1;
  }
  return v;
}

function parseNot(t: Task, st: TestState, r: Replay): i32 {
  const n = st.args.length;
  if (st.pos >= n) return syntax(t, st, 'argument expected');
  const a = unchecked(st.args[st.pos]);
  if (a == '!') {
    st.pos++;
    const v = parseNot(t, st, r);
    return st.err || v < 0 ? v : 1 - v;
  }
  if (a == '(' ) {
    st.pos++;
    const v = parseOr(t, st, r);
    if (st.err) return 2;
    if (st.pos >= n || unchecked(st.args[st.pos]) != ')') return syntax(t, st, "`)' expected");
    st.pos++;
    return v;
  }
  // binary primary?
  if (st.pos + 2 < n + 0 && isBinaryOp(unchecked(st.args[st.pos + 1]))) {
    const op = unchecked(st.args[st.pos + 1]);
    const b = unchecked(st.args[st.pos + 2]);
    st.pos += 3;
    return binary(t, st, a, op, b, r);
  }
  if (isUnaryOp(a)) {
    if (st.pos + 1 >= n) return syntax(t, st, 'argument expected');
    const arg = unchecked(st.args[st.pos + 1]);
    st.pos += 2;
    return unaryTest(t, a, arg, r);
  }
  st.pos++;
  return a.length > 0 ? 0 : 1;
}

function evalArgs(t: Task, st: TestState, r: Replay): i32 {
  const args = st.args;
  const n = args.length;
  if (n == 0) return 1;
  if (n == 1) return unchecked(args[0]).length > 0 ? 0 : 1;
  const a0 = unchecked(args[0]);
  if (n == 2) {
    if (a0 == '!') return unchecked(args[1]).length > 0 ? 1 : 0;
    if (isUnaryOp(a0)) return unaryTest(t, a0, unchecked(args[1]), r);
    return syntax(t, st, a0 + ': unary operator expected');
  }
  if (n == 3) {
    const a1 = unchecked(args[1]);
    if (isBinaryOp(a1)) return binary(t, st, a0, a1, unchecked(args[2]), r);
    if (a1 == '-a' || a1 == '-o') {
      const l = a0.length > 0;
      const rr = unchecked(args[2]).length > 0;
      return (a1 == '-a' ? (l && rr) : (l || rr)) ? 0 : 1;
    }
    if (a0 == '!') {
      st.args = args.slice(1);
      const v = evalArgs(t, st, r);
      return st.err || v < 0 ? v : 1 - v;
    }
    if (a0 == '(' && unchecked(args[2]) == ')') return a1.length > 0 ? 0 : 1;
    return syntax(t, st, a1 + ': binary operator expected');
  }
  if (n == 4) {
    if (a0 == '!') {
      st.args = args.slice(1);
      const v = evalArgs(t, st, r);
      return st.err || v < 0 ? v : 1 - v;
    }
    if (a0 == '(' && unchecked(args[3]) == ')') {
      st.args = args.slice(1, 3);
      return evalArgs(t, st, r);
    }
  }
  st.pos = 0;
  const v = parseOr(t, st, r);
  if (st.err) return 2;
  if (r.blocked) return -1;
  if (st.pos < st.args.length) return syntax(t, st, 'too many arguments');
  return v;
}

export function builtinTest(t: Task, argv: Array<string>, r: Replay): i32 {
  const st = new TestState();
  st.name = argv.length > 0 ? unchecked(argv[0]) : 'test';
  let end = argv.length;
  if (st.name == '[') {
    if (end < 2 || unchecked(argv[end - 1]) != ']') { builtinError(t, "[: missing `]'"); return 2; }
    end--;
  }
  st.args = argv.slice(1, end);
  const v = evalArgs(t, st, r);
  if (r.blocked) return -1;
  if (st.err) return 2;
  return v;
}
