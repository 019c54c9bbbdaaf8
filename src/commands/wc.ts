// wc: count lines, words, characters (-m, UTF-8), bytes and the longest line (-L).
// Column width follows GNU: 1 for a single count of a single operand; otherwise the digits of
// the summed sizes of regular files, at least 7 when an operand is not a regular file (stdin
// here is always a stream, as a pipe is).
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer } from './lib/io.js';
import { reportFileError, rethrowFatal } from './lib/run.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'wc';

interface Counts { lines: number; words: number; chars: number; bytes: number; maxLine: number }

/** Counting state carried across chunks. */
class Counter implements Counts {
  lines = 0; words = 0; chars = 0; bytes = 0; maxLine = 0;
  private inWord = false;
  private col = 0;
  constructor(private readonly wantWords: boolean, private readonly wantChars: boolean, private readonly wantMax: boolean) {}

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (!this.wantWords && !this.wantChars && !this.wantMax) {
      let pos = 0;
      for (;;) { const nl = chunk.indexOf(10, pos); if (nl < 0) break; this.lines++; pos = nl + 1; }
      return;
    }
    let inWord = this.inWord, col = this.col;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as number;
      // A UTF-8 continuation byte is not a character of its own.
      if ((c & 0xc0) !== 0x80) { this.chars++; if (c !== 10 && c !== 9 && c >= 32 && c !== 127) col++; }
      if (c === 10) {
        this.lines++;
        if (col > this.maxLine) this.maxLine = col;
        col = 0; inWord = false;
      } else if (c === 32 || (c >= 9 && c <= 13)) {
        if (c === 9) col = (Math.floor(col / 8) + 1) * 8;
        else if (c === 13 || c === 12) col = c === 13 ? 0 : col;
        inWord = false;
      } else if (!inWord && c >= 32) {
        inWord = true; this.words++;
      }
    }
    if (col > this.maxLine) this.maxLine = col;
    this.inWord = inWord; this.col = col;
  }
}

export const wc: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'clmwL',
    long: { bytes: ['c', 'none'], chars: ['m', 'none'], lines: ['l', 'none'], words: ['w', 'none'], 'max-line-length': ['L', 'none'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const want = new Set(parsed.options.map((o) => o.key));
  if (want.size === 0) { want.add('l'); want.add('w'); want.add('c'); }
  const operands = parsed.operands.length ? parsed.operands : ['-'];
  const named = parsed.operands.length > 0;

  // Width from sizes known before reading, as GNU does with fstat.
  let regularTotal = 0;
  let minWidth = 1;
  for (const op of operands) {
    if (op === '-') { minWidth = 7; continue; }
    try {
      const st = await ctx.fs.stat(resolvePath(ctx.cwd, op));
      if (st.type === 'file') regularTotal += st.size; else minWidth = 7;
    } catch (e) { rethrowFatal(e); }
  }
  let width = String(regularTotal).length;
  if (width < minWidth) width = minWidth;
  if (operands.length === 1 && want.size === 1) width = 1;

  const out = new OutBuffer(ctx.stdout);
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
  let status = 0;
  const line = (c: Counts, name: string | null): string => {
    const cols: number[] = [];
    if (want.has('l')) cols.push(c.lines);
    if (want.has('w')) cols.push(c.words);
    if (want.has('m')) cols.push(c.chars);
    if (want.has('c')) cols.push(c.bytes);
    if (want.has('L')) cols.push(c.maxLine);
    return cols.map((n) => String(n).padStart(width, ' ')).join(' ') + (name === null ? '' : ' ' + name) + '\n';
  };
  for (const op of operands) {
    const counter = new Counter(want.has('w'), want.has('m'), want.has('L'));
    // Only bytes of a regular file: its size says it, no need to read it (as GNU wc -c).
    if (want.size === 1 && want.has('c') && op !== '-') {
      try {
        const st = await ctx.fs.stat(resolvePath(ctx.cwd, op));
        if (st.type === 'file') {
          counter.bytes = st.size;
          total.bytes += st.size;
          await out.write(line(counter, named ? op : null));
          continue;
        }
      } catch (e) { rethrowFatal(e); }
    }
    try {
      for await (const chunk of inputChunks(ctx, op)) counter.add(chunk);
    } catch (e) {
      await out.flush();
      await reportFileError(ctx, NAME, op, e);
      status = 1;
      // GNU still prints the counts of a directory operand (zeros).
      if (!isDirError(e)) continue;
    }
    total.lines += counter.lines; total.words += counter.words; total.chars += counter.chars;
    total.bytes += counter.bytes; total.maxLine = Math.max(total.maxLine, counter.maxLine);
    await out.write(line(counter, named ? op : null));
  }
  if (operands.length > 1) await out.write(line(total, 'total'));
  await out.flush();
  return status;
};

function isDirError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'EISDIR';
}

