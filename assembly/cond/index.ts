// [[ ]] evaluation over C_* nodes (K_* doc in abi/layout.ts). Operands are expanded without
// splitting or globbing; the right side of == != is a pattern (quoted parts literal), of =~ an
// ERE matched by the host's regex engine. BASH_REMATCH is set to an array: the whole match, then
// each group ("" for a group that did not take part); empty when the match fails.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { kindOf, field, fieldStr } from '../core/nodes';
import { K_C_AND, K_C_OR, K_C_NOT, K_C_WORD, K_C_UNARY, K_C_BINARY } from '../abi/layout';
import { expandString, expandPattern, expandRegex } from '../expand/index';
import { patternMatch } from '../pattern/index';
import { evalArithText, arithFailed, setArithErrPrefix } from '../arith/index';
import { host_regex } from '../host/imports';
import { VF_READONLY } from '../core/shell';
import { unaryTest, fileBinaryTest, strCompare, intCompare, isIntOp, isBinaryFileOp } from './files';

/** 0 true, 1 false, 2 error (message printed), -1 blocked (r.blocked). */
export function evalCond(t: Task, node: i32, r: Replay): i32 {
  const v = ev(t, node, r);
  if (r.blocked) return -1;
  return v;
}

function ev(t: Task, node: i32, r: Replay): i32 {
  const k = kindOf(node);
  switch (k) {
    case K_C_AND: {
      const a = ev(t, field(node, 1), r);
      if (a != 0) return a;
      return ev(t, field(node, 2), r);
    }
    case K_C_OR: {
      const a = ev(t, field(node, 1), r);
      if (a == 0 || a == 2 || a < 0) return a;
      return ev(t, field(node, 2), r);
    }
    case K_C_NOT: {
      const a = ev(t, field(node, 1), r);
      return a == 0 ? 1 : (a == 1 ? 0 : a);
    }
    case K_C_WORD: {
      const s = expandString(t, field(node, 1), r);
      if (s == null) return r.blocked ? -1 : 2;
      return s.length > 0 ? 0 : 1;
    }
    case K_C_UNARY: {
      const op = fieldStr(node, 1);
      const s = expandString(t, field(node, 3), r);
      if (s == null) return r.blocked ? -1 : 2;
      return unaryTest(t, op, s, r);
    }
    case K_C_BINARY: return binary(t, node, r);
  }
  return 2;
}

function binary(t: Task, node: i32, r: Replay): i32 {
  const op = fieldStr(node, 1);
  const left = expandString(t, field(node, 3), r);
  if (left == null) return r.blocked ? -1 : 2;
  if (op == '==' || op == '=' || op == '!=') {
    const p = expandPattern(t, field(node, 4), r);
    if (p == null) return r.blocked ? -1 : 2;
    const m = patternMatch(p, left, t.shell.opts.extglob, t.shell.opts.nocasematch);
    return (m != (op == '!=')) ? 0 : 1;
  }
  if (op == '=~') {
    const re = expandRegex(t, field(node, 4), r);
    if (re == null) return r.blocked ? -1 : 2;
    return regexMatch(t, re, left);
  }
  const right = expandString(t, field(node, 4), r);
  if (right == null) return r.blocked ? -1 : 2;
  if (op == '<' || op == '>') return strCompare(op, left, right);
  if (isIntOp(op)) {
    // Operands are arithmetic expressions; their errors read "[[: EXPR: …".
    setArithErrPrefix('[[: ');
    const a = evalArithText(t, left, r);
    const okA = !arithFailed && !r.blocked;
    const b = okA ? evalArithText(t, right, r) : 0;
    const okB = okA && !arithFailed && !r.blocked;
    setArithErrPrefix('');
    if (!okB) return r.blocked ? -1 : 2;
    return intCompare(op, a, b);
  }
  if (isBinaryFileOp(op)) return fileBinaryTest(t, op, left, right, r);
  return 2;
}

function regexMatch(t: Task, re: string, text: string): i32 {
  const p = String.UTF8.encode(re);
  const s = String.UTF8.encode(text);
  const cap = 8 * 256;
  const out = new Uint8Array(cap);
  const n = host_regex(changetype<usize>(p), p.byteLength, changetype<usize>(s), s.byteLength, out.dataStart, cap);
  if (n == -2) return 2;
  const cur = t.shell.lookup('BASH_REMATCH');
  const ro = cur != null && (cur.flags & VF_READONLY) != 0;
  if (n < 0) { if (!ro) t.shell.setIndexedArray('BASH_REMATCH', []); return 1; }
  const groups: Array<string> = [];
  const m = n < 256 ? n : 256;
  for (let g = 0; g < m; g++) {
    const st = load<i32>(out.dataStart + <usize>(g * 8));
    const en = load<i32>(out.dataStart + <usize>(g * 8 + 4));
    groups.push(st >= 0 && en >= st ? text.substring(st, en) : '');
  }
  if (!ro) t.shell.setIndexedArray('BASH_REMATCH', groups);
  return 0;
}
