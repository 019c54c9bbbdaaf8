// join [-1 F] [-2 F] [-j F] [-t C] [-a N] [-v N] [-e S] [-o LIST] [-i] FILE1 FILE2: join lines of
// two sorted files on a common field (groups of equal keys pair up as a cross product).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

export const join: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'iz', withArg: '12jtavoe',
    long: { 'ignore-case': ['i', 'none'], 'zero-terminated': ['z', 'none'], 'check-order': ['c', 'none'], 'nocheck-order': ['C', 'none'], header: ['h', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, 'join', parsed.message);
  let f1 = 0, f2 = 0, tab: string | null = null, icase = false, empty: string | null = null, header = false;
  const unpaired = new Set<number>();
  let onlyUnpaired = false;
  let format: [number, number][] | null = null;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    const field = async (): Promise<number | null> => {
      if (!/^\d+$/.test(v) || Number(v) < 1) { await ctx.stderr.write(`join: invalid field number: ${quote(v)}\n`); return null; }
      return Number(v) - 1;
    };
    switch (o.key) {
      case '1': { const n = await field(); if (n === null) return 1; f1 = n; break; }
      case '2': { const n = await field(); if (n === null) return 1; f2 = n; break; }
      case 'j': { const n = await field(); if (n === null) return 1; f1 = f2 = n; break; }
      case 't': tab = v; break;
      case 'i': icase = true; break;
      case 'e': empty = v; break;
      case 'h': header = true; break;
      case 'a': case 'v':
        if (v !== '1' && v !== '2') { await ctx.stderr.write(`join: invalid file number: ${quote(v)}\n`); return 1; }
        unpaired.add(Number(v));
        if (o.key === 'v') onlyUnpaired = true;
        break;
      case 'o':
        format = [];
        for (const spec of v.split(/[ ,]+/)) {
          if (spec === '0') { format.push([0, -1]); continue; }
          const m = /^([12])\.(\d+)$/.exec(spec);
          if (!m) { await ctx.stderr.write(`join: invalid field specifier: ${quote(spec)}\n`); return 1; }
          format.push([Number(m[1]), Number(m[2]) - 1]);
        }
        break;
    }
  }
  const ops = parsed.operands;
  if (ops.length < 2) return usageError(ctx, 'join', ops.length ? `missing operand after ${quote(ops[0] as string)}` : 'missing operand');
  if (ops.length > 2) return usageError(ctx, 'join', `extra operand ${quote(ops[2] as string)}`);
  const split = (l: string): string[] => (tab === null ? l.split(/[ \t]+/).filter((x, i) => !(i === 0 && x === '')) : tab === '' ? [l] : l.split(tab));
  const data: string[][][] = [];
  for (const op of ops) {
    try { data.push(splitLines(await readText(ctx, op)).lines.map(split)); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`join: ${op}: ${errorText(e)}\n`);
      return 1;
    }
  }
  const [a, b] = data as [string[][], string[][]];
  const sep = tab === null || tab === '' ? ' ' : tab;
  const out = new OutBuffer(ctx.stdout);
  const key = (r: string[], f: number): string => { const k = r[f] ?? ''; return icase ? k.toLowerCase() : k; };
  const line = (r1: string[] | null, r2: string[] | null): void => {
    const parts: string[] = [];
    if (format) {
      for (const [file, f] of format) {
        if (file === 0) parts.push(r1 ? r1[f1] ?? '' : r2 ? r2[f2] ?? '' : '');
        else { const r = file === 1 ? r1 : r2; parts.push(r?.[f] ?? empty ?? ''); }
      }
    } else {
      parts.push(r1 ? r1[f1] ?? empty ?? '' : (r2 as string[])[f2] ?? empty ?? '');
      if (r1) r1.forEach((x, i) => { if (i !== f1) parts.push(x); });
      if (r2) r2.forEach((x, i) => { if (i !== f2) parts.push(x); });
    }
    out.push(bytesOf(parts.join(sep) + '\n'));
  };
  let i = 0, j = 0;
  if (header && a.length && b.length) { line(a[0] as string[], b[0] as string[]); i = 1; j = 1; }
  while (i < a.length || j < b.length) {
    const c = i >= a.length ? 1 : j >= b.length ? -1 : key(a[i] as string[], f1) < key(b[j] as string[], f2) ? -1 : key(a[i] as string[], f1) > key(b[j] as string[], f2) ? 1 : 0;
    if (c < 0) { if (unpaired.has(1)) line(a[i] as string[], null); i++; continue; }
    if (c > 0) { if (unpaired.has(2)) line(null, b[j] as string[]); j++; continue; }
    const k = key(a[i] as string[], f1);
    let ie = i, je = j;
    while (ie < a.length && key(a[ie] as string[], f1) === k) ie++;
    while (je < b.length && key(b[je] as string[], f2) === k) je++;
    if (!onlyUnpaired) for (let x = i; x < ie; x++) for (let y = j; y < je; y++) line(a[x] as string[], b[y] as string[]);
    i = ie; j = je;
  }
  await out.flush();
  return 0;
};
