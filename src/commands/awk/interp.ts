// The awk interpreter: a tree walker. Expressions and statements without I/O waits run through
// the synchronous ev()/exec(); nodes marked `a` (getline, system, close, fflush, redirected
// print, loops, and callers of such functions) go through eva()/execA(), which resolve their
// waiting children and hand the rest to the synchronous path. Control flow is returned as codes,
// not thrown (exit/next inside a function unwind with ControlSignal). stdout is batched in
// TextOut and drained between records and in loop pauses.
import type { CommandContext, ByteSink } from '../types.js';
import { OutBuffer, inputChunks } from '../lib/io.js';
import { rethrowFatal, checkAbort } from '../lib/run.js';
import { errorText } from '../lib/errors.js';
import { resolvePath } from '../../fs/path.js';
import { G, type Expr, type Stmt, type LValue, type Program, type VarRef, type Func } from './parser.js';
import { numToStr, sprintf, setNumberTest, FormatError } from './format.js';
import { StrNum, AwkError, AwkFatal, toNum, toBool, isNumish, type V, type AwkArray, type Cell } from './values.js';
import { RecordReader, NEED, END, type RsMode } from './input.js';
import { compileRegex, splitFields, defaultSplit, gsubString, type Splitter, makeSplitter } from './builtins.js';
import { unescape } from './lexer.js';

type X = Expr | { k: 'const'; v: V; a?: boolean };
const K = (v: V): X => ({ k: 'const', v });

/** A field past NF: the empty string, compared as a string (as mawk and gawk do). */
const NO_FIELD = new StrNum('');

const NORMAL = 0, BREAK = 1, CONTINUE = 2, NEXT = 3, NEXTFILE = 4, EXIT = 5, RETURN = 6;

class ControlSignal { constructor(readonly code: number) {} }

setNumberTest((v) => typeof v === 'number' || (v instanceof StrNum && v.isNum));

interface Output { op: '>' | '>>' | '|'; parts: string[]; size: number; path: string }

export class Interp {
  globals: Cell[];
  private frame: Cell[] = [];
  private retVal: V = undefined;
  // Current record.
  private rec = '';
  private recDirty = false;
  private fields: V[] = [undefined];
  private nf = 0;
  private splitDone = true;
  private splitter: Splitter = defaultSplit;
  private fsCacheKey: V = ' ';
  private fsCache: Splitter = defaultSplit;
  private rsCacheKey: V = '\n';
  private rsCache: RsMode = { kind: 'char', c: '\n' };
  readonly out: TextOut;
  private err: OutBuffer;
  private outputs = new Map<string, Output>();
  private readers = new Map<string, RecordReader>();
  // Main input.
  private cur: RecordReader | null = null;
  private argi = 1;
  private usedFile = false;
  private inputDone = false;
  exitCode = 0;
  private rangeOn: boolean[] = [];
  private seed = 0;
  private prevSeed = 0;
  private rstate = 0;
  private ticks = 0;

  constructor(readonly prog: Program, readonly ctx: CommandContext, argv: string[]) {
    this.globals = new Array(prog.globals.length).fill(undefined);
    const g = this.globals;
    g[G.FS] = ' '; g[G.OFS] = ' '; g[G.ORS] = '\n'; g[G.RS] = '\n'; g[G.NR] = 0; g[G.FNR] = 0;
    g[G.SUBSEP] = '\x1c'; g[G.CONVFMT] = '%.6g'; g[G.OFMT] = '%.6g'; g[G.RSTART] = 0; g[G.RLENGTH] = -1;
    g[G.FILENAME] = ''; g[G.RT] = '';
    const env: AwkArray = new Map();
    for (const [k, v] of ctx.env) env.set(k, new StrNum(v));
    g[G.ENVIRON] = env;
    const av: AwkArray = new Map();
    argv.forEach((a, i) => av.set(String(i), i === 0 ? a : new StrNum(a)));
    g[G.ARGV] = av;
    g[G.ARGC] = argv.length;
    this.out = new TextOut(ctx.stdout);
    this.err = new OutBuffer(ctx.stderr);
    this.srand(0);
  }

  // ---- conversions ----
  str(v: V): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && v < 1e16 && v > -1e16) return Object.is(v, -0) ? '-0' : String(v);
      const f = this.globals[G.CONVFMT];
      return numToStr(v, typeof f === 'string' ? f : f instanceof StrNum ? f.s : '%.6g');
    }
    if (v === undefined) return '';
    return v.s;
  }
  private outStr(v: V): string {
    if (typeof v === 'number') {
      if (Number.isInteger(v) && v < 1e16 && v > -1e16) return Object.is(v, -0) ? '-0' : String(v);
      const f = this.globals[G.OFMT];
      return numToStr(v, typeof f === 'string' ? f : f instanceof StrNum ? f.s : '%.6g');
    }
    return this.str(v);
  }
  private gstr(i: number): string { return this.str(this.globals[i] as V); }

  // ---- record and fields ----
  setRecord(s: string): void {
    this.rec = s; this.recDirty = false; this.splitDone = false;
    const fs = this.globals[G.FS] as V;
    if (fs !== this.fsCacheKey) { this.fsCacheKey = fs; this.fsCache = makeSplitter(this.str(fs), this.isPara()); }
    this.splitter = this.fsCache;
  }
  private isPara(): boolean { const rs = this.globals[G.RS] as V; return rs !== undefined && this.str(rs) === ''; }
  private split(): void {
    const f: V[] = [undefined];
    this.fields = f;
    const s = this.rec;
    if (this.splitter.kind === 'space') {
      const n = s.length;
      let i = 0;
      for (;;) {
        while (i < n) { const c = s.charCodeAt(i); if (c !== 32 && c !== 9 && c !== 10) break; i++; }
        if (i >= n) break;
        const st = i;
        while (i < n) { const c = s.charCodeAt(i); if (c === 32 || c === 9 || c === 10) break; i++; }
        f.push(new StrNum(st === 0 && i === n ? s : s.slice(st, i)));
      }
    } else for (const p of splitFields(s, this.splitter)) f.push(new StrNum(p));
    this.nf = f.length - 1; this.splitDone = true;
  }
  private record(): string {
    if (this.recDirty) {
      const ofs = this.gstr(G.OFS);
      let s = '';
      for (let i = 1; i <= this.nf; i++) s += (i > 1 ? ofs : '') + this.str(this.fields[i]);
      this.rec = s; this.recDirty = false;
    }
    return this.rec;
  }
  getField(i: number): V {
    if (i === 0) return new StrNum(this.record());
    if (i < 0) throw new AwkError(`negative field index $${i}`);
    if (!this.splitDone) this.split();
    return i <= this.nf ? this.fields[i] : NO_FIELD;
  }
  setField(i: number, v: V): void {
    if (i === 0) { this.setRecord(this.str(v)); return; }
    if (i < 0) throw new AwkError(`negative field index $${i}`);
    if (!this.splitDone) this.split();
    while (this.nf < i) this.fields[++this.nf] = '';
    this.fields[i] = v;
    this.recDirty = true;
  }
  getNF(): number { if (!this.splitDone) this.split(); return this.nf; }
  setNF(n: number): void {
    if (!this.splitDone) this.split();
    n = Math.trunc(n);
    if (n < 0) throw new AwkError('NF set to negative value');
    while (this.nf < n) this.fields[++this.nf] = '';
    this.nf = n; this.fields.length = n + 1;
    this.recDirty = true;
  }

  // ---- variables ----
  private cellOf(r: VarRef): Cell { return r.g ? this.globals[r.i] : this.frame[r.i]; }
  private scalar(r: VarRef): V {
    const c = r.g ? this.globals[r.i] : this.frame[r.i];
    if (c instanceof Map) throw new AwkError(`can't use array ${r.name} in scalar context`);
    return c;
  }
  arr(r: VarRef): AwkArray {
    const c = r.g ? this.globals[r.i] : this.frame[r.i];
    if (c instanceof Map) return c;
    if (c !== undefined) throw new AwkError(`can't use scalar ${r.name} as array`);
    const m: AwkArray = new Map();
    if (r.g) this.globals[r.i] = m; else this.frame[r.i] = m;
    return m;
  }
  private key(subs: Expr[]): string {
    if (subs.length === 1) return this.str(this.ev(subs[0] as Expr));
    const sep = this.gstr(G.SUBSEP);
    let k = '';
    for (let i = 0; i < subs.length; i++) k += (i ? sep : '') + this.str(this.ev(subs[i] as Expr));
    return k;
  }
  private getLv(t: LValue): V {
    switch (t.k) {
      case 'var': return this.scalar(t);
      case 'nf': return this.getNF();
      case 'field': return this.getField(this.fieldIndex(t.e));
      default: { const a = this.arr(t.arr); const k = this.key(t.subs); const v = a.get(k); if (v === undefined && !a.has(k)) a.set(k, undefined); return v; }
    }
  }
  private fieldIndex(e: Expr): number {
    const n = toNum(this.ev(e));
    return Number.isFinite(n) ? Math.trunc(n) : 0;
  }
  /** Store v; returns it. */
  setLv(t: LValue, v: V): V {
    switch (t.k) {
      case 'var':
        if (t.g) {
          if (this.globals[t.i] instanceof Map) throw new AwkError(`can't assign to ${t.name}; it's an array name.`);
          this.globals[t.i] = v;
        } else {
          if (this.frame[t.i] instanceof Map) throw new AwkError(`can't assign to ${t.name}; it's an array name.`);
          this.frame[t.i] = v;
        }
        return v;
      case 'nf': this.setNF(toNum(v)); return v;
      case 'field': this.setField(this.fieldIndex(t.e), v); return v;
      default: this.arr(t.arr).set(this.key(t.subs), v); return v;
    }
  }

  // ---- regex ----
  private regexOf(e: Expr): RegExp {
    if (e.k === 're') return compileRegex(e.re, true, false);
    return compileRegex(this.str(this.ev(e)), false, false);
  }
  private matches(s: string, e: Expr): boolean {
    const re = this.regexOf(e);
    return re.test(s);
  }

  // ---- expressions ----
  ev(e: X): V {
    switch (e.k) {
      case 'const': return e.v;
      case 'num': return e.v;
      case 'str': return e.v;
      case 'var': return this.scalar(e);
      case 'field': return this.getField(this.fieldIndex(e.e));
      case 'nf': return this.getNF();
      case 're': return this.matches(this.record(), e) ? 1 : 0;
      case 'idx': return this.index(e.arr, e.subs);
      case 'in': return this.arr(e.arr).has(this.key(e.subs)) ? 1 : 0;
      case 'group': return this.ev(e.e);
      case 'assign': return this.assign(e.op, e.t, e.e);
      case 'cond': return toBool(this.ev(e.c)) ? this.ev(e.x) : this.ev(e.y);
      case 'and': return toBool(this.ev(e.x)) && toBool(this.ev(e.y)) ? 1 : 0;
      case 'or': return toBool(this.ev(e.x)) || toBool(this.ev(e.y)) ? 1 : 0;
      case 'not': return toBool(this.ev(e.e)) ? 0 : 1;
      case 'neg': return -toNum(this.ev(e.e));
      case 'pos': return toNum(this.ev(e.e));
      case 'bin': return this.arith(e.op, toNum(this.ev(e.x)), toNum(this.ev(e.y)));
      case 'cmp': return this.compare(e.op, this.ev(e.x), this.ev(e.y)) ? 1 : 0;
      case 'match': return this.matches(this.str(this.ev(e.x)), e.y) !== e.neg ? 1 : 0;
      case 'cat': return this.str(this.ev(e.x)) + this.str(this.ev(e.y));
      case 'incdec': return this.incdec(e.t, e.d, e.pre);
      case 'call': return this.builtin(e.name, e.args);
      case 'ucall': return this.callUser(e.fn, e.args, null);
      case 'grouplist': throw new AwkError('syntax error: list in expression');
      case 'getline': throw new AwkError('internal: getline in synchronous context');
    }
  }

  // Kept out of ev() so that its stack frame stays small (deep awk recursion).
  private index(arr: VarRef, subs: Expr[]): V {
    const a = this.arr(arr); const k = this.key(subs); const v = a.get(k);
    if (v === undefined && !a.has(k)) a.set(k, undefined);
    return v;
  }
  private incdec(t: LValue, d: number, pre: boolean): V {
    const old = toNum(this.getLv(t));
    this.setLv(t, old + d);
    return pre ? old + d : old;
  }
  private assign(op: string, t: LValue, rhs: Expr): V {
    // The target's subscript (or field number) is evaluated before the value, as awk does.
    if (t.k === 'idx') {
      const a = this.arr(t.arr);
      const k = this.key(t.subs);
      const v = op === '=' ? this.ev(rhs) : this.arith(op.slice(0, -1), toNum(a.get(k)), toNum(this.ev(rhs)));
      a.set(k, v);
      return v;
    }
    if (t.k === 'field') {
      const i = this.fieldIndex(t.e);
      const v = op === '=' ? this.ev(rhs) : this.arith(op.slice(0, -1), toNum(this.getField(i)), toNum(this.ev(rhs)));
      this.setField(i, v);
      return v;
    }
    if (op === '=') return this.setLv(t, this.ev(rhs));
    const l = toNum(this.getLv(t));
    return this.setLv(t, this.arith(op.slice(0, -1), l, toNum(this.ev(rhs))));
  }

  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': if (b === 0) throw new AwkError('division by zero attempted'); return a / b;
      case '%': if (b === 0) throw new AwkError('division by zero attempted in `%\''); return a % b;
      default: return Math.pow(a, b);
    }
  }

  compare(op: string, a: V, b: V): boolean {
    let c: number;
    if (isNumish(a) && isNumish(b)) {
      const x = toNum(a), y = toNum(b);
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    } else {
      const x = this.str(a), y = this.str(b);
      c = x < y ? -1 : x > y ? 1 : 0;
    }
    switch (op) {
      case '<': return c < 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      case '>=': return c >= 0;
      case '==': return c === 0;
      default: return c !== 0;
    }
  }

  // ---- builtins ----
  private builtin(name: string, args: X[]): V {
    const A = (i: number): V => { const a = args[i]; return a === undefined ? undefined : this.ev(a); };
    const S = (i: number): string => this.str(A(i));
    const N = (i: number): number => toNum(A(i));
    switch (name) {
      case 'length': {
        const a = args[0];
        if (a === undefined) return this.record().length;
        if (a.k === 'var') { const c = this.cellOf(a); if (c instanceof Map) return c.size; }
        return this.str(this.ev(a)).length;
      }
      case 'substr': {
        const s = S(0);
        let start = Math.round(N(1));
        const startRaw = N(1);
        if (Number.isNaN(startRaw)) return '';
        let end: number;
        if (args.length > 2) {
          const n = N(2);
          if (Number.isNaN(n)) return '';
          end = Number.isFinite(n) ? start + Math.round(n) : n > 0 ? Infinity : -Infinity;
        } else end = Infinity;
        if (!Number.isFinite(start)) start = startRaw > 0 ? Infinity : -Infinity;
        const first = Math.max(start, 1);
        const last = Math.min(end, s.length + 1);
        return last <= first ? '' : s.slice(first - 1, last - 1);
      }
      case 'index': { const s = S(0); const t = S(1); return s.indexOf(t) + 1; }
      case 'split': {
        const s = S(0);
        const target = args[1];
        if (!target || target.k !== 'var') throw new AwkError('split: second argument is not an array');
        const sep = args[2];
        let sp: Splitter;
        if (sep === undefined) sp = makeSplitter(this.gstr(G.FS), false);
        else if (sep.k === 're') sp = { kind: 're', re: compileRegex(sep.re, true, true) };
        else sp = makeSplitter(this.str(this.ev(sep)), false);
        const parts = splitFields(s, sp);
        const a = this.arr(target);
        a.clear();
        parts.forEach((p, i) => a.set(String(i + 1), new StrNum(p)));
        return parts.length;
      }
      case 'sub': case 'gsub': {
        const re = this.regexOf(args[0] as Expr);
        const repl = S(1);
        const target = (args[2] ?? { k: 'field', e: { k: 'num', v: 0 } }) as LValue;
        const isLv = target.k === 'var' || target.k === 'field' || target.k === 'idx' || target.k === 'nf';
        const s = this.str(isLv ? this.getLv(target) : this.ev(target as X));
        const [res, n] = gsubString(s, re, repl, name === 'gsub');
        if (n > 0 && isLv) this.setLv(target, res);
        return n;
      }
      case 'match': {
        const s = S(0);
        const re = this.regexOf(args[1] as Expr);
        const m = re.exec(s);
        const start = m ? m.index + 1 : 0, len = m ? m[0].length : -1;
        this.globals[G.RSTART] = start; this.globals[G.RLENGTH] = len;
        const t = args[2];
        if (t && t.k === 'var') {
          const a = this.arr(t); a.clear();
          if (m) {
            const sep = this.gstr(G.SUBSEP);
            let pos = m.index;
            m.forEach((g, i) => {
              if (g === undefined) return;
              a.set(String(i), new StrNum(g));
              const st = i === 0 ? m.index : s.indexOf(g, pos);
              if (i > 0 && st >= 0) pos = st;
              a.set(`${i}${sep}start`, st + 1); a.set(`${i}${sep}length`, g.length);
            });
          }
        }
        return start;
      }
      case 'sprintf': {
        if (args.length === 0) return '';
        const vals = args.map((a) => this.ev(a));
        return this.fmt(vals, 'sprintf');
      }
      case 'sin': return Math.sin(N(0));
      case 'cos': return Math.cos(N(0));
      case 'atan2': return Math.atan2(N(0), N(1));
      case 'exp': return Math.exp(N(0));
      case 'log': return Math.log(N(0));
      case 'sqrt': return Math.sqrt(N(0));
      case 'int': return Math.trunc(N(0));
      case 'rand': return this.rand();
      case 'srand': { const prev = this.seed; this.srand(args.length ? N(0) : Math.floor(Date.now() / 1000)); return prev; }
      case 'tolower': return S(0).toLowerCase();
      case 'toupper': return S(0).toUpperCase();
      default: throw new AwkError(`function ${name} needs waiting in a synchronous context`);
    }
  }

  private srand(seed: number): void {
    this.prevSeed = this.seed;
    this.seed = seed;
    this.rstate = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    void this.prevSeed;
  }
  private rand(): number {
    // mulberry32
    let t = (this.rstate = (this.rstate + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // ---- user functions ----
  private frameFor(f: Func, args: X[], vals: (V | AwkArray)[] | null): Cell[] {
    if (args.length > f.params.length) throw new AwkError(`function ${f.name} called with ${args.length} args, accepts only ${f.params.length}`);
    const frame: Cell[] = new Array(f.params.length).fill(undefined);
    for (let j = 0; j < args.length; j++) {
      const a = args[j] as X;
      if (a.k === 'var') {
        const c = this.cellOf(a);
        if (c instanceof Map) { frame[j] = c; continue; }
        if (f.arrayParam[j]) { frame[j] = this.arr(a); continue; }
      }
      const v = vals ? vals[j] : this.ev(a);
      frame[j] = v instanceof StrNum ? v : v;
    }
    return frame;
  }
  private callUser(fi: number, args: X[], vals: (V | AwkArray)[] | null): V {
    const f = this.prog.funcs[fi] as Func;
    const frame = this.frameFor(f, args, vals);
    const saved = this.frame;
    this.frame = frame;
    try {
      const code = this.exec(f.body);
      if (code === EXIT || code === NEXT || code === NEXTFILE) throw new ControlSignal(code);
      const r = this.retVal; this.retVal = undefined;
      return code === RETURN ? r : undefined;
    } finally { this.frame = saved; }
  }
  private async callUserA(fi: number, args: X[]): Promise<V> {
    const f = this.prog.funcs[fi] as Func;
    const vals: (V | AwkArray)[] = [];
    for (const a of args) vals.push(a.k === 'var' ? undefined : await this.eva(a));
    for (let j = 0; j < args.length; j++) { const a = args[j] as X; if (a.k === 'var') { const c = this.cellOf(a); vals[j] = c instanceof Map ? undefined : c; } }
    const frame = this.frameFor(f, args, vals);
    const saved = this.frame;
    this.frame = frame;
    try {
      const code = await this.execA(f.body);
      if (code === EXIT || code === NEXT || code === NEXTFILE) throw new ControlSignal(code);
      const r = this.retVal; this.retVal = undefined;
      return code === RETURN ? r : undefined;
    } finally { this.frame = saved; }
  }

  // ---- async expressions ----
  private async resolveLv(t: LValue): Promise<LValue> {
    if (!t.a) return t;
    if (t.k === 'field') return { k: 'field', e: K(await this.eva(t.e)) as Expr };
    if (t.k === 'idx') return { k: 'idx', arr: t.arr, subs: await this.resolveList(t.subs) };
    return t;
  }
  private async resolveList(list: X[]): Promise<Expr[]> {
    const out: Expr[] = [];
    for (const x of list) out.push((x.a ? K(await this.eva(x)) : x) as Expr);
    return out;
  }
  private async r(x: X): Promise<Expr> { return (x.a ? K(await this.eva(x)) : x) as Expr; }

  async eva(e: X): Promise<V> {
    if (!e.a) return this.ev(e);
    switch (e.k) {
      case 'and': return toBool(await this.eva(e.x)) && toBool(await this.eva(e.y)) ? 1 : 0;
      case 'or': return toBool(await this.eva(e.x)) || toBool(await this.eva(e.y)) ? 1 : 0;
      case 'cond': return toBool(await this.eva(e.c)) ? this.eva(e.x) : this.eva(e.y);
      case 'group': return this.eva(e.e);
      case 'getline': return this.getline(e.src, e.t ? await this.resolveLv(e.t) : null, e.from ? await this.eva(e.from) : undefined);
      case 'ucall': return this.callUserA(e.fn, e.args);
      case 'call': {
        if (e.name === 'system' || e.name === 'close' || e.name === 'fflush') {
          const vals: V[] = [];
          for (const a of e.args) vals.push(await this.eva(a));
          if (e.name === 'system') return this.system(this.str(vals[0]));
          if (e.name === 'close') return this.close(this.str(vals[0]));
          return this.fflush();
        }
        const args: Expr[] = [];
        for (let i = 0; i < e.args.length; i++) {
          const a = e.args[i] as Expr;
          if ((e.name === 'sub' || e.name === 'gsub') && i === 2 && (a.k === 'field' || a.k === 'idx')) args.push(await this.resolveLv(a) as Expr);
          else args.push(await this.r(a));
        }
        return this.builtin(e.name, args);
      }
      case 'assign': { const t = await this.resolveLv(e.t); return this.ev({ k: 'assign', op: e.op, t, e: await this.r(e.e) }); }
      case 'incdec': return this.ev({ ...e, t: await this.resolveLv(e.t) });
      case 'field': return this.ev({ k: 'field', e: await this.r(e.e) });
      case 'idx': return this.ev({ k: 'idx', arr: e.arr, subs: await this.resolveList(e.subs) });
      case 'in': return this.ev({ k: 'in', arr: e.arr, subs: await this.resolveList(e.subs) });
      case 'not': case 'neg': case 'pos': return this.ev({ k: e.k, e: await this.r(e.e) });
      case 'bin': case 'cmp': case 'cat': case 'match': {
        const x = await this.r(e.x);
        return this.ev({ ...e, x, y: await this.r(e.y) } as Expr);
      }
      default: return this.ev(e);
    }
  }

  // ---- statements ----
  exec(s: Stmt): number {
    switch (s.k) {
      case 'expr': this.ev(s.e); return NORMAL;
      case 'block':
        for (const x of s.body) { const c = this.exec(x); if (c !== NORMAL) return c; }
        return NORMAL;
      case 'if':
        if (toBool(this.ev(s.c))) return this.exec(s.t);
        return s.f ? this.exec(s.f) : NORMAL;
      case 'while':
        while (toBool(this.ev(s.c))) {
          this.tick();
          const c = this.exec(s.body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        }
        return NORMAL;
      case 'do':
        do {
          this.tick();
          const c = this.exec(s.body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        } while (toBool(this.ev(s.c)));
        return NORMAL;
      case 'for':
        if (s.init) this.ev(s.init);
        while (!s.c || toBool(this.ev(s.c))) {
          this.tick();
          const c = this.exec(s.body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
          if (s.step) this.ev(s.step);
        }
        return NORMAL;
      case 'forin': {
        const keys = [...this.arr(s.arr).keys()];
        const a = this.arr(s.arr);
        for (const k of keys) {
          if (!a.has(k)) continue;
          this.setLv(s.v, new StrNum(k));
          const c = this.exec(s.body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        }
        return NORMAL;
      }
      case 'delete':
        if (s.subs) this.arr(s.arr).delete(this.key(s.subs)); else this.arr(s.arr).clear();
        return NORMAL;
      case 'next': return NEXT;
      case 'nextfile': return NEXTFILE;
      case 'break': return BREAK;
      case 'continue': return CONTINUE;
      case 'exit': if (s.e) this.exitCode = toNum(this.ev(s.e)) & 255; return EXIT;
      case 'return': this.retVal = s.e ? this.ev(s.e) : undefined; return RETURN;
      case 'print': case 'printf': this.printSync(s.k, s.args); return NORMAL;
    }
  }

  private fmt(vals: V[], fn: string): string {
    try { return sprintf(this.str(vals[0]), vals.slice(1), toNum, (v) => this.str(v), fn); } catch (e) {
      if (e instanceof FormatError) throw new AwkError(e.message);
      throw e;
    }
  }

  private printSync(k: 'print' | 'printf', args: Expr[]): void {
    if (k === 'printf') { this.out.push(this.fmt(args.map((a) => this.ev(a)), 'printf')); return; }
    let text: string;
    const n = args.length;
    if (n === 0) text = this.record();
    else {
      text = this.outStr(this.ev(args[0] as Expr));
      if (n > 1) {
        const ofs = this.gstr(G.OFS);
        for (let i = 1; i < n; i++) text += ofs + this.outStr(this.ev(args[i] as Expr));
      }
    }
    this.out.push(text + this.gstr(G.ORS));
  }

  private printText(k: 'print' | 'printf', vals: V[]): string {
    if (k === 'printf') return this.fmt(vals, 'printf');
    if (vals.length === 0) return this.record() + this.gstr(G.ORS);
    let text = '';
    const ofs = this.gstr(G.OFS);
    for (let i = 0; i < vals.length; i++) text += (i ? ofs : '') + this.outStr(vals[i]);
    return text + this.gstr(G.ORS);
  }

  private lastYield = Date.now();
  /** Every few thousand loop turns: honour abort, drain output, and let the event loop run
   *  (timers, the executor's timeout) when the loop has been busy for a while. */
  private async pause(): Promise<void> {
    checkAbort(this.ctx);
    await this.out.flushIfFull();
    const now = Date.now();
    if (now - this.lastYield > 20) {
      await new Promise<void>((r) => setTimeout(r, 0));
      this.lastYield = Date.now();
      checkAbort(this.ctx);
    }
  }

  private tick(): void {
    if ((++this.ticks & 0xfff) === 0) checkAbort(this.ctx);
  }

  async execA(s: Stmt): Promise<number> {
    if (!s.a) return this.exec(s);
    switch (s.k) {
      case 'expr': await this.eva(s.e); return NORMAL;
      case 'block':
        for (const x of s.body) { const c = x.a ? await this.execA(x) : this.exec(x); if (c !== NORMAL) return c; }
        return NORMAL;
      case 'if':
        if (toBool(await this.eva(s.c))) return this.execA(s.t);
        return s.f ? this.execA(s.f) : NORMAL;
      case 'while': {
        const c0 = s.c, body = s.body;
        while (toBool(c0.a ? await this.eva(c0) : this.ev(c0))) {
          if ((++this.ticks & 0xfff) === 0) await this.pause();
          const c = body.a ? await this.execA(body) : this.exec(body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        }
        return NORMAL;
      }
      case 'do': {
        const c0 = s.c, body = s.body;
        do {
          if ((++this.ticks & 0xfff) === 0) await this.pause();
          const c = body.a ? await this.execA(body) : this.exec(body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        } while (toBool(c0.a ? await this.eva(c0) : this.ev(c0)));
        return NORMAL;
      }
      case 'for': {
        const c0 = s.c, body = s.body, step = s.step;
        if (s.init) await this.eva(s.init);
        while (!c0 || toBool(c0.a ? await this.eva(c0) : this.ev(c0))) {
          if ((++this.ticks & 0xfff) === 0) await this.pause();
          const c = body.a ? await this.execA(body) : this.exec(body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
          if (step) { if (step.a) await this.eva(step); else this.ev(step); }
        }
        return NORMAL;
      }
      case 'forin': {
        const a = this.arr(s.arr);
        const body = s.body;
        for (const k of [...a.keys()]) {
          if (!a.has(k)) continue;
          if ((++this.ticks & 0xfff) === 0) await this.pause();
          this.setLv(await this.resolveLv(s.v), new StrNum(k));
          const c = body.a ? await this.execA(body) : this.exec(body);
          if (c === BREAK) break;
          if (c !== NORMAL && c !== CONTINUE) return c;
        }
        return NORMAL;
      }
      case 'delete':
        if (s.subs) this.arr(s.arr).delete(this.key(await this.resolveList(s.subs))); else this.arr(s.arr).clear();
        return NORMAL;
      case 'exit': if (s.e) this.exitCode = toNum(await this.eva(s.e)) & 255; return EXIT;
      case 'return': this.retVal = s.e ? await this.eva(s.e) : undefined; return RETURN;
      case 'print': case 'printf': {
        const vals: V[] = [];
        for (const a of s.args) vals.push(await this.eva(a));
        const text = this.printText(s.k, vals);
        if (!s.redir) { this.out.push(text); await this.out.flushIfFull(); return NORMAL; }
        await this.emit(s.redir.op, this.str(await this.eva(s.redir.e)), text);
        return NORMAL;
      }
      default: return this.exec(s);
    }
  }

  // ---- output streams ----
  private async emit(op: '>' | '>>' | '|', name: string, text: string): Promise<void> {
    if (op !== '|' && (name === '/dev/stdout' || name === '-')) { this.out.push(text); await this.out.flushIfFull(); return; }
    if (op !== '|' && name === '/dev/null') return;
    if (op !== '|' && name === '/dev/stderr') { await this.out.flush(); await this.err.write(text); await this.err.flush(); return; }
    let o = this.outputs.get(name);
    if (!o) {
      o = { op, parts: [], size: 0, path: op === '|' ? name : resolvePath(this.ctx.cwd, name) };
      if (op === '>') {
        try { await this.ctx.fs.writeFile(o.path, ''); } catch (e) { rethrowFatal(e); throw new AwkError(`cannot open "${name}" for output (${errorText(e)})`); }
      }
      this.outputs.set(name, o);
    }
    o.parts.push(text); o.size += text.length;
    if (o.op !== '|' && o.size > 65536) await this.flushOutput(o);
  }
  private async flushOutput(o: Output): Promise<void> {
    if (o.op === '|' || o.parts.length === 0) return;
    const data = o.parts.join('');
    o.parts = []; o.size = 0;
    try { await this.ctx.fs.appendFile(o.path, data); } catch (e) { rethrowFatal(e); throw new AwkError(`cannot write to "${o.path}" (${errorText(e)})`); }
  }
  private async closeOutput(name: string, o: Output): Promise<number> {
    this.outputs.delete(name);
    if (o.op !== '|') { await this.flushOutput(o); return 0; }
    await this.out.flush();
    const data = o.parts.join('');
    return this.runShell(name, { stdin: new RecordReaderSource(data) });
  }
  private async runShell(cmd: string, io: { stdin?: RecordReaderSource; stdout?: ByteSink }): Promise<number> {
    const argv = this.ctx.commands.has('sh') || !/^[\w./ =-]+$/.test(cmd) ? ['sh', '-c', cmd] : cmd.trim().split(/\s+/);
    return this.ctx.exec(argv, io);
  }
  async system(cmd: string): Promise<number> {
    await this.fflush();
    return this.runShell(cmd, {});
  }
  async close(name: string): Promise<number> {
    let r = -1;
    const o = this.outputs.get(name);
    if (o) r = await this.closeOutput(name, o);
    if (this.readers.has(name)) { this.readers.delete(name); r = 0; }
    return r;
  }
  async fflush(): Promise<number> {
    await this.out.flush();
    for (const o of this.outputs.values()) await this.flushOutput(o);
    return 0;
  }
  async closeAll(): Promise<void> {
    await this.out.flush();
    for (const [n, o] of [...this.outputs]) await this.closeOutput(n, o);
    await this.out.flush();
    await this.err.flush();
  }

  // ---- input ----
  rsMode(): RsMode {
    const rs = this.globals[G.RS] as V;
    if (rs === this.rsCacheKey) return this.rsCache;
    const s = this.str(rs);
    this.rsCacheKey = rs;
    this.rsCache = s === '' ? { kind: 'para' } : s.length === 1 ? { kind: 'char', c: s } : { kind: 're', re: compileRegex(s, false, true) };
    return this.rsCache;
  }

  /** Open the next main input operand; false when none is left. */
  private async openNext(): Promise<boolean> {
    if (this.inputDone) return false;
    for (;;) {
      const argc = toNum(this.globals[G.ARGC] as V);
      if (this.argi >= argc) {
        if (this.usedFile) { this.inputDone = true; return false; }
        this.usedFile = true;
        this.cur = new RecordReader(inputChunks(this.ctx, '-'));
        this.globals[G.FNR] = 0;
        return true;
      }
      const av = this.globals[G.ARGV];
      const arg = av instanceof Map ? this.str(av.get(String(this.argi))) : '';
      this.argi++;
      if (arg === '') continue;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(arg);
      if (m) { this.assignVar(m[1] as string, m[2] as string); continue; }
      this.usedFile = true;
      const reader = arg === '/dev/null' ? new RecordReader(null, '') : new RecordReader(inputChunks(this.ctx, arg === '/dev/stdin' ? '-' : arg));
      try { await reader.fill(); } catch (e) {
        rethrowFatal(e);
        throw new AwkFatal(`cannot open ${arg} (${errorText(e)})`);
      }
      this.globals[G.FILENAME] = arg;
      this.globals[G.FNR] = 0;
      this.cur = reader;
      return true;
    }
  }

  assignVar(name: string, raw: string): void {
    const i = this.prog.globals.indexOf(name);
    const v = new StrNum(unescape(raw, false));
    if (i < 0) return;
    if (name === 'NF') { this.setNF(toNum(v)); return; }
    if (this.globals[i] instanceof Map) throw new AwkError(`can't assign to ${name}; it's an array name.`);
    this.globals[i] = v;
  }

  /** The next main-input record (updates NR, FNR), or null at the end. */
  private async nextMain(): Promise<string | null> {
    for (;;) {
      if (!this.cur && !(await this.openNext())) return null;
      const cur = this.cur as RecordReader;
      const r = cur.nextSync(this.rsMode());
      if (r === NEED) { await cur.fill(); continue; }
      if (r === END) { this.cur = null; continue; }
      this.globals[G.NR] = toNum(this.globals[G.NR] as V) + 1;
      this.globals[G.FNR] = toNum(this.globals[G.FNR] as V) + 1;
      if (this.prog.globals.length > G.RT) this.globals[G.RT] = cur.rt;
      return r;
    }
  }

  private async getline(src: 'main' | 'file' | 'cmd', t: LValue | null, from: V): Promise<V> {
    let rec: string | null;
    if (src === 'main') {
      rec = await this.nextMain();
      if (rec === null) return 0;
    } else {
      const name = this.str(from);
      let rd = this.readers.get(name);
      if (!rd) {
        if (src === 'file') {
          rd = new RecordReader(name === '-' || name === '/dev/stdin' ? inputChunks(this.ctx, '-') : inputChunks(this.ctx, name));
          try { await rd.fill(); } catch (e) { rethrowFatal(e); return -1; }
        } else {
          await this.fflush();
          const sink = new Capture();
          await this.runShell(name, { stdout: sink });
          rd = new RecordReader(null, sink.text());
        }
        this.readers.set(name, rd);
      }
      for (;;) {
        const r = rd.nextSync(this.rsMode());
        if (r === NEED) { await rd.fill(); continue; }
        rec = r === END ? null : r;
        break;
      }
      if (rec === null) return 0;
      if (src === 'cmd' || !t) {
        if (src === 'cmd') this.globals[G.NR] = toNum(this.globals[G.NR] as V) + 1;
      }
    }
    if (t) this.setLv(t, new StrNum(rec));
    else { this.setRecord(rec); }
    return 1;
  }

  // ---- program ----
  async run(): Promise<number> {
    const items = this.prog.items;
    const begins = items.filter((i) => i.kind === 'begin');
    const mains = items.filter((i) => i.kind === 'main');
    const ends = items.filter((i) => i.kind === 'end');
    this.rangeOn = mains.map(() => false);
    let exiting = false;
    try {
      for (const it of begins) {
        const c = await this.runAction(it.action as Stmt);
        if (c === EXIT) { exiting = true; break; }
      }
      if (!exiting && (mains.length > 0 || ends.length > 0)) {
        const mainAsync = mains.some((m) => m.p1?.a || m.p2?.a || m.action?.a);
        let n = 0;
        recs: for (;;) {
          // Fast path: records already in the buffer.
          let r: string | typeof NEED | typeof END;
          const cur = this.cur;
          if (cur) {
            r = cur.nextSync(this.rsMode());
            if (r === NEED) { await cur.fill(); continue; }
            if (r === END) { this.cur = null; continue; }
            this.globals[G.NR] = toNum(this.globals[G.NR] as V) + 1;
            this.globals[G.FNR] = toNum(this.globals[G.FNR] as V) + 1;
            if (this.prog.globals.length > G.RT) this.globals[G.RT] = cur.rt;
          } else {
            const rec = await this.nextMain();
            if (rec === null) break;
            r = rec;
          }
          this.setRecord(r);
          for (let i = 0; i < mains.length; i++) {
            const it = mains[i] as (typeof mains)[number];
            let hit: boolean;
            if (!it.p1) hit = true;
            else if (!it.range) hit = toBool(it.p1.a ? await this.eva(it.p1) : this.ev(it.p1));
            else if (this.rangeOn[i]) {
              hit = true;
              if (toBool(it.p2?.a ? await this.eva(it.p2) : this.ev(it.p2 as Expr))) this.rangeOn[i] = false;
            } else if (toBool(it.p1.a ? await this.eva(it.p1) : this.ev(it.p1))) {
              hit = true;
              if (!toBool(it.p2?.a ? await this.eva(it.p2) : this.ev(it.p2 as Expr))) this.rangeOn[i] = true;
            } else hit = false;
            if (!hit) continue;
            let c: number;
            if (!it.action) { this.out.push(this.record() + this.gstr(G.ORS)); c = NORMAL; }
            else c = mainAsync ? await this.runAction(it.action) : this.runActionSync(it.action);
            if (c === NEXT) break;
            if (c === NEXTFILE) { this.cur = null; break; }
            if (c === EXIT) { exiting = true; break recs; }
          }
          if ((++n & 63) === 0 || mainAsync) { await this.out.flushIfFull(); if ((n & 1023) === 0) checkAbort(this.ctx); }
        }
      }
      for (const it of ends) {
        const c = await this.runAction(it.action as Stmt);
        if (c === EXIT) break;
      }
    } finally {
      await this.closeAll();
    }
    return this.exitCode;
  }

  private runActionSync(s: Stmt): number {
    try { return this.exec(s); } catch (e) { if (e instanceof ControlSignal) return e.code; throw e; }
  }
  private async runAction(s: Stmt): Promise<number> {
    try { return await this.execA(s); } catch (e) { if (e instanceof ControlSignal) return e.code; throw e; }
  }
}

/** A ByteSource over a string (input of `print | "cmd"`). */
class RecordReaderSource {
  private done = false;
  constructor(private readonly text: string) {}
  async read(): Promise<Uint8Array | null> {
    if (this.done) return null;
    this.done = true;
    return new TextEncoder().encode(this.text);
  }
  close(): void { this.done = true; }
}

/** A ByteSink that keeps what is written (output of `"cmd" | getline`). */
class Capture {
  private parts: Uint8Array[] = [];
  async write(d: Uint8Array | string): Promise<void> { this.parts.push(typeof d === 'string' ? new TextEncoder().encode(d) : d.slice()); }
  text(): string {
    const n = this.parts.reduce((a, p) => a + p.length, 0);
    const all = new Uint8Array(n);
    let o = 0;
    for (const p of this.parts) { all.set(p, o); o += p.length; }
    return new TextDecoder().decode(all);
  }
}

/** Standard output: text is gathered in a string (cheap appends) and encoded in ~32 KiB pieces
 *  into an OutBuffer, which hands ~64 KiB batches to the sink. */
class TextOut {
  private pend = '';
  private readonly buf: OutBuffer;
  constructor(sink: ByteSink) { this.buf = new OutBuffer(sink); }
  push(text: string): void {
    this.pend += text;
    if (this.pend.length > 32768) { this.buf.push(this.pend); this.pend = ''; }
  }
  async flushIfFull(): Promise<void> {
    if (this.pend.length > 32768) { this.buf.push(this.pend); this.pend = ''; }
    await this.buf.flushIfFull();
  }
  async flush(): Promise<void> {
    if (this.pend) { this.buf.push(this.pend); this.pend = ''; }
    await this.buf.flush();
  }
}
