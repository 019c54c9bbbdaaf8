// Regex compilation (awk ERE → JS RegExp, cached), field splitting and sub/gsub replacement.
import { translate, RegexError } from '../lib/posix-regex.js';
import { unescape } from './lexer.js';
import { AwkError } from './values.js';

const cache = new Map<string, RegExp>();
const gcache = new Map<string, RegExp>();

/** Compile an awk regex. literal: source of a /…/ token (escapes not yet processed). global: a
 *  'g' RegExp for scanning with lastIndex. */
export function compileRegex(src: string, literal: boolean, global: boolean): RegExp {
  const key = (literal ? 'L' : 'D') + src;
  const c = global ? gcache : cache;
  let re = c.get(key);
  if (re) { re.lastIndex = 0; return re; }
  try {
    const t = translate(unescape(src, true), true);
    re = new RegExp(t.source, global ? 'gs' : 's');
  } catch (e) {
    if (e instanceof RegexError || e instanceof SyntaxError) throw new AwkError(`regular expression compile failed (${e instanceof RegexError ? e.message : 'bad regex'})\n${src}`);
    throw e;
  }
  if (c.size > 500) c.clear();
  c.set(key, re);
  return re;
}

export type Splitter = { kind: 'space' } | { kind: 'char'; c: string } | { kind: 'chars' } | { kind: 're'; re: RegExp };
export const defaultSplit: Splitter = { kind: 'space' };

/** FS semantics: " " splits on blank runs (and newlines), another single character literally
 *  (tab included), "" into characters, anything longer as a regex. In paragraph mode a newline
 *  always separates fields too. */
export function makeSplitter(fs: string, para: boolean): Splitter {
  if (fs === ' ') return defaultSplit;
  if (fs === '') return { kind: 'chars' };
  if (fs.length === 1 && fs !== '\\' && !para) return { kind: 'char', c: fs };
  const src = fs.length === 1 ? fs.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') : fs;
  if (para) return { kind: 're', re: compileRegex(`(${src})|\n`, false, true) };
  return { kind: 're', re: compileRegex(src, false, true) };
}

export function splitFields(s: string, sp: Splitter): string[] {
  switch (sp.kind) {
    case 'space': {
      const out: string[] = [];
      const n = s.length;
      let i = 0;
      for (;;) {
        while (i < n) { const c = s.charCodeAt(i); if (c !== 32 && c !== 9 && c !== 10) break; i++; }
        if (i >= n) return out;
        const st = i;
        while (i < n) { const c = s.charCodeAt(i); if (c === 32 || c === 9 || c === 10) break; i++; }
        out.push(s.slice(st, i));
      }
    }
    case 'char': return s === '' ? [] : s.split(sp.c);
    case 'chars': return [...s];
    case 're': {
      if (s === '') return [];
      const out: string[] = [];
      const re = sp.re;
      let pos = 0, from = 0;
      while (from <= s.length) {
        re.lastIndex = from;
        const m = re.exec(s);
        if (!m) break;
        if (m[0].length === 0) { from = m.index + 1; continue; }
        out.push(s.slice(pos, m.index));
        pos = from = m.index + m[0].length;
      }
      out.push(s.slice(pos));
      return out;
    }
  }
}

/** Replace the first (or every) match of re in s; '&' in repl is the match, '\&' a literal '&',
 *  '\\' a backslash. Returns [result, count]. */
export function gsubString(s: string, re: RegExp, repl: string, global: boolean): [string, number] {
  const g = re.global ? re : new RegExp(re.source, 'gs');
  const hasSpecial = repl.includes('&') || repl.includes('\\');
  const expand = (m: string): string => {
    if (!hasSpecial) return repl;
    let out = '';
    for (let i = 0; i < repl.length; i++) {
      const c = repl[i] as string;
      if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) { out += repl[++i]; continue; }
      out += c === '&' ? m : c;
    }
    return out;
  };
  let out = '';
  let pos = 0, n = 0, lastEnd = -1;
  while (pos <= s.length) {
    g.lastIndex = pos;
    const m = g.exec(s);
    if (!m) break;
    const st = m.index, len = m[0].length;
    if (len === 0) {
      if (st === lastEnd) {
        if (st < s.length) out += s.slice(pos, st + 1);
        pos = st + 1;
        continue;
      }
      out += s.slice(pos, st) + expand('');
      n++;
      if (st < s.length) out += s[st];
      pos = st + 1;
    } else {
      out += s.slice(pos, st) + expand(m[0]);
      n++;
      pos = st + len;
      lastEnd = pos;
    }
    if (!global) break;
  }
  if (n === 0) return [s, 0];
  if (pos < s.length) out += s.slice(pos);
  return [out, n];
}
