// comm [-123] [--output-delimiter=S] FILE1 FILE2: lines only in FILE1, only in FILE2, in both
// (inputs sorted in byte order; unsorted input is reported as GNU does, status 1).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

export const comm: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: '123z',
    long: { 'output-delimiter': ['d', 'required'], 'check-order': ['c', 'none'], 'nocheck-order': ['C', 'none'], total: ['t', 'none'], 'zero-terminated': ['z', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, 'comm', parsed.message);
  const hide = new Set<string>();
  let delim = '\t', check: boolean | null = null, total = false, zero = false;
  for (const o of parsed.options) {
    if ('123'.includes(o.key)) hide.add(o.key);
    else if (o.key === 'd') delim = o.value === '' ? '\0' : o.value ?? '';
    else if (o.key === 'c') check = true;
    else if (o.key === 'C') check = false;
    else if (o.key === 't') total = true;
    else if (o.key === 'z') zero = true;
  }
  const ops = parsed.operands;
  if (ops.length < 2) return usageError(ctx, 'comm', ops.length ? `missing operand after ${quote(ops[0] as string)}` : 'missing operand');
  if (ops.length > 2) return usageError(ctx, 'comm', `extra operand ${quote(ops[2] as string)}`);
  const sep = zero ? '\0' : '\n';
  const texts: string[][] = [];
  for (const op of ops) {
    try { texts.push(splitLines(await readText(ctx, op), sep).lines); } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`comm: ${op}: ${errorText(e)}\n`);
      return 1;
    }
  }
  const [a, b] = texts as [string[], string[]];
  const out = new OutBuffer(ctx.stdout);
  const counts = [0, 0, 0];
  const emit = (col: 0 | 1 | 2, line: string): void => {
    counts[col]!++;
    if (hide.has(String(col + 1))) return;
    let pre = '';
    for (let c = 0; c < col; c++) if (!hide.has(String(c + 1))) pre += delim;
    out.push(bytesOf(pre + line + sep));
  };
  let i = 0, j = 0;
  let unsorted = [false, false];
  const checkOrder = (list: string[], k: number, which: 0 | 1): void => {
    if (k > 0 && (list[k - 1] as string) > (list[k] as string) && !unsorted[which] && check !== false) {
      unsorted[which] = true;
    }
  };
  let status = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) { checkOrder(a, i, 0); emit(0, a[i++] as string); }
    else if (i >= a.length || (b[j] as string) < (a[i] as string)) { checkOrder(b, j, 1); emit(1, b[j++] as string); }
    else { checkOrder(a, i, 0); checkOrder(b, j, 1); emit(2, a[i++] as string); j++; }
    for (const w of [0, 1] as const) {
      if (unsorted[w] && status === 0) {
        await out.flush();
        await ctx.stderr.write(`comm: file ${w + 1} is not in sorted order\n`);
        status = 1;
      }
    }
  }
  if (total) out.push(bytesOf(`${counts[0]}${delim}${counts[1]}${delim}${counts[2]}${delim}total${sep}`));
  await out.flush();
  if (status) await ctx.stderr.write('comm: input is not in sorted order\n');
  unsorted = [false, false];
  return status;
};
