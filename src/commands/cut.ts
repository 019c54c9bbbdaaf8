// cut -b LIST | -c LIST | -f LIST [-d DELIM] [-s] [--complement] [--output-delimiter=S] FILE...
// Bytes and characters are the same here (C locale). LIST: N, N-M, N-, -M joined by ','.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readLines, bytesOf } from './lib/text.js';
import { reportFileError } from './lib/run.js';

const NAME = 'cut';

type Ranges = [number, number][];

function parseList(list: string): Ranges | string {
  const out: Ranges = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || part === '' || part === '-') return `invalid byte/character position ${JSON.stringify(part).replace(/"/g, "'")}`;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    if (lo === 0 || (m[3] && Number(m[3]) === 0)) return 'fields are numbered from 1';
    if (hi < lo) return 'invalid decreasing range';
    out.push([lo, hi]);
  }
  return out;
}

export const cut: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'snz', withArg: 'bcfd',
    long: {
      bytes: ['b', 'required'], characters: ['c', 'required'], fields: ['f', 'required'], delimiter: ['d', 'required'],
      'only-delimited': ['s', 'none'], complement: ['complement', 'none'], 'output-delimiter': ['od', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let mode: 'b' | 'f' | null = null;
  let list = '';
  let delim = '\t';
  let outDelim: string | null = null;
  let onlyDelimited = false, complement = false;
  for (const o of parsed.options) {
    if (o.key === 'b' || o.key === 'c' || o.key === 'f') {
      if (mode) return usageError(ctx, NAME, 'only one type of list may be specified');
      mode = o.key === 'f' ? 'f' : 'b'; list = o.value ?? '';
    } else if (o.key === 'd') {
      delim = o.value ?? '';
      if (delim.length !== 1) return usageError(ctx, NAME, 'the delimiter must be a single character');
    } else if (o.key === 's') onlyDelimited = true;
    else if (o.key === 'complement') complement = true;
    else if (o.key === 'od') outDelim = o.value ?? '';
  }
  if (!mode) return usageError(ctx, NAME, 'you must specify a list of bytes, characters, or fields');
  const ranges = parseList(list);
  if (typeof ranges === 'string') return usageError(ctx, NAME, ranges);
  const want = (i: number): boolean => ranges.some(([lo, hi]) => i >= lo && i <= hi) !== complement;
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    let lines: string[];
    try { lines = await readLines(ctx, op); } catch (e) { await out.flush(); await reportFileError(ctx, NAME, op, e); status = 1; continue; }
    for (const line of lines) {
      let text: string;
      if (mode === 'b') {
        let s = '';
        for (let i = 0; i < line.length; i++) if (want(i + 1)) s += line[i];
        text = s;
      } else {
        if (!line.includes(delim)) { if (onlyDelimited) continue; text = line; }
        else text = line.split(delim).filter((_, i) => want(i + 1)).join(outDelim ?? delim);
      }
      await out.write(bytesOf(text + '\n'));
    }
  }
  await out.flush();
  return status;
};
