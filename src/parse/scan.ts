// Character-level scanning of bash source: where a word ends, where blanks end, which operator
// starts at an index. Shared by the simple-command scanner and the fallback parser.
//
// Contract: every function takes the whole source and an index (UTF-16 code units, the same units
// tree-sitter reports) and returns an index; none allocates or throws. An unterminated quote or
// substitution makes wordEnd return src.length and sets `scanState.unclosed` to the missing closer.

/** Set when a scan ran off the end: the missing closer and the index of the opening character. */
export const scanState = { unclosed: '', unclosedAt: -1 };

const isBlankCh = (c: number): boolean => c === 32 || c === 9;

/** Skip spaces, tabs and backslash-newline pairs. */
export function skipBlanks(src: string, i: number): number {
  for (;;) {
    const c = src.charCodeAt(i);
    if (isBlankCh(c)) { i++; continue; }
    if (c === 92 /* \ */ && src.charCodeAt(i + 1) === 10) { i += 2; continue; }
    return i;
  }
}

/** Skip a comment starting at i ('#') up to (not including) the newline. */
export function skipComment(src: string, i: number): number {
  const nl = src.indexOf('\n', i);
  return nl < 0 ? src.length : nl;
}

/** Characters that end an unquoted word. */
export function isMeta(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 124 /* | */ || c === 38 /* & */ || c === 59 /* ; */ ||
    c === 40 /* ( */ || c === 41 /* ) */ || c === 60 /* < */ || c === 62 /* > */ || Number.isNaN(c);
}

function sqEnd(src: string, i: number): number {
  // i is just after the opening '
  const j = src.indexOf("'", i);
  if (j < 0) { scanState.unclosed = "'"; scanState.unclosedAt = i - 1; return src.length; }
  return j + 1;
}

function ansiEnd(src: string, i: number): number {
  // i just after $'
  const start = i;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 39) return i + 1;
    i++;
  }
  scanState.unclosed = "'";
  scanState.unclosedAt = start - 2;
  return n;
}

function bqEnd(src: string, i: number): number {
  // i just after the opening `
  const start = i;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 96) return i + 1;
    i++;
  }
  scanState.unclosed = '`';
  scanState.unclosedAt = start - 1;
  return n;
}

/** End of "…" (i just after the opening quote). */
export function dqEnd(src: string, i: number): number {
  const n = src.length;
  const start = i;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 34) return i + 1;
    if (c === 96) { i = bqEnd(src, i + 1); continue; }
    if (c === 36) {
      // inside "…", $' and $" are a plain dollar followed by a quote character
      const d = src.charCodeAt(i + 1);
      if (d === 39 || d === 34) { i++; continue; }
      i = dollarEnd(src, i);
      continue;
    }
    i++;
  }
  scanState.unclosed = '"';
  scanState.unclosedAt = start - 1;
  return n;
}

/** End of ${…} (i just after the '{'). Quotes inside are honoured. */
function braceParamEnd(src: string, i: number): number {
  const n = src.length;
  const start = i;
  let depth = 1;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 39) { i = sqEnd(src, i + 1); continue; }
    if (c === 34) { i = dqEnd(src, i + 1); continue; }
    if (c === 96) { i = bqEnd(src, i + 1); continue; }
    if (c === 36) { const j = dollarEnd(src, i); if (j > i + 1) { i = j; continue; } }
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i + 1;
    i++;
  }
  scanState.unclosed = '}';
  scanState.unclosedAt = start - 2;
  return n;
}

/** End of a parenthesised region ($(…), <(…), @(…), $((…))) with i just after the '('.
 *  Tracks quotes, comments (only for command text) and nested parens; case patterns `x)` inside
 *  $(…) are the known imprecision (bash parses those fully). */
export function parenEnd(src: string, i: number, commands: boolean): number {
  const n = src.length;
  let depth = 1;
  let wordStart = true;
  // `case … in pat) …;; esac` inside $(…): a pattern's `)` does not close the substitution
  let cases = 0;
  let inPattern = false;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (commands && wordStart && (c === 99 || c === 101 || c === 105) /* c e i */) {
      const e = wordEnd(src, i);
      const w = src.slice(i, e);
      if (w === 'case') cases++;
      else if (w === 'esac' && cases > 0) { cases--; inPattern = false; }
      else if (w === 'in' && cases > 0) inPattern = true;
      if (e > i) { i = e; wordStart = false; continue; }
    }
    if (commands && inPattern && c === 41 && depth === 1) { inPattern = false; i++; wordStart = true; continue; }
    if (commands && cases > 0 && c === 59 && src.charCodeAt(i + 1) === 59) {
      inPattern = true;
      i += src.charCodeAt(i + 2) === 38 ? 3 : 2;
      wordStart = true;
      continue;
    }
    if (commands && cases > 0 && c === 59 && src.charCodeAt(i + 1) === 38) { inPattern = true; i += 2; wordStart = true; continue; }
    if (c === 92) { i += 2; wordStart = false; continue; }
    if (c === 39) { i = sqEnd(src, i + 1); wordStart = false; continue; }
    if (c === 34) { i = dqEnd(src, i + 1); wordStart = false; continue; }
    if (c === 96) { i = bqEnd(src, i + 1); wordStart = false; continue; }
    if (c === 36) { const j = dollarEnd(src, i); if (j > i + 1) { i = j; wordStart = false; continue; } }
    if (commands && c === 35 /* # */ && wordStart) { i = skipComment(src, i); continue; }
    if (commands && c === 60 && src.charCodeAt(i + 1) === 60 && src.charCodeAt(i + 2) !== 60) {
      // a here-doc inside $(…): skip its body so a ')' in it does not close the substitution
      const j = heredocInParen(src, i);
      if (j > i) { i = j; continue; }
    }
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
    wordStart = isMeta(c);
    i++;
  }
  scanState.unclosed = ')';
  scanState.unclosedAt = n;
  return n;
}

/** Inside $(…): at `<<`, skip the delimiter word; the body is skipped when the line ends.
 *  Returns the index after the delimiter word (bodies are then ordinary text up to the delimiter
 *  line, which the paren counter handles unless the body holds an unbalanced paren). */
function heredocInParen(src: string, i: number): number {
  let j = i + 2;
  if (src.charCodeAt(j) === 45) j++;
  j = skipBlanks(src, j);
  const e = wordEnd(src, j);
  if (e === j) return i;
  const delim = unquoteDelimiter(src.slice(j, e)).text;
  const nl = src.indexOf('\n', e);
  if (nl < 0) return e;
  // text from e to nl is scanned normally by the caller; we only jump when the rest of the line
  // has no parens, the common case.
  const rest = src.slice(e, nl);
  if (/[()'"`\\]/.test(rest)) return e;
  const end = findHeredocEnd(src, nl + 1, delim, src.charCodeAt(i + 2) === 45);
  return end.next;
}

/** End of a $-construct starting at i (src[i] === '$'); returns i + 1 when nothing special follows. */
export function dollarEnd(src: string, i: number): number {
  const c = src.charCodeAt(i + 1);
  if (c === 40 /* ( */) {
    if (src.charCodeAt(i + 2) === 40) {
      // $(( … )): arithmetic, but `$( (a) )`-like command text also starts this way
      return parenEnd(src, i + 2, false);
    }
    return parenEnd(src, i + 2, true);
  }
  if (c === 123 /* { */) return braceParamEnd(src, i + 2);
  if (c === 39 /* ' */) return ansiEnd(src, i + 2);
  if (c === 34 /* " */) return dqEnd(src, i + 2);
  if (c === 91 /* [ */) return parenLikeEnd(src, i + 2, 91, 93);
  return i + 1;
}

function parenLikeEnd(src: string, i: number, open: number, close: number): number {
  let depth = 1;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
    i++;
  }
  return n;
}

/** End of the word starting at i (i itself when src[i] is a blank or a metacharacter).
 *  Extglob groups (?(…) *(…) +(…) @(…) !(…)) and process substitutions at word start are part of
 *  the word. `[…]` subscripts of an assignment name are honoured when `assignName` is true. */
export function wordEnd(src: string, i: number): number {
  const n = src.length;
  const start = i;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (src.charCodeAt(i + 1) === 10 && i + 2 <= n) { i += 2; continue; }
      i = Math.min(n, i + 2);
      continue;
    }
    if (c === 39) { i = sqEnd(src, i + 1); continue; }
    if (c === 34) { i = dqEnd(src, i + 1); continue; }
    if (c === 96) { i = bqEnd(src, i + 1); continue; }
    if (c === 36) { i = dollarEnd(src, i); continue; }
    if (c === 40 /* ( */) {
      const p = src.charCodeAt(i - 1);
      if (i > start && (p === 63 || p === 42 || p === 43 || p === 64 || p === 33)) {
        i = parenEnd(src, i + 1, false);
        continue;
      }
      return i;
    }
    if ((c === 60 || c === 62) && i === start && src.charCodeAt(i + 1) === 40) {
      i = parenEnd(src, i + 2, true);
      continue;
    }
    if (c === 91 /* [ */ && i > start && isAssignPrefix(src, start, i)) {
      // NAME[subscript] of an assignment: blanks inside the brackets do not end the word
      const j = parenLikeEnd(src, i + 1, 91, 93);
      if (j <= n && (src.charCodeAt(j) === 61 || (src.charCodeAt(j) === 43 && src.charCodeAt(j + 1) === 61))) { i = j; continue; }
    }
    if (isMeta(c)) return i;
    i++;
  }
  return n;
}

function isAssignPrefix(src: string, start: number, i: number): boolean {
  for (let k = start; k < i; k++) {
    const c = src.charCodeAt(k);
    const ok = c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (k > start && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

/** Bash's rule for a here-doc delimiter word: quote removal; quoted when any quote char or
 *  backslash appears. */
export function unquoteDelimiter(word: string): { text: string; quoted: boolean } {
  let out = '';
  let quoted = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\') { quoted = true; i++; if (i < word.length) out += word[i]; continue; }
    if (ch === "'" || ch === '"') {
      quoted = true;
      const j = word.indexOf(ch, i + 1);
      const e = j < 0 ? word.length : j;
      out += word.slice(i + 1, e);
      i = e;
      continue;
    }
    if (ch === '$' && (word[i + 1] === "'" || word[i + 1] === '"')) continue;
    out += ch;
  }
  return { text: out, quoted };
}

/** Find the end of a here-doc body that starts at `start`: the first line equal to `delim`
 *  (after leading tabs when `stripTabs`). Returns the body text end (start of the delimiter line)
 *  and the index after the delimiter line; found=false when the input ended first (bash warns and
 *  takes everything). */
export function findHeredocEnd(src: string, start: number, delim: string, stripTabs: boolean):
  { bodyEnd: number; next: number; found: boolean } {
  let i = start;
  const n = src.length;
  while (i < n) {
    let nl = src.indexOf('\n', i);
    if (nl < 0) nl = n;
    let ls = i;
    if (stripTabs) while (src.charCodeAt(ls) === 9) ls++;
    if (nl - ls === delim.length && src.startsWith(delim, ls)) {
      return { bodyEnd: i, next: nl < n ? nl + 1 : n, found: true };
    }
    i = nl + 1;
  }
  return { bodyEnd: n, next: n, found: false };
}
