// sed: GNU stream editor. The script is compiled into a flat list of commands ({ jumps past its
// block, b/t/T jump to an index); text is held as latin1 strings (one char per byte) so output
// bytes equal input bytes (C locale). Regular expressions go through lib/posix-regex.ts, like grep.
// -i writes each file through ctx.fs once it has been processed (nothing is touched when the
// script fails to compile). Status: 0, 1 bad script/usage, 2 an input file was missing,
// 4 an I/O error, or the status given to q/Q.
import type { Command, CommandContext } from './types.js';
import { parseArgs } from './lib/args.js';
import { inputChunks, OutBuffer } from './lib/io.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal, checkAbort, isFsError } from './lib/run.js';
import { translate, RegexError } from './lib/posix-regex.js';
import { bytesOf } from './lib/text.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'sed';
const latin1 = new TextDecoder('latin1');
const toLatin1 = (s: string): string => latin1.decode(new TextEncoder().encode(s));

const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

// ---------------------------------------------------------------- program

type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: Rx | null }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'zero' }
  | { kind: 'plus'; n: number }
  | { kind: 'mult'; n: number };

/** A compiled regex; null source = "the last regex used". */
interface Rx { re: RegExp; groups: number }

type Piece = { lit: string } | { group: number } | { kase: 'U' | 'L' | 'E' | 'u' | 'l' };

interface Cmd {
  name: string;
  a1: Addr | null;
  a2: Addr | null;
  neg: boolean;
  rangeActive: boolean;
  rangeEnd: number;
  /** Text for a/i/c, label for :/b/t/T, file name for r/R/w/W. */
  text: string;
  /** Jump target: end of block for '{', label index for b/t/T (-1 = end of script). */
  jump: number;
  int: number;
  rx: Rx | null;
  repl: Piece[];
  global: boolean;
  nth: number;
  print: boolean;
  wfile: string | null;
  ymap: Map<string, string> | null;
}

class SedError extends Error {}

interface Chunk { text: string; file: string | null; index: number }

/** Compiles script chunks into one program. */
class Compiler {
  readonly cmds: Cmd[] = [];
  private readonly blocks: number[] = [];
  private src = '';
  private pos = 0;
  private chunk: Chunk = { text: '', file: null, index: 1 };
  private pendingText: Cmd | null = null;
  readonly wfiles = new Set<string>();
  constructor(private readonly ere: boolean) {}

  private where(): string {
    if (this.chunk.file !== null) {
      const line = this.src.slice(0, this.pos).split('\n').length - (this.src[this.pos - 1] === '\n' ? 1 : 0);
      return `file ${this.chunk.file} line ${line}`;
    }
    return `-e expression #${this.chunk.index}, char ${this.pos}`;
  }
  private fail(msg: string): never { throw new SedError(`${this.where()}: ${msg}`); }
  private peek(): string | undefined { return this.src[this.pos]; }
  private next(): string | undefined { const c = this.src[this.pos]; if (c !== undefined) this.pos++; return c; }
  private back(c: string | undefined): void { if (c !== undefined) this.pos--; }
  private nonblank(): string | undefined {
    let c: string | undefined;
    do c = this.next(); while (c === ' ' || c === '\t');
    return c;
  }

  compile(chunk: Chunk): void {
    this.chunk = chunk;
    this.src = chunk.text;
    this.pos = 0;
    if (this.pendingText) {
      const cmd = this.pendingText;
      this.pendingText = null;
      this.readText(cmd, '\n', true);
    }
    for (;;) {
      let c = this.next();
      while (c === ' ' || c === '\t' || c === '\n' || c === ';') c = this.next();
      if (c === undefined) break;
      if (c === '#') {
        while (c !== undefined && c !== '\n') c = this.next();
        continue;
      }
      this.back(c);
      const cmd: Cmd = {
        name: '', a1: null, a2: null, neg: false, rangeActive: false, rangeEnd: 0, text: '', jump: -1, int: 0,
        rx: null, repl: [], global: false, nth: 1, print: false, wfile: null, ymap: null,
      };
      cmd.a1 = this.address(false);
      if (cmd.a1) {
        c = this.nonblank();
        if (c === ',') {
          this.back(c = this.nonblank());
          cmd.a2 = this.address(true);
          if (!cmd.a2) { this.next(); this.fail("unexpected `,'"); }
        } else this.back(c);
      }
      c = this.nonblank();
      if (cmd.a1?.kind === 'zero') {
        if (!cmd.a2 || cmd.a2.kind !== 're') this.fail('invalid usage of line address 0');
        cmd.rangeActive = true;
      }
      if (c === '!') {
        cmd.neg = true;
        c = this.nonblank();
        if (c === '!') this.fail("multiple `!'s");
      }
      if (c === undefined || c === '\n' || c === ';') this.fail('missing command');
      cmd.name = c;
      this.command(cmd);
    }
  }

  finish(): void {
    if (this.pendingText) { this.pendingText = null; }
    if (this.blocks.length) { this.pos = 0; this.fail("unmatched `{'"); }
    const labels = new Map<string, number>();
    this.cmds.forEach((c, i) => { if (c.name === ':') labels.set(c.text, i); });
    for (const c of this.cmds) {
      if ((c.name === 'b' || c.name === 't' || c.name === 'T') && c.text !== '') {
        const at = labels.get(c.text);
        if (at === undefined) throw new SedError(`can't find label for jump to \`${c.text}'`);
        c.jump = at;
      }
    }
  }

  private number(): number {
    let s = '';
    while (/[0-9]/.test(this.peek() ?? '')) s += this.next();
    return Number(s);
  }

  private address(second: boolean): Addr | null {
    const c = this.peek();
    if (c === undefined) return null;
    if (c === '/' || c === '\\') {
      this.next();
      let delim = '/';
      if (c === '\\') { delim = this.next() ?? ''; if (delim === '' || delim === '\n' || delim === '\\') this.fail('unexpected `,\''); }
      const body = this.slash(delim, true);
      if (body === null) this.fail('unterminated address regex');
      let flags = '';
      for (;;) {
        const f = this.peek();
        if (f === 'I') { flags += 'i'; this.next(); } else if (f === 'M') { flags += 'm'; this.next(); } else break;
      }
      return { kind: 're', re: body === '' ? null : this.regex(body, flags) };
    }
    if (c === '$') { this.next(); return { kind: 'last' }; }
    if (second && (c === '+' || c === '~')) {
      this.next();
      if (!/[0-9]/.test(this.peek() ?? '')) this.fail("expected newer version of sed");
      const n = this.number();
      return c === '+' ? { kind: 'plus', n } : { kind: 'mult', n };
    }
    if (/[0-9]/.test(c)) {
      const n = this.number();
      if (this.peek() === '~' && !second) {
        this.next();
        const step = /[0-9]/.test(this.peek() ?? '') ? this.number() : 0;
        return { kind: 'step', first: n, step };
      }
      if (n === 0 && !second) return { kind: 'zero' };
      return { kind: 'line', n };
    }
    return null;
  }

  /** Text up to the unescaped delimiter (GNU match_slash); null when unterminated. */
  private slash(delim: string, regex: boolean): string | null {
    let out = '';
    for (;;) {
      let c = this.next();
      if (c === undefined || c === '\n') return null;
      if (c === delim) return out;
      if (c === '[' && regex) {
        // A bracket expression: the delimiter inside it does not end the regex.
        out += c;
        let first = true;
        for (;;) {
          let b = this.next();
          if (b === undefined || b === '\n') return null;
          if (b === '^' && first && out.endsWith('[')) { out += b; continue; }
          if (b === ']' && !first) { out += b; break; }
          first = false;
          if (b === '[' && (this.peek() === ':' || this.peek() === '.' || this.peek() === '=')) {
            const kind = this.next() as string;
            out += b + kind;
            for (;;) {
              b = this.next();
              if (b === undefined || b === '\n') return null;
              out += b;
              if (b === kind && this.peek() === ']') { out += this.next(); break; }
            }
            continue;
          }
          out += b;
        }
        continue;
      }
      if (c === '\\') {
        c = this.next();
        if (c === undefined) return null;
        if (c === 'n' && regex) c = '\n';
        else if (c !== '\n' && (c !== delim || (!regex && c === '&'))) out += '\\';
      }
      out += c;
    }
  }

  private regex(body: string, flags: string): Rx {
    // GNU escapes the regex syntax does not know: \n \t … become the characters themselves.
    let conv = '';
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (c !== '\\' || i + 1 >= body.length) { conv += c; continue; }
      const n = body[++i] as string;
      const special = escapeChar(body, i);
      if (special) { conv += special.ch === '\\' ? '\\\\' : /[\^$.*[\]+?(){}|/]/.test(special.ch) ? '\\' + special.ch : special.ch; i = special.end - 1; continue; }
      conv += '\\' + n;
    }
    // GNU sed (unlike grep) rejects an ERE repetition with nothing before it.
    if (this.ere && (/^\^?[*+?{]/.test(conv) || /(?:^|[^\\])[(|]\^?[*+?{]/.test(conv))) this.fail('Invalid preceding regular expression');
    try {
      const t = translate(conv, this.ere, flags.includes('i'));
      return { re: new RegExp(t.source, 'gs' + flags), groups: t.groups };
    } catch (e) {
      if (e instanceof RegexError) this.fail(e.message);
      if (e instanceof SyntaxError) this.fail('Invalid preceding regular expression');
      throw e;
    }
  }

  private endOfCmd(): void {
    const c = this.nonblank();
    if (c === undefined || c === '\n' || c === ';') return;
    if (c === '}' || c === '#') { this.back(c); return; }
    this.fail('extra characters after command');
  }

  private label(semicolon: boolean): string {
    let c = this.nonblank();
    let s = '';
    while (c !== undefined && c !== '\n' && !(semicolon && c === ';')) { s += c; c = this.next(); }
    return s.replace(/[ \t]+$/, '');
  }

  private filename(): string {
    let c = this.nonblank();
    let s = '';
    while (c !== undefined && c !== '\n') { s += c; c = this.next(); }
    if (s === '') this.fail('missing filename in r/R/w/W commands');
    return s;
  }

  /** GNU read_text: lines joined by backslash-newline; escapes resolved. */
  private readText(cmd: Cmd, leadin: string, cont = false): void {
    let raw = cont ? cmd.text : '';
    if (leadin !== '\n') raw += leadin;
    let c = this.next();
    while (c !== undefined && c !== '\n') {
      if (c === '\\') {
        c = this.next();
        if (c !== undefined) raw += '\\';
      }
      if (c === undefined) { cmd.text = raw; this.pendingText = cmd; return; }
      raw += c;
      c = this.next();
    }
    cmd.text = raw;
    cmd.text = unescapeText(raw) + '\n';
  }

  private command(cmd: Cmd): void {
    const one = (): void => { if (cmd.a2) this.fail('command only uses one address'); };
    const none = (what: string): void => { if (cmd.a1) this.fail(what); };
    switch (cmd.name) {
      case '{':
        this.blocks.push(this.cmds.length);
        this.cmds.push(cmd);
        return;
      case '}': {
        if (!this.blocks.length) this.fail("unexpected `}'");
        none("} doesn't want any addresses");
        const open = this.blocks.pop() as number;
        (this.cmds[open] as Cmd).jump = this.cmds.length;
        this.endOfCmd();
        return;
      }
      case '#': this.fail("comments don't accept any addresses"); break;
      case ':': {
        none(': doesn\'t want any addresses');
        const l = this.label(true);
        if (l === '') this.fail('":" lacks a label');
        cmd.text = l;
        break;
      }
      case 'b': case 't': case 'T':
        cmd.text = this.label(true);
        break;
      case 'a': case 'i': case 'c': {
        let c = this.nonblank();
        if (c === undefined) this.fail("expected \\ after `a', `c' or `i'");
        if (c === '\\') c = this.next();
        else { this.back(c); c = '\n'; }
        this.cmds.push(cmd);
        if (c === undefined) { cmd.text = ''; this.pendingText = cmd; return; }
        this.readText(cmd, c);
        return;
      }
      case 'q': case 'Q': case 'l': case 'L': {
        if (cmd.name === 'q' || cmd.name === 'Q') one();
        const c = this.nonblank();
        this.back(c);
        cmd.int = /[0-9]/.test(c ?? '') ? this.number() : -1;
        this.endOfCmd();
        break;
      }
      case '=': case 'd': case 'D': case 'g': case 'G': case 'h': case 'H': case 'n': case 'N':
      case 'p': case 'P': case 'x': case 'z': case 'F':
        this.endOfCmd();
        break;
      case 'r': case 'R': case 'w': case 'W':
        cmd.text = this.filename();
        if (cmd.name === 'w' || cmd.name === 'W') this.wfiles.add(cmd.text);
        break;
      case 's': this.substitute(cmd); break;
      case 'y': this.transliterate(cmd); break;
      default:
        this.fail(`unknown command: \`${cmd.name}'`);
    }
    this.cmds.push(cmd);
  }

  private substitute(cmd: Cmd): void {
    const delim = this.next();
    if (delim === undefined || delim === '\n' || delim === '\\') this.fail("unterminated `s' command");
    const re = this.slash(delim, true);
    if (re === null) this.fail("unterminated `s' command");
    const rhs = this.slash(delim, false);
    if (rhs === null) this.fail("unterminated `s' command");
    let flags = '';
    let numbered = false;
    for (;;) {
      const c = this.next();
      if (c === 'i' || c === 'I') flags += 'i';
      else if (c === 'm' || c === 'M') flags += 'm';
      else if (c === 'e') { /* not supported: no processes */ }
      else if (c === 'p') { if (cmd.print) this.fail("multiple `p' options to `s' command"); cmd.print = true; }
      else if (c === 'g') { if (cmd.global) this.fail("multiple `g' options to `s' command"); cmd.global = true; }
      else if (c === 'w') { cmd.wfile = this.filename(); this.wfiles.add(cmd.wfile); break; }
      else if (c !== undefined && /[0-9]/.test(c)) {
        if (numbered) this.fail("multiple number options to `s' command");
        this.back(c);
        const n = this.number();
        if (n === 0) this.fail("number option to `s' command may not be zero");
        cmd.nth = n;
        numbered = true;
      } else if (c === '}' || c === '#') { this.back(c); break; }
      else if (c === undefined || c === '\n' || c === ';') break;
      else if (c === ' ' || c === '\t') continue;
      else this.fail("unknown option to `s'");
    }
    cmd.rx = re === '' ? null : this.regex(re, [...new Set(flags)].join(''));
    cmd.repl = parseReplacement(rhs);
    const max = cmd.repl.reduce((m, p) => ('group' in p ? Math.max(m, p.group) : m), 0);
    if (cmd.rx && max > cmd.rx.groups) this.fail(`invalid reference \\${max} on \`s' command's RHS`);
  }

  private transliterate(cmd: Cmd): void {
    const delim = this.next();
    if (delim === undefined || delim === '\n' || delim === '\\') this.fail("unterminated `y' command");
    const a = this.slash(delim, false);
    const b = a === null ? null : this.slash(delim, false);
    if (a === null || b === null) this.fail("unterminated `y' command");
    const unesc = (s: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const c = s[i] as string;
        if (c === '\\' && i + 1 < s.length) {
          const e = escapeChar(s, i + 1);
          if (e) { out.push(e.ch); i = e.end - 1; continue; }
          const n = s[++i] as string;
          if (n === '\\') out.push('\\');
          else out.push('\\', n);
          continue;
        }
        out.push(c);
      }
      return out;
    };
    const from = unesc(a), to = unesc(b);
    if (from.length !== to.length) this.fail("strings for `y' command are different lengths");
    cmd.ymap = new Map(from.map((c, i) => [c, to[i] as string]));
    this.endOfCmd();
  }
}

/** The GNU escape at s[i] (the char after a backslash): \n \t \a \f \v \r \dNNN \oNNN \xHH \cX. */
function escapeChar(s: string, i: number): { ch: string; end: number } | null {
  const n = s[i];
  const simple: Record<string, string> = { n: '\n', t: '\t', a: '\x07', f: '\f', v: '\v', r: '\r' };
  if (n === undefined) return null;
  if (simple[n] !== undefined) return { ch: simple[n] as string, end: i + 1 };
  let m: RegExpExecArray | null;
  if (n === 'd' && (m = /^[0-9]{1,3}/.exec(s.slice(i + 1)))) return { ch: String.fromCharCode(Number(m[0]) & 255), end: i + 1 + m[0].length };
  if (n === 'o' && (m = /^[0-7]{1,3}/.exec(s.slice(i + 1)))) return { ch: String.fromCharCode(parseInt(m[0], 8) & 255), end: i + 1 + m[0].length };
  if (n === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1)))) return { ch: String.fromCharCode(parseInt(m[0], 16)), end: i + 1 + m[0].length };
  if (n === 'c' && i + 1 < s.length) return { ch: String.fromCharCode((s.charCodeAt(i + 1) & ~0x20) ^ 0x40), end: i + 2 };
  return null;
}

function unescapeText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c !== '\\' || i + 1 >= raw.length) { out += c; continue; }
    const e = escapeChar(raw, i + 1);
    if (e) { out += e.ch; i = e.end - 1; continue; }
    out += raw[++i];
  }
  return out;
}

function parseReplacement(rhs: string): Piece[] {
  const out: Piece[] = [];
  let lit = '';
  const flush = (): void => { if (lit) { out.push({ lit }); lit = ''; } };
  for (let i = 0; i < rhs.length; i++) {
    const c = rhs[i] as string;
    if (c === '&') { flush(); out.push({ group: 0 }); continue; }
    if (c !== '\\' || i + 1 >= rhs.length) { lit += c; continue; }
    const n = rhs[i + 1] as string;
    if (/[0-9]/.test(n)) { flush(); out.push({ group: Number(n) }); i++; continue; }
    if ('ULEul'.includes(n)) { flush(); out.push({ kase: n as 'U' }); i++; continue; }
    const e = escapeChar(rhs, i + 1);
    if (e) { lit += e.ch; i = e.end - 1; continue; }
    lit += n;
    i++;
  }
  flush();
  return out;
}

const upper = (s: string): string => s.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
const lower = (s: string): string => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

function expand(pieces: Piece[], m: RegExpExecArray): string {
  let res = '';
  let mode: 'U' | 'L' | null = null;
  let once: 'u' | 'l' | null = null;
  const add = (s: string): void => {
    if (s === '') return;
    if (mode === 'U') s = upper(s); else if (mode === 'L') s = lower(s);
    if (once) { s = (once === 'u' ? upper(s[0] as string) : lower(s[0] as string)) + s.slice(1); once = null; }
    res += s;
  };
  for (const p of pieces) {
    if ('lit' in p) add(p.lit);
    else if ('group' in p) add(m[p.group] ?? '');
    else if (p.kase === 'U' || p.kase === 'L') { mode = p.kase; once = null; }
    else if (p.kase === 'E') { mode = null; once = null; }
    else once = p.kase;
  }
  return res;
}

// ---------------------------------------------------------------- input and output

interface Line { text: string; nl: boolean }

class LineReader {
  private lines: Line[] = [];
  private at = 0;
  private carry = '';
  private done = false;
  constructor(private readonly it: AsyncIterator<Uint8Array>, private readonly delim: string) {}
  /** Ensure a line is buffered; false at end. */
  async fill(): Promise<boolean> {
    while (this.at >= this.lines.length) {
      if (this.done) return false;
      const r = await this.it.next();
      this.lines = []; this.at = 0;
      if (r.done) {
        this.done = true;
        if (this.carry !== '') { this.lines.push({ text: this.carry, nl: false }); this.carry = ''; }
        continue;
      }
      const parts = (this.carry + latin1.decode(r.value)).split(this.delim);
      this.carry = parts.pop() as string;
      for (const p of parts) this.lines.push({ text: p, nl: true });
    }
    return true;
  }
  async next(): Promise<Line | null> {
    if (!(await this.fill())) return null;
    return this.lines[this.at++] as Line;
  }
}

class Output {
  missing = false;
  parts: string[] = [];
  constructor(private readonly sink: OutBuffer | null) {}
  async write(s: string): Promise<void> {
    if (this.sink) { this.sink.push(bytesOf(s)); await this.sink.flushIfFull(); } else this.parts.push(s);
  }
  async fixNewline(delim: string): Promise<void> {
    if (this.missing) { this.missing = false; await this.write(delim); }
  }
  async line(text: string, nl: boolean, delim: string): Promise<void> {
    await this.fixNewline(delim);
    await this.write(nl ? text + delim : text);
    if (!nl) this.missing = true;
  }
}

// ---------------------------------------------------------------- the command

export const sed: Command = async (ctx) => {
  // -i takes an optional suffix attached to it: rewrite short groups so parseArgs sees --in-place.
  const args: string[] = [];
  const raw = ctx.argv.slice(1);
  for (let k = 0; k < raw.length; k++) {
    const a = raw[k] as string;
    if (a === '--') { args.push(...raw.slice(k)); break; }
    if (!a.startsWith('-') || a.startsWith('--') || a === '-') { args.push(a); continue; }
    let flags = '';
    let j = 1;
    for (; j < a.length; j++) {
      const c = a[j] as string;
      if (c === 'i') { if (flags) args.push('-' + flags); flags = ''; args.push('--in-place=' + a.slice(j + 1)); j = a.length; break; }
      if ('efl'.includes(c)) { flags += a.slice(j); j = a.length; break; }
      flags += c;
    }
    if (flags) args.push('-' + flags);
  }
  const parsed = parseArgs(args, {
    flags: 'nrEsuz',
    withArg: 'efl',
    long: {
      quiet: ['n', 'none'], silent: ['n', 'none'], expression: ['e', 'required'], file: ['f', 'required'],
      'in-place': ['i', 'optional'], 'line-length': ['l', 'required'], 'regexp-extended': ['E', 'none'],
      separate: ['s', 'none'], unbuffered: ['u', 'none'], 'null-data': ['z', 'none'], 'zero-terminated': ['z', 'none'],
      posix: ['posix', 'none'], debug: ['debug', 'none'], sandbox: ['sandbox', 'none'], 'follow-symlinks': ['fs', 'none'],
      help: ['help', 'none'], version: ['version', 'none'],
    },
  });
  if (!parsed.ok) {
    await ctx.stderr.write(`${NAME}: ${parsed.message}\n${USAGE}`);
    return 1;
  }
  let quiet = false, ere = false, separate = false, inPlace: string | null = null, nul = false, lineLen = 70;
  const chunks: Chunk[] = [];
  let exprIndex = 0;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    switch (o.key) {
      case 'n': quiet = true; break;
      case 'r': case 'E': ere = true; break;
      case 's': separate = true; break;
      case 'z': nul = true; break;
      case 'i': inPlace = v; separate = true; break;
      case 'l': {
        if (!/^\d+$/.test(v)) { await ctx.stderr.write(`${NAME}: invalid line length: ${v}\n`); return 1; }
        lineLen = Number(v); break;
      }
      case 'e': chunks.push({ text: toLatin1(v), file: null, index: ++exprIndex }); break;
      case 'f': {
        try {
          let text: string;
          if (v === '-') {
            const parts: Uint8Array[] = [];
            for await (const c of inputChunks(ctx, '-')) parts.push(c.slice());
            text = parts.map((p) => latin1.decode(p)).join('');
          } else text = latin1.decode(await ctx.fs.readFile(resolvePath(ctx.cwd, v)));
          if (text.endsWith('\n')) text = text.slice(0, -1);
          chunks.push({ text, file: v, index: 0 });
        } catch (e) {
          rethrowFatal(e);
          await ctx.stderr.write(`${NAME}: couldn't open file ${v}: ${errorText(e)}\n`);
          return 1;
        }
        break;
      }
      case 'help': await ctx.stdout.write(USAGE + 'E-mail bug reports to: <bug-sed@gnu.org>.\n'); return 0;
      case 'version': await ctx.stdout.write('sed (GNU sed) 4.9\n'); return 0;
    }
  }
  const operands = [...parsed.operands];
  if (chunks.length === 0) {
    const s = operands.shift();
    if (s === undefined) { await ctx.stderr.write(USAGE); return 1; }
    chunks.push({ text: toLatin1(s), file: null, index: 1 });
  }
  if (/^#n(\n|$)/.test(chunks[0]?.text ?? '')) quiet = true;
  const compiler = new Compiler(ere);
  try {
    for (const c of chunks) compiler.compile(c);
    compiler.finish();
  } catch (e) {
    if (e instanceof SedError) { await ctx.stderr.write(`${NAME}: ${e.message}\n`); return e.message.startsWith("can't find label") ? 4 : 1; }
    throw e;
  }
  if (inPlace !== null && operands.length === 0) {
    await ctx.stderr.write(`${NAME}: no input files\n`);
    return 4;
  }
  const files = operands.length ? operands : ['-'];
  const run = new Runner(ctx, compiler.cmds, files, { quiet, separate, inPlace, delim: nul ? '\0' : '\n', lineLen });
  for (const w of compiler.wfiles) run.openW(w);
  return run.run();
};

interface RunOpts { quiet: boolean; separate: boolean; inPlace: string | null; delim: string; lineLen: number }

type Queued = { text: string } | { file: string } | { rline: string };

class Runner {
  private readonly stdout: OutBuffer;
  private readonly mainOut: Output;
  private out: Output;
  private readonly wouts = new Map<string, Output>();
  private readonly rfiles = new Map<string, LineReader | null>();
  private status = 0;
  private fileIdx = 0;
  private reader: LineReader | null = null;
  private currentFile = '-';
  private editing: string | null = null;
  private lineNo = 0;
  private ps = '';
  private hs = '';
  private nl = true;
  private hsNl = true;
  private lastRx: Rx | null = null;
  private readonly queue: Queued[] = [];

  constructor(private readonly ctx: CommandContext, private readonly cmds: Cmd[], private readonly files: string[], private readonly o: RunOpts) {
    this.stdout = new OutBuffer(ctx.stdout);
    this.mainOut = new Output(this.stdout);
    this.out = this.mainOut;
  }

  openW(name: string): void {
    if (name === '/dev/stdout') { this.wouts.set(name, this.mainOut); return; }
    if (!this.wouts.has(name)) this.wouts.set(name, new Output(null));
  }

  /** Open the next readable file; false when none is left. */
  private async openNext(): Promise<boolean> {
    while (this.fileIdx < this.files.length) {
      const f = this.files[this.fileIdx++] as string;
      if (this.o.inPlace !== null) {
        try {
          const st = await this.ctx.fs.stat(resolvePath(this.ctx.cwd, f));
          if (st.type !== 'file') {
            await this.stdout.flush();
            await this.ctx.stderr.write(`${NAME}: couldn't edit ${f}: not a regular file\n`);
            this.status = 4;
            continue;
          }
        } catch (e) {
          rethrowFatal(e);
          await this.stdout.flush();
          await this.ctx.stderr.write(`${NAME}: can't read ${f}: ${errorText(e)}\n`);
          this.status = 2;
          continue;
        }
      }
      const reader = new LineReader(inputChunks(this.ctx, f), this.o.delim);
      try {
        await reader.fill();
      } catch (e) {
        rethrowFatal(e);
        await this.stdout.flush();
        if (isFsError(e, 'EISDIR')) { await this.ctx.stderr.write(`${NAME}: read error on ${f}: ${errorText(e)}\n`); this.status = 4; }
        else { await this.ctx.stderr.write(`${NAME}: can't read ${f}: ${errorText(e)}\n`); this.status = 2; }
        continue;
      }
      this.reader = reader;
      this.currentFile = f;
      if (this.o.separate) {
        await this.finishFile();
        this.lineNo = 0;
        if (this.o.inPlace !== null) { this.editing = f; this.out = new Output(null); }
      }
      return true;
    }
    return false;
  }

  /** Write the file being edited in place. */
  private async finishFile(): Promise<void> {
    if (this.editing === null) return;
    const f = this.editing;
    this.editing = null;
    const abs = resolvePath(this.ctx.cwd, f);
    const suffix = this.o.inPlace ?? '';
    if (suffix !== '') {
      const slash = abs.lastIndexOf('/');
      const dir = abs.slice(0, slash + 1), base = abs.slice(slash + 1);
      const bak = suffix.includes('*') ? (suffix.includes('/') ? resolvePath(this.ctx.cwd, suffix.replace(/\*/g, base)) : dir + suffix.replace(/\*/g, base)) : abs + suffix;
      await this.ctx.fs.writeFile(bak, await this.ctx.fs.readFile(abs));
    }
    await this.ctx.fs.writeFile(abs, bytesOf(this.out.parts.join('')));
    this.out = this.mainOut;
  }

  private async readLine(): Promise<Line | null> {
    for (;;) {
      if (this.reader) {
        const l = await this.reader.next();
        if (l) { this.lineNo++; return l; }
        this.reader = null;
      }
      if (!(await this.openNext())) return null;
    }
  }

  private async isLast(): Promise<boolean> {
    if (this.reader && (await this.reader.fill())) return false;
    if (this.o.separate) return true;
    // Look ahead into the next files (none of them starts output of its own when not separate).
    for (;;) {
      this.reader = null;
      if (!(await this.openNext())) return true;
      if (this.reader && (await (this.reader as LineReader).fill())) return false;
    }
  }

  private async matchAddr(a: Addr): Promise<boolean> {
    switch (a.kind) {
      case 'line': return this.lineNo === a.n;
      case 'last': return this.isLast();
      case 'zero': return false;
      case 'step': return a.step <= 0 ? this.lineNo === a.first : this.lineNo >= a.first && (this.lineNo - a.first) % a.step === 0;
      case 're': {
        const rx = this.useRx(a.re);
        rx.re.lastIndex = 0;
        return rx.re.test(this.ps);
      }
      default: return false;
    }
  }

  private useRx(rx: Rx | null): Rx {
    if (rx) { this.lastRx = rx; return rx; }
    if (!this.lastRx) throw new SedError('no previous regular expression');
    return this.lastRx;
  }

  private async selected(c: Cmd): Promise<boolean> {
    if (!c.a1) return true;
    if (!c.a2) return this.matchAddr(c.a1);
    const n = this.lineNo;
    if (c.rangeActive) {
      const a2 = c.a2;
      if (a2.kind === 'line' || a2.kind === 'plus' || a2.kind === 'mult') {
        if (n >= c.rangeEnd) c.rangeActive = false;
        return n <= c.rangeEnd;
      }
      if (await this.matchAddr(a2)) c.rangeActive = false;
      return true;
    }
    if (!(await this.matchAddr(c.a1))) return false;
    const a2 = c.a2;
    if (a2.kind === 'line') { if (a2.n <= n) return true; c.rangeEnd = a2.n; }
    else if (a2.kind === 'plus') { if (a2.n === 0) return true; c.rangeEnd = n + a2.n; }
    else if (a2.kind === 'mult') { if (a2.n <= 0) return true; c.rangeEnd = n + a2.n - (n % a2.n); }
    c.rangeActive = true;
    return true;
  }

  private async dumpQueue(): Promise<void> {
    for (const q of this.queue) {
      if ('text' in q) { await this.out.fixNewline(this.o.delim); await this.out.write(q.text); }
      else if ('file' in q) {
        try {
          const data = q.file === '/dev/stdin' ? null : await this.ctx.fs.readFile(resolvePath(this.ctx.cwd, q.file));
          if (data && data.length) { await this.out.fixNewline(this.o.delim); await this.out.write(latin1.decode(data)); }
        } catch (e) { rethrowFatal(e); }
      } else {
        await this.out.fixNewline(this.o.delim);
        await this.out.write(q.rline);
      }
    }
    this.queue.length = 0;
  }

  private async endCycle(autoprint: boolean): Promise<void> {
    if (autoprint && !this.o.quiet) await this.out.line(this.ps, this.nl, this.o.delim);
    await this.dumpQueue();
    await this.stdout.flushIfFull();
  }

  async run(): Promise<number> {
    try {
      const code = await this.loop();
      if (code !== null) this.status = code;
    } catch (e) {
      if (e instanceof SedError) {
        await this.stdout.flush();
        await this.ctx.stderr.write(`${NAME}: ${e.message}\n`);
        this.status = 4;
      } else throw e;
    }
    await this.finishFile();
    for (const [name, w] of this.wouts) {
      if (w === this.mainOut) continue;
      if (name === '/dev/stderr') { await this.ctx.stderr.write(bytesOf(w.parts.join(''))); continue; }
      try { await this.ctx.fs.writeFile(resolvePath(this.ctx.cwd, name), bytesOf(w.parts.join(''))); } catch (e) {
        rethrowFatal(e);
        await this.stdout.flush();
        await this.ctx.stderr.write(`${NAME}: couldn't open file ${name}: ${errorText(e)}\n`);
        this.status = 4;
      }
    }
    await this.stdout.flush();
    return this.status;
  }

  /** Runs cycles; returns the q/Q exit status or null. */
  private async loop(): Promise<number | null> {
    let reuse = false;
    const cmds = this.cmds;
    const delim = this.o.delim;
    for (;;) {
      if (!reuse) {
        const l = await this.readLine();
        if (!l) return null;
        this.ps = l.text; this.nl = l.nl;
      }
      reuse = false;
      checkAbort(this.ctx);
      let tflag = false;
      let pc = 0;
      let action: 'end' | 'delete' | 'D' | 'quit' | 'Quit' = 'end';
      let exit = 0;
      run: while (pc < cmds.length) {
        const c = cmds[pc] as Cmd;
        const sel = (c.a1 === null || (await this.selected(c))) !== c.neg;
        if (!sel) { pc = c.name === '{' ? c.jump : pc + 1; continue; }
        pc++;
        switch (c.name) {
          case '{': case ':': break;
          case '=': await this.out.fixNewline(delim); await this.out.write(`${this.lineNo}\n`); break;
          case 'a': this.queue.push({ text: c.text }); break;
          case 'i': await this.out.fixNewline(delim); await this.out.write(c.text); break;
          case 'c':
            if (!c.a2 || c.neg || !c.rangeActive) { await this.out.fixNewline(delim); await this.out.write(c.text); }
            action = 'delete'; break run;
          case 'b': pc = c.jump < 0 ? cmds.length : c.jump; break;
          case 't': if (tflag) { tflag = false; pc = c.jump < 0 ? cmds.length : c.jump; } break;
          case 'T': if (!tflag) pc = c.jump < 0 ? cmds.length : c.jump; else tflag = false; break;
          case 'd': action = 'delete'; break run;
          case 'D': {
            const i = this.ps.indexOf('\n');
            if (i < 0) { action = 'delete'; break run; }
            this.ps = this.ps.slice(i + 1);
            action = 'D'; break run;
          }
          // The hold space carries its own "ends in a newline" flag, as in GNU sed.
          case 'g': this.ps = this.hs; this.nl = this.hsNl; break;
          case 'G': this.ps += '\n' + this.hs; this.nl = this.hsNl; break;
          case 'h': this.hs = this.ps; this.hsNl = this.nl; break;
          case 'H': this.hs += '\n' + this.ps; this.hsNl = this.nl; break;
          case 'x': { const t = this.ps; this.ps = this.hs; this.hs = t; const n = this.nl; this.nl = this.hsNl; this.hsNl = n; break; }
          case 'z': this.ps = ''; break;
          case 'p': await this.out.line(this.ps, true, delim); break;
          case 'P': { const i = this.ps.indexOf('\n'); await this.out.line(i < 0 ? this.ps : this.ps.slice(0, i), true, delim); break; }
          case 'l': await this.listLine(c.int < 0 ? this.o.lineLen : c.int); break;
          case 'F': await this.out.fixNewline(delim); await this.out.write(`${this.currentFile}\n`); break;
          case 'n': {
            if (await this.isLast()) { action = 'end'; break run; }
            if (!this.o.quiet) await this.out.line(this.ps, this.nl, delim);
            await this.dumpQueue();
            const l = await this.readLine();
            if (!l) { action = 'Quit'; break run; }
            this.ps = l.text; this.nl = l.nl;
            break;
          }
          case 'N': {
            if (await this.isLast()) { action = 'end'; break run; }
            await this.dumpQueue();
            const l = await this.readLine();
            if (!l) { action = 'end'; break run; }
            this.ps += '\n' + l.text; this.nl = l.nl;
            break;
          }
          case 'q': exit = Math.max(c.int, 0); action = 'quit'; break run;
          case 'Q': exit = Math.max(c.int, 0); action = 'Quit'; break run;
          case 'r': this.queue.push({ file: c.text }); break;
          case 'R': {
            const l = await this.readRLine(c.text);
            if (l !== null) this.queue.push({ rline: l });
            break;
          }
          case 'w': await (this.wouts.get(c.text) as Output).line(this.ps, true, delim); break;
          case 'W': { const i = this.ps.indexOf('\n'); await (this.wouts.get(c.text) as Output).line(i < 0 ? this.ps : this.ps.slice(0, i), true, delim); break; }
          case 'y': {
            const map = c.ymap as Map<string, string>;
            let s = '';
            for (const ch of this.ps) s += map.get(ch) ?? ch;
            this.ps = s;
            break;
          }
          case 's':
            if (this.substitute(c)) {
              tflag = true;
              if (c.print) await this.out.line(this.ps, true, delim);
              if (c.wfile !== null) await (this.wouts.get(c.wfile) as Output).line(this.ps, true, delim);
            }
            break;
        }
      }
      if (action === 'quit') { await this.endCycle(true); return exit; }
      if (action === 'Quit') { await this.dumpQueue(); return exit; }
      await this.endCycle(action === 'end');
      if (action === 'D') reuse = true;
    }
  }

  private async readRLine(name: string): Promise<string | null> {
    let r = this.rfiles.get(name);
    if (r === undefined) {
      r = new LineReader(inputChunks(this.ctx, name), '\n');
      try { await r.fill(); } catch (e) { rethrowFatal(e); r = null; }
      this.rfiles.set(name, r);
    }
    if (!r) return null;
    const l = await r.next();
    return l ? l.text + '\n' : null;
  }

  private substitute(c: Cmd): boolean {
    const rx = this.useRx(c.rx);
    const re = rx.re;
    const ps = this.ps;
    let out = '';
    let pos = 0;
    let count = 0;
    let did = false;
    let prevEnd = -1;
    while (pos <= ps.length) {
      re.lastIndex = pos;
      const m = re.exec(ps);
      if (!m) break;
      const start = m.index, end = start + m[0].length;
      if (start === end && start === prevEnd) {
        // An empty match right after the previous match does not count.
        if (start >= ps.length) break;
        out += ps.slice(pos, start + 1);
        pos = start + 1;
        continue;
      }
      count++;
      out += ps.slice(pos, start);
      if (count >= c.nth) { out += expand(c.repl, m); did = true; } else out += m[0];
      pos = end;
      prevEnd = end;
      if (did && !c.global) break;
      if (start === end) {
        if (end >= ps.length) break;
        out += ps[end];
        pos = end + 1;
      }
    }
    if (!did) return false;
    this.ps = out + ps.slice(pos);
    return true;
  }

  private async listLine(width: number): Promise<void> {
    const esc: Record<string, string> = { '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
    let res = '';
    let col = 0;
    for (const ch of this.ps) {
      const code = ch.charCodeAt(0);
      const o = esc[ch] ?? (code >= 32 && code < 127 ? ch : '\\' + code.toString(8).padStart(3, '0'));
      if (width > 1 && col + o.length > width - 1) { res += '\\\n'; col = 0; }
      res += o;
      col += o.length;
    }
    await this.out.fixNewline(this.o.delim);
    await this.out.write(res + '$\n');
  }
}
