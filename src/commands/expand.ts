// expand [-i] [-t N|LIST] and unexpand [-a] [--first-only] [-t N|LIST]: tabs to spaces and back.
// unexpand converts leading blanks only unless -a (or a -t list is given).
import type { Command, CommandContext } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

/** Tab stops: a single number is a repeating width; a list gives positions (then 1 column). */
function parseTabs(spec: string): { stops: number[] } | string {
  const parts = spec.split(/[ ,]+/).filter((p) => p !== '');
  const stops: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return `tab size contains invalid character(s): ${quote(p.replace(/^\d+/, ''))}`;
    const n = Number(p);
    if (n === 0) return 'tab size cannot be 0';
    if (stops.length && n <= (stops[stops.length - 1] as number)) return 'tab sizes must be ascending';
    stops.push(n);
  }
  return { stops };
}

function nextStop(col: number, stops: number[]): number {
  if (stops.length === 1) { const w = stops[0] as number; return col + w - (col % w); }
  for (const s of stops) if (s > col) return s;
  return col + 1;
}

async function run(ctx: CommandContext, name: string, un: boolean): Promise<number> {
  const args = ctx.argv.slice(1).map((a) => (/^-\d+(,\d+)*$/.test(a) ? '-t' + a.slice(1) : a));
  const parsed = parseArgs(args, {
    flags: un ? 'a' : 'i', withArg: 't',
    long: un ? { all: ['a', 'none'], 'first-only': ['f', 'none'], tabs: ['t', 'required'] } : { initial: ['i', 'none'], tabs: ['t', 'required'] },
  });
  if (!parsed.ok) return usageError(ctx, name, parsed.message);
  let stops = [8];
  let initial = false, all = false;
  for (const o of parsed.options) {
    if (o.key === 'i') initial = true;
    else if (o.key === 'a') all = true;
    else if (o.key === 'f') all = false;
    else {
      const t = parseTabs(o.value ?? '');
      if (typeof t === 'string') { await ctx.stderr.write(`${name}: ${t}\n`); return 1; }
      stops = t.stops;
      if (un) all = true;
    }
  }
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    let text: string;
    try { text = await readText(ctx, op); } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`${name}: ${op}: ${errorText(e)}\n`);
      status = 1;
      continue;
    }
    const { lines, terminated } = splitLines(text);
    lines.forEach((line, li) => {
      const res = un ? unexpandLine(line, stops, all) : expandLine(line, stops, initial);
      out.push(bytesOf(res + (li < lines.length - 1 || terminated ? '\n' : '')));
    });
    await out.flush();
  }
  return status;
}

function expandLine(line: string, stops: number[], initial: boolean): string {
  let res = '';
  let col = 0;
  let leading = true;
  for (const c of line) {
    if (c === '\t' && (leading || !initial)) {
      const n = nextStop(col, stops);
      res += ' '.repeat(n - col);
      col = n;
      continue;
    }
    if (c !== ' ' && c !== '\t') leading = false;
    res += c;
    col = c === '\b' ? Math.max(0, col - 1) : col + 1;
  }
  return res;
}

function unexpandLine(line: string, stops: number[], all: boolean): string {
  let res = '';
  let col = 0;
  let pending = ''; // blanks not yet written
  let pendStart = 0;
  let leading = true;
  for (const c of line) {
    if ((c === ' ' || c === '\t') && (leading || all)) {
      if (pending === '') pendStart = col;
      const next = c === '\t' ? nextStop(col, stops) : col + 1;
      pending += c;
      // Crossing a tab stop: the blanks so far become one tab.
      const stop = nextStop(pendStart, stops);
      col = next;
      if (col >= stop && (pending.length > 1 || c === '\t')) { res += '\t'; pending = ''; pendStart = col; }
      else if (col >= stop) { res += pending; pending = ''; }
      continue;
    }
    res += pending;
    pending = '';
    leading = false;
    res += c;
    col++;
  }
  return res + pending;
}

export const expand: Command = (ctx) => run(ctx, 'expand', false);
export const unexpand: Command = (ctx) => run(ctx, 'unexpand', true);
