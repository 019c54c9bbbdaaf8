// tr [-c] [-d] [-s] SET1 [SET2]: translate, delete or squeeze bytes of stdin. Sets know
// ranges (a-z), classes ([:upper:] …), repeats ([x*N], [x*]), and escapes (\n \t \\ \NNN).
// Works on bytes (C locale).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { sourceChunks } from './lib/io.js';
import { quote } from './lib/errors.js';

const NAME = 'tr';

const CLASS: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122), digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => CLASS.alpha!(c) || CLASS.digit!(c), upper: (c) => c >= 65 && c <= 90, lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13), blank: (c) => c === 32 || c === 9,
  punct: (c) => c > 32 && c < 127 && !CLASS.alnum!(c), print: (c) => c >= 32 && c < 127, graph: (c) => c > 32 && c < 127,
  cntrl: (c) => c < 32 || c === 127, xdigit: (c) => CLASS.digit!(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

/** Expand a set into bytes. fill: a [x*] repeat to pad to this length (SET2 only). */
function expand(set: string, fill: number | null): number[] | string {
  const bytes = [...new TextEncoder().encode(set)];
  const out: number[] = [];
  let padAt = -1, padChar = 0;
  const esc = (i: number): [number, number] => {
    const c = bytes[i] as number;
    if (c !== 92 || i + 1 >= bytes.length) return [c, i + 1];
    const n = bytes[i + 1] as number;
    const simple: Record<number, number> = { 110: 10, 116: 9, 114: 13, 97: 7, 98: 8, 102: 12, 118: 11, 92: 92 };
    if (n >= 48 && n <= 55) {
      let v = 0, j = i + 1;
      while (j < bytes.length && j < i + 4 && (bytes[j] as number) >= 48 && (bytes[j] as number) <= 55) v = v * 8 + (bytes[j++] as number) - 48;
      return [v & 255, j];
    }
    return [simple[n] ?? n, i + 2];
  };
  for (let i = 0; i < bytes.length;) {
    const rest = String.fromCharCode(...bytes.slice(i, i + 12));
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls) {
      const f = CLASS[cls[1] as string];
      if (!f) return `invalid character class ${quote(cls[1] as string)}`;
      for (let c = 0; c < 256; c++) if (f(c)) out.push(c);
      i += cls[0].length;
      continue;
    }
    if (bytes[i] === 91 && i + 2 < bytes.length) {
      const [c, j] = esc(i + 1);
      if (bytes[j] === 42) {
        let k = j + 1, num = '';
        while (k < bytes.length && (bytes[k] as number) >= 48 && (bytes[k] as number) <= 57) num += String.fromCharCode(bytes[k++] as number);
        if (bytes[k] === 93) {
          if (num === '' || Number(num) === 0) { padAt = out.length; padChar = c; }
          else for (let r = 0; r < Number(num); r++) out.push(c);
          i = k + 1;
          continue;
        }
      }
    }
    const [c, j] = esc(i);
    if (bytes[j] === 45 && j + 1 < bytes.length) {
      const [d, k] = esc(j + 1);
      if (d < c) return `range-endpoints of '${String.fromCharCode(c)}-${String.fromCharCode(d)}' are in reverse collating sequence order`;
      for (let x = c; x <= d; x++) out.push(x);
      i = k;
      continue;
    }
    out.push(c);
    i = j;
  }
  if (padAt >= 0 && fill !== null && fill > out.length) out.splice(padAt, 0, ...new Array<number>(fill - out.length).fill(padChar));
  return out;
}

export const tr: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'cCdst',
    long: { complement: ['c', 'none'], delete: ['d', 'none'], 'squeeze-repeats': ['s', 'none'], 'truncate-set1': ['t', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const k = new Set(parsed.options.map((o) => (o.key === 'C' ? 'c' : o.key)));
  const del = k.has('d'), squeeze = k.has('s'), comp = k.has('c');
  const ops = parsed.operands;
  // -d: one set (two with -s); -s alone: one or two; translating: two.
  const min = del ? (squeeze ? 2 : 1) : squeeze ? 1 : 2;
  const max = del ? (squeeze ? 2 : 1) : 2;
  if (ops.length < min) {
    if (ops.length === 0) return usageError(ctx, NAME, 'missing operand');
    const why = del ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.';
    return usageError(ctx, NAME, `missing operand after ${quote(ops[ops.length - 1] as string)}\n${why}`);
  }
  if (ops.length > max) {
    const why = del && !squeeze ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
    return usageError(ctx, NAME, `extra operand ${quote(ops[max] as string)}${why}`);
  }
  let set1 = expand(ops[0] as string, null);
  if (typeof set1 === 'string') { await ctx.stderr.write(`${NAME}: ${set1}\n`); return 1; }
  if (comp) { const s = new Set(set1); set1 = []; for (let c = 0; c < 256; c++) if (!s.has(c)) set1.push(c); }
  const set2Raw = ops[1] !== undefined ? expand(ops[1], set1.length) : [];
  if (typeof set2Raw === 'string') { await ctx.stderr.write(`${NAME}: ${set2Raw}\n`); return 1; }
  const map = new Int16Array(256).map((_, i) => i);
  const inDel = new Uint8Array(256);
  const inSq = new Uint8Array(256);
  if (del) for (const c of set1) inDel[c] = 1;
  const translating = !del && ops.length >= 2;
  if (translating) {
    if (set2Raw.length === 0) { await ctx.stderr.write(`${NAME}: when not truncating set1, string2 must be non-empty\n`); return 1; }
    for (let i = 0; i < set1.length; i++) map[set1[i] as number] = set2Raw[Math.min(i, set2Raw.length - 1)] as number;
  }
  if (squeeze) for (const c of (translating || del ? set2Raw : set1)) inSq[c] = 1;
  let last = -1;
  for await (const chunk of sourceChunks(ctx.stdin)) {
    const out = new Uint8Array(chunk.length);
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (inDel[b]) continue;
      const c = map[b] as number;
      if (squeeze && inSq[c] && c === last) continue;
      out[n++] = c;
      last = c;
    }
    await ctx.stdout.write(out.subarray(0, n));
  }
  return 0;
};
