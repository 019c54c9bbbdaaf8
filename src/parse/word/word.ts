// The word scanner: raw word text (quotes included) -> WORD parts in the node table.
//
// One Scanner walks one source text; nested words (the inside of "…", ${…} operands, the text of
// $((…)) with expansions) are scanned over index ranges of the same text, so line numbers of
// $(…) bodies are always counted from the start of the outermost word.
//
// Part kinds emitted (layouts: K_* in src/abi/layout.ts):
//   LIT   unquoted literal run (glob characters active)         SQ  quoted literal text
//   DQ    "…" with SQ / expansion parts                         PARAM, CMDSUB, ARITH, ARITH_DYN
//   TILDE ~ / ~user prefix                                      PROCSUB <(…) >(…)
// Adjacent literal text of the same kind merges into one part.

import type { Encoder, Ref } from '../encoder.js';
import {
  K_WORD, K_LIT, K_SQ, K_DQ, K_PARAM, K_CMDSUB, K_ARITH, K_ARITH_DYN, K_TILDE, K_PROCSUB, K_A_WORD,
} from '../../abi/layout.js';
import type { WordContext } from './context.js';
import { skipSingle, skipAnsi, skipDouble, skipBacktick, skipBraceParam, skipParen } from './scan.js';
import { decodeAnsiC } from './ansi-c.js';
import { lowerParam } from './param.js';
import { parseArith, emitArith } from './arith.js';

/** Scanning modes.
 *  top:     an unquoted word (quotes, escapes, tilde, process substitution active).
 *  dq:      inside "…": literal text is SQ; backslash escapes only $ ` " \ newline.
 *  heredoc: an unquoted here-doc body: like dq, but " is an ordinary character.
 *  op:      a ${…} operand outside "…" (or a pattern operand anywhere): like top.
 *  opdq:    a default-style ${…} operand inside "…": quotes " active, ' literal, literal text SQ.
 *  arith:   the text of $((…)), ((…)) or a substring operand: like dq, but " marks are removed and
 *           ' is literal (bash expands arithmetic text as in "…" and removes quotes). */
export type ScanMode = 'top' | 'dq' | 'heredoc' | 'op' | 'opdq' | 'arith';

/** Collects parts, merging adjacent literal text of one kind. */
export class Parts {
  readonly refs: Ref[] = [];
  private kind = 0;
  private text = '';
  constructor(private readonly enc: Encoder) {}
  /** Literal text of kind K_LIT or K_SQ. An empty SQ still yields a part (so '' keeps its field). */
  lit(kind: number, s: string): void {
    if (kind === K_LIT && s === '') return;
    if (this.kind === kind) { this.text += s; return; }
    this.flush();
    this.kind = kind;
    this.text = s;
  }
  part(r: Ref): void { this.flush(); this.refs.push(r); }
  flush(): void {
    if (this.kind === 0) return;
    const r = this.enc.begin(this.kind);
    this.enc.str(this.text);
    this.refs.push(r);
    this.kind = 0;
    this.text = '';
  }
  done(): Ref[] { this.flush(); return this.refs; }
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = '@*#?$!-';
const TILDE_USER = /^[A-Za-z0-9._+-]*$/;
/** What precedes the = of an assignment word: NAME, NAME[…], NAME+ . */
const ASSIGN_LHS = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?$/;

export class Scanner {
  readonly enc: Encoder;
  constructor(readonly t: string, readonly ctx: WordContext, readonly assign = false) {
    this.enc = ctx.enc;
  }

  /** Line number of index i (ctx.line + newlines before i). */
  lineAt(i: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let j = this.t.indexOf('\n'); j >= 0; j = this.t.indexOf('\n', j + 1)) this.newlines.push(j);
    }
    // count of newline positions < i (binary search)
    const nl = this.newlines;
    let lo = 0, hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < i) lo = mid + 1; else hi = mid;
    }
    return this.ctx.line + lo;
  }
  private newlines: number[] | null = null;

  /** A WORD node from t[from, to). */
  word(from: number, to: number, mode: ScanMode): Ref {
    return this.enc.seq(K_WORD, this.scan(from, to, mode));
  }

  /** The parts of t[from, to) in `mode`. */
  scan(from: number, to: number, mode: ScanMode): Ref[] {
    const t = this.t;
    const p = new Parts(this.enc);
    const quoted = mode !== 'top' && mode !== 'op';
    const litKind = quoted ? K_SQ : K_LIT;
    let firstEq = -1;
    let i = from;
    while (i < to) {
      const c = t[i]!;
      if (c === '\\') {
        const n = t[i + 1];
        if (i + 1 >= to || n === undefined) { p.lit(K_SQ, '\\'); i++; continue; }
        if (n === '\n') { i += 2; continue; }
        if (!quoted) {
          const cp = t.codePointAt(i + 1)!;
          const ch = String.fromCodePoint(cp);
          p.lit(K_SQ, ch);
          i += 1 + ch.length;
          continue;
        }
        const escapable = mode === 'heredoc' ? n === '$' || n === '`' || n === '\\'
          : n === '$' || n === '`' || n === '\\' || n === '"' || (mode === 'opdq' && n === '}');
        p.lit(K_SQ, escapable ? n : '\\' + n);
        i += 2;
        continue;
      }
      if (c === '"' && mode === 'arith') { i++; continue; }
      if (c === '$') { i = this.dollar(i, to, mode, p); continue; }
      if (c === '`') { i = this.backquote(i, to, quoted, p); continue; }
      if (c === "'" && (mode === 'top' || mode === 'op')) {
        const j = Math.min(skipSingle(t, i), to);
        p.lit(K_SQ, t.slice(i + 1, t[j - 1] === "'" && j - 1 > i ? j - 1 : j));
        i = j;
        continue;
      }
      if (c === '"' && mode !== 'heredoc' && mode !== 'dq') {
        const j = Math.min(skipDouble(t, i), to);
        const end = t[j - 1] === '"' && j - 1 > i ? j - 1 : j;
        p.part(this.enc.seq(K_DQ, this.scan(i + 1, end, 'dq')));
        i = j;
        continue;
      }
      if (c === '~' && !quoted && this.tildeAllowed(i, from, mode, firstEq)) {
        const r = this.tilde(i, to, p);
        if (r > i) { i = r; continue; }
      }
      if ((c === '<' || c === '>') && t[i + 1] === '(' && mode === 'top') {
        const j = Math.min(skipParen(t, i + 1), to);
        const body = t.slice(i + 2, t[j - 1] === ')' ? j - 1 : j);
        const list = this.ctx.lowerCommands(body, this.lineAt(i + 2));
        const r = this.enc.begin(K_PROCSUB);
        this.enc.ref(list).int(c === '<' ? 0 : 1);
        p.part(r);
        i = j;
        continue;
      }
      if (c === '=' && firstEq < 0) firstEq = i;
      // a plain run up to the next character that may be special
      let j = i + 1;
      while (j < to && !'\\$`\'"~<>=:'.includes(t[j]!)) j++;
      p.lit(litKind, t.slice(i, j));
      i = j;
    }
    return p.done();
  }

  /** Tilde prefixes: at the start of a word (and of a default-style operand); in assignment mode
   *  also after the first unquoted = and after every unquoted :. */
  private tildeAllowed(i: number, from: number, mode: ScanMode, firstEq: number): boolean {
    if (i === from) return mode === 'top' || mode === 'op';
    if (!this.assign || mode !== 'top') return false;
    const prev = this.t[i - 1];
    return prev === ':' || (prev === '=' && i - 1 === firstEq && ASSIGN_LHS.test(this.t.slice(from, i - 1)));
  }

  /** Emits TILDE when t[i] starts a valid tilde prefix; returns the index after it (i when not). */
  private tilde(i: number, to: number, p: Parts): number {
    const t = this.t;
    let j = i + 1;
    while (j < to && t[j] !== '/' && !(this.assign && t[j] === ':')) j++;
    const user = t.slice(i + 1, j);
    if (!TILDE_USER.test(user)) return i;
    const r = this.enc.begin(K_TILDE);
    this.enc.str(user);
    p.part(r);
    return j;
  }

  /** t[i] === '$'. Emits the expansion (or a literal $) and returns the index after it. */
  private dollar(i: number, to: number, mode: ScanMode, p: Parts): number {
    const t = this.t;
    const quoted = mode !== 'top' && mode !== 'op';
    const n = t[i + 1];
    const litKind = quoted ? K_SQ : K_LIT;
    if (i + 1 >= to || n === undefined) { p.lit(litKind, '$'); return i + 1; }
    if (n === '\\' && t[i + 2] === '\n') {
      // a line continuation between $ and what follows is removed first ($\⏎? is $?); every
      // branch below reads only t[i + 1 …], so the expansion continues from the last newline
      let k = i + 1;
      while (t[k] === '\\' && t[k + 1] === '\n' && k + 1 < to) k += 2;
      return this.dollar(k - 1, to, mode, p);
    }
    if (n === "'" && !quoted) {
      const j = Math.min(skipAnsi(t, i + 1), to);
      const end = t[j - 1] === "'" && j - 1 > i + 1 ? j - 1 : j;
      p.lit(K_SQ, decodeAnsiC(t.slice(i + 2, end)));
      return j;
    }
    if (n === '"' && !quoted) {
      const j = Math.min(skipDouble(t, i + 1), to);
      const end = t[j - 1] === '"' && j - 1 > i + 1 ? j - 1 : j;
      p.part(this.enc.seq(K_DQ, this.scan(i + 2, end, 'dq')));
      return j;
    }
    if (n === '{') {
      const j = skipBraceParam(t, i + 1);
      if (j > to || t[j - 1] !== '}') { p.lit(litKind, '$'); return i + 1; }
      p.part(lowerParam(this, i, j, quoted));
      return j;
    }
    if (n === '(') {
      const j = skipParen(t, i + 1);
      if (j > to || t[j - 1] !== ')') { p.lit(litKind, t.slice(i, to)); return to; }
      if (t[i + 2] === '(') {
        const k = skipParen(t, i + 2, true);
        if (k === j - 1 && t[k - 1] === ')') {
          p.part(this.arith(i + 3, k - 1));
          return j;
        }
      }
      const list = this.ctx.lowerCommands(t.slice(i + 2, j - 1), this.lineAt(i + 2));
      const r = this.enc.begin(K_CMDSUB);
      this.enc.ref(list);
      p.part(r);
      return j;
    }
    if (n === '[') {
      // $[expr]: bash's obsolete arithmetic form
      let depth = 0;
      let k = i + 1;
      for (; k < to; k++) {
        if (t[k] === '[') depth++;
        else if (t[k] === ']' && --depth === 0) break;
      }
      if (k < to) {
        p.part(this.arith(i + 2, k));
        return k + 1;
      }
    }
    let j = i + 1;
    if (NAME_START.test(n)) {
      while (j < to && NAME_CHAR.test(t[j]!)) j++;
    } else if ((n >= '0' && n <= '9') || SPECIAL_PARAMS.includes(n)) {
      j = i + 2;
    } else {
      p.lit(litKind, '$');
      return i + 1;
    }
    p.part(this.simpleParam(t.slice(i + 1, j)));
    return j;
  }

  /** A PARAM node for $name (no operator, not braced). */
  simpleParam(name: string): Ref {
    const r = this.enc.begin(K_PARAM);
    this.enc.str(name).int(0).ref(0).ref(0).int(0).ref(0);
    return r;
  }

  /** $(( text )) for t[from, to): ARITH when static and well-formed, else ARITH_DYN (expanded as in
   *  "…" and parsed at run time, which also reports syntax errors when the expansion runs). */
  arith(from: number, to: number): Ref {
    const text = this.t.slice(from, to);
    if (!/[$`]/.test(text)) {
      const e = parseArith(text);
      if (!('error' in e)) {
        const a = emitArith(e.expr, this.enc);
        const r = this.enc.begin(K_ARITH);
        this.enc.ref(a);
        return r;
      }
    }
    return this.arithDyn(from, to);
  }

  /** An arith node for source text t[from, to) that never fails: the A_* tree when the text is
   *  static and parses; otherwise A_WORD of the text scanned in 'arith' mode, to be expanded and
   *  parsed when it runs (which is also when bash reports its syntax errors). */
  arithExpr(from: number, to: number): Ref {
    const text = this.t.slice(from, to);
    if (!/[$`"'\\]/.test(text)) {
      const e = parseArith(text);
      if (!('error' in e)) return emitArith(e.expr, this.enc);
    }
    const w = this.word(from, to, 'arith');
    const r = this.enc.begin(K_A_WORD);
    this.enc.ref(w);
    return r;
  }

  /** ARITH_DYN node: WORD[DQ[…]] of t[from, to) scanned in 'arith' mode. */
  arithDyn(from: number, to: number): Ref {
    const w = this.enc.seq(K_WORD, [this.enc.seq(K_DQ, this.scan(from, to, 'arith'))]);
    const r = this.enc.begin(K_ARITH_DYN);
    this.enc.ref(w);
    return r;
  }

  /** t[i] === '`': command substitution; \$ \` \\ (and \" inside "…") lose their backslash. */
  private backquote(i: number, to: number, inDq: boolean, p: Parts): number {
    const t = this.t;
    const j = Math.min(skipBacktick(t, i), to);
    const raw = t.slice(i + 1, t[j - 1] === '`' && j - 1 > i ? j - 1 : j);
    let body = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      const n = raw[k + 1];
      if (c === '\\' && n !== undefined && (n === '$' || n === '`' || n === '\\' || (inDq && n === '"'))) {
        body += n;
        k++;
      } else body += c;
    }
    const list = this.ctx.lowerCommands(body, this.lineAt(i + 1));
    const r = this.enc.begin(K_CMDSUB);
    this.enc.ref(list);
    p.part(r);
    return j;
  }
}

/** Lower a whole here-doc body (see lowerHeredocBody in index.ts). */
export function heredocWord(body: string, quoted: boolean, ctx: WordContext): Ref {
  const enc = ctx.enc;
  if (quoted) {
    const sq = enc.begin(K_SQ);
    enc.str(body);
    return enc.seq(K_WORD, [sq]);
  }
  const sc = new Scanner(body, ctx);
  return enc.seq(K_WORD, [enc.seq(K_DQ, sc.scan(0, body.length, 'heredoc'))]);
}
