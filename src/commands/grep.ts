// grep: select lines matching POSIX patterns (translated to JS RegExp; -P passes the pattern to
// RegExp as is). Lines are decoded as UTF-8, or byte-per-char when a block is not valid UTF-8,
// so output bytes equal input bytes. A file holding a NUL byte is binary: the first match
// prints "grep: F: binary file matches" (stderr, as grep 3.8) and ends that file.
// Status: 0 a line was selected, 1 none, 2 error (0 with -q once a line was selected).
import type { Command, CommandContext } from './types.js';
import { parseArgs } from './lib/args.js';
import { inputChunks, OutBuffer } from './lib/io.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal, checkAbort } from './lib/run.js';
import { translate, escapeLiteral, RegexError } from './lib/posix-regex.js';
import { globToRegExp } from './lib/glob.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'grep';

interface Opts {
  invert: boolean; count: boolean; listMatch: boolean; listNoMatch: boolean; lineNumbers: boolean;
  names: boolean | null; only: boolean; quiet: boolean; silent: boolean; recursive: 0 | 1 | 2;
  before: number; after: number; maxCount: number; binaryText: boolean; binaryNone: boolean;
  include: RegExp[]; exclude: RegExp[]; excludeDir: RegExp[]; label: string;
}

/** Thrown to end everything at the first selected line under -q. */
class QuietMatch extends Error {}

const usage = async (ctx: CommandContext, msg?: string): Promise<number> => {
  await ctx.stderr.write(`${msg ? `${NAME}: ${msg}\n` : ''}Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
  return 2;
};

export const grep: Command = async (ctx) => {
  const args = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? '-C' + a.slice(1) : a));
  const parsed = parseArgs(args, {
    flags: 'EFGPiyvclLnhHoqsrRwxaIUzT',
    withArg: 'efABCmd',
    long: {
      'extended-regexp': ['E', 'none'], 'fixed-strings': ['F', 'none'], 'basic-regexp': ['G', 'none'],
      'perl-regexp': ['P', 'none'], 'ignore-case': ['i', 'none'], 'no-ignore-case': ['noi', 'none'],
      'invert-match': ['v', 'none'], count: ['c', 'none'], 'files-with-matches': ['l', 'none'],
      'files-without-match': ['L', 'none'], 'line-number': ['n', 'none'], 'no-filename': ['h', 'none'],
      'with-filename': ['H', 'none'], 'only-matching': ['o', 'none'], quiet: ['q', 'none'], silent: ['q', 'none'],
      'no-messages': ['s', 'none'], recursive: ['r', 'none'], 'dereference-recursive': ['R', 'none'],
      'word-regexp': ['w', 'none'], 'line-regexp': ['x', 'none'], regexp: ['e', 'required'], file: ['f', 'required'],
      'after-context': ['A', 'required'], 'before-context': ['B', 'required'], context: ['C', 'required'],
      'max-count': ['m', 'required'], include: ['include', 'required'], exclude: ['exclude', 'required'],
      'exclude-dir': ['exclude-dir', 'required'], color: ['color', 'optional'], colour: ['color', 'optional'],
      text: ['a', 'none'], 'binary-files': ['binary-files', 'required'], label: ['label', 'required'],
      'line-buffered': ['lb', 'none'], 'null-data': ['z', 'none'], directories: ['d', 'required'],
    },
  });
  if (!parsed.ok) return usage(ctx, parsed.message);
  const o: Opts = {
    invert: false, count: false, listMatch: false, listNoMatch: false, lineNumbers: false, names: null,
    only: false, quiet: false, silent: false, recursive: 0, before: 0, after: 0, maxCount: Infinity,
    binaryText: false, binaryNone: false, include: [], exclude: [], excludeDir: [], label: '(standard input)',
  };
  let syntax: 'G' | 'E' | 'F' | 'P' = ctx.argv[0] === 'egrep' ? 'E' : ctx.argv[0] === 'fgrep' ? 'F' : 'G';
  let icase = false, word = false, line = false;
  const patterns: string[] = [];
  let havePatterns = false;
  for (const opt of parsed.options) {
    const v = opt.value ?? '';
    switch (opt.key) {
      case 'E': case 'F': case 'G': case 'P': syntax = opt.key; break;
      case 'i': case 'y': icase = true; break;
      case 'noi': icase = false; break;
      case 'v': o.invert = true; break;
      case 'c': o.count = true; break;
      case 'l': o.listMatch = true; o.listNoMatch = false; break;
      case 'L': o.listNoMatch = true; o.listMatch = false; break;
      case 'n': o.lineNumbers = true; break;
      case 'h': o.names = false; break;
      case 'H': o.names = true; break;
      case 'o': o.only = true; break;
      case 'q': o.quiet = true; break;
      case 's': o.silent = true; break;
      case 'r': if (o.recursive < 1) o.recursive = 1; break;
      case 'R': o.recursive = 2; break;
      case 'w': word = true; break;
      case 'x': line = true; break;
      case 'a': o.binaryText = true; break;
      case 'I': o.binaryNone = true; break;
      case 'binary-files':
        if (v === 'text') o.binaryText = true; else if (v === 'without-match') o.binaryNone = true;
        else if (v !== 'binary') return usage(ctx, 'invalid argument ' + `'${v}' for '--binary-files'`);
        break;
      case 'e': patterns.push(...v.split('\n')); havePatterns = true; break;
      case 'f': {
        try {
          const text = new TextDecoder().decode(await ctx.fs.readFile(resolvePath(ctx.cwd, v)));
          const lines = text.split('\n');
          if (lines[lines.length - 1] === '') lines.pop();
          patterns.push(...lines);
          havePatterns = true;
        } catch (e) {
          rethrowFatal(e);
          await ctx.stderr.write(`${NAME}: ${v}: ${errorText(e)}\n`);
          return 2;
        }
        break;
      }
      case 'A': case 'B': case 'C': {
        if (!/^\d+$/.test(v)) { await ctx.stderr.write(`${NAME}: ${v}: invalid context length argument\n`); return 2; }
        const n = Number(v);
        if (opt.key !== 'A') o.before = n;
        if (opt.key !== 'B') o.after = n;
        break;
      }
      case 'm': {
        if (!/^-?\d+$/.test(v)) { await ctx.stderr.write(`${NAME}: invalid max count\n`); return 2; }
        o.maxCount = Number(v) < 0 ? Infinity : Number(v);
        break;
      }
      case 'include': o.include.push(globToRegExp(v)); break;
      case 'exclude': o.exclude.push(globToRegExp(v)); break;
      case 'exclude-dir': o.excludeDir.push(globToRegExp(v)); break;
      case 'label': o.label = v; break;
      case 'color': break;
    }
  }
  const operands = [...parsed.operands];
  if (!havePatterns) {
    const p = operands.shift();
    if (p === undefined) return usage(ctx);
    patterns.push(...p.split('\n'));
  }

  if (syntax === 'E' && patterns.some((p) => /^\*|[(|]\*/.test(p))) {
    await ctx.stderr.write(`${NAME}: warning: * at start of expression\n`);
  }
  let re: RegExp;
  try {
    re = compile(patterns, syntax, icase, word, line);
  } catch (e) {
    if (e instanceof RegexError || e instanceof SyntaxError) {
      await ctx.stderr.write(`${NAME}: ${e instanceof RegexError ? e.message : 'Invalid regular expression'}\n`);
      return 2;
    }
    throw e;
  }

  const files = operands.length ? operands : [o.recursive ? '.' : '-'];
  const implicitDot = operands.length === 0 && o.recursive > 0;
  // Without -h/-H, names are shown for several operands or for files found by recursion.
  const multi = files.length > 1;
  const out = new OutBuffer(ctx.stdout);
  const state = { selected: false, error: false };
  const matcher = new LineMatcher(re, o);
  try {
    for (const f of files) {
      if (f === '-') { await searchOne(ctx, out, matcher, '-', o.label, o, state, o.names ?? multi); continue; }
      await searchPath(ctx, out, matcher, f, implicitDot ? '' : f, o, state, true, multi);
    }
  } catch (e) {
    if (e instanceof QuietMatch) { await out.flush(); return 0; }
    throw e;
  }
  await out.flush();
  if (state.error && !(o.quiet && state.selected)) return 2;
  return state.selected ? 0 : 1;
};

/** Join all patterns into one RegExp (each pattern's back-references renumbered). */
function compile(patterns: string[], syntax: 'G' | 'E' | 'F' | 'P', icase: boolean, word: boolean, line: boolean): RegExp {
  const parts: string[] = [];
  let groups = 0;
  for (const p of patterns) {
    if (syntax === 'F') parts.push(escapeLiteral(p));
    else if (syntax === 'P') parts.push(p);
    else {
      const t = translate(p, syntax === 'E', icase, groups);
      groups += t.groups;
      parts.push(t.source);
    }
  }
  let src = parts.map((p) => `(?:${p})`).join('|');
  if (line) src = `^(?:${src})$`;
  else if (word) {
    // Word constituents are letters, digits and '_' (non-ASCII letters too, where the pattern
    // also compiles in Unicode mode).
    try {
      return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`, 'gu' + (icase ? 'i' : ''));
    } catch {
      src = `(?<!\\w)(?:${src})(?!\\w)`;
    }
  }
  return new RegExp(src, 'g' + (icase ? 'i' : ''));
}

/** Tests one decoded line; collects -o matches. */
class LineMatcher {
  private readonly block: RegExp | null;
  /** True when a whole-block multiline search finds every line a per-line test would. */
  readonly blockSearchable: boolean;
  constructor(private readonly re: RegExp, private readonly o: Opts) {
    // Buffer anchors (\` \') would mean block edges; an empty match would select every line.
    const ok = !re.source.includes('(?<![\\s\\S])') && !re.source.includes('(?![\\s\\S])') && !re.test('');
    re.lastIndex = 0;
    this.block = ok ? new RegExp(re.source, re.flags + 'm') : null;
    this.blockSearchable = ok;
  }
  /** Index of the first match at or after from in a multi-line block, or -1. */
  searchFrom(text: string, from: number): number {
    const b = this.block as RegExp;
    b.lastIndex = from;
    const m = b.exec(text);
    return m ? m.index : -1;
  }
  test(line: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(line) !== this.o.invert;
  }
  matches(line: string): string[] {
    const found: string[] = [];
    this.re.lastIndex = 0;
    for (;;) {
      const m = this.re.exec(line);
      if (!m) break;
      if (m[0] === '') { this.re.lastIndex++; if (this.re.lastIndex > line.length) break; continue; }
      found.push(m[0]);
    }
    return found;
  }
}

interface State { selected: boolean; error: boolean }

async function report(ctx: CommandContext, o: Opts, state: State, name: string, text: string): Promise<void> {
  state.error = true;
  if (!o.silent) await ctx.stderr.write(`${NAME}: ${name}: ${text}\n`);
}

/** A command-line operand or a file met while recursing. */
async function searchPath(ctx: CommandContext, out: OutBuffer, m: LineMatcher, path: string, shown: string, o: Opts, state: State, top: boolean, multi: boolean): Promise<void> {
  checkAbort(ctx);
  const abs = resolvePath(ctx.cwd, path);
  const display = shown === '' ? path : shown;
  let st;
  try {
    st = top || o.recursive === 2 ? await ctx.fs.stat(abs) : await ctx.fs.lstat(abs);
  } catch (e) {
    rethrowFatal(e);
    await out.flush();
    await report(ctx, o, state, display, errorText(e));
    return;
  }
  const base = abs.slice(abs.lastIndexOf('/') + 1);
  if (st.type === 'symlink') return;
  if (st.type === 'dir') {
    if (!o.recursive) {
      await out.flush();
      await report(ctx, o, state, display, 'Is a directory');
      if (o.count) await out.write(((o.names ?? multi) ? display + ':' : '') + '0\n');
      return;
    }
    if (!top && o.excludeDir.some((r) => r.test(base))) return;
    let entries;
    try { entries = await ctx.fs.readdir(abs); } catch (e) {
      rethrowFatal(e);
      await report(ctx, o, state, display, errorText(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const childShown = shown === '' ? ent.name : shown.endsWith('/') ? shown + ent.name : shown + '/' + ent.name;
      await searchPath(ctx, out, m, (abs === '/' ? '' : abs) + '/' + ent.name, childShown, o, state, false, true);
    }
    return;
  }
  if (o.include.length && !o.include.some((r) => r.test(base))) return;
  if (o.exclude.some((r) => r.test(base))) return;
  await searchOne(ctx, out, m, abs, display, o, state, o.names ?? multi);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Search one file or stdin ('-'). Lines are handled synchronously per block; output is
 *  pushed into the buffer and flushed between blocks. Without -v and context, the block is
 *  searched as a whole and only lines holding a match are looked at. */
async function searchOne(ctx: CommandContext, out: OutBuffer, m: LineMatcher, path: string, name: string, o: Opts, state: State, showName: boolean): Promise<void> {
  const prefixName = showName ? name : null;
  let count = 0;
  let lineNo = 0;
  let lastPrinted = 0;
  let afterLeft = 0;
  const before: { n: number; text: string; raw: boolean }[] = [];
  let binary = false;
  let done = false;
  let carry: Uint8Array = new Uint8Array(0);
  const contextUsed = (o.before > 0 || o.after > 0) && !o.count && !o.listMatch && !o.listNoMatch && !o.only;
  const fast = !o.invert && !contextUsed && m.blockSearchable;
  const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

  const emitLine = (n: number, text: string, raw: boolean, sep: string): void => {
    if (contextUsed && lastPrinted > 0 && n > lastPrinted + 1) out.push('--\n');
    lastPrinted = n;
    if (prefixName !== null) out.push(prefixName + sep);
    if (o.lineNumbers) out.push(n + sep);
    out.push(raw ? bytes(text) : text);
    out.push('\n');
  };

  /** A selected line; returns false when this file is finished. */
  const selected = (text: string, raw: boolean): boolean => {
    if (count >= o.maxCount) return false;
    count++;
    state.selected = true;
    if (o.quiet) throw new QuietMatch();
    if (o.listMatch || o.listNoMatch) return false;
    if (binary && !o.binaryText) return false;
    if (o.count) return count < o.maxCount;
    if (o.only) {
      if (!o.invert) {
        for (const piece of m.matches(text)) {
          if (prefixName !== null) out.push(prefixName + ':');
          if (o.lineNumbers) out.push(lineNo + ':');
          out.push(raw ? bytes(piece) : piece);
          out.push('\n');
        }
      }
    } else {
      for (const b of before) emitLine(b.n, b.text, b.raw, '-');
      before.length = 0;
      emitLine(lineNo, text, raw, ':');
      afterLeft = o.after;
    }
    return !(count >= o.maxCount && afterLeft === 0);
  };

  const handle = (text: string, raw: boolean): void => {
    lineNo++;
    if (m.test(text)) { if (!selected(text, raw)) done = true; return; }
    if (afterLeft > 0 && contextUsed) { afterLeft--; emitLine(lineNo, text, raw, '-'); }
    else if (o.before > 0 && contextUsed) { before.push({ n: lineNo, text, raw }); if (before.length > o.before) before.shift(); }
    if (count >= o.maxCount && afterLeft === 0) done = true;
  };

  /** Whole-block search: only lines holding a match are split out. */
  const scanBlock = (text: string, raw: boolean): void => {
    let pos = 0; // start of the next line not yet looked at
    while (!done && pos <= text.length) {
      const at = m.searchFrom(text, pos);
      const lineEndOf = (i: number): number => { const e = text.indexOf('\n', i); return e < 0 ? text.length : e; };
      if (at < 0) {
        if (o.lineNumbers) lineNo += countLines(text, pos, text.length) + 1;
        return;
      }
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = lineEndOf(at);
      if (o.lineNumbers) lineNo += countLines(text, pos, start);
      lineNo++;
      const line = text.slice(start, end);
      // The block match may cross a newline ([^x], \s): the line must match on its own.
      if (m.test(line) && !selected(line, raw)) done = true;
      pos = end + 1;
    }
  };

  const feed = (block: Uint8Array): void => {
    let text: string;
    let raw = false;
    try { text = utf8.decode(block); } catch { text = latin1.decode(block); raw = true; }
    if (fast) { scanBlock(text, raw); return; }
    let start = 0;
    while (!done) {
      const nl = text.indexOf('\n', start);
      handle(text.slice(start, nl < 0 ? undefined : nl), raw);
      if (nl < 0) break;
      start = nl + 1;
    }
  };

  try {
    for await (const chunk of inputChunks(ctx, path)) {
      if (!binary && !o.binaryText && chunk.indexOf(0) >= 0) {
        binary = true;
        if (o.binaryNone) return;
      }
      const nl = chunk.lastIndexOf(10);
      if (nl < 0) { carry = concat(carry, chunk); continue; }
      const block = concat(carry, chunk.subarray(0, nl));
      carry = chunk.slice(nl + 1);
      feed(block);
      await out.flushIfFull();
      if (done) break;
      checkAbort(ctx);
    }
    if (!done && carry.length > 0) feed(carry);
  } catch (e) {
    if (e instanceof QuietMatch) throw e;
    rethrowFatal(e);
    await out.flush();
    await report(ctx, o, state, name, errorText(e));
    return;
  }
  if (o.count) out.push((prefixName !== null ? prefixName + ':' : '') + count + '\n');
  if (o.listMatch && count > 0) out.push(name + '\n');
  if (o.listNoMatch && count === 0) out.push(name + '\n');
  await out.flushIfFull();
  if (binary && !o.binaryText && count > 0 && !o.count && !o.listMatch && !o.listNoMatch) {
    await out.flush();
    await ctx.stderr.write(`${NAME}: ${name}: binary file matches\n`);
  }
}

/** Number of '\n' in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const out = new Uint8Array(a.length + b.length);
  out.set(a); out.set(b, a.length);
  return out;
}

