// Bash arithmetic: tokenizer + recursive-descent parser with bash's grammar, and emission to A_* nodes.
//
// Grammar (loosest first; mirrors bash's expr.c so errors arise at the same token):
//   comma   := assign (',' assign)*
//   assign  := cond [ ('=' | op'=') assign ]        lhs must be a variable
//   cond    := lor [ '?' comma ':' cond ]
//   lor && | ^ & (== !=) (< <= > >=) (<< >>) (+ -) (* / %)   left-associative levels
//   power   := unary [ '**' power ]                  so -2**2 == 4
//   unary   := ('!' | '~' | '-' | '+') unary | primary
//   primary := ('++' | '--') name | '(' comma ')' | number | name [ '++' | '--' ]
//
// Error texts follow bash: `EXPR: MESSAGE (error token is "REST")`, EXPR = the text without leading
// blanks, REST = the text from the start of the last token read. Number errors name the number.

import type { Encoder, Ref } from '../encoder.js';
import {
  K_A_NUM, K_A_VAR, K_A_UNARY, K_A_BINARY, K_A_ASSIGN, K_A_TERNARY,
  AO_NEG, AO_POS, AO_LNOT, AO_BNOT, AO_PREINC, AO_PREDEC, AO_POSTINC, AO_POSTDEC,
  AO_ADD, AO_SUB, AO_MUL, AO_DIV, AO_MOD, AO_POW, AO_SHL, AO_SHR, AO_LT, AO_LE, AO_GT, AO_GE,
  AO_EQ, AO_NE, AO_BAND, AO_BXOR, AO_BOR, AO_LAND, AO_LOR, AO_COMMA, AO_ASSIGN,
} from '../../abi/layout.js';

export type AExpr =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string; index: AExpr | null }
  | { k: 'un'; op: number; e: AExpr }
  | { k: 'bin'; op: number; l: AExpr; r: AExpr }
  | { k: 'asg'; op: number; name: string; index: AExpr | null; rhs: AExpr }
  | { k: 'tern'; c: AExpr; a: AExpr; b: AExpr };

// token kinds
// (typed as number: the parser re-reads `tok` after next(), which TS narrowing cannot see)
const T_EOF: number = 0, T_NUM: number = 1, T_STR: number = 2, T_OP: number = 3, T_ASSIGN: number = 4,
  T_PREINC: number = 5, T_PREDEC: number = 6, T_POSTINC: number = 7, T_POSTDEC: number = 8;

const BINARY: Record<string, number> = {
  '+': AO_ADD, '-': AO_SUB, '*': AO_MUL, '/': AO_DIV, '%': AO_MOD, '**': AO_POW, '<<': AO_SHL, '>>': AO_SHR,
  '<': AO_LT, '<=': AO_LE, '>': AO_GT, '>=': AO_GE, '==': AO_EQ, '!=': AO_NE, '&': AO_BAND, '^': AO_BXOR,
  '|': AO_BOR, '&&': AO_LAND, '||': AO_LOR, ',': AO_COMMA,
};

/** Binary levels from loosest (after ?:) to tightest (before **). */
const LEVELS: readonly (readonly string[])[] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];

/** Binary operator → its index in LEVELS. */
const LEVEL_OF = new Map<string, number>(LEVELS.flatMap((ops, i) => ops.map((o): [string, number] => [o, i])));

const ARITH_OP_CHARS = '=!<>&|^~*/%+-?:(),';
const MULTI_OPS = new Set(['==', '!=', '<=', '>=', '<<', '>>', '&&', '||', '**']);

class ArithError extends Error {}

/** Deepest expression tree handed to the executor. Its evaluator recurses on the Wasm stack, which
 *  overflows near 850 levels (an internal error); past this depth the text fails with bash's
 *  "expression recursion level exceeded" instead. bash itself has no such limit on `1+1+…`. */
export const MAX_TREE_DEPTH = 512;

/** Depth of an expression tree, without recursion (left-leaning chains like 1+1+…+1 are deep). */
function treeDepth(root: AExpr): number {
  let max = 0;
  const stack: [AExpr, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [e, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_TREE_DEPTH) return d;
    switch (e.k) {
      case 'num': break;
      case 'var': if (e.index) stack.push([e.index, d + 1]); break;
      case 'un': stack.push([e.e, d + 1]); break;
      case 'bin': stack.push([e.l, d + 1], [e.r, d + 1]); break;
      case 'asg': stack.push([e.rhs, d + 1]); if (e.index) stack.push([e.index, d + 1]); break;
      case 'tern': stack.push([e.c, d + 1], [e.a, d + 1], [e.b, d + 1]); break;
    }
  }
  return max;
}

/** Digit value in bash's alphabet for base b: 0-9, a-z, A-Z (A-Z = 10.. when b <= 36), @ = 62, _ = 63. */
function digitValue(c: string, base: number): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'z') return c.charCodeAt(0) - 87;
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
  if (c === '@') return 62;
  return 63; // '_'
}

/** Bash's number syntax: decimal, 0octal, 0xhex, base#digits. Returns the value or an error message. */
export function parseNumber(tok: string): bigint | string {
  let base = 10;
  let foundBase = false;
  let s = 0;
  if (tok[0] === '0') {
    if (tok.length === 1) return 0n;
    if (tok[1] === 'x' || tok[1] === 'X') { base = 16; s = 2; } else { base = 8; s = 1; }
    foundBase = true;
  }
  let val = 0n;
  let digitsAfterHash = -1;
  for (let k = s; k < tok.length; k++) {
    const c = tok[k]!;
    if (c === '#') {
      if (foundBase) return 'invalid number';
      if (val < 2n || val > 64n) return 'invalid arithmetic base';
      base = Number(val);
      val = 0n;
      foundBase = true;
      digitsAfterHash = 0;
      continue;
    }
    const d = digitValue(c, base);
    if (d >= base) return 'value too great for base';
    val = BigInt.asIntN(64, val * BigInt(base) + BigInt(d));
    if (digitsAfterHash >= 0) digitsAfterHash++;
  }
  if (digitsAfterHash === 0) return 'invalid integer constant';
  return val;
}

class Parser {
  private p = 0;
  tok = T_EOF;
  private prevTok = T_EOF;
  /** T_OP / T_ASSIGN: the operator text (for T_ASSIGN the compound op without '=', '' for '='). */
  op = '';
  num = 0n;
  name = '';
  index: AExpr | null = null;
  /** Set while reading the token after ++name / --name. */
  private afterPreinc = false;
  /** Start of the last token read (bash's lasttp). */
  private lastTp = 0;

  constructor(private readonly text: string) {}

  fail(msg: string): never {
    const expr = this.text.replace(/^[ \t\n]+/, '');
    throw new ArithError(`${expr}: ${msg} (error token is "${this.text.slice(this.lastTp)}")`);
  }

  next(): void {
    const t = this.text;
    let p = this.p;
    while (p < t.length && (t[p] === ' ' || t[p] === '\t' || t[p] === '\n' || t[p] === '\r')) p++;
    const prev = this.tok;
    this.prevTok = prev;
    if (p >= t.length) { this.p = p; this.tok = T_EOF; return; }
    this.lastTp = p;
    const c = t[p]!;
    if (/[A-Za-z_]/.test(c)) {
      let q = p + 1;
      while (q < t.length && /[A-Za-z0-9_]/.test(t[q]!)) q++;
      this.name = t.slice(p, q);
      this.index = null;
      if (t[q] === '[') {
        const close = subscriptEnd(t, q);
        if (close < 0) { this.p = t.length; this.fail('bad array subscript'); }
        const sub = t.slice(q + 1, close);
        if (sub.trim() === '') throw new ArithError(`${t.slice(p, close + 1)}: bad array subscript`);
        const r = parseArith(sub);
        if ('error' in r) throw new ArithError(r.error);
        this.index = r.expr;
        q = close + 1;
      }
      this.p = q;
      this.tok = T_STR;
      return;
    }
    if (c >= '0' && c <= '9') {
      let q = p + 1;
      while (q < t.length && /[A-Za-z0-9_#@]/.test(t[q]!)) q++;
      const tok = t.slice(p, q);
      const v = parseNumber(tok);
      if (typeof v === 'string') throw new ArithError(`${tok}: ${v} (error token is "${tok}")`);
      this.num = v;
      this.p = q;
      this.tok = T_NUM;
      return;
    }
    const c1 = t[p + 1];
    const two = c + (c1 ?? '');
    let q = p + 1;
    if ((c === '+' || c === '-') && c1 === c) {
      if (this.afterPreinc) this.fail(`${two}: assignment requires lvalue`);
      if (prev === T_STR) { this.tok = c === '+' ? T_POSTINC : T_POSTDEC; this.p = p + 2; return; }
      let x = p + 2;
      while (x < t.length && (t[x] === ' ' || t[x] === '\t' || t[x] === '\n')) x++;
      if (x < t.length && /[A-Za-z_]/.test(t[x]!)) { this.tok = c === '+' ? T_PREINC : T_PREDEC; this.p = p + 2; return; }
      this.tok = T_OP; this.op = c; this.p = q; return;
    }
    if ((two === '<<' || two === '>>') && t[p + 2] === '=') {
      this.tok = T_ASSIGN; this.op = two; this.p = p + 3; return;
    }
    if (MULTI_OPS.has(two)) { this.tok = T_OP; this.op = two; this.p = p + 2; return; }
    if (c1 === '=' && '*/%+-&^|'.includes(c)) { this.tok = T_ASSIGN; this.op = c; this.p = p + 2; return; }
    if (c === '=') { this.tok = T_ASSIGN; this.op = ''; this.p = q; return; }
    if (!ARITH_OP_CHARS.includes(c)) {
      this.p = p;
      if (prev === T_EOF || prev === T_OP || prev === T_ASSIGN) this.fail('syntax error: operand expected');
      this.fail('syntax error: invalid arithmetic operator');
    }
    this.tok = T_OP;
    this.op = c;
    this.p = q;
  }

  private isOp(o: string): boolean { return this.tok === T_OP && this.op === o; }

  parse(): AExpr {
    this.tok = T_EOF; // no token read yet: an unknown first char is "operand expected"
    this.next();
    if (this.tok === T_EOF) return { k: 'num', v: 0n };
    const e = this.comma();
    if (this.tok !== T_EOF) this.fail('syntax error in expression');
    if (treeDepth(e) > MAX_TREE_DEPTH) {
      throw new ArithError(`${this.text.replace(/^[ \t\n]+/, '')}: expression recursion level exceeded (error token is "")`);
    }
    return e;
  }

  private comma(): AExpr {
    let l = this.assign();
    while (this.isOp(',')) {
      this.next();
      l = { k: 'bin', op: AO_COMMA, l, r: this.assign() };
    }
    return l;
  }

  private assign(): AExpr {
    const l = this.cond();
    if (this.tok === T_ASSIGN) {
      if (l.k !== 'var' || this.prevTok !== T_STR) this.fail('attempted assignment to non-variable');
      const op = this.op === '' ? AO_ASSIGN : BINARY[this.op]!;
      this.next();
      const rhs = this.assign();
      return { k: 'asg', op, name: l.name, index: l.index, rhs };
    }
    return l;
  }

  private cond(): AExpr {
    const c = this.binary(0);
    if (this.isOp('?')) {
      this.next();
      if (this.tok === T_EOF || this.isOp(':')) this.fail('expression expected');
      const a = this.comma();
      if (!this.isOp(':')) this.fail("`:' expected for conditional expression");
      this.next();
      if (this.tok === T_EOF) this.fail('expression expected');
      const b = this.cond();
      return { k: 'tern', c, a, b };
    }
    return c;
  }

  /** Precedence climbing over LEVELS (same trees and the same token reads as one recursive
   *  function per level, but two JS frames per nesting level instead of eleven, so deeply
   *  parenthesised input parses as deep as bash's). */
  private binary(minLevel: number): AExpr {
    let l = this.power();
    for (;;) {
      if (this.tok !== T_OP) return l;
      const level = LEVEL_OF.get(this.op);
      if (level === undefined || level < minLevel) return l;
      const op = BINARY[this.op]!;
      this.next();
      l = { k: 'bin', op, l, r: this.binary(level + 1) };
    }
  }

  private power(): AExpr {
    const l = this.unary();
    if (this.isOp('**')) {
      this.next();
      return { k: 'bin', op: AO_POW, l, r: this.power() };
    }
    return l;
  }

  private unary(): AExpr {
    if (this.tok === T_OP) {
      const op = this.op === '!' ? AO_LNOT : this.op === '~' ? AO_BNOT : this.op === '-' ? AO_NEG : this.op === '+' ? AO_POS : 0;
      if (op !== 0) {
        this.next();
        return { k: 'un', op, e: this.unary() };
      }
    }
    return this.primary();
  }

  private primary(): AExpr {
    if (this.tok === T_PREINC || this.tok === T_PREDEC) {
      const op = this.tok === T_PREINC ? AO_PREINC : AO_PREDEC;
      this.next();
      if (this.tok !== T_STR) this.fail('identifier expected after pre-increment or pre-decrement');
      const v: AExpr = { k: 'var', name: this.name, index: this.index };
      this.afterPreinc = true; // bash: ++x++ and --x-- are errors
      this.next();
      this.afterPreinc = false;
      return { k: 'un', op, e: v };
    }
    if (this.isOp('(')) {
      this.next();
      const e = this.comma();
      if (!this.isOp(')')) this.fail("missing `)'");
      this.next();
      return e;
    }
    if (this.tok === T_NUM) {
      const v = this.num;
      this.next();
      return { k: 'num', v };
    }
    if (this.tok === T_STR) {
      const v: AExpr = { k: 'var', name: this.name, index: this.index };
      this.next();
      if (this.tok === T_POSTINC || this.tok === T_POSTDEC) {
        const op = this.tok === T_POSTINC ? AO_POSTINC : AO_POSTDEC;
        this.next();
        return { k: 'un', op, e: v };
      }
      return v;
    }
    this.fail('syntax error: operand expected');
  }
}

/** t[q] === '[': index of the matching ']' (nested brackets counted), or -1. */
function subscriptEnd(t: string, q: number): number {
  let depth = 0;
  for (let j = q; j < t.length; j++) {
    if (t[j] === '[') depth++;
    else if (t[j] === ']' && --depth === 0) return j;
  }
  return -1;
}

/** Parse arithmetic text (no $ or ` expected: those are expanded first). Empty text is 0. */
export function parseArith(text: string): { expr: AExpr } | { error: string } {
  try {
    return { expr: new Parser(text).parse() };
  } catch (e) {
    if (e instanceof ArithError) return { error: e.message };
    // nesting deeper than the JS stack allows (thousands of parentheses)
    if (e instanceof RangeError) return { error: `${text.replace(/^[ \t\n]+/, '')}: expression recursion level exceeded (error token is "")` };
    throw e;
  }
}

/** Emit an AExpr bottom-up; returns the root A_* ref. */
export function emitArith(e: AExpr, enc: Encoder): Ref {
  switch (e.k) {
    case 'num': {
      const r = enc.begin(K_A_NUM);
      enc.int(Number(BigInt.asIntN(32, e.v))).int(Number(BigInt.asIntN(32, e.v >> 32n)));
      return r;
    }
    case 'var': {
      const idx = e.index ? emitArith(e.index, enc) : 0;
      const r = enc.begin(K_A_VAR);
      enc.str(e.name).ref(idx);
      return r;
    }
    case 'un': {
      const x = emitArith(e.e, enc);
      const r = enc.begin(K_A_UNARY);
      enc.int(e.op).ref(x);
      return r;
    }
    case 'bin': {
      const l = emitArith(e.l, enc);
      const rr = emitArith(e.r, enc);
      const r = enc.begin(K_A_BINARY);
      enc.int(e.op).ref(l).ref(rr);
      return r;
    }
    case 'asg': {
      const idx = e.index ? emitArith(e.index, enc) : 0;
      const rhs = emitArith(e.rhs, enc);
      const r = enc.begin(K_A_ASSIGN);
      enc.int(e.op).str(e.name).ref(idx).ref(rhs);
      return r;
    }
    case 'tern': {
      const c = emitArith(e.c, enc);
      const a = emitArith(e.a, enc);
      const b = emitArith(e.b, enc);
      const r = enc.begin(K_A_TERNARY);
      enc.ref(c).ref(a).ref(b);
      return r;
    }
  }
}
