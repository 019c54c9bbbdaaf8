// sort [-n -h -r -u -f -b -s -t SEP -k KEY... -o FILE] FILE...: C-locale byte order, GNU key
// syntax (-k F[.C][OPTS][,F[.C][OPTS]]), last-resort whole-line comparison unless -s or -u.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readLines, bytesOf } from './lib/text.js';
import { reportFileError, rethrowFatal } from './lib/run.js';
import { errorText, quote } from './lib/errors.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'sort';

interface KeyOpts { numeric: boolean; human: boolean; reverse: boolean; fold: boolean; blanks: boolean }
interface Key extends KeyOpts { f1: number; c1: number; f2: number; c2: number }

function keyOpts(s: string, base: KeyOpts): KeyOpts {
  const o = { ...base };
  for (const c of s) {
    if (c === 'n') o.numeric = true; else if (c === 'h') o.human = true; else if (c === 'r') o.reverse = true;
    else if (c === 'f') o.fold = true; else if (c === 'b') o.blanks = true;
  }
  return o;
}

function parseKey(spec: string, global: KeyOpts): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfghinMRrV]*)(?:,(\d+)(?:\.(\d+))?([bdfghinMRrV]*))?$/.exec(spec);
  if (!m || Number(m[1]) === 0) return null;
  const hasOwn = !!(m[3] || m[6]);
  const base = hasOwn ? { numeric: false, human: false, reverse: false, fold: false, blanks: false } : global;
  const o = keyOpts((m[3] ?? '') + (m[6] ?? ''), base);
  return { ...o, f1: Number(m[1]), c1: m[2] ? Number(m[2]) : 1, f2: m[4] ? Number(m[4]) : Infinity, c2: m[5] ? Number(m[5]) : 0 };
}

/** Field boundaries: with a separator, split on it; else a field is blanks + non-blanks. */
function fieldStarts(line: string, sep: string | null): [number, number][] {
  const out: [number, number][] = [];
  if (sep !== null) {
    let start = 0;
    for (;;) {
      const i = line.indexOf(sep, start);
      if (i < 0) { out.push([start, line.length]); break; }
      out.push([start, i]); start = i + 1;
    }
    return out;
  }
  const re = /[ \t]*[^ \t]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') out.push([m.index, m.index + m[0].length]);
  if (out.length === 0) out.push([0, 0]);
  return out;
}

function extract(line: string, k: Key, sep: string | null): string {
  const f = fieldStarts(line, sep);
  const a = f[k.f1 - 1];
  if (!a) return '';
  let s = a[0];
  if (k.blanks) while (s < a[1] && (line[s] === ' ' || line[s] === '\t')) s++;
  s = Math.min(s + k.c1 - 1, a[1]);
  let e = line.length;
  if (k.f2 !== Infinity) {
    const b = f[k.f2 - 1];
    if (b) {
      if (k.c2 === 0) e = b[1];
      else { let bs = b[0]; if (k.blanks) while (bs < b[1] && (line[bs] === ' ' || line[bs] === '\t')) bs++; e = Math.min(bs + k.c2, b[1]); }
    }
  }
  return e > s ? line.slice(s, e) : '';
}

const SUFFIX = ' KMGTPEZYRQ';
function numberOf(s: string, human: boolean): number {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?([KMGTPEZYRQk]?)/.exec(s);
  if (!m || (!m[2] && !m[3])) return 0;
  let v = Number(`${m[1]}${m[2] || '0'}.${m[3] || '0'}`);
  if (human && m[4]) v = (m[1] ? -1 : 1) * 1e30 * SUFFIX.indexOf(m[4].toUpperCase()) + v;
  return v;
}

function cmpStr(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

function compareKey(a: string, b: string, o: KeyOpts): number {
  let r: number;
  if (o.numeric || o.human) r = numberOf(a, o.human) - numberOf(b, o.human);
  else {
    if (o.blanks) { a = a.replace(/^[ \t]+/, ''); b = b.replace(/^[ \t]+/, ''); }
    r = o.fold ? cmpStr(a.toUpperCase(), b.toUpperCase()) : cmpStr(a, b);
  }
  r = Math.sign(r);
  return o.reverse ? -r : r;
}

export const sort: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'bcCdfghiMnRrsuVz', withArg: 'kotS',
    long: {
      'numeric-sort': ['n', 'none'], 'human-numeric-sort': ['h', 'none'], reverse: ['r', 'none'],
      unique: ['u', 'none'], 'ignore-case': ['f', 'none'], 'ignore-leading-blanks': ['b', 'none'], stable: ['s', 'none'],
      'field-separator': ['t', 'required'], key: ['k', 'required'], output: ['o', 'required'], check: ['c', 'optional'],
      'buffer-size': ['S', 'required'], parallel: ['parallel', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message, 2);
  const g: KeyOpts = { numeric: false, human: false, reverse: false, fold: false, blanks: false };
  let unique = false, stable = false, sep: string | null = null, output: string | null = null, check = false;
  const keySpecs: string[] = [];
  for (const o of parsed.options) {
    const v = o.value ?? '';
    switch (o.key) {
      case 'n': g.numeric = true; break;
      case 'h': g.human = true; break;
      case 'r': g.reverse = true; break;
      case 'f': g.fold = true; break;
      case 'b': g.blanks = true; break;
      case 'u': unique = true; break;
      case 's': stable = true; break;
      case 'c': case 'C': check = true; break;
      case 't':
        if (v.length !== 1) { await ctx.stderr.write(`${NAME}: ${v === '' ? 'empty tab' : `multi-character tab ${quote(v)}`}\n`); return 2; }
        sep = v; break;
      case 'k': keySpecs.push(v); break;
      case 'o': output = v; break;
    }
  }
  const keys: Key[] = [];
  for (const s of keySpecs) {
    const k = parseKey(s, g);
    if (!k) { await ctx.stderr.write(`${NAME}: invalid number at field start: invalid count at start of ${quote(s)}\n`); return 2; }
    keys.push(k);
  }
  const lines: string[] = [];
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    try { lines.push(...(await readLines(ctx, op))); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: cannot read: ${op}: ${errorText(e)}\n`);
      return 2;
    }
  }
  const cmp = (a: string, b: string): number => {
    if (keys.length === 0) {
      const r = compareKey(a, b, g);
      if (r !== 0 || stable || unique) return r;
    } else {
      for (const k of keys) {
        const r = compareKey(extract(a, k, sep), extract(b, k, sep), k);
        if (r !== 0) return r;
      }
      if (stable || unique) return 0;
    }
    const r = cmpStr(a, b);
    return g.reverse ? -r : r;
  };
  if (check) {
    for (let i = 1; i < lines.length; i++) {
      const r = cmp(lines[i - 1] as string, lines[i] as string);
      if (r > 0 || (unique && r === 0)) {
        await ctx.stderr.write(`${NAME}: ${parsed.operands[0] ?? '-'}:${i + 1}: disorder: ${lines[i]}\n`);
        return 1;
      }
    }
    return 0;
  }
  const sorted = lines.map((l, i) => [l, i] as const).sort((x, y) => cmp(x[0], y[0]) || x[1] - y[1]).map((x) => x[0]);
  const result = unique ? sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1] as string, l) !== 0) : sorted;
  const text = bytesOf(result.map((l) => l + '\n').join(''));
  if (output !== null) {
    try { await ctx.fs.writeFile(resolvePath(ctx.cwd, output), text); } catch (e) { await reportFileError(ctx, NAME, output, e); return 2; }
    return 0;
  }
  const out = new OutBuffer(ctx.stdout);
  await out.write(text);
  await out.flush();
  return 0;
};
