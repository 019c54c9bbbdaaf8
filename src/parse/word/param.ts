// ${…} parameter expansion -> a PARAM node.
//
//   PARAM 1-2:name 3:op(PO_*) 4:arg1 5:arg2 6:flags(PF_*) 7:index(WORD|0)
//
// Contracts beyond the ABI doc:
//   - PO_BAD: name holds the whole text as written (`${x!}`), so the executor can print
//     `bash: ${x!}: bad substitution` when the expansion runs.
//   - PF_PREFIX_NAMES: arg1 is a WORD holding "*" or "@" (which form was written).
//   - ${!a[@]} / ${!a[*]} (array keys): PF_INDIRECT with the index WORD "@" / "*".
//   - PO_TRANSFORM: arg1 is a WORD with one SQ part, the operator letter.
//   - PO_SUBSTR: arg1/arg2 are arith nodes; arg2 = 0 when no length was written, an A_NUM 0 when
//     the length is empty (`${x:1:}`); an operand holding $ or ` (or one that does not parse) is an
//     A_WORD to be expanded and parsed at run time.
//   - REPLACE*: arg1 = pattern WORD, arg2 = replacement WORD or 0 when no / follows the pattern.
//     Both are scanned as unquoted text even inside "…" (bash removes their quotes there too), so an
//     unquoted & in a LIT part of the replacement stands for the match.
//   - ^ ^^ , ,, : arg1 = pattern WORD or 0 when none.

import type { Ref } from '../encoder.js';
import {
  K_PARAM, K_WORD, K_SQ,
  PO_NONE, PO_DEFAULT, PO_ASSIGN, PO_ERROR, PO_ALT, PO_TRIM_PREFIX, PO_TRIM_PREFIX_LONG, PO_TRIM_SUFFIX,
  PO_TRIM_SUFFIX_LONG, PO_REPLACE, PO_REPLACE_ALL, PO_REPLACE_PREFIX, PO_REPLACE_SUFFIX, PO_SUBSTR,
  PO_UPPER_FIRST, PO_UPPER_ALL, PO_LOWER_FIRST, PO_LOWER_ALL, PO_TRANSFORM, PO_BAD,
  PF_LENGTH, PF_INDIRECT, PF_COLON, PF_BRACED, PF_PREFIX_NAMES,
} from '../../abi/layout.js';
import type { Scanner } from './word.js';
import { skipSingle, skipDouble, skipBacktick, skipDollar } from './scan.js';

const TRANSFORM_OPS = 'QEPAKaUuLk';
const SPECIALS = '@*#?$!-';

interface NameAt { name: string; idxFrom: number; idxTo: number; end: number }

/** The parameter name at t[p] (identifier with optional [index], digits, or a special char), or
 *  null. end = index after it (after ']' when indexed); idxFrom < 0 when there is no index. */
function readName(t: string, p: number, b: number): NameAt | null {
  const c = t[p];
  if (p >= b || c === undefined) return null;
  if (/[A-Za-z_]/.test(c)) {
    let q = p + 1;
    while (q < b && /[A-Za-z0-9_]/.test(t[q]!)) q++;
    const name = t.slice(p, q);
    if (t[q] === '[' && q < b) {
      const close = findIndexClose(t, q, b);
      // no closing bracket, or `[]`: bash reports a bad substitution
      if (close < 0 || close === q + 1) return { name, idxFrom: -2, idxTo: -2, end: b };
      return { name, idxFrom: q + 1, idxTo: close, end: close + 1 };
    }
    return { name, idxFrom: -1, idxTo: -1, end: q };
  }
  if (c >= '0' && c <= '9') {
    let q = p + 1;
    while (q < b && /[0-9]/.test(t[q]!)) q++;
    return { name: t.slice(p, q), idxFrom: -1, idxTo: -1, end: q };
  }
  if (SPECIALS.includes(c)) return { name: c, idxFrom: -1, idxTo: -1, end: p + 1 };
  return null;
}

/** t[q] === '[': index of the matching ']' before b, or -1. */
function findIndexClose(t: string, q: number, b: number): number {
  let depth = 0;
  let j = q;
  while (j < b) {
    const c = t[j];
    if (c === '\\') { j += 2; continue; }
    if (c === "'") { j = skipSingle(t, j); continue; }
    if (c === '"') { j = skipDouble(t, j); continue; }
    if (c === '`') { j = skipBacktick(t, j); continue; }
    if (c === '$') { j = skipDollar(t, j); continue; }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
    j++;
  }
  return -1;
}

/** First unquoted, unnested `ch` in t[from, to), or -1. */
export function findTop(t: string, from: number, to: number, ch: string, singleQuotes = true): number {
  let j = from;
  while (j < to) {
    const c = t[j];
    if (c === ch) return j;
    if (c === '\\') { j += 2; continue; }
    if (c === "'" && singleQuotes) { j = skipSingle(t, j); continue; }
    if (c === '"') { j = skipDouble(t, j); continue; }
    if (c === '`') { j = skipBacktick(t, j); continue; }
    if (c === '$') { j = skipDollar(t, j); continue; }
    j++;
  }
  return -1;
}

/** Lower `${…}` spanning t[i, end) (t[i] === '$', t[end - 1] === '}'). inDq: inside "…". */
export function lowerParam(sc: Scanner, i: number, end: number, inDq: boolean): Ref {
  const t = sc.t;
  const enc = sc.enc;
  const a = i + 2;
  const b = end - 1;
  const emit = (name: string, op: number, arg1: Ref, arg2: Ref, flags: number, index: Ref): Ref => {
    const r = enc.begin(K_PARAM);
    enc.str(name).int(op).ref(arg1).ref(arg2).int(flags | PF_BRACED).ref(index);
    return r;
  };
  const bad = (): Ref => emit(t.slice(i, end), PO_BAD, 0, 0, 0, 0);
  const sqWord = (s: string): Ref => {
    const sq = enc.begin(K_SQ);
    enc.str(s);
    return enc.seq(K_WORD, [sq]);
  };
  const indexWord = (n: NameAt): Ref => (n.idxFrom >= 0 ? sc.word(n.idxFrom, n.idxTo, 'op') : 0);

  let flags = 0;
  let p = a;
  // ${#…}: length, unless # is the parameter itself (${#}, ${#-x} …)
  if (t[p] === '#' && p + 1 < b) {
    const n = readName(t, p + 1, b);
    if (n && n.end === b) {
      if (n.idxFrom === -2) return bad();
      return emit(n.name, PO_NONE, 0, 0, PF_LENGTH, indexWord(n));
    }
    if (n && n.idxFrom >= 0) return bad();
  }
  if (t[p] === '!' && p + 1 < b) {
    const n = readName(t, p + 1, b);
    if (n && n.idxFrom === -1 && /^[A-Za-z_]/.test(n.name) && (t[n.end] === '*' || t[n.end] === '@') && n.end + 1 === b) {
      return emit(n.name, PO_NONE, sqWord(t[n.end]!), 0, PF_PREFIX_NAMES, 0);
    }
    if (!n) return bad();
    flags |= PF_INDIRECT;
    p++;
  }
  const n = readName(t, p, b);
  if (!n || n.idxFrom === -2) return bad();
  const q = n.end;
  if (q === b) return emit(n.name, PO_NONE, 0, 0, flags, indexWord(n));

  const c = t[q]!;
  const c2 = t[q + 1];
  const opWordMode = inDq ? 'opdq' : 'op';
  const defaultOp = (op: number, from: number, colon: boolean): Ref => {
    const idx = indexWord(n);
    const w = sc.word(from, b, opWordMode);
    return emit(n.name, op, w, 0, flags | (colon ? PF_COLON : 0), idx);
  };
  const DEFAULTS: Record<string, number> = { '-': PO_DEFAULT, '=': PO_ASSIGN, '?': PO_ERROR, '+': PO_ALT };
  if (c === ':' && c2 !== undefined && DEFAULTS[c2] !== undefined) return defaultOp(DEFAULTS[c2]!, q + 2, true);
  if (DEFAULTS[c] !== undefined) return defaultOp(DEFAULTS[c]!, q + 1, false);
  if (c === ':') {
    const idx = indexWord(n);
    const colon = findSubstrColon(t, q + 1, b);
    const off = arithOperand(sc, q + 1, colon < 0 ? b : colon);
    const len = colon < 0 ? 0 : arithOperand(sc, colon + 1, b);
    return emit(n.name, PO_SUBSTR, off, len, flags, idx);
  }
  if (c === '#' || c === '%') {
    const long = c2 === c;
    const op = c === '#' ? (long ? PO_TRIM_PREFIX_LONG : PO_TRIM_PREFIX) : (long ? PO_TRIM_SUFFIX_LONG : PO_TRIM_SUFFIX);
    const idx = indexWord(n);
    return emit(n.name, op, sc.word(q + (long ? 2 : 1), b, 'op'), 0, flags, idx);
  }
  if (c === '/') {
    let op = PO_REPLACE;
    let from = q + 1;
    if (c2 === '/') { op = PO_REPLACE_ALL; from++; }
    else if (c2 === '#') { op = PO_REPLACE_PREFIX; from++; }
    else if (c2 === '%') { op = PO_REPLACE_SUFFIX; from++; }
    const slash = findTop(t, from, b, '/');
    const idx = indexWord(n);
    const pat = sc.word(from, slash < 0 ? b : slash, 'op');
    const rep = slash < 0 ? 0 : sc.word(slash + 1, b, 'op'); // quotes are removed even inside "…"
    return emit(n.name, op, pat, rep, flags, idx);
  }
  if (c === '^' || c === ',') {
    const all = c2 === c;
    const op = c === '^' ? (all ? PO_UPPER_ALL : PO_UPPER_FIRST) : (all ? PO_LOWER_ALL : PO_LOWER_FIRST);
    const from = q + (all ? 2 : 1);
    const idx = indexWord(n);
    const pat = from < b ? sc.word(from, b, 'op') : 0;
    return emit(n.name, op, pat, 0, flags, idx);
  }
  if (c === '@' && c2 !== undefined && q + 2 === b && TRANSFORM_OPS.includes(c2)) {
    const idx = indexWord(n);
    return emit(n.name, PO_TRANSFORM, sqWord(c2), 0, flags, idx);
  }
  return bad();
}

/** The ':' separating offset and length in ${x:off:len}, skipping ?: pairs and nesting; -1 if none. */
function findSubstrColon(t: string, from: number, to: number): number {
  let ternary = 0;
  let depth = 0;
  let j = from;
  while (j < to) {
    const c = t[j];
    if (c === '\\') { j += 2; continue; }
    if (c === "'") { j = skipSingle(t, j); continue; }
    if (c === '"') { j = skipDouble(t, j); continue; }
    if (c === '`') { j = skipBacktick(t, j); continue; }
    if (c === '$') { j = skipDollar(t, j); continue; }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '?' && depth === 0) ternary++;
    else if (c === ':' && depth === 0) {
      if (ternary === 0) return j;
      ternary--;
    }
    j++;
  }
  return -1;
}

/** An arith node for a substring operand t[from, to) (empty text: A_NUM 0). */
function arithOperand(sc: Scanner, from: number, to: number): Ref {
  return sc.arithExpr(from, to);
}
