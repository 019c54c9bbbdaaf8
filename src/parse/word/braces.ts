// Brace expansion on raw word text, in bash's order.
//
// The first `{` that opens a valid brace expression (a matching `}` with a top-level comma, or a
// sequence x..y[..step]) splits the word into preamble, alternatives and postamble; the result is
// preamble + each expansion of each alternative + each expansion of the postamble (cartesian, in
// that order). A `{` without a valid expression stays literal and the search goes on after it.
// Quotes, backslash escapes, ${…}, $(…) and `…` are never looked into. Results are raw word texts
// (quotes kept), ready for lowerWord.

import { skipSingle, skipAnsi, skipDouble, skipBacktick, skipBraceParam, skipParen } from './scan.js';

/** Above this many results a word does not expand (protects the host from {1..99999999}); the
 *  lowering turns it into an error that names this limit when the command runs. */
export const MAX_BRACE_RESULTS = 1 << 20;

/** Thrown when an expansion would exceed MAX_BRACE_RESULTS words. */
class BraceLimit extends Error {}

/** Index after a quoted/escaped/expansion construct at t[j], or -1 when t[j] starts none. */
function skipOpaque(t: string, j: number): number {
  const c = t[j];
  if (c === '\\') return Math.min(j + 2, t.length);
  if (c === "'") return skipSingle(t, j);
  if (c === '"') return skipDouble(t, j);
  if (c === '`') return skipBacktick(t, j);
  if (c === '$') {
    const n = t[j + 1];
    if (n === '{') return skipBraceParam(t, j + 1);
    if (n === '(') return skipParen(t, j + 1);
    if (n === "'") return skipAnsi(t, j + 1);
    if (n === '"') return skipDouble(t, j + 1);
    return j + 1;
  }
  return -1;
}

/** From t[open] === '{': the matching '}' index and top-level comma indices, or null. */
function matchBrace(t: string, open: number): { close: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  let j = open;
  while (j < t.length) {
    const k = skipOpaque(t, j);
    if (k >= 0) { j = k; continue; }
    const c = t[j];
    if (c === '{') depth++;
    else if (c === '}') { if (--depth === 0) return { close: j, commas }; }
    else if (c === ',' && depth === 1) commas.push(j);
    j++;
  }
  return null;
}

const NUM_SEQ = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/;
const CHAR_SEQ = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/;

/** The items of a sequence expression body ("1..5", "a..e..2"), or null when it is not one. */
function sequence(body: string): string[] | null {
  let m = NUM_SEQ.exec(body);
  if (m) {
    const a = BigInt(m[1]!), b = BigInt(m[2]!);
    let step = m[3] !== undefined ? BigInt(m[3]) : 1n;
    if (step < 0n) step = -step;
    if (step === 0n) step = 1n;
    const count = (a > b ? a - b : b - a) / step + 1n;
    if (count > BigInt(MAX_BRACE_RESULTS)) throw new BraceLimit('brace expansion too large');
    const pad = /^[-+]?0\d/.test(m[1]!) || /^[-+]?0\d/.test(m[2]!);
    const width = Math.max(m[1]!.length, m[2]!.length);
    const out: string[] = [];
    const dir = a <= b ? 1n : -1n;
    for (let v = a, n = 0n; n < count; n++, v += dir * step) {
      let s = (v < 0n ? -v : v).toString();
      if (pad) s = s.padStart(v < 0n ? width - 1 : width, '0');
      out.push(v < 0n ? '-' + s : s);
    }
    return out;
  }
  m = CHAR_SEQ.exec(body);
  if (m) {
    const a = m[1]!.charCodeAt(0), b = m[2]!.charCodeAt(0);
    let step = m[3] !== undefined ? Math.abs(Number(m[3])) : 1;
    if (step === 0) step = 1;
    const out: string[] = [];
    const dir = a <= b ? 1 : -1;
    for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * step) {
      const ch = String.fromCharCode(v);
      out.push(/[A-Za-z]/.test(ch) ? ch : '\\' + ch);
    }
    return out;
  }
  return null;
}

function expand(t: string, budget: { left: number }): string[] {
  let i = 0;
  while (i < t.length) {
    const k = skipOpaque(t, i);
    if (k >= 0) { i = k; continue; }
    if (t[i] !== '{') { i++; continue; }
    const m = matchBrace(t, i);
    if (!m) { i++; continue; }
    const body = t.slice(i + 1, m.close);
    let alts: string[] | null = null;
    if (m.commas.length > 0) {
      alts = [];
      let from = i + 1;
      for (const c of m.commas) { alts.push(t.slice(from, c)); from = c + 1; }
      alts.push(t.slice(from, m.close));
    } else {
      const seq = sequence(body);
      if (seq) alts = seq;
    }
    if (!alts) { i++; continue; }
    const pre = t.slice(0, i);
    const posts = expand(t.slice(m.close + 1), budget);
    const out: string[] = [];
    const nested = m.commas.length > 0;
    for (const alt of alts) {
      for (const x of nested ? expand(alt, budget) : [alt]) {
        for (const y of posts) {
          if (--budget.left < 0) throw new BraceLimit('brace expansion too large');
          out.push(pre + x + y);
        }
      }
    }
    return out;
  }
  return [t];
}

/** Brace-expand raw word text; a one-element array when nothing expands; null when the result
 *  would exceed MAX_BRACE_RESULTS words. (Braces nested deeper than the JS stack allows throw a
 *  RangeError: the caller leaves such a word unexpanded.) */
export function braceExpand(text: string): string[] | null {
  if (!text.includes('{')) return [text];
  try {
    return expand(text, { left: MAX_BRACE_RESULTS });
  } catch (e) {
    if (e instanceof BraceLimit) return null;
    throw e;
  }
}
