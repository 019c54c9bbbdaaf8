// Arithmetic evaluation over A_* nodes (layouts: K_* doc in abi/layout.ts), i64 wrapping as bash.
//
// Variable values are numbers (decimal, 0x hex, 0 octal, base#digits) or, failing that, arithmetic
// text parsed with host_parse(PARSE_ARITH) and evaluated recursively (depth limit -> "expression
// recursion level exceeded"). Errors print bash's message, call t.fail(1) and make the whole
// evaluation return 0; `arithFailed` tells callers an error happened.
import { Task } from '../core/task';
import { Replay } from '../core/replay';
import { kindOf, field, fieldStr, numValue } from '../core/nodes';
import { SET_READONLY, VK_ASSOC, VK_SCALAR, VK_INDEXED, VF_READONLY } from '../core/shell';
import { host_parse } from '../host/imports';
import {
  K_A_NUM, K_A_VAR, K_A_UNARY, K_A_BINARY, K_A_ASSIGN, K_A_TERNARY, K_A_WORD, PARSE_ARITH,
  AO_NEG, AO_POS, AO_LNOT, AO_BNOT, AO_PREINC, AO_PREDEC, AO_POSTINC, AO_POSTDEC,
  AO_ADD, AO_SUB, AO_MUL, AO_DIV, AO_MOD, AO_POW, AO_SHL, AO_SHR, AO_LT, AO_LE, AO_GT, AO_GE,
  AO_EQ, AO_NE, AO_BAND, AO_BXOR, AO_BOR, AO_LAND, AO_LOR, AO_COMMA, AO_ASSIGN,
} from '../abi/layout';
import { expandString } from '../expand/index';

/** Set when the last evaluation hit an error (message already printed). */
export let arithFailed: bool = false;
const MAX_DEPTH: i32 = 64;

/** Evaluate an arithmetic node. On error: message printed, t.fail(1) called, returns 0. */
export function evalArith(t: Task, node: i32, r: Replay): i64 {
  arithFailed = false;
  const v = ev(t, node, r, 0);
  return arithFailed || r.blocked ? 0 : v;
}

/** Evaluate arithmetic source text (a variable value, [[ -eq ]] operands, ARITH_DYN). */
export function evalArithText(t: Task, text: string, r: Replay): i64 {
  arithFailed = false;
  const v = textValue(t, text, r, 0);
  return arithFailed || r.blocked ? 0 : v;
}

/** Prepended to error messages (bash names the variable for ${x:off:len} errors: "x: "). */
export let arithErrPrefix: string = '';
export function setArithErrPrefix(p: string): void { arithErrPrefix = p; }

function fail(t: Task, msg: string): i64 {
  if (!arithFailed) { t.error(arithErrPrefix + msg); t.fail(1); }
  arithFailed = true;
  return 0;
}

// ---- parsing text -----------------------------------------------------------------------

// Parsed trees stay alive forever: node strings are cached by address (core/nodes.ts), so a
// buffer must never be freed and reused.
const parsed = new Map<string, i32>();
const parseErrors = new Map<string, string>();
const keep: Array<Uint8Array> = [];

/** Root node of the parsed expression, 0 on a syntax error (message in lastParseError). */
let lastParseError = '';
export function parseArithText(text: string): i32 {
  if (parsed.has(text)) return parsed.get(text);
  if (parseErrors.has(text)) { lastParseError = parseErrors.get(text); return 0; }
  const src = String.UTF8.encode(text);
  let cap = 256 + src.byteLength * 16;
  for (let attempt = 0; attempt < 3; attempt++) {
    const buf = new Uint8Array(cap);
    const n = host_parse(PARSE_ARITH, changetype<usize>(src), src.byteLength, buf.dataStart, cap);
    if (n < 0) {
      const len = -n < cap ? -n : cap;
      lastParseError = String.UTF8.decodeUnsafe(buf.dataStart, <usize>len);
      parseErrors.set(text, lastParseError);
      return 0;
    }
    if (n > cap) { cap = n; continue; }
    keep.push(buf);
    const root = load<i32>(buf.dataStart);
    parsed.set(text, root);
    return root;
  }
  lastParseError = text + ': syntax error';
  return 0;
}

function isDigit(c: i32): bool { return c >= 48 && c <= 57; }
function isIdStart(c: i32): bool { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95; }
function isIdChar(c: i32): bool { return isIdStart(c) || isDigit(c); }

function digitVal(c: i32, base: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (base <= 36) {
    if (c >= 97 && c <= 122) return c - 97 + 10;
    if (c >= 65 && c <= 90) return c - 65 + 10;
    return 99;
  }
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return c - 65 + 36;
  if (c == 64) return 62;
  if (c == 95) return 63;
  return 99;
}

/** Parse an integer constant as bash does; sets arithFailed with a message on a bad one. */
export function parseNumber(t: Task, s: string): i64 {
  let base = 10;
  let i = 0;
  const n = s.length;
  const hash = s.indexOf('#');
  if (hash > 0) {
    let b: i32 = 0;
    for (let k = 0; k < hash; k++) {
      const c = s.charCodeAt(k);
      if (!isDigit(c)) return fail(t, s + ': invalid number (error token is "' + s + '")');
      b = b * 10 + (c - 48);
      if (b > 64) break;
    }
    if (b < 2 || b > 64) return fail(t, s + ': invalid arithmetic base (error token is "' + s + '")');
    base = b; i = hash + 1;
    if (i >= n) return fail(t, s + ': invalid integer constant (error token is "' + s + '")');
  } else if (n > 1 && s.charCodeAt(0) == 48 && (s.charCodeAt(1) == 120 || s.charCodeAt(1) == 88)) {
    base = 16; i = 2;
    if (i >= n) return fail(t, s + ': invalid integer constant (error token is "' + s + '")');
  } else if (n > 1 && s.charCodeAt(0) == 48) {
    base = 8; i = 1;
  }
  let v: i64 = 0;
  for (; i < n; i++) {
    const d = digitVal(s.charCodeAt(i), base);
    if (d >= base) return fail(t, s + ': value too great for base (error token is "' + s + '")');
    v = v * base + d;
  }
  return v;
}

function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a == 0 && b == s.length ? s : s.substring(a, b);
}
function isSpace(c: i32): bool { return c == 32 || c == 9 || c == 10 || c == 13; }

/** Value of arithmetic text: empty = 0, a constant, a variable name, or a parsed expression. */
function textValue(t: Task, text: string, r: Replay, depth: i32): i64 {
  const s = trim(text);
  if (s.length == 0) return 0;
  const c0 = s.charCodeAt(0);
  if (isDigit(c0)) {
    let simple = true;
    for (let i = 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!(isIdChar(c) || c == 35 || c == 64)) { simple = false; break; }
    }
    if (simple) return parseNumber(t, s);
  }
  if (depth >= MAX_DEPTH) return fail(t, s + ': expression recursion level exceeded (error token is "' + s + '")');
  if (isIdStart(c0)) {
    let ident = true;
    for (let i = 1; i < s.length; i++) if (!isIdChar(s.charCodeAt(i))) { ident = false; break; }
    if (ident) return varValue(t, s, r, depth + 1);
  }
  const root = parseArithText(s);
  if (root == 0) return fail(t, lastParseError);
  return ev(t, root, r, depth + 1);
}

function varValue(t: Task, name: string, r: Replay, depth: i32): i64 {
  const v = t.shell.get(name);
  if (v == null && name == 'LINENO') return <i64>t.line; // dynamic, as in ${LINENO}
  if (v == null) {
    if (t.shell.opts.nounset) {
      if (!arithFailed) { t.error(name + ': unbound variable'); t.fail(127, true); }
      arithFailed = true;
      return 0;
    }
    return 0;
  }
  if (depth >= MAX_DEPTH) return fail(t, name + ': expression recursion level exceeded (error token is "' + name + '")');
  return textValue(t, v, r, depth);
}

/** Subscript of name[ix] as a key: the literal text for associative arrays, the evaluated index
 *  (negative counted from the end) otherwise. Sets arithFailed on a bad subscript. */
function elemKey(t: Task, name: string, ix: i32, r: Replay, depth: i32): string {
  const v = t.shell.lookup(name);
  if (v != null && v.kind == VK_ASSOC) {
    if (kindOf(ix) == K_A_WORD) {
      const s = expandString(t, field(ix, 1), r);
      if (s == null) { arithFailed = arithFailed || t.failStatus != 0; return ''; }
      return s;
    }
    return arithText(ix);
  }
  let i = sub(t, ix, r, depth);
  if (arithFailed || r.blocked) return '';
  if (i < 0) {
    const n: i64 = v == null ? 0 : (v.kind == VK_INDEXED ? v.nextIndex() : (v.isSet ? 1 : 0));
    i += n;
    if (i < 0) { fail(t, name + ': bad array subscript'); return ''; }
  }
  return i.toString();
}

function keyValue(t: Task, name: string, key: string, r: Replay, depth: i32): i64 {
  const v = t.shell.lookup(name);
  let s: string | null = null;
  if (v != null) s = v.kind == VK_ASSOC ? v.getKey(key) : v.getIdx(I64.parseInt(key));
  if (s == null) {
    if (t.shell.opts.nounset) {
      if (!arithFailed) { t.error(name + '[' + key + ']: unbound variable'); t.fail(127, true); }
      arithFailed = true;
    }
    return 0;
  }
  if (depth >= MAX_DEPTH) return fail(t, name + ': expression recursion level exceeded (error token is "' + name + '")');
  return textValue(t, s!, r, depth);
}

function elemValue(t: Task, name: string, ix: i32, r: Replay, depth: i32): i64 {
  const key = elemKey(t, name, ix, r, depth);
  if (arithFailed || r.blocked) return 0;
  return keyValue(t, name, key, r, depth);
}

function assignElem(t: Task, name: string, key: string, v: i64): i64 {
  const b = t.shell.binding(name);
  if (b.flags & VF_READONLY) return fail(t, name + ': readonly variable');
  if (b.kind == VK_ASSOC) b.setKey(key, v.toString());
  else b.setIdx(I64.parseInt(key), v.toString());
  return v;
}

function assignVar(t: Task, name: string, v: i64): i64 {
  if (t.shell.set(name, v.toString()) == SET_READONLY) return fail(t, name + ': readonly variable');
  return v;
}

function ipow(b: i64, e: i64): i64 {
  let result: i64 = 1;
  while (e > 0) {
    if (e & 1) result *= b;
    b *= b;
    e >>= 1;
  }
  return result;
}

function binop(t: Task, op: i32, a: i64, b: i64): i64 {
  switch (op) {
    case AO_ADD: return a + b;
    case AO_SUB: return a - b;
    case AO_MUL: return a * b;
    case AO_DIV:
      if (b == 0) return fail(t, 'division by 0');
      if (b == -1) return -a;
      return a / b;
    case AO_MOD:
      if (b == 0) return fail(t, 'division by 0');
      if (b == -1) return 0;
      return a % b;
    case AO_POW:
      if (b < 0) return fail(t, 'exponent less than 0');
      return ipow(a, b);
    case AO_SHL: return a << b;
    case AO_SHR: return a >> b;
    case AO_LT: return a < b ? 1 : 0;
    case AO_LE: return a <= b ? 1 : 0;
    case AO_GT: return a > b ? 1 : 0;
    case AO_GE: return a >= b ? 1 : 0;
    case AO_EQ: return a == b ? 1 : 0;
    case AO_NE: return a != b ? 1 : 0;
    case AO_BAND: return a & b;
    case AO_BXOR: return a ^ b;
    case AO_BOR: return a | b;
  }
  return 0;
}

/** Text of an expression for error messages (bash shows the source; nodes do not keep it). */
export function arithText(node: i32): string {
  const k = kindOf(node);
  if (k == K_A_NUM) return numValue(node).toString();
  if (k == K_A_VAR) return fieldStr(node, 1);
  if (k == K_A_BINARY) return arithText(field(node, 2)) + opText(field(node, 1)) + arithText(field(node, 3));
  if (k == K_A_UNARY) {
    const op = field(node, 1);
    if (op == AO_POSTINC || op == AO_POSTDEC) return arithText(field(node, 2)) + opText(op);
    return opText(op) + arithText(field(node, 2));
  }
  if (k == K_A_ASSIGN) return fieldStr(node, 2) + (field(node, 1) == AO_ASSIGN ? '=' : opText(field(node, 1)) + '=') + arithText(field(node, 5));
  if (k == K_A_TERNARY) return arithText(field(node, 1)) + '?' + arithText(field(node, 2)) + ':' + arithText(field(node, 3));
  return '';
}

function opText(op: i32): string {
  switch (op) {
    case AO_NEG: return '-'; case AO_POS: return '+'; case AO_LNOT: return '!'; case AO_BNOT: return '~';
    case AO_PREINC: case AO_POSTINC: return '++'; case AO_PREDEC: case AO_POSTDEC: return '--';
    case AO_ADD: return '+'; case AO_SUB: return '-'; case AO_MUL: return '*'; case AO_DIV: return '/';
    case AO_MOD: return '%'; case AO_POW: return '**'; case AO_SHL: return '<<'; case AO_SHR: return '>>';
    case AO_LT: return '<'; case AO_LE: return '<='; case AO_GT: return '>'; case AO_GE: return '>=';
    case AO_EQ: return '=='; case AO_NE: return '!='; case AO_BAND: return '&'; case AO_BXOR: return '^';
    case AO_BOR: return '|'; case AO_LAND: return '&&'; case AO_LOR: return '||'; case AO_COMMA: return ',';
  }
  return '';
}

/** Error context: the top expression being evaluated (for "EXPR: division by 0 (error token is …)"). */
let topNode: i32 = 0;

function divFail(t: Task, node: i32, msg: string): i64 {
  // bash's error token is the rest of the expression from the right operand (after a unary sign).
  let right = field(node, 3);
  if (kindOf(right) == K_A_UNARY && (field(right, 1) == AO_NEG || field(right, 1) == AO_POS)) right = field(right, 2);
  const whole = arithText(topNode != 0 ? topNode : node);
  const rest = arithText(right);
  // Locate the operand: the text after the left part and operator.
  const before = arithText(field(node, 2)) + opText(field(node, 1));
  let token = rest;
  const at = whole.indexOf(before);
  if (at >= 0) {
    let from = at + before.length;
    if (field(node, 3) != right) from += 1;
    token = whole.substring(from);
  }
  return fail(t, whole + ': ' + msg + ' (error token is "' + token + '")');
}

function ev(t: Task, node: i32, r: Replay, depth: i32): i64 {
  if (arithFailed || r.blocked || node == 0) return 0;
  const savedTop = topNode;
  topNode = node;
  const v = evInner(t, node, r, depth);
  topNode = savedTop;
  return v;
}

function sub(t: Task, node: i32, r: Replay, depth: i32): i64 {
  if (arithFailed || r.blocked || node == 0) return 0;
  return evInner(t, node, r, depth);
}

function evInner(t: Task, node: i32, r: Replay, depth: i32): i64 {
  const k = kindOf(node);
  switch (k) {
    case K_A_NUM: return numValue(node);
    case K_A_VAR: {
      if (field(node, 3) != 0) return elemValue(t, fieldStr(node, 1), field(node, 3), r, depth);
      return varValue(t, fieldStr(node, 1), r, depth);
    }
    case K_A_WORD: {
      const s = expandString(t, field(node, 1), r);
      if (s == null) { arithFailed = arithFailed || t.failStatus != 0; return 0; }
      return textValue(t, s, r, depth);
    }
    case K_A_UNARY: {
      const op = field(node, 1);
      const operand = field(node, 2);
      if (op >= AO_PREINC && op <= AO_POSTDEC) {
        if (kindOf(operand) != K_A_VAR) return fail(t, arithText(node) + ': assignment requires lvalue');
        const name = fieldStr(operand, 1);
        const ix = field(operand, 3);
        if (ix != 0) {
          const key = elemKey(t, name, ix, r, depth);
          if (arithFailed || r.blocked) return 0;
          const old = keyValue(t, name, key, r, depth);
          if (arithFailed) return 0;
          const nv = op == AO_PREINC || op == AO_POSTINC ? old + 1 : old - 1;
          assignElem(t, name, key, nv);
          return op == AO_PREINC || op == AO_PREDEC ? nv : old;
        }
        const old = varValue(t, name, r, depth);
        if (arithFailed) return 0;
        const nv = op == AO_PREINC || op == AO_POSTINC ? old + 1 : old - 1;
        assignVar(t, name, nv);
        return op == AO_PREINC || op == AO_PREDEC ? nv : old;
      }
      const v = sub(t, operand, r, depth);
      if (op == AO_NEG) return -v;
      if (op == AO_LNOT) return v == 0 ? 1 : 0;
      if (op == AO_BNOT) return ~v;
      return v;
    }
    case K_A_BINARY: {
      const op = field(node, 1);
      if (op == AO_LAND) {
        if (sub(t, field(node, 2), r, depth) == 0) return 0;
        return sub(t, field(node, 3), r, depth) != 0 ? 1 : 0;
      }
      if (op == AO_LOR) {
        if (sub(t, field(node, 2), r, depth) != 0) return 1;
        return sub(t, field(node, 3), r, depth) != 0 ? 1 : 0;
      }
      if (op == AO_COMMA) { sub(t, field(node, 2), r, depth); return sub(t, field(node, 3), r, depth); }
      const a = sub(t, field(node, 2), r, depth);
      const b = sub(t, field(node, 3), r, depth);
      if (arithFailed || r.blocked) return 0;
      if (b == 0 && (op == AO_DIV || op == AO_MOD)) return divFail(t, node, 'division by 0');
      if (b < 0 && op == AO_POW) return divFail(t, node, 'exponent less than 0');
      return binop(t, op, a, b);
    }
    case K_A_ASSIGN: {
      const op = field(node, 1);
      const name = fieldStr(node, 2);
      const ix = field(node, 4);
      let key = '';
      if (ix != 0) { key = elemKey(t, name, ix, r, depth); if (arithFailed || r.blocked) return 0; }
      let v = sub(t, field(node, 5), r, depth);
      if (arithFailed || r.blocked) return 0;
      if (op != AO_ASSIGN) {
        const old = ix != 0 ? keyValue(t, name, key, r, depth) : varValue(t, name, r, depth);
        if (arithFailed) return 0;
        if (v == 0 && (op == AO_DIV || op == AO_MOD)) return fail(t, arithText(node) + ': division by 0 (error token is "' + arithText(field(node, 5)) + '")');
        v = binop(t, op, old, v);
        if (arithFailed) return 0;
      }
      if (ix != 0) return assignElem(t, name, key, v);
      return assignVar(t, name, v);
    }
    case K_A_TERNARY: {
      if (sub(t, field(node, 1), r, depth) != 0) return sub(t, field(node, 2), r, depth);
      return sub(t, field(node, 3), r, depth);
    }
  }
  return 0;
}
