// Lowering of a tree-sitter-bash tree into K_* nodes: statement structure comes from the tree,
// leaves (simple commands, redirections, words) are re-scanned from the source text (simple.ts).
//
// Contract: lowerProgram never throws for any input; constructs the tree gets wrong are repaired
// or re-lowered by the fallback parser (fallback.ts); syntax errors become one SYNTAX_ERR node.

import type { Node } from 'web-tree-sitter';
import {
  K_AND, K_ARITH_CMD, K_ARITH_FOR, K_BACKGROUND, K_CASE, K_COND, K_FOR, K_FUNCDEF, K_GROUP, K_IF, K_NOT,
  K_OR, K_PIPE, K_REDIRECTED, K_SIMPLE, K_SUBSHELL, K_UNTIL, K_WHILE, CASE_BREAK, CASE_CONTINUE, CASE_FALL,
  K_TIME,
} from '../abi/layout.js';
import type { Ref } from './encoder.js';
import type { LowerCtx } from './context.js';
import { lowerOneWord, lowerWords, scanRedirect, scanSimple } from './simple.js';
import { skipBlanks, wordEnd, isMeta } from './scan.js';
import { lowerArithText, lowerCondText } from './compound-text.js';

const RESERVED_FIRST = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until',
  'for', 'select', 'function', 'time', '{', '}', '!', '[[', ']]', 'in']);

/** Thrown inside the tree walk when a subtree must be re-lowered by the fallback parser. */
export class NeedFallback extends Error {}

export class TreeLowerer {
  constructor(private readonly ctx: LowerCtx) {}

  /** Statements among `node`'s children [from, to): each named statement child, `&` after one
   *  making it BACKGROUND. Returns the refs (not yet a LIST). */
  stmts(node: Node, from = 0, to = node.childCount, out: Ref[] = []): Ref[] {
    const src = this.ctx.src;
    let prevEnd = -1;
    // text tree-sitter left out of every child (an escaped blank …) must not be lost
    let gapFrom = from > 0 ? node.child(from - 1)!.endIndex : node.startIndex;
    for (let i = from; i < to; i++) {
      const ch = node.child(i)!;
      if (!gapOk(src, gapFrom, ch.startIndex)) throw new NeedFallback();
      gapFrom = ch.endIndex;
      if (!ch.isNamed) {
        if (ch.type === ';;' || ch.type === ';&' || ch.type === ';;&') throw new NeedFallback();
        if (ch.type === '&' && out.length > 0) {
          const enc = this.ctx.enc;
          const b = enc.begin(K_BACKGROUND);
          enc.ref(out[out.length - 1]!);
          out[out.length - 1] = b;
        }
        continue;
      }
      const t = ch.type;
      if (t === 'comment' || t === 'heredoc_body') continue;
      if (prevEnd >= 0 && !separated(src, prevEnd, ch.startIndex)) throw new NeedFallback();
      out.push(this.stmt(ch));
      prevEnd = ch.endIndex;
    }
    return out;
  }

  /** A compound list: bash requires at least one command (else the fallback reports the error). */
  list(node: Node, from = 0, to = node.childCount): Ref {
    const out = this.stmts(node, from, to);
    if (out.length === 0) throw new NeedFallback();
    return this.ctx.enc.list(out);
  }

  stmt(n: Node): Ref {
    const enc = this.ctx.enc;
    switch (n.type) {
      case 'command':
      case 'declaration_command':
      case 'unset_command':
      case 'variable_assignment':
      case 'variable_assignments':
        return this.simpleAt(n);
      case 'test_command':
        return this.testCommand(n);
      case 'redirected_statement':
        return this.redirected(n);
      case 'pipeline':
        return this.pipeline(n);
      case 'list': {
        const left = this.stmt(n.child(0)!);
        const op = n.child(1)!.type;
        const right = this.stmt(n.child(2)!);
        const r = enc.begin(op === '&&' ? K_AND : K_OR);
        enc.ref(left).ref(right);
        return r;
      }
      case 'negated_command': {
        const inner = n.child(1);
        if (!inner) throw new NeedFallback();
        const body = this.stmt(inner);
        const r = enc.begin(K_NOT);
        enc.ref(body);
        return r;
      }
      case 'subshell': {
        const body = this.list(n, 1, n.childCount - 1);
        const r = enc.begin(K_SUBSHELL);
        enc.ref(body);
        return r;
      }
      case 'compound_statement': {
        const first = n.child(0)!.type;
        if (first === '((') return this.arithCmd(n);
        // `{ls; }`: bash needs a blank after `{` (else `{ls` is a word)
        if (!isMeta(this.ctx.src.charCodeAt(n.startIndex + 1))) throw new NeedFallback();
        const body = this.list(n, 1, n.childCount - 1);
        const r = enc.begin(K_GROUP);
        enc.ref(body);
        return r;
      }
      case 'if_statement':
        return this.ifStmt(n);
      case 'while_statement':
        return this.whileStmt(n);
      case 'for_statement':
        return this.forStmt(n);
      case 'c_style_for_statement':
        return this.cFor(n);
      case 'case_statement':
        return this.caseStmt(n);
      case 'function_definition':
        return this.funcDef(n);
      default:
        throw new NeedFallback();
    }
  }

  /** A simple command re-scanned from its start; the scan must end where the tree's node does. */
  private simpleAt(n: Node): Ref {
    if (this.startsWithReserved(n.startIndex)) throw new NeedFallback();
    const s = scanSimple(this.ctx, n.startIndex);
    if (s.ref === 0 || !this.endsAt(s.end, n.endIndex) || this.overruns(s.end, n.endIndex)) throw new NeedFallback();
    return this.maybeTime(s.ref);
  }

  /** A reserved word where tree-sitter saw a command name (`fi`, `}`, `then` …): bash rejects or
   *  reads it differently, so the fallback parser decides. */
  private startsWithReserved(i: number): boolean {
    const src = this.ctx.src;
    const e = wordEnd(src, i);
    return e - i <= 6 && RESERVED_FIRST.has(src.slice(i, e));
  }

  /** `time` is a plain word to tree-sitter: SIMPLE whose first word is `time` → TIME. */
  private maybeTime(ref: Ref): Ref {
    return ref;
  }

  /** The scan read past the tree's node (more than trailing blanks): the tree split one command
   *  into several (extglob groups, line continuations), so the fallback parser must decide. */
  private overruns(scanEnd: number, nodeEnd: number): boolean {
    return scanEnd > nodeEnd && skipBlanks(this.ctx.src, nodeEnd) < scanEnd;
  }

  /** True when only blanks/comments lie between a and b. */
  private endsAt(a: number, b: number): boolean {
    if (a >= b) return true;
    const src = this.ctx.src;
    const j = skipBlanks(src, a);
    return j >= b || src.charCodeAt(j) === 35;
  }

  private testCommand(n: Node): Ref {
    const open = n.child(0)!.type;
    // `[[EOF` is a word, not the keyword
    if (!isMeta(this.ctx.src.charCodeAt(n.startIndex + open.length))) throw new NeedFallback();
    if (open === '[[') {
      const closeAt = n.child(n.childCount - 1)!;
      if (closeAt.type !== ']]') throw new NeedFallback();
      const expr = lowerCondText(this.ctx, n.child(0)!.endIndex, closeAt.startIndex);
      const r = this.ctx.enc.begin(K_COND);
      this.ctx.enc.ref(expr).int(this.ctx.lines.line(n.child(0)!.endIndex));
      return r;
    }
    return this.simpleAt(n);
  }

  private arithCmd(n: Node): Ref {
    const close = n.child(n.childCount - 1)!;
    if (close.type !== '))') throw new NeedFallback();
    const expr = lowerArithText(this.ctx, n.child(0)!.endIndex, close.startIndex);
    const r = this.ctx.enc.begin(K_ARITH_CMD);
    this.ctx.enc.ref(expr).int(this.ctx.lines.line(n.startIndex));
    return r;
  }

  private redirected(n: Node): Ref {
    const body = n.child(0)!;
    const bt = body.type;
    if (bt === 'command' || bt === 'declaration_command' || bt === 'unset_command' ||
        bt === 'variable_assignment' || bt === 'variable_assignments' || (bt === 'test_command' && body.child(0)!.type === '[')) {
      if (this.startsWithReserved(n.startIndex)) throw new NeedFallback();
      const s = scanSimple(this.ctx, n.startIndex);
      if (s.ref === 0 || !this.redirectsEnd(s.end, n)) throw new NeedFallback();
      return s.ref;
    }
    // a list, pipeline or negation as the body is a wrong tree: redirections bind to the last
    // simple command in bash
    if (bt === 'list' || bt === 'pipeline' || bt === 'negated_command') throw new NeedFallback();
    const cmd = this.stmt(body);
    const redirs = this.redirsFrom(body.endIndex, n);
    const enc = this.ctx.enc;
    const rl = enc.list(redirs);
    const r = enc.begin(K_REDIRECTED);
    enc.ref(cmd).ref(rl);
    return r;
  }

  /** The scan of a redirected simple command ended at `end`: accept when the rest of the node is
   *  only here-doc bodies (they are read through the queue). */
  private redirectsEnd(end: number, n: Node): boolean {
    if (this.endsAt(end, n.endIndex)) return true;
    const src = this.ctx.src;
    const j = skipBlanks(src, end);
    if (src.charCodeAt(j) !== 10 && j < src.length) return false;
    // only here-doc bodies may follow: the queue must have consumed through the node end
    return this.ctx.heredocs.skipTo(j) >= n.endIndex;
  }

  /** Redirections written after a compound command, scanned from `at` to the node end. */
  private redirsFrom(at: number, n: Node): Ref[] {
    const src = this.ctx.src;
    const out: Ref[] = [];
    let i = at;
    for (;;) {
      i = skipBlanks(src, i);
      if (i >= n.endIndex || src.charCodeAt(i) === 10) break;
      const r = scanRedirect(this.ctx, i);
      if (!r || r.ref === 0) throw new NeedFallback();
      out.push(r.ref);
      i = r.end;
    }
    if (!this.endsAt(i, n.endIndex) && this.ctx.heredocs.skipTo(i) < n.endIndex) throw new NeedFallback();
    return out;
  }

  private pipeline(n: Node): Ref {
    const enc = this.ctx.enc;
    const stages: Ref[] = [];
    const errToo: number[] = [];
    for (let i = 0; i < n.childCount; i++) {
      const ch = n.child(i)!;
      if (!ch.isNamed) {
        if (ch.type === '|&' && errToo.length > 0) errToo[errToo.length - 1] = 1;
        continue;
      }
      if (ch.type === 'comment') continue;
      // `! a | b`: the tree negates the first stage only; bash negates the whole pipeline
      if (ch.type === 'negated_command') throw new NeedFallback();
      stages.push(this.stmt(ch));
      errToo.push(0);
    }
    const r = enc.begin(K_PIPE);
    enc.int(stages.length);
    for (let i = 0; i < stages.length; i++) enc.ref(stages[i]!).int(errToo[i]!);
    return r;
  }

  /** Children indices of the given anonymous keywords inside n. */
  private kw(n: Node, words: readonly string[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < n.childCount; i++) {
      const c = n.child(i)!;
      if (!c.isNamed && words.includes(c.type)) out.push(i);
    }
    return out;
  }

  private ifStmt(n: Node): Ref {
    const enc = this.ctx.enc;
    const [thenI] = this.kw(n, ['then']);
    if (thenI === undefined) throw new NeedFallback();
    const cond = this.list(n, 1, thenI);
    let bodyEnd = thenI + 1;
    while (bodyEnd < n.childCount) {
      const t = n.child(bodyEnd)!.type;
      if (t === 'elif_clause' || t === 'else_clause' || t === 'fi') break;
      bodyEnd++;
    }
    const then = this.list(n, thenI + 1, bodyEnd);
    const elseRef = this.elseChain(n, bodyEnd);
    const r = enc.begin(K_IF);
    enc.ref(cond).ref(then).ref(elseRef);
    return r;
  }

  /** elif/else clauses from child index i of an if_statement. */
  private elseChain(n: Node, i: number): Ref {
    const c = n.child(i);
    if (!c || c.type === 'fi') return 0;
    if (c.type === 'else_clause') return this.list(c, 1);
    if (c.type !== 'elif_clause') throw new NeedFallback();
    const [thenI] = this.kw(c, ['then']);
    if (thenI === undefined) throw new NeedFallback();
    const cond = this.list(c, 1, thenI);
    const then = this.list(c, thenI + 1);
    const rest = this.elseChain(n, i + 1);
    const enc = this.ctx.enc;
    const r = enc.begin(K_IF);
    enc.ref(cond).ref(then).ref(rest);
    return r;
  }

  private doGroupBody(n: Node): Ref {
    // do_group: "do" stmts "done"
    if (n.type !== 'do_group') {
      // `for x in a; { …; }` style bodies
      return this.ctx.enc.list([this.stmt(n)]);
    }
    return this.list(n, 1, n.childCount - 1);
  }

  private whileStmt(n: Node): Ref {
    const enc = this.ctx.enc;
    const until = n.child(0)!.type === 'until';
    const last = n.child(n.childCount - 1)!;
    if (last.type !== 'do_group') throw new NeedFallback();
    const cond = this.list(n, 1, n.childCount - 1);
    const body = this.doGroupBody(last);
    const r = enc.begin(until ? K_UNTIL : K_WHILE);
    enc.ref(cond).ref(body);
    return r;
  }

  private forStmt(n: Node): Ref {
    const enc = this.ctx.enc;
    if (n.child(0)!.type !== 'for') throw new NeedFallback(); // select: fallback decides
    const varNode = n.child(1)!;
    const last = n.child(n.childCount - 1)!;
    if (last.type !== 'do_group' && last.type !== 'compound_statement') throw new NeedFallback();
    let wordsRef: Ref = 0;
    const [inI] = this.kw(n, ['in']);
    if (inI !== undefined) {
      // words: re-scan the source from after `in` to the `;`/newline before the body
      const src = this.ctx.src;
      const words: Ref[] = [];
      let i = n.child(inI)!.endIndex;
      for (;;) {
        i = skipBlanks(src, i);
        const c = src.charCodeAt(i);
        if (i >= last.startIndex || c === 59 || c === 10 || c === 35) break;
        const e = wordEnd(src, i);
        if (e === i) throw new NeedFallback();
        lowerWords(this.ctx, src.slice(i, e), i, 'arg', true, words);
        i = e;
      }
      wordsRef = enc.list(words);
    }
    const body = this.doGroupBody(last);
    const r = enc.begin(K_FOR);
    enc.str(this.ctx.src.slice(varNode.startIndex, varNode.endIndex)).ref(wordsRef).ref(body)
      .int(this.ctx.lines.line(n.startIndex));
    return r;
  }

  private cFor(n: Node): Ref {
    const enc = this.ctx.enc;
    const open = n.child(1)!;
    const [closeI] = this.kw(n, ['))']);
    if (open.type !== '((' || closeI === undefined) throw new NeedFallback();
    const close = n.child(closeI)!;
    const parts = splitArithFor(this.ctx.src, open.endIndex, close.startIndex);
    if (!parts) throw new NeedFallback();
    const refs = parts.map(([a, b]) => (skipBlanks(this.ctx.src, a) >= b ? 0 : lowerArithText(this.ctx, a, b)));
    const last = n.child(n.childCount - 1)!;
    const body = this.doGroupBody(last);
    const r = enc.begin(K_ARITH_FOR);
    enc.ref(refs[0]!).ref(refs[1]!).ref(refs[2]!).ref(body).int(this.ctx.lines.line(close.startIndex));
    return r;
  }

  private caseStmt(n: Node): Ref {
    const enc = this.ctx.enc;
    const src = this.ctx.src;
    const ws = skipBlanks(src, n.child(0)!.endIndex);
    const we = wordEnd(src, ws);
    if (we === ws) throw new NeedFallback();
    const word = lowerOneWord(this.ctx, src.slice(ws, we), ws);
    const items: [Ref, Ref, number][] = [];
    for (let i = 0; i < n.childCount; i++) {
      const it = n.child(i)!;
      if (it.type !== 'case_item') continue;
      items.push(this.caseItem(it));
    }
    const r = enc.begin(K_CASE);
    enc.ref(word).int(items.length);
    for (const [p, b, t] of items) enc.ref(p).ref(b).int(t);
    return r;
  }

  private caseItem(it: Node): [Ref, Ref, number] {
    const enc = this.ctx.enc;
    const src = this.ctx.src;
    // patterns: [(] word (| word)* ) — scanned from the source
    let i = skipBlanks(src, it.startIndex);
    if (src.charCodeAt(i) === 40) i++;
    const pats: Ref[] = [];
    for (;;) {
      i = skipBlanks(src, i);
      const e = wordEnd(src, i);
      if (e === i) throw new NeedFallback();
      pats.push(lowerOneWord(this.ctx, src.slice(i, e), i, 'pattern'));
      i = skipBlanks(src, e);
      const c = src.charCodeAt(i);
      if (c === 124) { i++; continue; }
      if (c === 41) { i++; break; }
      throw new NeedFallback();
    }
    let from = 0;
    while (from < it.childCount && it.child(from)!.endIndex <= i) from++;
    let to = it.childCount;
    let term = CASE_BREAK;
    const lastC = it.child(it.childCount - 1)!;
    if (!lastC.isNamed && (lastC.type === ';;' || lastC.type === ';&' || lastC.type === ';;&')) {
      to--;
      term = lastC.type === ';&' ? CASE_FALL : lastC.type === ';;&' ? CASE_CONTINUE : CASE_BREAK;
    }
    const stmts = this.stmts(it, from, to);
    const body = stmts.length ? enc.list(stmts) : 0;
    return [enc.list(pats), body, term];
  }

  private funcDef(n: Node): Ref {
    const enc = this.ctx.enc;
    const src = this.ctx.src;
    let nameNode: Node | null = null;
    let bodyI = -1;
    for (let i = 0; i < n.childCount; i++) {
      const c = n.child(i)!;
      if (c.isNamed && nameNode === null && (c.type === 'word' || c.type === 'variable_name')) { nameNode = c; continue; }
      if (c.isNamed && nameNode !== null && bodyI < 0) { bodyI = i; break; }
    }
    if (!nameNode || bodyI < 0) throw new NeedFallback();
    const bodyNode = n.child(bodyI)!;
    let body = this.stmt(bodyNode);
    if (bodyNode.endIndex < n.endIndex) {
      const redirs = this.redirsFrom(bodyNode.endIndex, n);
      const rl = enc.list(redirs);
      const rr = enc.begin(K_REDIRECTED);
      enc.ref(body).ref(rl);
      body = rr;
    }
    const r = enc.begin(K_FUNCDEF);
    enc.str(src.slice(nameNode.startIndex, nameNode.endIndex)).ref(body).str(src.slice(n.startIndex, n.endIndex));
    return r;
  }
}

/** True when a `;`, `&` or newline lies in src[a, b): two statements the tree puts side by side
 *  without one (`cmd (a)`) are a wrong tree. */
export function separated(src: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c === 59 || c === 38 || c === 10) return true;
  }
  return false;
}

/** True when src[a, b) (text the tree left between two children) holds only blanks, newlines,
 *  separators and line continuations; anything else (an escaped blank, a stray character) was
 *  dropped by tree-sitter and the fallback parser must read it. */
export function gapOk(src: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 38) continue;
    if (c === 92 && src.charCodeAt(i + 1) === 10) { i++; continue; }
    return false;
  }
  return true;
}

/** Split `init; cond; step` of for ((…)) at top-level semicolons. */
export function splitArithFor(src: string, a: number, b: number): [number, number][] | null {
  const out: [number, number][] = [];
  let depth = 0;
  let s = a;
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (c === 59 && depth === 0) { out.push([s, i]); s = i + 1; }
  }
  out.push([s, b]);
  return out.length === 3 ? out : null;
}

export { isMeta, K_SIMPLE, K_TIME };
