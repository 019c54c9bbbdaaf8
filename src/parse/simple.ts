// Simple commands and redirections, scanned from the source text itself (tree-sitter's leaf-level
// trees are unreliable: it swallows arguments into here-doc nodes, misreads {fd}>, `<>`, extglob …).
//
// scanSimple(ctx, i) reads `[assignments] [words and redirections]` starting at i and stops at the
// first control operator (; & | && || ;; newline ( ) or end); it returns a SIMPLE node (or 0 when
// nothing was read) and the index where it stopped.

import {
  K_ASSIGN, K_REDIR, K_SIMPLE, AF_APPEND, AF_ARRAY,
  R_APPEND, R_APPEND_ERR, R_CLOBBER, R_DUP_IN, R_DUP_OUT, R_HEREDOC, R_HERESTR, R_IN, R_INOUT, R_OUT, R_OUT_ERR,
} from '../abi/layout.js';
import type { Ref } from './encoder.js';
import type { LowerCtx, Scanned } from './context.js';
import { expandBraces, lowerHeredocBody, lowerWord, type WordMode } from './word/index.js';
import { isMeta, parenEnd, scanState, skipBlanks, skipComment, wordEnd } from './scan.js';

const DECL_BUILTINS = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);

/** Lower one word text; with `braces`, brace-expand first (one ref per resulting word). */
export function lowerWords(ctx: LowerCtx, text: string, at: number, mode: WordMode, braces: boolean, out: Ref[]): void {
  const wctx = ctx.wordCtx(ctx.lines.line(at));
  if (braces && text.indexOf('{') >= 0) {
    for (const t of expandBraces(text)) out.push(lowerWord(t, wctx, mode));
  } else {
    out.push(lowerWord(text, wctx, mode));
  }
}

export function lowerOneWord(ctx: LowerCtx, text: string, at: number, mode: WordMode = 'arg'): Ref {
  return lowerWord(text, ctx.wordCtx(ctx.lines.line(at)), mode);
}

/** Length of an assignment prefix `NAME=`, `NAME+=`, `NAME[…]=`, `NAME[…]+=` at i, or 0. */
export function assignPrefix(src: string, i: number): { len: number; nameEnd: number } | null {
  let j = i;
  const c0 = src.charCodeAt(j);
  if (!(c0 === 95 || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return null;
  j++;
  for (;;) {
    const c = src.charCodeAt(j);
    if (c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) j++;
    else break;
  }
  const nameEnd = j;
  if (src.charCodeAt(j) === 91 /* [ */) {
    let depth = 1;
    j++;
    while (j < src.length && depth > 0) {
      const c = src.charCodeAt(j);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 10) return null;
      j++;
    }
    if (depth > 0) return null;
  }
  if (src.charCodeAt(j) === 61) return { len: j + 1 - i, nameEnd };
  if (src.charCodeAt(j) === 43 && src.charCodeAt(j + 1) === 61) return { len: j + 2 - i, nameEnd };
  return null;
}

/** Redirection operator at i (after any fd prefix): [op, length] or null. `<(`/`>(` are words. */
export function redirOp(src: string, i: number): [number, number] | null {
  const c = src.charCodeAt(i);
  const d = src.charCodeAt(i + 1);
  const e = src.charCodeAt(i + 2);
  if (c === 38 /* & */) {
    if (d !== 62) return null;
    return e === 62 ? [R_APPEND_ERR, 3] : [R_OUT_ERR, 2];
  }
  if (c === 60 /* < */) {
    if (d === 60) {
      if (e === 60) return [R_HERESTR, 3];
      if (e === 45) return [R_HEREDOC, 3];
      return [R_HEREDOC, 2];
    }
    if (d === 38) return [R_DUP_IN, 2];
    if (d === 62) return [R_INOUT, 2];
    if (d === 40) return null;
    return [R_IN, 1];
  }
  if (c === 62 /* > */) {
    if (d === 62) return [R_APPEND, 2];
    if (d === 38) return [R_DUP_OUT, 2];
    if (d === 124) return [R_CLOBBER, 2];
    if (d === 40) return null;
    return [R_OUT, 1];
  }
  return null;
}

/** A redirection starting at i (fd prefix included), or null when none starts there. */
export function scanRedirect(ctx: LowerCtx, i: number): Scanned | null {
  const src = ctx.src;
  let j = i;
  let fd = -1;
  let fdVar = '';
  const c = src.charCodeAt(j);
  if (c >= 48 && c <= 57) {
    let k = j;
    while (src.charCodeAt(k) >= 48 && src.charCodeAt(k) <= 57) k++;
    if (!redirOp(src, k) || src.charCodeAt(k) === 38) return null;
    fd = Number(src.slice(j, k));
    j = k;
  } else if (c === 123 /* { */) {
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(src.slice(j, j + 260));
    if (!m || !redirOp(src, j + m[0].length) || src.charCodeAt(j + m[0].length) === 38) return null;
    fdVar = m[1]!;
    j += m[0].length;
  }
  const op = redirOp(src, j);
  if (!op) return null;
  const opStart = j;
  j = skipBlanks(src, j + op[1]);
  const we = wordEnd(src, j);
  if (we === j) {
    ctx.syntaxError(j, tokenAt(src, j));
    return { ref: 0, end: j };
  }
  const text = src.slice(j, we);
  const enc = ctx.enc;
  let target: Ref;
  if (op[0] === R_HEREDOC) {
    const strip = src.charCodeAt(opStart + 2) === 45;
    const body = ctx.heredocs.take(opStart, text, strip);
    target = lowerHeredocBody(body.text, body.quoted, ctx.wordCtx(ctx.lines.line(body.start)));
  } else {
    target = lowerOneWord(ctx, text, j);
  }
  const ref = enc.begin(K_REDIR);
  enc.int(fd).int(op[0]).ref(target).str(fdVar);
  return { ref, end: we };
}

/** Text of the token at i, as bash names it in "syntax error near unexpected token". */
export function tokenAt(src: string, i: number): string {
  if (i >= src.length) return 'newline';
  const c = src.charCodeAt(i);
  if (c === 10) return 'newline';
  for (const op of [';;&', ';;', ';&', '&&', '||', '|&', '&>>', '&>', '<<<', '<<-', '<<', '<&', '<>', '>>', '>&', '>|', ';', '&', '|', '(', ')', '<', '>']) {
    if (src.startsWith(op, i)) return op;
  }
  const e = wordEnd(src, i);
  return src.slice(i, Math.max(e, i + 1));
}

/** Scan a simple command at i. Returns ref 0 when no word, assignment or redirection was read. */
export function scanSimple(ctx: LowerCtx, i: number): Scanned {
  const src = ctx.src;
  const enc = ctx.enc;
  const assigns: Ref[] = [];
  const words: Ref[] = [];
  const redirs: Ref[] = [];
  const line = ctx.lines.line(i);
  let decl = false;
  for (;;) {
    i = skipBlanks(src, i);
    if (i >= src.length) break;
    const c = src.charCodeAt(i);
    if (c === 35 /* # */) { i = skipComment(src, i); break; }
    const r = scanRedirect(ctx, i);
    if (r) {
      if (r.ref === 0) return { ref: 0, end: r.end };
      redirs.push(r.ref);
      i = r.end;
      continue;
    }
    if (isMeta(c) && !((c === 60 || c === 62) && src.charCodeAt(i + 1) === 40)) break;
    if (words.length === 0 || decl) {
      const ap = assignPrefix(src, i);
      if (ap) {
        if (words.length === 0) {
          const a = scanAssign(ctx, i, ap.len, ap.nameEnd);
          assigns.push(a.ref);
          i = a.end;
          continue;
        }
        // declaration builtin argument: NAME=(…) stays one word
        let e = i + ap.len;
        if (src.charCodeAt(e) === 40) e = parenEnd(src, e + 1, false);
        e = e < src.length && !isMeta(src.charCodeAt(e)) ? wordEnd(src, e) : e;
        words.push(lowerOneWord(ctx, src.slice(i, e), i, 'assign'));
        i = e;
        continue;
      }
    }
    const e = wordEnd(src, i);
    if (e === i) break;
    const text = src.slice(i, e);
    if (words.length === 0 && DECL_BUILTINS.has(text)) decl = true;
    lowerWords(ctx, text, i, 'arg', true, words);
    i = e;
  }
  if (assigns.length + words.length + redirs.length === 0) return { ref: 0, end: i };
  const al = assigns.length ? enc.list(assigns) : 0;
  const wl = words.length ? enc.list(words) : 0;
  const rl = redirs.length ? enc.list(redirs) : 0;
  const ref = enc.begin(K_SIMPLE);
  enc.ref(al).ref(wl).ref(rl).int(line);
  return { ref, end: i };
}

/** An assignment word at i whose `NAME[…]=` / `NAME+=` prefix is `len` long. */
function scanAssign(ctx: LowerCtx, i: number, len: number, nameEnd: number): Scanned {
  const src = ctx.src;
  const enc = ctx.enc;
  const name = src.slice(i, nameEnd);
  let flags = 0;
  const opEnd = i + len;
  if (src.charCodeAt(opEnd - 2) === 43) flags |= AF_APPEND;
  const subEnd = flags & AF_APPEND ? opEnd - 2 : opEnd - 1;
  const index = subEnd > nameEnd ? lowerOneWord(ctx, src.slice(nameEnd + 1, subEnd - 1), nameEnd + 1) : 0;
  let value: Ref = 0;
  let elems: Ref = 0;
  let end = opEnd;
  if (src.charCodeAt(opEnd) === 40 /* ( */) {
    flags |= AF_ARRAY;
    const items: Ref[] = [];
    let j = opEnd + 1;
    for (;;) {
      j = skipBlanks(src, j);
      const c = src.charCodeAt(j);
      if (j >= src.length) { scanState.unclosed = ')'; scanState.unclosedAt = opEnd; break; }
      if (c === 10) { j++; continue; }
      if (c === 35) { j = skipComment(src, j); continue; }
      if (c === 41) { j++; break; }
      const e = wordEnd(src, j);
      if (e === j) { ctx.syntaxError(j, tokenAt(src, j)); j++; break; }
      lowerWords(ctx, src.slice(j, e), j, 'arg', true, items);
      j = e;
    }
    elems = enc.list(items);
    end = j;
  } else {
    end = wordEnd(src, opEnd);
    value = lowerOneWord(ctx, src.slice(opEnd, end), opEnd, 'assign');
  }
  const ref = enc.begin(K_ASSIGN);
  enc.str(name).int(flags).ref(value).ref(index).ref(elems);
  return { ref, end };
}
