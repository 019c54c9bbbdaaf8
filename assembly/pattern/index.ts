// Shell pattern matching (bash fnmatch with extglob) on UTF-16 code units.
//
// Syntax: * ? [...] [!...] [^...] with ranges and [:class:], backslash escapes the next character,
// and with extglob ?(a|b) *(…) +(…) @(…) !(…). Patterns without extglob groups run through an
// iterative matcher with one backtrack point for the last '*' (linear-ish, never exponential);
// extglob groups recurse over split points.
//
// Helpers for ${x#pat} ${x%pat} ${x/pat/rep} work on index ranges of the subject, so no substrings
// are built while searching.

const BS: i32 = 92; // '\\'
const STAR: i32 = 42;
const QUEST: i32 = 63;
const LBRACK: i32 = 91;
const RBRACK: i32 = 93;
const LPAREN: i32 = 40;
const RPAREN: i32 = 41;
const BAR: i32 = 124;

@inline function lower(c: i32): i32 { return c >= 65 && c <= 90 ? c + 32 : c; }

/** Whole-string match of a shell pattern (backslash escapes a character). */
export function patternMatch(pattern: string, text: string, extglob: bool, nocase: bool): bool {
  return matchRange(pattern, 0, pattern.length, text, 0, text.length, extglob, nocase);
}

/** True when the pattern has an unescaped glob character (* ? [ or an extglob group). */
export function hasGlobChars(p: string, extglob: bool): bool {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c == BS) { i++; continue; }
    if (c == STAR || c == QUEST) return true;
    if (c == LBRACK && bracketEnd(p, i, p.length) > 0) return true;
    if (extglob && c == LPAREN && i > 0 && isExtOp(p.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Remove backslash escapes (a pattern that turned out literal). */
export function unescapePattern(p: string): string {
  if (p.indexOf('\\') < 0) return p;
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c == BS && i + 1 < p.length) { i++; out += String.fromCharCode(p.charCodeAt(i)); continue; }
    out += String.fromCharCode(c);
  }
  return out;
}

@inline function isExtOp(c: i32): bool { return c == QUEST || c == STAR || c == 43 || c == 64 || c == 33; }

/** Index just past the ')' closing the group whose '(' is at open, or -1. */
function groupEnd(p: string, open: i32, pe: i32): i32 {
  let depth = 0;
  for (let i = open; i < pe; i++) {
    const c = p.charCodeAt(i);
    if (c == BS) { i++; continue; }
    if (c == LBRACK) { const e = bracketEnd(p, i, pe); if (e > 0) { i = e - 1; continue; } }
    if (c == LPAREN) depth++;
    else if (c == RPAREN) { depth--; if (depth == 0) return i + 1; }
  }
  return -1;
}

/** Index just past the ']' of a bracket expression starting at '[' (at i), or -1 if unclosed. */
function bracketEnd(p: string, i: i32, pe: i32): i32 {
  let j = i + 1;
  if (j < pe && (p.charCodeAt(j) == 33 || p.charCodeAt(j) == 94)) j++;
  if (j < pe && p.charCodeAt(j) == RBRACK) j++;
  while (j < pe) {
    const c = p.charCodeAt(j);
    if (c == BS) { j += 2; continue; }
    if (c == LBRACK && j + 1 < pe && p.charCodeAt(j + 1) == 58) { // [:class:]
      const e = p.indexOf(':]', j + 2);
      if (e > 0 && e < pe) { j = e + 2; continue; }
    }
    if (c == RBRACK) return j + 1;
    j++;
  }
  return -1;
}

function classMatch(name: string, c: i32): bool {
  if (name == 'alpha') return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (name == 'digit') return c >= 48 && c <= 57;
  if (name == 'alnum') return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  if (name == 'upper') return c >= 65 && c <= 90;
  if (name == 'lower') return c >= 97 && c <= 122;
  if (name == 'space') return c == 32 || (c >= 9 && c <= 13);
  if (name == 'blank') return c == 32 || c == 9;
  if (name == 'punct') return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  if (name == 'print') return c >= 32 && c <= 126;
  if (name == 'graph') return c >= 33 && c <= 126;
  if (name == 'cntrl') return c < 32 || c == 127;
  if (name == 'xdigit') return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  if (name == 'word') return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 95;
  return false;
}

/** Does the bracket expression p[i..end) match character c? */
function bracketMatch(p: string, i: i32, end: i32, c: i32, nocase: bool): bool {
  let j = i + 1;
  let neg = false;
  if (p.charCodeAt(j) == 33 || p.charCodeAt(j) == 94) { neg = true; j++; }
  let hit = false;
  const lc = lower(c);
  const uc = c >= 97 && c <= 122 ? c - 32 : c;
  let first = true;
  while (j < end - 1) {
    let a = p.charCodeAt(j);
    if (a == RBRACK && !first) break;
    first = false;
    if (a == LBRACK && j + 1 < end && p.charCodeAt(j + 1) == 58) {
      const e = p.indexOf(':]', j + 2);
      if (e > 0 && e < end) {
        const name = p.substring(j + 2, e);
        if (classMatch(name, c) || (nocase && (classMatch(name, lc) || classMatch(name, uc)))) hit = true;
        j = e + 2;
        continue;
      }
    }
    if (a == BS && j + 1 < end - 1) { j++; a = p.charCodeAt(j); }
    j++;
    if (j + 1 < end && p.charCodeAt(j) == 45 && p.charCodeAt(j + 1) != RBRACK) { // range a-b
      j++;
      let b = p.charCodeAt(j);
      if (b == BS && j + 1 < end - 1) { j++; b = p.charCodeAt(j); }
      j++;
      if (c >= a && c <= b) hit = true;
      else if (nocase && ((lc >= a && lc <= b) || (uc >= a && uc <= b))) hit = true;
      continue;
    }
    if (a == c || (nocase && lower(a) == lc)) hit = true;
  }
  return hit != neg;
}

function hasExtGroup(p: string, pi: i32, pe: i32): bool {
  for (let i = pi; i + 1 < pe; i++) {
    const c = p.charCodeAt(i);
    if (c == BS) { i++; continue; }
    if (isExtOp(c) && p.charCodeAt(i + 1) == LPAREN) return true;
  }
  return false;
}

/** Match p[pi..pe) against s[si..se) entirely. */
export function matchRange(p: string, pi: i32, pe: i32, s: string, si: i32, se: i32, ext: bool, nocase: bool): bool {
  if (!ext || !hasExtGroup(p, pi, pe)) return simpleMatch(p, pi, pe, s, si, se, nocase);
  return extMatch(p, pi, pe, s, si, se, nocase, 0);
}

/** One pattern character at p[pi] (not '*', not an extglob group) against s[si]. Returns the
 *  pattern index after it, or -1 when it does not match. */
function stepOne(p: string, pi: i32, pe: i32, s: string, si: i32, nocase: bool): i32 {
  const c = p.charCodeAt(pi);
  const x = s.charCodeAt(si);
  if (c == QUEST) return pi + 1;
  if (c == LBRACK) {
    const e = bracketEnd(p, pi, pe);
    if (e > 0) return bracketMatch(p, pi, e, x, nocase) ? e : -1;
    return x == LBRACK ? pi + 1 : -1;
  }
  let lit = c;
  let next = pi + 1;
  if (c == BS && pi + 1 < pe) { lit = p.charCodeAt(pi + 1); next = pi + 2; }
  if (lit == x || (nocase && lower(lit) == lower(x))) return next;
  return -1;
}

/** Iterative matcher for * ? [..] and literals: remembers only the last '*'. */
function simpleMatch(p: string, pi: i32, pe: i32, s: string, si: i32, se: i32, nocase: bool): bool {
  let starP = -1;
  let starS = -1;
  while (si < se) {
    if (pi < pe && p.charCodeAt(pi) == STAR) {
      while (pi < pe && p.charCodeAt(pi) == STAR) pi++;
      if (pi == pe) return true;
      starP = pi; starS = si;
      continue;
    }
    if (pi < pe) {
      const n = stepOne(p, pi, pe, s, si, nocase);
      if (n >= 0) { pi = n; si++; continue; }
    }
    if (starP < 0) return false;
    starS++;
    si = starS; pi = starP;
  }
  while (pi < pe && p.charCodeAt(pi) == STAR) pi++;
  return pi == pe;
}

/** Does any '|' alternative of the group body p[a..b) match s[si..se)? */
function altMatch(p: string, a: i32, b: i32, s: string, si: i32, se: i32, nocase: bool, depth: i32): bool {
  let start = a;
  let d = 0;
  for (let i = a; i <= b; i++) {
    if (i == b) return extMatch(p, start, b, s, si, se, nocase, depth + 1);
    const c = p.charCodeAt(i);
    if (c == BS) { i++; continue; }
    if (c == LBRACK) { const e = bracketEnd(p, i, b); if (e > 0) { i = e - 1; continue; } }
    if (c == LPAREN) d++;
    else if (c == RPAREN) d--;
    else if (c == BAR && d == 0) {
      if (extMatch(p, start, i, s, si, se, nocase, depth + 1)) return true;
      start = i + 1;
    }
  }
  return false;
}

/** s[si..se) is a concatenation of one or more matches of the group body (for * and +). */
function repeatMatch(p: string, a: i32, b: i32, s: string, si: i32, se: i32, nocase: bool, depth: i32): bool {
  if (si == se) return altMatch(p, a, b, s, si, se, nocase, depth);
  for (let k = se; k > si; k--) {
    if (altMatch(p, a, b, s, si, k, nocase, depth) && (k == se || repeatMatch(p, a, b, s, k, se, nocase, depth))) return true;
  }
  return false;
}

function extMatch(p: string, pi: i32, pe: i32, s: string, si: i32, se: i32, nocase: bool, depth: i32): bool {
  if (depth > 64) return false;
  while (pi < pe) {
    const c = p.charCodeAt(pi);
    if (pi + 1 < pe && isExtOp(c) && p.charCodeAt(pi + 1) == LPAREN) {
      const end = groupEnd(p, pi + 1, pe);
      if (end > 0) {
        const a = pi + 2;
        const b = end - 1;
        for (let k = si; k <= se; k++) {
          let ok = false;
          if (c == 64) ok = altMatch(p, a, b, s, si, k, nocase, depth);
          else if (c == QUEST) ok = k == si || altMatch(p, a, b, s, si, k, nocase, depth);
          else if (c == STAR) ok = k == si || repeatMatch(p, a, b, s, si, k, nocase, depth);
          else if (c == 43) ok = repeatMatch(p, a, b, s, si, k, nocase, depth);
          else ok = !altMatch(p, a, b, s, si, k, nocase, depth);
          if (ok && matchRange(p, end, pe, s, k, se, true, nocase)) return true;
        }
        return false;
      }
    }
    if (c == STAR) {
      while (pi < pe && p.charCodeAt(pi) == STAR) pi++;
      if (pi == pe) return true;
      for (let k = si; k <= se; k++) if (matchRange(p, pi, pe, s, k, se, true, nocase)) return true;
      return false;
    }
    if (si >= se) return false;
    const n = stepOne(p, pi, pe, s, si, nocase);
    if (n < 0) return false;
    pi = n; si++;
  }
  return si == se;
}

// ---- helpers for ${x#pat} ${x%pat} ${x/pat/rep} -------------------------------------------

/** Number of characters every match of p has (literals, ?, [...] only), or -1 when it varies. */
export function fixedLength(p: string, ext: bool): i32 {
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c == STAR) return -1;
    if (ext && i + 1 < p.length && isExtOp(c) && p.charCodeAt(i + 1) == LPAREN) return -1;
    if (c == BS) { i++; n++; continue; }
    if (c == LBRACK) { const e = bracketEnd(p, i, p.length); if (e > 0) { i = e - 1; } }
    n++;
  }
  return n;
}

/** Length of the shortest (longest) prefix of s matching p, or -1. */
export function matchPrefix(p: string, s: string, longest: bool, ext: bool, nocase: bool): i32 {
  const n = s.length;
  const fl = fixedLength(p, ext);
  if (fl >= 0) return fl <= n && matchRange(p, 0, p.length, s, 0, fl, ext, nocase) ? fl : -1;
  if (longest) { for (let k = n; k >= 0; k--) if (matchRange(p, 0, p.length, s, 0, k, ext, nocase)) return k; }
  else { for (let k = 0; k <= n; k++) if (matchRange(p, 0, p.length, s, 0, k, ext, nocase)) return k; }
  return -1;
}

/** Start index of the shortest (longest) suffix of s matching p, or -1. */
export function matchSuffix(p: string, s: string, longest: bool, ext: bool, nocase: bool): i32 {
  const n = s.length;
  const fl = fixedLength(p, ext);
  if (fl >= 0) return fl <= n && matchRange(p, 0, p.length, s, n - fl, n, ext, nocase) ? n - fl : -1;
  if (longest) { for (let k = 0; k <= n; k++) if (matchRange(p, 0, p.length, s, k, n, ext, nocase)) return k; }
  else { for (let k = n; k >= 0; k--) if (matchRange(p, 0, p.length, s, k, n, ext, nocase)) return k; }
  return -1;
}
