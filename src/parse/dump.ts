// Debug dump of a segment as an S-expression, e.g. `(list (simple (word (lit "echo")) (word (lit "hi"))))`.
//
// Conventions: every node prints as `(kind field…)` with the kind's K_* name in lower case; strings
// are JSON-quoted, absent nodes print as `-`, operator codes print by name (R_*, AO_*, CASE_*,
// PO_*). SIMPLE prints its assignments, words and redirections inline (each is self-describing) and
// its line only with { lines: true }; FOR likewise for its line.

import { AO_NAMES, CASE_NAMES, K_NAMES, PO_NAMES, R_NAMES } from '../abi/layout.js';
import type { Segment } from './encoder.js';

export interface DumpOptions { lines?: boolean }

type F = 'n' | 'i' | 's' | 'r' | 'ao' | 'po' | 'af' | 'pf';
const LAYOUT: Record<string, F[]> = {
  AND: ['n', 'n'], OR: ['n', 'n'], NOT: ['n'], REDIRECTED: ['n', 'n'], SUBSHELL: ['n'], GROUP: ['n'],
  IF: ['n', 'n', 'n'], WHILE: ['n', 'n'], UNTIL: ['n', 'n'], ARITH_FOR: ['n', 'n', 'n', 'n'],
  FUNCDEF: ['s', 'n', 's'], ARITH_CMD: ['n'], COND: ['n'], BACKGROUND: ['n'], TIME: ['n', 'i'],
  SYNTAX_ERR: ['s', 'i'], LIT: ['s'], SQ: ['s'], PARAM: ['s', 'po', 'n', 'n', 'pf', 'n'], CMDSUB: ['n'],
  ARITH: ['n'], ARITH_DYN: ['n'], TILDE: ['s'], PROCSUB: ['n', 'i'], A_VAR: ['s', 'n'],
  A_UNARY: ['ao', 'n'], A_BINARY: ['ao', 'n', 'n'], A_ASSIGN: ['ao', 's', 'n', 'n'], A_TERNARY: ['n', 'n', 'n'],
  A_WORD: ['n'], C_AND: ['n', 'n'], C_OR: ['n', 'n'], C_NOT: ['n'], C_UNARY: ['s', 'n'], C_BINARY: ['s', 'n', 'n'],
  C_WORD: ['n'],
};

const utf8 = new TextDecoder();

export function dumpSegment(seg: Segment, opts: DumpOptions = {}): string {
  const view = new DataView(seg.bytes.buffer, seg.bytes.byteOffset, seg.bytes.byteLength);
  const w = (off: number): number => view.getInt32(off, true);
  const str = (off: number): string => {
    const p = w(off);
    const len = w(off + 4);
    return len === 0 ? '' : utf8.decode(seg.bytes.subarray(p, p + len));
  };
  const q = (s: string): string => JSON.stringify(s);

  const node = (at: number, depth: number): string => {
    if (at === 0) return '-';
    if (depth > 200) return '…';
    const kind = w(at);
    const name = K_NAMES[kind] ?? `k${kind}`;
    const lower = name.toLowerCase();
    const kids = (from: number, n: number): string[] => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(node(w(from + 4 * i), depth + 1));
      return out;
    };
    switch (name) {
      case 'LIST': case 'WORD': case 'DQ': {
        const parts = kids(at + 8, w(at + 4));
        return `(${lower}${parts.map((p) => ' ' + p).join('')})`;
      }
      case 'PIPE': {
        const n = w(at + 4);
        const parts: string[] = [];
        for (let i = 0; i < n; i++) {
          parts.push(node(w(at + 8 + 8 * i), depth + 1) + (w(at + 12 + 8 * i) ? ' |&' : ''));
        }
        return `(pipe ${parts.join(' ')})`;
      }
      case 'SIMPLE': {
        const parts: string[] = [];
        for (const off of [4, 8, 12]) {
          const l = w(at + off);
          if (l) parts.push(...kids(l + 8, w(l + 4)));
        }
        const line = opts.lines ? ` :${w(at + 16)}` : '';
        return `(simple${line}${parts.map((p) => ' ' + p).join('')})`;
      }
      case 'ASSIGN': {
        const flags = w(at + 12);
        let s = `(assign${flags & 1 ? '+' : ''} ${q(str(at + 4))}`;
        if (w(at + 20)) s += ` [${node(w(at + 20), depth + 1)}]`;
        if (flags & 2) s += ' ' + node(w(at + 24), depth + 1);
        else s += ' ' + node(w(at + 16), depth + 1);
        return s + ')';
      }
      case 'FOR': {
        const line = opts.lines ? ` :${w(at + 20)}` : '';
        return `(for${line} ${q(str(at + 4))} ${node(w(at + 12), depth + 1)} ${node(w(at + 16), depth + 1)})`;
      }
      case 'CASE': {
        const n = w(at + 8);
        const parts: string[] = [];
        for (let i = 0; i < n; i++) {
          const b = at + 12 + 12 * i;
          parts.push(`(item ${node(w(b), depth + 1)} ${node(w(b + 4), depth + 1)} ${CASE_NAMES[w(b + 8)] ?? w(b + 8)})`);
        }
        return `(case ${node(w(at + 4), depth + 1)}${parts.map((p) => ' ' + p).join('')})`;
      }
      case 'REDIR': {
        const fd = w(at + 4);
        const fdVar = str(at + 16);
        const who = fdVar ? `{${fdVar}} ` : fd >= 0 ? `${fd} ` : '';
        return `(redir ${who}${R_NAMES[w(at + 8)] ?? w(at + 8)} ${node(w(at + 12), depth + 1)})`;
      }
      case 'A_NUM': {
        const lo = w(at + 4) >>> 0;
        const hi = w(at + 8);
        const v = (BigInt(hi) << 32n) | BigInt(lo);
        return `(a_num ${v})`;
      }
      default: {
        const lay = LAYOUT[name];
        if (!lay) return `(${lower} ?)`;
        let off = at + 4;
        const parts: string[] = [];
        for (const f of lay) {
          switch (f) {
            case 'n': parts.push(node(w(off), depth + 1)); off += 4; break;
            case 'i': parts.push(String(w(off))); off += 4; break;
            case 's': parts.push(q(str(off))); off += 8; break;
            case 'ao': parts.push(AO_NAMES[w(off)] ?? String(w(off))); off += 4; break;
            case 'po': parts.push(PO_NAMES[w(off)] ?? String(w(off))); off += 4; break;
            default: parts.push(String(w(off))); off += 4; break;
          }
        }
        return `(${lower} ${parts.join(' ')})`;
      }
    }
  };
  return node(w(0), 0);
}
