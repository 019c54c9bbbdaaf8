// awk parser: tokens → AST. Names resolve to global slots or function-local slots here; calls to
// user functions resolve after the whole program is read. Nodes that may wait (getline, system,
// close, fflush, print with a redirection, loops, which pause now and then, and calls to functions
// doing any of these) get a = true so the interpreter can run everything else synchronously.
import { tokenize, AwkSyntaxError, type Token } from './lexer.js';

export type LValue = VarRef | { k: 'nf'; a?: boolean } | { k: 'field'; e: Expr; a?: boolean } | { k: 'idx'; arr: VarRef; subs: Expr[]; a?: boolean };
export interface VarRef { k: 'var'; g: boolean; i: number; name: string; a?: boolean }

export type Expr = (
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; re: string }
  | VarRef
  | { k: 'nf' }
  | { k: 'field'; e: Expr }
  | { k: 'idx'; arr: VarRef; subs: Expr[] }
  | { k: 'in'; subs: Expr[]; arr: VarRef }
  | { k: 'assign'; op: string; t: LValue; e: Expr }
  | { k: 'cond'; c: Expr; x: Expr; y: Expr }
  | { k: 'and' | 'or'; x: Expr; y: Expr }
  | { k: 'not' | 'neg' | 'pos' | 'group'; e: Expr }
  | { k: 'bin'; op: string; x: Expr; y: Expr }
  | { k: 'cmp'; op: string; x: Expr; y: Expr }
  | { k: 'match'; neg: boolean; x: Expr; y: Expr }
  | { k: 'cat'; x: Expr; y: Expr }
  | { k: 'incdec'; pre: boolean; d: number; t: LValue }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'ucall'; name: string; args: Expr[]; fn: number }
  | { k: 'getline'; src: 'main' | 'file' | 'cmd'; t: LValue | null; from: Expr | null }
  | { k: 'grouplist'; items: Expr[] }
) & { a?: boolean };

export interface Redir { op: '>' | '>>' | '|'; e: Expr }

export type Stmt = (
  | { k: 'expr'; e: Expr }
  | { k: 'print' | 'printf'; args: Expr[]; redir: Redir | null }
  | { k: 'if'; c: Expr; t: Stmt; f: Stmt | null }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init: Expr | null; c: Expr | null; step: Expr | null; body: Stmt }
  | { k: 'forin'; v: LValue; arr: VarRef; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit' | 'return'; e: Expr | null }
  | { k: 'delete'; arr: VarRef; subs: Expr[] | null }
) & { a?: boolean };

export interface Item { kind: 'begin' | 'end' | 'main'; p1: Expr | null; p2: Expr | null; range: boolean; action: Stmt | null }
export interface Func { name: string; params: string[]; body: Stmt; arrayParam: boolean[]; a: boolean }
export interface Program { items: Item[]; funcs: Func[]; globals: string[] }

export const SPECIALS = ['NR', 'FNR', 'FS', 'OFS', 'ORS', 'RS', 'FILENAME', 'SUBSEP', 'RSTART', 'RLENGTH', 'CONVFMT', 'OFMT', 'ENVIRON', 'ARGC', 'ARGV', 'RT'] as const;
export const G = Object.fromEntries(SPECIALS.map((n, i) => [n, i])) as Record<(typeof SPECIALS)[number], number>;

/** [min, max] arguments of the builtins. */
const ARITY: Record<string, [number, number]> = {
  length: [0, 1], substr: [2, 3], index: [2, 2], split: [2, 3], sub: [2, 3], gsub: [2, 3], match: [2, 3],
  sprintf: [1, 255], sin: [1, 1], cos: [1, 1], atan2: [2, 2], exp: [1, 1], log: [1, 1], sqrt: [1, 1], int: [1, 1],
  rand: [0, 0], srand: [0, 1], tolower: [1, 1], toupper: [1, 1], system: [1, 1], close: [1, 2], fflush: [0, 1],
};

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=', '**=']);

class Parser {
  private p = 0;
  private globals = new Map<string, number>();
  private locals: Map<string, number> | null = null;
  private funcIndex = new Map<string, number>();
  private calls: { k: 'ucall'; name: string; fn: number; line: number; args: Expr[] }[] = [];
  private noGt = 0;
  private noIn = 0;
  funcs: Func[] = [];

  constructor(private toks: Token[]) { SPECIALS.forEach((n, i) => this.globals.set(n, i)); }

  get t(): Token { return this.toks[this.p] as Token; }
  private peek(n = 1): Token { return (this.toks[this.p + n] ?? this.toks[this.toks.length - 1]) as Token; }
  private is(text: string): boolean { const t = this.t; return (t.kind === 'op' || t.kind === 'kw') && t.text === text; }
  private next(): Token { const t = this.t; if (t.kind !== 'eof') this.p++; return t; }
  fail(t: Token = this.t): never {
    if (t.kind === 'eof') throw new AwkSyntaxError(t.line, 'syntax error at or near end of file');
    throw new AwkSyntaxError(t.line, `syntax error at or near ${t.kind === 'nl' ? 'end of line' : t.text}`);
  }
  private expect(text: string): Token { if (!this.is(text)) this.fail(); return this.next(); }
  private nls(): void { while (this.t.kind === 'nl') this.p++; }
  private terms(): void { while (this.t.kind === 'nl' || this.is(';')) this.p++; }

  program(): Program {
    const items: Item[] = [];
    this.terms();
    while (this.t.kind !== 'eof') {
      if (this.is('function')) this.func();
      else items.push(this.item());
      this.terms();
    }
    for (const c of this.calls) {
      const fi = this.funcIndex.get(c.name);
      if (fi === undefined) throw new AwkSyntaxError(this.t.line, `function ${c.name} never defined`);
      c.fn = fi;
      if (c.args.length > (this.funcs[fi] as Func).params.length) throw new AwkSyntaxError(c.line, `too many arguments in call to ${c.name}`);
    }
    const globals: string[] = [];
    for (const [n, i] of this.globals) globals[i] = n;
    return { items, funcs: this.funcs, globals };
  }

  private func(): void {
    this.next();
    const nameTok = this.next();
    if (nameTok.kind !== 'name' && nameTok.kind !== 'funcname') this.fail(nameTok);
    if (this.funcIndex.has(nameTok.text)) throw new AwkSyntaxError(nameTok.line, `function ${nameTok.text} redefined`);
    const idx = this.funcs.length;
    this.funcIndex.set(nameTok.text, idx);
    const f: Func = { name: nameTok.text, params: [], body: { k: 'block', body: [] }, arrayParam: [], a: false };
    this.funcs.push(f);
    this.expect('(');
    this.locals = new Map();
    while (!this.is(')')) {
      const pt = this.next();
      if (pt.kind !== 'name') this.fail(pt);
      this.locals.set(pt.text, f.params.length);
      f.params.push(pt.text);
      this.nls();
      if (this.is(',')) { this.next(); this.nls(); } else if (!this.is(')')) this.fail();
    }
    this.next();
    this.nls();
    f.body = this.block();
    this.locals = null;
  }

  private item(): Item {
    if (this.is('BEGIN') || this.is('END')) {
      const kind = this.next().text === 'BEGIN' ? 'begin' : 'end';
      this.nls();
      if (!this.is('{')) this.fail();
      return { kind, p1: null, p2: null, range: false, action: this.block() };
    }
    let p1: Expr | null = null, p2: Expr | null = null, range = false;
    if (!this.is('{')) {
      p1 = this.expr();
      if (this.is(',')) { this.next(); this.nls(); range = true; p2 = this.expr(); }
    }
    const action = this.is('{') ? this.block() : null;
    if (action === null && !(this.t.kind === 'nl' || this.is(';') || this.t.kind === 'eof')) this.fail();
    return { kind: 'main', p1, p2, range, action };
  }

  private block(): Stmt {
    this.expect('{');
    const body: Stmt[] = [];
    this.terms();
    while (!this.is('}')) {
      if (this.t.kind === 'eof') throw new AwkSyntaxError(this.t.line, 'missing } near end of file');
      body.push(this.stmt());
      this.terms();
    }
    this.next();
    return { k: 'block', body };
  }

  /** After a simple statement: ';' or newline (consumed), or '}' / end (left). */
  private endSimple(): void {
    if (this.is(';') || this.t.kind === 'nl') { this.next(); return; }
    if (this.is('}') || this.t.kind === 'eof') return;
    this.fail();
  }

  private body(): Stmt {
    this.nls();
    if (this.is(';')) { this.next(); return { k: 'block', body: [] }; }
    return this.stmt();
  }

  private stmt(): Stmt {
    const t = this.t;
    if (this.is('{')) return this.block();
    if (t.kind === 'kw') {
      switch (t.text) {
        case 'if': {
          this.next(); this.expect('(');
          const c = this.expr();
          this.expect(')');
          const th = this.body();
          const save = this.p;
          this.terms();
          if (this.is('else')) { this.next(); return { k: 'if', c, t: th, f: this.body() }; }
          this.p = save;
          return { k: 'if', c, t: th, f: null };
        }
        case 'while': {
          this.next(); this.expect('(');
          const c = this.expr();
          this.expect(')');
          if (this.is(';')) { this.next(); return { k: 'while', c, body: { k: 'block', body: [] } }; }
          return { k: 'while', c, body: this.body() };
        }
        case 'do': {
          this.next();
          const body = this.body();
          this.terms();
          if (!this.is('while')) this.fail();
          this.next(); this.expect('(');
          const c = this.expr();
          this.expect(')');
          this.endSimple();
          return { k: 'do', body, c };
        }
        case 'for': {
          this.next(); this.expect('(');
          if (this.t.kind === 'name' && this.peek().kind === 'kw' && this.peek().text === 'in' && this.peek(2).kind === 'name' && this.peek(3).text === ')') {
            const v = this.varRef(this.next());
            this.next();
            const arr = this.varRef(this.next());
            this.next();
            return { k: 'forin', v, arr, body: this.body() };
          }
          if (this.is('(') && this.t.kind === 'op' && this.peek().kind === 'name' && this.peek(2).text === 'in' && this.peek(3).kind === 'name' && this.peek(4).text === ')' && this.peek(5).text === ')') {
            this.next();
            const v = this.varRef(this.next());
            this.next();
            const arr = this.varRef(this.next());
            this.next(); this.next();
            return { k: 'forin', v, arr, body: this.body() };
          }
          const init = this.is(';') ? null : this.simpleOrExpr();
          this.expect(';'); this.nls();
          const c = this.is(';') ? null : this.expr();
          this.expect(';'); this.nls();
          const step = this.is(')') ? null : this.simpleOrExpr();
          this.expect(')');
          if (this.is(';')) { this.next(); return { k: 'for', init, c, step, body: { k: 'block', body: [] } }; }
          return { k: 'for', init, c, step, body: this.body() };
        }
        case 'next': case 'nextfile': case 'break': case 'continue': {
          this.next(); this.endSimple();
          return { k: t.text as 'next' };
        }
        case 'exit': case 'return': {
          this.next();
          const e = this.is(';') || this.is('}') || this.t.kind === 'nl' || this.t.kind === 'eof' ? null : this.expr();
          this.endSimple();
          return { k: t.text as 'exit', e };
        }
        case 'delete': {
          this.next();
          const nt = this.next();
          if (nt.kind !== 'name') this.fail(nt);
          const arr = this.varRef(nt);
          let subs: Expr[] | null = null;
          if (this.is('[')) { this.next(); subs = this.exprList(']'); }
          this.endSimple();
          return { k: 'delete', arr, subs };
        }
        case 'print': case 'printf': {
          this.next();
          let args: Expr[] = [];
          this.noGt++;
          if (!(this.is(';') || this.is('}') || this.is('>') || this.is('>>') || this.is('|') || this.t.kind === 'nl' || this.t.kind === 'eof')) {
            args = [this.expr()];
            while (this.is(',')) { this.next(); this.nls(); args.push(this.expr()); }
          }
          this.noGt--;
          const first = args[0];
          if (args.length === 1 && first && first.k === 'grouplist') args = first.items;
          if (t.text === 'printf' && args.length === 0) this.fail();
          let redir: Redir | null = null;
          if (this.is('>') || this.is('>>') || this.is('|')) {
            const op = this.next().text as Redir['op'];
            redir = { op, e: this.concat() };
          }
          this.endSimple();
          return { k: t.text as 'print', args, redir };
        }
        default: break;
      }
    }
    const e = this.expr();
    this.endSimple();
    return { k: 'expr', e };
  }

  private simpleOrExpr(): Expr { return this.expr(); }

  private varRef(t: Token): VarRef {
    if (t.kind !== 'name' && t.kind !== 'funcname') this.fail(t);
    const li = this.locals?.get(t.text);
    if (li !== undefined) return { k: 'var', g: false, i: li, name: t.text };
    if (this.funcIndex.has(t.text) && this.locals === null) this.fail(t);
    let gi = this.globals.get(t.text);
    if (gi === undefined) { gi = this.globals.size; this.globals.set(t.text, gi); }
    return { k: 'var', g: true, i: gi, name: t.text };
  }

  private exprList(close: string): Expr[] {
    const saveGt = this.noGt, saveIn = this.noIn;
    this.noGt = 0; this.noIn = 0;
    this.nls();
    const list = [this.expr()];
    while (this.is(',')) { this.next(); this.nls(); list.push(this.expr()); }
    this.nls();
    this.noGt = saveGt; this.noIn = saveIn;
    this.expect(close);
    return list;
  }

  expr(): Expr {
    const left = this.ternary();
    if (this.t.kind === 'op' && ASSIGN_OPS.has(this.t.text)) {
      if (left.k !== 'var' && left.k !== 'nf' && left.k !== 'field' && left.k !== 'idx') return left;
      const op = this.next().text;
      this.nls();
      return { k: 'assign', op: op === '**=' ? '^=' : op, t: left, e: this.expr() };
    }
    return left;
  }

  private ternary(): Expr {
    const c = this.or();
    if (!this.is('?')) return c;
    this.next(); this.nls();
    const x = this.expr();
    this.nls();
    this.expect(':'); this.nls();
    return { k: 'cond', c, x, y: this.expr() };
  }

  private or(): Expr {
    let x = this.and();
    while (this.is('||')) { this.next(); this.nls(); x = { k: 'or', x, y: this.and() }; }
    return x;
  }

  private and(): Expr {
    let x = this.inExpr();
    while (this.is('&&')) { this.next(); this.nls(); x = { k: 'and', x, y: this.inExpr() }; }
    return x;
  }

  private inExpr(): Expr {
    let x = this.matchExpr();
    while (this.is('in') && this.noIn === 0) {
      this.next();
      const arr = this.varRef(this.next());
      x = { k: 'in', subs: x.k === 'grouplist' ? x.items : [x], arr };
    }
    return x;
  }

  private matchExpr(): Expr {
    let x = this.comparison();
    while (this.is('~') || this.is('!~')) {
      const neg = this.next().text === '!~';
      x = { k: 'match', neg, x, y: this.comparison() };
    }
    return x;
  }

  private comparison(): Expr {
    const x = this.pipeGetline();
    const t = this.t;
    if (t.kind === 'op' && (t.text === '<' || t.text === '<=' || t.text === '!=' || t.text === '==' || t.text === '>=' || (t.text === '>' && this.noGt === 0))) {
      this.next();
      return { k: 'cmp', op: t.text, x, y: this.pipeGetline() };
    }
    return x;
  }

  private pipeGetline(): Expr {
    let x = this.concat();
    while (this.is('|') && this.peek().kind === 'kw' && this.peek().text === 'getline') {
      this.next(); this.next();
      x = { k: 'getline', src: 'cmd', t: this.optLvalue(), from: x };
    }
    return x;
  }

  private startsOperand(): boolean {
    const t = this.t;
    switch (t.kind) {
      case 'num': case 'str': case 'ere': case 'name': case 'funcname': case 'builtin': return true;
      case 'op': return t.text === '$' || t.text === '!' || t.text === '(' || t.text === '-' || t.text === '+' || t.text === '++' || t.text === '--';
      case 'kw': return t.text === 'getline' ? false : false;
      default: return false;
    }
  }

  concat(): Expr {
    let x = this.additive();
    for (;;) {
      const t = this.t;
      if (!this.startsOperand() || (t.kind === 'op' && (t.text === '-' || t.text === '+' || t.text === '!'))) break;
      if (this.is('in')) break;
      x = { k: 'cat', x, y: this.additive() };
    }
    return x;
  }

  private additive(): Expr {
    let x = this.mul();
    while (this.is('+') || this.is('-')) { const op = this.next().text; x = { k: 'bin', op, x, y: this.mul() }; }
    return x;
  }

  private mul(): Expr {
    let x = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) { const op = this.next().text; x = { k: 'bin', op, x, y: this.unary() }; }
    return x;
  }

  private unary(): Expr {
    if (this.is('!')) { this.next(); return { k: 'not', e: this.unary() }; }
    if (this.is('-')) { this.next(); return { k: 'neg', e: this.unary() }; }
    if (this.is('+')) { this.next(); return { k: 'pos', e: this.unary() }; }
    return this.power();
  }

  private power(): Expr {
    const x = this.postfix();
    if (this.is('^') || this.is('**')) {
      this.next();
      // Right associative; the exponent may carry its own sign.
      const y = this.is('-') ? (this.next(), { k: 'neg', e: this.powerOperand() } as Expr) : this.is('+') ? (this.next(), this.powerOperand()) : this.is('!') ? (this.next(), { k: 'not', e: this.powerOperand() } as Expr) : this.powerOperand();
      return { k: 'bin', op: '^', x, y };
    }
    return x;
  }

  private powerOperand(): Expr { return this.power(); }

  private isLvalue(e: Expr): e is LValue & Expr { return e.k === 'var' || e.k === 'nf' || e.k === 'field' || e.k === 'idx'; }

  private postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const d = this.next().text === '++' ? 1 : -1;
      const t = this.postfix();
      if (!this.isLvalue(t)) this.fail();
      return { k: 'incdec', pre: true, d, t };
    }
    const x = this.primary();
    if (this.isLvalue(x) && (this.is('++') || this.is('--'))) {
      const d = this.next().text === '++' ? 1 : -1;
      return { k: 'incdec', pre: false, d, t: x };
    }
    return x;
  }

  private optLvalue(): LValue | null {
    if (this.is('$')) {
      this.next();
      return { k: 'field', e: this.fieldOperand() };
    }
    if (this.t.kind === 'name') return this.nameRef() as LValue;
    return null;
  }

  private fieldOperand(): Expr {
    if (this.is('++') || this.is('--')) return this.postfix();
    if (this.is('-')) { this.next(); return { k: 'neg', e: this.fieldOperand() }; }
    return this.primary();
  }

  private nameRef(): Expr {
    const t = this.next();
    if (t.text === 'NF' && !(this.locals?.has('NF'))) return { k: 'nf' };
    const v = this.varRef(t);
    if (this.is('[')) { this.next(); return { k: 'idx', arr: v, subs: this.exprList(']') }; }
    return v;
  }

  private primary(): Expr {
    const t = this.t;
    switch (t.kind) {
      case 'num': this.next(); return { k: 'num', v: t.value as number };
      case 'str': this.next(); return { k: 'str', v: t.value as string };
      case 'ere': this.next(); return { k: 're', re: t.value as string };
      case 'name': return this.nameRef();
      case 'funcname': {
        this.next(); this.next();
        const args = this.is(')') ? (this.next(), []) : this.exprList(')');
        const node = { k: 'ucall' as const, name: t.text, args, fn: -1 };
        this.calls.push(Object.assign(node, { line: t.line }));
        return node;
      }
      case 'builtin': {
        this.next();
        if (!this.is('(')) {
          if (t.text === 'length') return { k: 'call', name: 'length', args: [] };
          this.fail();
        }
        this.next();
        const args = this.is(')') ? (this.next(), []) : this.exprList(')');
        const ar = ARITY[t.text];
        if (ar && (args.length < ar[0] || args.length > ar[1])) throw new AwkSyntaxError(t.line, `wrong number of arguments in call to ${t.text}`);
        return { k: 'call', name: t.text, args };
      }
      case 'op':
        if (t.text === '$') { this.next(); return { k: 'field', e: this.fieldOperand() }; }
        if (t.text === '(') {
          this.next();
          const saveGt = this.noGt; this.noGt = 0;
          const save = this.noIn; this.noIn = 0;
          this.nls();
          const list = [this.expr()];
          while (this.is(',')) { this.next(); this.nls(); list.push(this.expr()); }
          this.nls();
          this.noIn = save;
          this.noGt = saveGt;
          this.expect(')');
          if (list.length > 1) {
            if (this.is('in') ) { this.next(); return { k: 'in', subs: list, arr: this.varRef(this.next()) }; }
            return { k: 'grouplist', items: list };
          }
          return { k: 'group', e: list[0] as Expr };
        }
        if (t.text === '-' || t.text === '+' || t.text === '!') return this.unary();
        break;
      case 'kw':
        if (t.text === 'getline') {
          this.next();
          const tgt = this.optLvalue();
          if (this.is('<')) { this.next(); return { k: 'getline', src: 'file', t: tgt, from: this.fileOperand() }; }
          return { k: 'getline', src: 'main', t: tgt, from: null };
        }
        break;
      default: break;
    }
    return this.fail();
  }

  private fileOperand(): Expr { return this.postfix(); }
}

/** Mark nodes that may wait on I/O, and function parameters used as arrays. */
function analyze(prog: Program): void {
  const kids = (n: object): object[] => {
    const out: object[] = [];
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'k' in x) out.push(x); }
      else if (v && typeof v === 'object' && 'k' in v) out.push(v);
      else if (v && typeof v === 'object' && 'op' in v && 'e' in v) out.push((v as Redir).e);
    }
    return out;
  };
  const mark = (n: { k: string; a?: boolean; name?: string; fn?: number }): boolean => {
    let a = false;
    for (const c of kids(n)) if (mark(c as { k: string })) a = true;
    if (n.k === 'getline') a = true;
    if (n.k === 'call' && (n.name === 'system' || n.name === 'close' || n.name === 'fflush')) a = true;
    if (n.k === 'ucall' && prog.funcs[n.fn as number]?.a) a = true;
    if ((n.k === 'print' || n.k === 'printf') && (n as unknown as { redir: Redir | null }).redir) a = true;
    // Loops pause now and then (output back-pressure, abort, letting timers run).
    if (n.k === 'while' || n.k === 'do' || n.k === 'for' || n.k === 'forin') a = true;
    n.a = a;
    return a;
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const f of prog.funcs) { const was = f.a; f.a = mark(f.body); if (f.a !== was) changed = true; }
  }
  for (const it of prog.items) for (const n of [it.p1, it.p2, it.action]) if (n) mark(n);
  // Array parameters: used with subscripts, in, delete, for-in, split(), or passed on as such.
  const arrayUse = (n: object, f: Func, fi: number): boolean => {
    let changed = false;
    const setArr = (r: VarRef | Expr | undefined): void => {
      if (r && r.k === 'var' && !r.g && !f.arrayParam[r.i]) { f.arrayParam[r.i] = true; changed = true; }
    };
    const rec = (x: object): void => {
      const e = x as Expr;
      if (e.k === 'idx' || e.k === 'in') setArr(e.arr);
      if ((x as Stmt).k === 'delete' || (x as Stmt).k === 'forin') setArr((x as { arr: VarRef }).arr);
      if (e.k === 'call' && e.name === 'split') setArr(e.args[1]);
      if (e.k === 'ucall') {
        const callee = prog.funcs[e.fn];
        e.args.forEach((arg, j) => { if (callee?.arrayParam[j]) setArr(arg); });
      }
      for (const c of kids(x)) rec(c);
    };
    void fi;
    rec(n);
    return changed;
  };
  for (let changed = true; changed;) {
    changed = false;
    prog.funcs.forEach((f, fi) => { if (arrayUse(f.body, f, fi)) changed = true; });
  }
}

export function parse(src: string): Program {
  const p = new Parser(tokenize(src));
  const prog = p.program();
  analyze(prog);
  return prog;
}
