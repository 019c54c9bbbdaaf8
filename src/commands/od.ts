// od [-A o|d|x|n] [-t TYPE]... [-bcdosx] [-j SKIP] [-N COUNT] [-v] [-w[N]] [FILE]...: dump bytes.
// Types a, c, d/o/u/x with sizes 1 2 4 8 (C S I L); several types align their columns as GNU does.
// Repeated lines print as "*" unless -v. Floats (-t f) are not supported.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer } from './lib/io.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { parseCount, toNumber } from './lib/size.js';

interface Spec { kind: string; size: number; width: number; z?: boolean }

const WIDTH: Record<string, Record<number, number>> = {
  x: { 1: 2, 2: 4, 4: 8, 8: 16 }, o: { 1: 3, 2: 6, 4: 11, 8: 22 }, u: { 1: 3, 2: 5, 4: 10, 8: 20 }, d: { 1: 4, 2: 6, 4: 11, 8: 20 },
};
const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];

function parseType(t: string): Spec[] | string {
  const out: Spec[] = [];
  let i = 0;
  while (i < t.length) {
    const k = t[i++] as string;
    if (k === 'c' || k === 'a') { const z = t[i] === 'z'; if (z) i++; out.push({ kind: k, size: 1, width: 3, z }); continue; }
    if (!'doux'.includes(k)) return `invalid character '${k}' in type string ${quote(t)}`;
    let size = 4;
    const m = /^(\d+|[CSIL])/.exec(t.slice(i));
    if (m) {
      i += m[0].length;
      const s = m[0];
      size = s === 'C' ? 1 : s === 'S' ? 2 : s === 'I' ? 4 : s === 'L' ? 8 : Number(s);
      if (![1, 2, 4, 8].includes(size)) return `invalid type string ${quote(t)};\nthis system doesn't provide a ${size}-byte integral type`;
    }
    const z = t[i] === 'z';
    if (z) i++;
    out.push({ kind: k, size, width: (WIDTH[k] as Record<number, number>)[size] as number, z });
  }
  return out;
}

function field(spec: Spec, bytes: Uint8Array, at: number): string {
  if (spec.kind === 'c') {
    const b = bytes[at] as number;
    const esc: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };
    return esc[b] ?? (b >= 32 && b < 127 ? String.fromCharCode(b) : b.toString(8).padStart(3, '0'));
  }
  if (spec.kind === 'a') {
    const b = (bytes[at] as number) & 127;
    return b === 127 ? 'del' : b <= 32 ? NAMES[b] as string : String.fromCharCode(b);
  }
  let v = 0n;
  for (let k = spec.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[at + k] ?? 0);
  if (spec.kind === 'd' && v >= 1n << BigInt(spec.size * 8 - 1)) v -= 1n << BigInt(spec.size * 8);
  if (spec.kind === 'x') return v.toString(16).padStart(spec.width, '0');
  if (spec.kind === 'o') return v.toString(8).padStart(spec.width, '0');
  return v.toString();
}

export const od: Command = async (ctx) => {
  const args = ctx.argv.slice(1);
  const parsed = parseArgs(args.filter((a) => !/^-w\d*$/.test(a)), {
    flags: 'bcdilosxv', withArg: 'AtjN',
    long: {
      'address-radix': ['A', 'required'], format: ['t', 'required'], 'skip-bytes': ['j', 'required'], 'read-bytes': ['N', 'required'],
      'output-duplicates': ['v', 'none'], width: ['W', 'optional'],
    },
  });
  if (!parsed.ok) return usageError(ctx, 'od', parsed.message);
  let radix = 'o', skip = 0, limit = Infinity, dup = false, perLine = 16;
  const specs: Spec[] = [];
  // -w takes its value attached only (-w8).
  for (const a of args) { const m = /^-w(\d*)$/.exec(a); if (m) perLine = m[1] ? Number(m[1]) : 32; }
  for (const o of parsed.options) {
    const v = o.value ?? '';
    switch (o.key) {
      case 'A':
        if (!['o', 'd', 'x', 'n'].includes(v) || v.length !== 1) { await ctx.stderr.write(`od: invalid output address radix '${v}'; it must be one character from [doxn]\n`); return 1; }
        radix = v; break;
      case 't': {
        const s = parseType(v);
        if (typeof s === 'string') { await ctx.stderr.write(`od: ${s}\n`); return 1; }
        specs.push(...s); break;
      }
      case 'j': case 'N': {
        const n = /^0x[0-9a-f]+$/i.test(v) ? BigInt(v) : parseCount(v);
        if (n === null) { await ctx.stderr.write(`od: invalid ${o.key === 'j' ? 'skip-bytes' : 'read-bytes'} argument ${quote(v)}\n`); return 1; }
        if (o.key === 'j') skip = toNumber(n); else limit = toNumber(n);
        break;
      }
      case 'v': dup = true; break;
      case 'W': perLine = v ? Number(v) : 32; break;
      case 'b': specs.push(...(parseType('o1') as Spec[])); break;
      case 'c': specs.push(...(parseType('c') as Spec[])); break;
      case 'd': specs.push(...(parseType('u2') as Spec[])); break;
      case 'i': specs.push(...(parseType('d4') as Spec[])); break;
      case 'l': specs.push(...(parseType('d8') as Spec[])); break;
      case 'o': specs.push(...(parseType('o2') as Spec[])); break;
      case 's': specs.push(...(parseType('d2') as Spec[])); break;
      case 'x': specs.push(...(parseType('x2') as Spec[])); break;
    }
  }
  if (specs.length === 0) specs.push(...(parseType('o2') as Spec[]));
  // Read everything (skip and limit applied across the concatenated inputs).
  const parts: Uint8Array[] = [];
  let status = 0;
  let opened = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    try { for await (const c of inputChunks(ctx, op)) parts.push(c.slice()); opened++; } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`od: ${op}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  if (opened === 0) return status;
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let o = 0;
  for (const p of parts) { all.set(p, o); o += p.length; }
  if (skip > total) { await ctx.stderr.write('od: cannot skip past end of combined input\n'); return 1; }
  const data = all.subarray(skip, Math.min(total, skip + limit));
  const addr = (n: number): string => (radix === 'o' ? n.toString(8).padStart(7, '0') : radix === 'd' ? String(n).padStart(7, '0') : radix === 'x' ? n.toString(16).padStart(6, '0') : '');
  const blank = ' '.repeat(addr(0).length);
  let widthPerBlock = 0;
  for (const s of specs) widthPerBlock = Math.max(widthPerBlock, (s.width + 1) * (perLine / s.size));
  const out = new OutBuffer(ctx.stdout);
  let prev: Uint8Array | null = null;
  let starred = false;
  for (let at = 0; at < data.length; at += perLine) {
    const block = data.subarray(at, at + perLine);
    if (!dup && prev && block.length === perLine && prev.length === perLine && block.every((b, k) => b === prev![k])) {
      if (!starred) out.push('*\n');
      starred = true;
      continue;
    }
    starred = false;
    prev = block;
    specs.forEach((s, si) => {
      const fieldsFull = perLine / s.size;
      const pad = widthPerBlock - s.width * fieldsFull;
      const n = Math.ceil(block.length / s.size);
      let line = si === 0 ? addr(skip + at) : blank;
      let remaining = pad;
      for (let f = 0; f < n; f++) {
        const i = fieldsFull - f;
        const next = Math.floor((pad * (i - 1)) / fieldsFull);
        const w = remaining - next + s.width;
        line += field(s, block, f * s.size).padStart(w);
        remaining = next;
      }
      if (s.z) {
        const shown = Array.from(block, (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
        line = line.padEnd((si === 0 ? addr(0).length : blank.length) + widthPerBlock) + '  >' + shown + '<';
      }
      out.push(line + '\n');
    });
    await out.flushIfFull();
  }
  if (radix !== 'n') out.push(addr(skip + data.length) + '\n');
  await out.flush();
  return status;
};
