// Sub-languages of compound commands read from source text: `(( … ))` / `for ((…))` arithmetic
// and `[[ … ]]` conditional expressions (tree-sitter's trees for both are wrong on precedence).

import { K_C_AND, K_C_BINARY, K_C_NOT, K_C_OR, K_C_UNARY, K_C_WORD } from '../abi/layout.js';
import type { Ref } from './encoder.js';
import type { LowerCtx } from './context.js';
import { lowerArithSource } from './word/index.js';
import { lowerOneWord } from './simple.js';
import { dollarEnd, dqEnd, wordEnd } from './scan.js';

/** Arithmetic source text src[a, b) of ((…)) / for ((…)) → an A_* node; text with expansions
 *  or that does not parse becomes A_WORD, reported when the command runs, as bash does. */
export function lowerArithText(ctx: LowerCtx, a: number, b: number): Ref {
  return lowerArithSource(ctx.src.slice(a, b), ctx.wordCtx(ctx.lines.line(a)));
}

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w',
  '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-o', '-v', '-R']);
const BINARY = new Set(['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

interface CondTok { text: string; at: number; end: number; op: boolean }

/** `[[ … ]]` contents src[a, b) → a C_* node. */
export function lowerCondText(ctx: LowerCtx, a: number, b: number): Ref {
  const p = new CondParser(ctx, a, b);
  const r = p.parse();
  return r;
}

class CondParser {
  private pos: number;
  private tok: CondTok | null = null;
  private failed = false;
  constructor(private readonly ctx: LowerCtx, a: number, private readonly b: number) {
    this.pos = a;
    this.next(false);
  }

  parse(): Ref {
    if (!this.tok) { this.fail(this.b, ']]'); return 0; }
    const r = this.or();
    const t = this.tok;
    if (t && !this.failed) {
      // bash names the token only when it is an operator
      const suffix = t.op ? `: unexpected token \`${t.text}'` : '';
      this.fail(t.at, t.text, `syntax error in conditional expression${suffix}`);
    }
    return r;
  }

  private fail(at: number, token: string, text?: string): void {
    if (this.failed) return;
    this.failed = true;
    this.ctx.syntaxError(at, token, text);
  }

  /** Read the next token; `regex`: read a =~ operand (parens and | allowed unquoted). */
  private next(regex: boolean): void {
    const src = this.ctx.src;
    let i = this.pos;
    while (i < this.b) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10) i++;
      else if (c === 92 && src.charCodeAt(i + 1) === 10) i += 2;
      else break;
    }
    if (i >= this.b) { this.tok = null; this.pos = i; return; }
    if (regex) {
      const e = regexEnd(src, i, this.b);
      this.tok = { text: src.slice(i, e), at: i, end: e, op: false };
      this.pos = e;
      return;
    }
    for (const op of ['&&', '||', '!', '(', ')', '<', '>']) {
      if (src.startsWith(op, i)) {
        if (op === '!' && !isBlankOrEnd(src.charCodeAt(i + 1), i + 1 >= this.b)) break;
        this.tok = { text: op, at: i, end: i + op.length, op: true };
        this.pos = i + op.length;
        return;
      }
    }
    let e = wordEnd(src, i);
    if (e === i) e = i + 1;
    if (e > this.b) e = this.b;
    this.tok = { text: src.slice(i, e), at: i, end: e, op: false };
    this.pos = e;
  }

  private or(): Ref {
    let left = this.and();
    while (this.tok && this.tok.op && this.tok.text === '||') {
      this.next(false);
      const right = this.and();
      const r = this.ctx.enc.begin(K_C_OR);
      this.ctx.enc.ref(left).ref(right);
      left = r;
    }
    return left;
  }

  private and(): Ref {
    let left = this.not();
    while (this.tok && this.tok.op && this.tok.text === '&&') {
      this.next(false);
      const right = this.not();
      const r = this.ctx.enc.begin(K_C_AND);
      this.ctx.enc.ref(left).ref(right);
      left = r;
    }
    return left;
  }

  private not(): Ref {
    const t = this.tok;
    if (t && t.op && t.text === '!') {
      this.next(false);
      const e = this.not();
      const r = this.ctx.enc.begin(K_C_NOT);
      this.ctx.enc.ref(e);
      return r;
    }
    return this.primary();
  }

  private word(t: CondTok, mode: 'arg' | 'pattern'): Ref {
    return lowerOneWord(this.ctx, t.text, t.at, mode);
  }

  private primary(): Ref {
    const enc = this.ctx.enc;
    const t = this.tok;
    if (!t) { this.fail(this.b, ']]'); return 0; }
    if (t.op && t.text === '(') {
      this.next(false);
      const e = this.or();
      const c = this.tok;
      if (!c || c.text !== ')') {
        this.fail(c ? c.at : this.b, '', `unexpected token \`${c ? c.text : ']]'}', expected \`)'`);
        return e;
      }
      this.next(false);
      return e;
    }
    if (t.op && (t.text === ')' || t.text === '&&' || t.text === '||')) {
      this.fail(t.at, t.text, `unexpected token \`${t.text}' in conditional command`);
      return 0;
    }
    this.next(false);
    const op = this.tok;
    if (!t.op && UNARY.has(t.text) && op && !(op.op && (op.text === '&&' || op.text === '||' || op.text === ')')) &&
        !(BINARY.has(op.text))) {
      this.next(false);
      const operand = this.word(op, 'arg');
      const r = enc.begin(K_C_UNARY);
      enc.str(t.text).ref(operand);
      return r;
    }
    if (!t.op && UNARY.has(t.text) && !op) {
      this.fail(this.b, '', "unexpected argument `]]' to conditional unary operator");
      return 0;
    }
    if (op && BINARY.has(op.text)) {
      const isRe = op.text === '=~';
      this.pos = op.end;
      this.next(isRe);
      const rt = this.tok;
      if (!rt) { this.fail(this.b, '', "unexpected argument `]]' to conditional binary operator"); return 0; }
      this.next(false);
      const left = this.word(t, 'arg');
      const right = this.word(rt, op.text === '==' || op.text === '=' || op.text === '!=' || isRe ? 'pattern' : 'arg');
      const r = enc.begin(K_C_BINARY);
      enc.str(op.text).ref(left).ref(right);
      return r;
    }
    if (op && !(op.op && (op.text === '&&' || op.text === '||' || op.text === ')'))) {
      this.fail(op.at, '', 'conditional binary operator expected');
      return 0;
    }
    const w = this.word(t, 'arg');
    const r = enc.begin(K_C_WORD);
    enc.ref(w);
    return r;
  }
}

function isBlankOrEnd(c: number, end: boolean): boolean {
  return end || c === 32 || c === 9 || c === 10;
}

/** End of a =~ operand: blanks end it only outside parentheses; quotes and $ constructs nest. */
function regexEnd(src: string, i: number, b: number): number {
  let depth = 0;
  while (i < b) {
    const c = src.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 39) { const j = src.indexOf("'", i + 1); i = j < 0 ? b : j + 1; continue; }
    if (c === 34) { i = dqEnd(src, i + 1); continue; }
    if (c === 36) { const j = dollarEnd(src, i); if (j > i + 1) { i = j; continue; } }
    if (c === 40) depth++;
    else if (c === 41) { if (depth === 0) return i; depth--; }
    else if ((c === 32 || c === 9 || c === 10) && depth === 0) return i;
    else if (depth === 0 && ((c === 38 && src.charCodeAt(i + 1) === 38) || (c === 124 && src.charCodeAt(i + 1) === 124))) return i;
    i++;
  }
  return Math.min(i, b);
}
