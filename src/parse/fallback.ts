// The shell's own statement parser: recursive descent over the source text, following bash's
// grammar (parse.y). It re-lowers whatever tree-sitter rejects or gets wrong, and it is the
// authority for syntax errors (bash's messages, bash's line-by-line execution: top-level line units
// before the failing one are kept).
//
// Contract: parseUnits(from) lowers every top-level unit from index `from`; on the first syntax
// error it appends one SYNTAX_ERR node and stops. Never throws.

import {
  K_AND, K_ARITH_CMD, K_ARITH_FOR, K_BACKGROUND, K_CASE, K_COND, K_FOR, K_FUNCDEF, K_GROUP, K_IF, K_NOT, K_OR,
  K_PIPE, K_REDIRECTED, K_SIMPLE, K_SUBSHELL, K_TIME, K_UNTIL, K_WHILE, CASE_BREAK, CASE_CONTINUE, CASE_FALL,
} from '../abi/layout.js';
import type { Ref } from './encoder.js';
import type { LowerCtx } from './context.js';
import { isMeta, parenEnd, scanState, skipBlanks, skipComment, wordEnd } from './scan.js';
import { assignPrefix, lowerOneWord, lowerWords, scanRedirect, scanSimple, tokenAt } from './simple.js';
import { lowerArithText, lowerCondText } from './compound-text.js';
import { splitArithFor } from './lower.js';

/** Raised to unwind the descent at the first syntax error (already recorded in ctx). */
class Abort extends Error {}

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until',
  'for', 'select', 'function', 'time', '{', '}', '!', '[[', ']]', 'in']);

export class FallbackParser {
  pos = 0;
  /** Set by a failed parse: what to report. */
  eofError = false;
  /** Set by a failed parse when a quote or substitution was left open (wins over other errors). */
  unclosed: { closer: string; at: number } | null = null;
  constructor(private readonly ctx: LowerCtx, private readonly end: number = ctx.src.length) {}

  private get src(): string { return this.ctx.src; }

  /** Index after the last newlines() skip: input ending there is "unexpected end of file"
   *  (bash could take a newline there); ending anywhere else is "unexpected token `newline'". */
  private lastNl = -1;
  /** End of the last compound command and its redirections (before trailing blanks/comment). */
  private cmdEnd = 0;

  private error(at: number): never {
    if (this.ctx.hasSyntaxError()) throw new Abort();
    if (at >= this.end && this.lastNl >= this.end) this.eofError = true;
    else this.ctx.syntaxError(at, at >= this.end ? 'newline' : tokenAt(this.src.slice(0, this.end), at));
    throw new Abort();
  }

  /** Skip blanks and comments (not newlines). */
  private blanks(): void {
    let i = skipBlanks(this.src, this.pos);
    if (this.src.charCodeAt(i) === 35) i = skipComment(this.src, i);
    this.pos = i;
  }

  /** Skip blanks, comments and newlines (reading past here-doc bodies). */
  private newlines(): void {
    for (;;) {
      this.blanks();
      if (this.pos < this.end && this.src.charCodeAt(this.pos) === 10) {
        this.pos = this.ctx.heredocs.skipTo(this.pos);
        continue;
      }
      this.lastNl = this.pos;
      return;
    }
  }

  /** The reserved word at pos when one stands there as a whole word, else ''. */
  private reserved(): string {
    const i = this.pos;
    const e = wordEnd(this.src, i);
    if (e === i || e - i > 8) {
      if (this.src.startsWith('((', i)) return '((';
      return '';
    }
    const w = this.src.slice(i, e);
    return RESERVED.has(w) ? w : '';
  }

  private op(s: string): boolean {
    if (this.src.startsWith(s, this.pos)) { this.pos += s.length; return true; }
    return false;
  }

  private peekOp(s: string): boolean { return this.src.startsWith(s, this.pos); }

  private expectWord(w: string): void {
    this.newlines();
    if (this.reserved() !== w) this.error(this.pos);
    this.pos += w.length;
  }

  /** Top-level units from `from` (one unit = the commands up to an unescaped newline). */
  parseUnits(from: number, out: Ref[]): boolean {
    this.pos = from;
    for (;;) {
      this.newlines();
      if (this.pos >= this.end) return true;
      const unit: Ref[] = [];
      scanState.unclosed = '';
      try {
        this.listInto(unit, true);
        this.blanks();
        if (this.pos < this.end && this.src.charCodeAt(this.pos) !== 10) this.error(this.pos);
      } catch (e) {
        if (!(e instanceof Abort)) throw e;
        if (scanState.unclosed) this.unclosed = { closer: scanState.unclosed, at: scanState.unclosedAt };
        return false;
      }
      if (scanState.unclosed) {
        this.unclosed = { closer: scanState.unclosed, at: scanState.unclosedAt };
        return false;
      }
      for (const r of unit) out.push(r);
    }
  }

  /** A statement list: and-or lists separated by ; & (and newlines unless `top`). Stops before a
   *  reserved closer, `)`, `;;`-style terminators or (at top level) a newline. */
  private listInto(out: Ref[], top: boolean): void {
    const enc = this.ctx.enc;
    for (;;) {
      if (top) this.blanks(); else this.newlines();
      if (this.pos >= this.end) return;
      if (this.atListEnd()) return;
      let r = this.andOr();
      // a syntax error inside a $(…) body is reported when the outer line is parsed
      if (this.ctx.hasSyntaxError()) throw new Abort();
      this.blanks();
      if (this.peekOp('&') && !this.peekOp('&&') && !this.peekOp('&>')) {
        this.pos++;
        const b = enc.begin(K_BACKGROUND);
        enc.ref(r);
        r = b;
        out.push(r);
        if (top && this.atLineEnd()) return;
        continue;
      }
      out.push(r);
      if (this.peekOp(';') && !this.peekOp(';;') && !this.peekOp(';&')) {
        this.pos++;
        if (top && this.atLineEnd()) return;
        continue;
      }
      if (this.src.charCodeAt(this.pos) === 10) {
        if (top) return;
        continue;
      }
      return;
    }
  }

  /** After blanks and a comment: a newline or the end of input. */
  private atLineEnd(): boolean {
    this.blanks();
    return this.pos >= this.end || this.src.charCodeAt(this.pos) === 10;
  }

  private atListEnd(): boolean {
    const c = this.src.charCodeAt(this.pos);
    if (c === 41 /* ) */) return true;
    if (c === 59 /* ; */) return this.peekOp(';;') || this.peekOp(';&');
    const w = this.reserved();
    return w === 'then' || w === 'elif' || w === 'else' || w === 'fi' || w === 'do' || w === 'done' ||
      w === 'esac' || w === '}';
  }

  /** A compound list inside a construct: at least one command, newlines allowed. */
  private compoundList(): Ref {
    const out: Ref[] = [];
    this.listInto(out, false);
    if (out.length === 0) this.error(this.pos);
    return this.ctx.enc.list(out);
  }

  private andOr(): Ref {
    const enc = this.ctx.enc;
    let left = this.pipeline();
    for (;;) {
      this.blanks();
      const and = this.peekOp('&&');
      if (!and && !this.peekOp('||')) return left;
      this.pos += 2;
      this.newlines();
      const right = this.pipeline();
      const r = enc.begin(and ? K_AND : K_OR);
      enc.ref(left).ref(right);
      left = r;
    }
  }

  private pipeline(): Ref {
    const enc = this.ctx.enc;
    this.blanks();
    if (this.reserved() === 'time') {
      this.pos += 4;
      this.blanks();
      let posix = 0;
      if (this.src.startsWith('-p', this.pos) && isMeta(this.src.charCodeAt(this.pos + 2))) { posix = 1; this.pos += 2; this.blanks(); }
      // `time` alone (or before a list terminator) times nothing
      const cmd = this.atPipelineEnd() ? 0 : this.pipeline();
      const r = enc.begin(K_TIME);
      enc.ref(cmd).int(posix);
      return r;
    }
    if (this.reserved() === '!') {
      this.pos += 1;
      this.blanks();
      // `!` alone negates an empty command (status 1), as bash does
      const inner = this.atPipelineEnd() ? this.emptyCommand() : this.pipeline();
      const r = enc.begin(K_NOT);
      enc.ref(inner);
      return r;
    }
    const stages: Ref[] = [this.command()];
    const errToo: number[] = [0];
    for (;;) {
      this.blanks();
      if (this.peekOp('||')) break;
      if (this.peekOp('|&')) { errToo[errToo.length - 1] = 1; this.pos += 2; }
      else if (this.peekOp('|')) this.pos += 1;
      else break;
      this.newlines();
      stages.push(this.command());
      errToo.push(0);
    }
    if (stages.length === 1) return stages[0]!;
    const r = enc.begin(K_PIPE);
    enc.int(stages.length);
    for (let i = 0; i < stages.length; i++) enc.ref(stages[i]!).int(errToo[i]!);
    return r;
  }

  /** A SIMPLE with nothing in it: status 0, no output. */
  private emptyCommand(): Ref {
    const enc = this.ctx.enc;
    const r = enc.begin(K_SIMPLE);
    enc.ref(0).ref(0).ref(0).int(this.ctx.lines.line(this.pos));
    return r;
  }

  private atPipelineEnd(): boolean {
    const c = this.src.charCodeAt(this.pos);
    return this.pos >= this.end || c === 10 || c === 59 || (c === 38 && !this.peekOp('&>')) || c === 41;
  }

  private command(): Ref {
    this.blanks();
    if (this.pos >= this.end) this.error(this.pos);
    const w = this.reserved();
    let cmd: Ref;
    switch (w) {
      case 'if': cmd = this.ifCmd(); break;
      case 'while': case 'until': cmd = this.whileCmd(w === 'until'); break;
      case 'for': case 'select': cmd = this.forCmd(w === 'select'); break;
      case 'case': cmd = this.caseCmd(); break;
      case 'function': return this.functionCmd();
      case '{': cmd = this.group(); break;
      case '[[': cmd = this.condCmd(); break;
      case '((': cmd = this.arithOrSubshell(); break;
      case '': {
        if (this.src.charCodeAt(this.pos) === 40) { cmd = this.subshell(); break; }
        return this.simpleOrFunc();
      }
      default:
        this.error(this.pos);
    }
    return this.redirectsAfter(cmd);
  }

  /** Redirections after a compound command → REDIRECTED. */
  private redirectsAfter(cmd: Ref): Ref {
    const redirs: Ref[] = [];
    let end = this.pos;
    for (;;) {
      this.blanks();
      const r = scanRedirect(this.ctx, this.pos);
      if (!r) break;
      if (r.ref === 0) throw new Abort();
      redirs.push(r.ref);
      this.pos = end = r.end;
    }
    this.cmdEnd = end;
    this.blanks();
    if (!this.atCommandEnd()) this.error(this.pos);
    if (redirs.length === 0) return cmd;
    const enc = this.ctx.enc;
    const rl = enc.list(redirs);
    const r = enc.begin(K_REDIRECTED);
    enc.ref(cmd).ref(rl);
    return r;
  }

  /** After a command: only an operator, a newline, a closer keyword or the end may follow. */
  private atCommandEnd(): boolean {
    if (this.pos >= this.end) return true;
    const c = this.src.charCodeAt(this.pos);
    if (c === 10 || c === 59 || c === 38 || c === 124 || c === 41) return true;
    const w = this.reserved();
    return w === '}' || w === 'then' || w === 'fi' || w === 'do' || w === 'done' || w === 'esac' ||
      w === 'elif' || w === 'else';
  }

  private simpleOrFunc(): Ref {
    const src = this.src;
    const start = this.pos;
    // NAME () compound — a function definition without the keyword
    const we = wordEnd(src, start);
    const ap = assignPrefix(src, start);
    if (we > start && !(ap && start + ap.len === we) /* NAME=( is an array assignment */) {
      const k = skipBlanks(src, we);
      if (src.charCodeAt(k) === 40) {
        const k2 = skipBlanks(src, k + 1);
        if (src.charCodeAt(k2) === 41) {
          this.pos = k2 + 1;
          return this.funcBody(src.slice(start, we), start);
        }
        this.pos = k2;
        this.error(k2);
      }
    }
    const s = scanSimple(this.ctx, start);
    if (s.ref === 0) this.error(s.end);
    this.pos = s.end;
    // a word directly followed by '(' (e.g. `echo (`) is a syntax error
    if (src.charCodeAt(this.pos) === 40) this.error(this.pos);
    return s.ref;
  }

  private functionCmd(): Ref {
    const src = this.src;
    const start = this.pos;
    this.pos += 8;
    this.blanks();
    const ns = this.pos;
    const ne = wordEnd(src, ns);
    if (ne === ns) this.error(ns);
    this.pos = ne;
    this.blanks();
    if (src.charCodeAt(this.pos) === 40) {
      this.pos++;
      this.blanks();
      if (!this.op(')')) this.error(this.pos);
    }
    return this.funcBody(src.slice(ns, ne), start);
  }

  private funcBody(name: string, start: number): Ref {
    const enc = this.ctx.enc;
    this.newlines();
    const w = this.reserved();
    let body: Ref;
    switch (w) {
      case 'if': body = this.ifCmd(); break;
      case 'while': case 'until': body = this.whileCmd(w === 'until'); break;
      case 'for': case 'select': body = this.forCmd(w === 'select'); break;
      case 'case': body = this.caseCmd(); break;
      case '{': body = this.group(); break;
      case '[[': body = this.condCmd(); break;
      case '((': body = this.arithOrSubshell(); break;
      case '':
        if (this.src.charCodeAt(this.pos) === 40) { body = this.subshell(); break; }
        this.error(this.pos);
        break;
      default:
        this.error(this.pos);
    }
    body = this.redirectsAfter(body);
    const r = enc.begin(K_FUNCDEF);
    enc.str(name).ref(body).str(this.src.slice(start, this.cmdEnd));
    return r;
  }

  private group(): Ref {
    this.pos += 1;
    const body = this.compoundList();
    this.expectWord('}');
    const r = this.ctx.enc.begin(K_GROUP);
    this.ctx.enc.ref(body);
    return r;
  }

  private subshell(): Ref {
    this.pos += 1;
    const body = this.compoundList();
    this.newlines();
    if (!this.op(')')) this.error(this.pos);
    const r = this.ctx.enc.begin(K_SUBSHELL);
    this.ctx.enc.ref(body);
    return r;
  }

  /** `((`: arithmetic command when a matching `))` closes it, else a nested subshell. */
  private arithOrSubshell(): Ref {
    const src = this.src;
    const close = parenEnd(src, this.pos + 2, false);
    if (close <= this.end && src.charCodeAt(close - 1) === 41 && src.charCodeAt(close) === 41) {
      const line = this.ctx.lines.line(this.pos);
      const expr = lowerArithText(this.ctx, this.pos + 2, close - 1);
      this.pos = close + 1;
      const r = this.ctx.enc.begin(K_ARITH_CMD);
      this.ctx.enc.ref(expr).int(line);
      return r;
    }
    return this.subshell();
  }

  private condCmd(): Ref {
    const src = this.src;
    const a = this.pos + 2;
    // find the closing ]] as a whole word
    let i = a;
    for (;;) {
      i = skipBlanks(src, i);
      if (i >= this.end) { this.eofError = true; throw new Abort(); }
      const c = src.charCodeAt(i);
      if (c === 10) { i++; continue; }
      if (src.startsWith(']]', i) && isMeta(src.charCodeAt(i + 2))) break;
      const e = wordEnd(src, i);
      i = e > i ? e : i + 1;
    }
    let failed = false;
    const saved = this.ctx.syntaxError;
    const expr = lowerCondText({ ...this.ctx, syntaxError: (at, tok, text) => { failed = true; saved(at, tok, text); } }, a, i);
    if (failed) throw new Abort();
    this.pos = i + 2;
    const r = this.ctx.enc.begin(K_COND);
    this.ctx.enc.ref(expr).int(this.ctx.lines.line(a));
    return r;
  }

  /** `if` (or, recursively, `elif`: kwLen 4) … fi. */
  private ifCmd(kwLen = 2): Ref {
    const enc = this.ctx.enc;
    this.pos += kwLen;
    const cond = this.compoundList();
    this.expectWord('then');
    const then = this.compoundList();
    this.newlines();
    const w = this.reserved();
    let elseRef: Ref = 0;
    if (w === 'elif') {
      elseRef = this.ifCmd(4);
      const r = enc.begin(K_IF);
      enc.ref(cond).ref(then).ref(elseRef);
      return r;
    }
    if (w === 'else') {
      this.pos += 4;
      elseRef = this.compoundList();
    }
    this.expectWord('fi');
    const r = enc.begin(K_IF);
    enc.ref(cond).ref(then).ref(elseRef);
    return r;
  }

  private whileCmd(until: boolean): Ref {
    this.pos += 5;
    const cond = this.compoundList();
    const body = this.doGroup();
    const r = this.ctx.enc.begin(until ? K_UNTIL : K_WHILE);
    this.ctx.enc.ref(cond).ref(body);
    return r;
  }

  private doGroup(): Ref {
    this.newlines();
    if (this.reserved() === '{') {
      const g = this.group();
      return this.ctx.enc.list([g]);
    }
    this.expectWord('do');
    const body = this.compoundList();
    this.expectWord('done');
    return body;
  }

  private forCmd(select: boolean): Ref {
    const enc = this.ctx.enc;
    const src = this.src;
    const start = this.pos;
    this.pos += select ? 6 : 3;
    this.blanks();
    if (!select && this.peekOp('((')) return this.arithFor();
    const vs = this.pos;
    const ve = wordEnd(src, vs);
    if (ve === vs) this.error(vs);
    this.pos = ve;
    let words: Ref = 0;
    // optional `;` or newlines, then `in words` (terminated by ; or newline), or `do`
    this.blanks();
    if (this.peekOp(';')) { this.pos++; }
    this.newlines();
    if (this.reserved() === 'in') {
      this.pos += 2;
      const items: Ref[] = [];
      for (;;) {
        this.blanks();
        const c = src.charCodeAt(this.pos);
        if (this.pos >= this.end || c === 59 || c === 10) { if (c === 59) this.pos++; break; }
        const e = wordEnd(src, this.pos);
        if (e === this.pos) this.error(this.pos);
        lowerWords(this.ctx, src.slice(this.pos, e), this.pos, 'arg', true, items);
        this.pos = e;
      }
      words = enc.list(items);
    }
    const body = this.doGroup();
    if (select) {
      // select is run as a for loop by nobody yet: lower as FOR so the body is at least valid
    }
    const r = enc.begin(K_FOR);
    enc.str(src.slice(vs, ve)).ref(words).ref(body).int(this.ctx.lines.line(start));
    return r;
  }

  private arithFor(): Ref {
    const src = this.src;
    const close = parenEnd(src, this.pos + 2, false);
    if (close > this.end || src.charCodeAt(close) !== 41) this.error(Math.min(close, this.end));
    const parts = splitArithFor(src, this.pos + 2, close - 1);
    if (!parts) this.error(this.pos);
    const refs = parts.map(([a, b]) => (skipBlanks(src, a) >= b ? 0 : lowerArithText(this.ctx, a, b)));
    this.pos = close + 1;
    this.blanks();
    if (this.peekOp(';')) this.pos++;
    const body = this.doGroup();
    const r = this.ctx.enc.begin(K_ARITH_FOR);
    this.ctx.enc.ref(refs[0]!).ref(refs[1]!).ref(refs[2]!).ref(body).int(this.ctx.lines.line(close));
    return r;
  }

  private caseCmd(): Ref {
    const enc = this.ctx.enc;
    const src = this.src;
    this.pos += 4;
    this.blanks();
    const ws = this.pos;
    const we = wordEnd(src, ws);
    if (we === ws) this.error(ws);
    const word = lowerOneWord(this.ctx, src.slice(ws, we), ws);
    this.pos = we;
    this.newlines();
    if (this.reserved() !== 'in') this.error(this.pos);
    this.pos += 2;
    const items: [Ref, Ref, number][] = [];
    for (;;) {
      this.newlines();
      if (this.reserved() === 'esac') { this.pos += 4; break; }
      if (this.pos >= this.end) this.error(this.pos);
      this.op('(');
      const pats: Ref[] = [];
      for (;;) {
        this.blanks();
        const s = this.pos;
        const e = wordEnd(src, s);
        if (e === s) this.error(s);
        pats.push(lowerOneWord(this.ctx, src.slice(s, e), s, 'pattern'));
        this.pos = e;
        this.blanks();
        if (this.op('|')) continue;
        if (this.op(')')) break;
        this.error(this.pos);
      }
      const stmts: Ref[] = [];
      this.listInto(stmts, false);
      const body = stmts.length ? enc.list(stmts) : 0;
      this.newlines();
      let term = CASE_BREAK;
      if (this.op(';;&')) term = CASE_CONTINUE;
      else if (this.op(';;')) term = CASE_BREAK;
      else if (this.op(';&')) term = CASE_FALL;
      else if (this.reserved() !== 'esac') this.error(this.pos);
      items.push([enc.list(pats), body, term]);
    }
    const r = enc.begin(K_CASE);
    enc.ref(word).int(items.length);
    for (const [p, b, t] of items) enc.ref(p).ref(b).int(t);
    return r;
  }
}
