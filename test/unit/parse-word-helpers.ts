// Test helpers for parse-word-*.test.ts: lower a word with a fresh Encoder and print it compactly,
// and evaluate A_* trees with 64-bit wrap-around like bash.
//
// Compact form: W(…) word, L"…" LIT, S"…" SQ, D(…) DQ, T"user" TILDE, C<src@line> CMDSUB,
// P<…> PROCSUB, A(expr) ARITH, AD(word) ARITH_DYN, $name simple PARAM,
// ${name OP flags a1=… a2=… i=…} braced PARAM. Arith: numbers, names, name[i], (OP x…), (= x v).
import { Encoder, type Segment, type Ref } from '../../src/parse/encoder.js';
import {
  K_NAMES, PO_NAMES, AO_NAMES, PF_BRACED, PF_NAMES, K_LIST, K_SQ,
  AO_NEG, AO_POS, AO_LNOT, AO_BNOT, AO_PREINC, AO_PREDEC, AO_POSTINC, AO_POSTDEC,
  AO_ADD, AO_SUB, AO_MUL, AO_DIV, AO_MOD, AO_POW, AO_SHL, AO_SHR, AO_LT, AO_LE, AO_GT, AO_GE,
  AO_EQ, AO_NE, AO_BAND, AO_BXOR, AO_BOR, AO_LAND, AO_LOR, AO_COMMA, AO_ASSIGN,
} from '../../src/abi/layout.js';
import { lowerWord, lowerArith, lowerArithSource, lowerHeredocBody, type WordContext, type WordMode } from '../../src/parse/word/index.js';

export function makeCtx(line = 1): WordContext & { enc: Encoder } {
  const enc = new Encoder();
  return {
    enc,
    line,
    // a stand-in command lowering: a LIST holding one SQ with "src@line"
    lowerCommands(src: string, l: number): Ref {
      const sq = enc.begin(K_SQ);
      enc.str(`${src}@${l}`);
      return enc.list([sq]);
    },
  };
}

const utf8 = new TextDecoder();

class Reader {
  private view: DataView;
  constructor(readonly seg: Segment) {
    this.view = new DataView(seg.bytes.buffer, seg.bytes.byteOffset, seg.bytes.byteLength);
  }
  w(off: number): number { return this.view.getInt32(off, true); }
  str(off: number): string {
    const p = this.w(off), len = this.w(off + 4);
    return len === 0 ? '' : utf8.decode(this.seg.bytes.subarray(p, p + len));
  }
  kind(at: number): string { return K_NAMES[this.w(at)] ?? `?${this.w(at)}`; }
  children(at: number): number[] {
    const n = this.w(at + 4);
    const out: number[] = [];
    for (let k = 0; k < n; k++) out.push(this.w(at + 8 + 4 * k));
    return out;
  }

  show(at: number): string {
    if (at === 0) return '-';
    const k = this.kind(at);
    const q = JSON.stringify;
    switch (k) {
      case 'WORD': return `W(${this.children(at).map((c) => this.show(c)).join(' ')})`;
      case 'DQ': return `D(${this.children(at).map((c) => this.show(c)).join(' ')})`;
      case 'LIT': return `L${q(this.str(at + 4))}`;
      case 'SQ': return `S${q(this.str(at + 4))}`;
      case 'TILDE': return `T${q(this.str(at + 4))}`;
      case 'CMDSUB': return `C<${this.listText(this.w(at + 4))}>`;
      case 'PROCSUB': return `${this.w(at + 8) ? '>' : '<'}<${this.listText(this.w(at + 4))}>`;
      case 'ARITH': return `A(${this.show(this.w(at + 4))})`;
      case 'ARITH_DYN': return `AD(${this.show(this.w(at + 4))})`;
      case 'PARAM': {
        const name = this.str(at + 4);
        const op = this.w(at + 12), a1 = this.w(at + 16), a2 = this.w(at + 20), flags = this.w(at + 24), idx = this.w(at + 28);
        if (!(flags & PF_BRACED)) return `$${name}`;
        const bits: string[] = [name];
        if (op) bits.push(PO_NAMES[op] ?? `op${op}`);
        for (const [bit, fname] of Object.entries(PF_NAMES)) {
          if (Number(bit) !== PF_BRACED && flags & Number(bit)) bits.push(fname);
        }
        if (a1) bits.push(`a1=${this.show(a1)}`);
        if (a2) bits.push(`a2=${this.show(a2)}`);
        if (idx) bits.push(`i=${this.show(idx)}`);
        return `\${${bits.join(' ')}}`;
      }
      case 'A_NUM': return String((BigInt(this.w(at + 8)) << 32n) | BigInt(this.w(at + 4) >>> 0));
      case 'A_VAR': {
        const idx = this.w(at + 12);
        return this.str(at + 4) + (idx ? `[${this.show(idx)}]` : '');
      }
      case 'A_UNARY': return `(${AO_NAMES[this.w(at + 4)]} ${this.show(this.w(at + 8))})`;
      case 'A_BINARY': return `(${AO_NAMES[this.w(at + 4)]} ${this.show(this.w(at + 8))} ${this.show(this.w(at + 12))})`;
      case 'A_ASSIGN': {
        const op = this.w(at + 4);
        const idx = this.w(at + 16);
        const name = this.str(at + 8) + (idx ? `[${this.show(idx)}]` : '');
        return `(${op === AO_ASSIGN ? '' : AO_NAMES[op]}= ${name} ${this.show(this.w(at + 20))})`;
      }
      case 'A_TERNARY': return `(? ${this.show(this.w(at + 4))} ${this.show(this.w(at + 8))} ${this.show(this.w(at + 12))})`;
      case 'A_WORD': return `{${this.show(this.w(at + 4))}}`;
      default: return `<${k}>`;
    }
  }

  private listText(list: number): string {
    if (this.w(list) !== K_LIST) return '?';
    return this.children(list).map((c) => this.str(c + 4)).join(';');
  }
}

/** Lower one word and show it compactly. */
export function word(text: string, mode: WordMode = 'arg', line = 1): string {
  const ctx = makeCtx(line);
  const r = lowerWord(text, ctx, mode);
  const seg = ctx.enc.finish(r);
  return new Reader(seg).show(seg.root);
}

export function heredoc(body: string, quoted: boolean): string {
  const ctx = makeCtx();
  const r = lowerHeredocBody(body, quoted, ctx);
  const seg = ctx.enc.finish(r);
  return new Reader(seg).show(seg.root);
}

/** Lower arithmetic text; returns the compact tree or the error message. */
export function arith(text: string): string {
  const ctx = makeCtx();
  const r = lowerArith(text, ctx);
  if (typeof r !== 'number') return `error: ${r.error}`;
  const seg = ctx.enc.finish(r);
  return new Reader(seg).show(seg.root);
}

/** lowerArithSource: always a node. */
export function arithSource(text: string): string {
  const ctx = makeCtx();
  const seg = ctx.enc.finish(lowerArithSource(text, ctx));
  return new Reader(seg).show(seg.root);
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

/** Evaluate arithmetic text with bash semantics (as far as a test needs): a value or an error text. */
export function evalArith(text: string, vars: Map<string, bigint> = new Map()): bigint | string {
  const ctx = makeCtx();
  const r = lowerArith(text, ctx);
  if (typeof r !== 'number') return r.error;
  const seg = ctx.enc.finish(r);
  const rd = new Reader(seg);
  const key = (name: string, idx: number): string => (idx ? `${name}[${ev(idx)}]` : name);
  const ev = (at: number): bigint => {
    const k = rd.kind(at);
    switch (k) {
      case 'A_NUM': return BigInt.asIntN(64, (BigInt(rd.w(at + 8)) << 32n) | BigInt(rd.w(at + 4) >>> 0));
      case 'A_VAR': return vars.get(key(rd.str(at + 4), rd.w(at + 12))) ?? 0n;
      case 'A_UNARY': {
        const op = rd.w(at + 4), x = rd.w(at + 8);
        if (op === AO_PREINC || op === AO_PREDEC || op === AO_POSTINC || op === AO_POSTDEC) {
          const kk = key(rd.str(x + 4), rd.w(x + 12));
          const old = vars.get(kk) ?? 0n;
          const nv = wrap(op === AO_PREINC || op === AO_POSTINC ? old + 1n : old - 1n);
          vars.set(kk, nv);
          return op === AO_PREINC || op === AO_PREDEC ? nv : old;
        }
        const v = ev(x);
        if (op === AO_NEG) return wrap(-v);
        if (op === AO_POS) return v;
        if (op === AO_LNOT) return v === 0n ? 1n : 0n;
        if (op === AO_BNOT) return wrap(~v);
        throw new Error(`unary ${op}`);
      }
      case 'A_BINARY': {
        const op = rd.w(at + 4);
        const l = rd.w(at + 8), rr = rd.w(at + 12);
        if (op === AO_LAND) return ev(l) !== 0n && ev(rr) !== 0n ? 1n : 0n;
        if (op === AO_LOR) return ev(l) !== 0n || ev(rr) !== 0n ? 1n : 0n;
        if (op === AO_COMMA) { ev(l); return ev(rr); }
        return binop(op, ev(l), ev(rr));
      }
      case 'A_ASSIGN': {
        const op = rd.w(at + 4);
        const kk = key(rd.str(at + 8), rd.w(at + 16));
        const rhs = ev(rd.w(at + 20));
        const v = op === AO_ASSIGN ? rhs : binop(op, vars.get(kk) ?? 0n, rhs);
        vars.set(kk, v);
        return v;
      }
      case 'A_TERNARY': return ev(rd.w(at + 4)) !== 0n ? ev(rd.w(at + 8)) : ev(rd.w(at + 12));
      default: throw new Error(`cannot evaluate ${k}`);
    }
  };
  try {
    return ev(seg.root);
  } catch (e) {
    return (e as Error).message;
  }
}

function binop(op: number, a: bigint, b: bigint): bigint {
  switch (op) {
    case AO_ADD: return wrap(a + b);
    case AO_SUB: return wrap(a - b);
    case AO_MUL: return wrap(a * b);
    case AO_DIV: if (b === 0n) throw new Error('division by 0'); return wrap(a / b);
    case AO_MOD: if (b === 0n) throw new Error('division by 0'); return wrap(a % b);
    case AO_POW: {
      if (b < 0n) throw new Error('exponent less than 0');
      let r = 1n;
      for (let k = 0n; k < b; k++) r = wrap(r * a);
      return r;
    }
    case AO_SHL: return wrap(a << (b & 63n));
    case AO_SHR: return wrap(a >> (b & 63n));
    case AO_LT: return a < b ? 1n : 0n;
    case AO_LE: return a <= b ? 1n : 0n;
    case AO_GT: return a > b ? 1n : 0n;
    case AO_GE: return a >= b ? 1n : 0n;
    case AO_EQ: return a === b ? 1n : 0n;
    case AO_NE: return a !== b ? 1n : 0n;
    case AO_BAND: return wrap(a & b);
    case AO_BXOR: return wrap(a ^ b);
    case AO_BOR: return wrap(a | b);
    default: throw new Error(`binary ${op}`);
  }
}
