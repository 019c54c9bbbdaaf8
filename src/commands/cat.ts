// cat: concatenate files (or stdin, '-') to stdout. Options: -n -b -s -E -T -v -A -e -t -u.
// Without formatting options, chunks are passed through untouched.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer } from './lib/io.js';
import { reportFileError } from './lib/run.js';

const NAME = 'cat';

interface Fmt { number: boolean; nonblank: boolean; squeeze: boolean; ends: boolean; tabs: boolean; nonprint: boolean }

/** State carried across chunks and files, as GNU cat does (numbering continues across files). */
interface State { lineNo: number; atStart: boolean; blankRun: number }

export const cat: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'AbeEnstTuv',
    long: {
      'show-all': ['A', 'none'], 'number-nonblank': ['b', 'none'], 'show-ends': ['E', 'none'],
      number: ['n', 'none'], 'squeeze-blank': ['s', 'none'], 'show-tabs': ['T', 'none'],
      'show-nonprinting': ['v', 'none'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const f: Fmt = { number: false, nonblank: false, squeeze: false, ends: false, tabs: false, nonprint: false };
  for (const o of parsed.options) {
    switch (o.key) {
      case 'A': f.nonprint = f.ends = f.tabs = true; break;
      case 'b': f.nonblank = f.number = true; break;
      case 'e': f.nonprint = f.ends = true; break;
      case 'E': f.ends = true; break;
      case 'n': f.number = true; break;
      case 's': f.squeeze = true; break;
      case 't': f.nonprint = f.tabs = true; break;
      case 'T': f.tabs = true; break;
      case 'v': f.nonprint = true; break;
    }
  }
  const plain = !f.number && !f.squeeze && !f.ends && !f.tabs && !f.nonprint;
  const operands = parsed.operands.length ? parsed.operands : ['-'];
  const out = new OutBuffer(ctx.stdout);
  const st: State = { lineNo: 0, atStart: true, blankRun: 0 };
  let status = 0;
  for (const op of operands) {
    try {
      for await (const chunk of inputChunks(ctx, op)) {
        if (plain) { await out.flush(); await ctx.stdout.write(chunk); } else await out.write(format(chunk, f, st));
      }
    } catch (e) {
      await out.flush();
      await reportFileError(ctx, NAME, op, e);
      status = 1;
    }
  }
  await out.flush();
  return status;
};

/** Format one chunk into a new buffer sized for the worst case (4 bytes per input byte with
 *  -v, plus a 7-byte number per line). */
function format(chunk: Uint8Array, f: Fmt, st: State): Uint8Array {
  let lines = 1;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  const out = new Uint8Array(chunk.length * (f.nonprint ? 4 : 2) + lines * (f.number ? 24 : 1) + (f.ends ? lines : 0));
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i] as number;
    if (st.atStart) {
      if (c === 10) {
        st.blankRun++;
        if (f.squeeze && st.blankRun > 1) continue;
        if (f.number && !f.nonblank) n = putNumber(out, n, ++st.lineNo);
      } else {
        st.blankRun = 0;
        if (f.number) n = putNumber(out, n, ++st.lineNo);
      }
      st.atStart = false;
    }
    if (c === 10) {
      if (f.ends) out[n++] = 36;
      out[n++] = 10;
      st.atStart = true;
      continue;
    }
    if (c === 9) { if (f.tabs) { out[n++] = 94; out[n++] = 73; } else out[n++] = 9; continue; }
    if (!f.nonprint) { out[n++] = c; continue; }
    let b = c;
    if (b >= 128) { out[n++] = 77; out[n++] = 45; b -= 128; }
    if (b < 32) { out[n++] = 94; out[n++] = b + 64; }
    else if (b === 127) { out[n++] = 94; out[n++] = 63; }
    else out[n++] = b;
  }
  return out.subarray(0, n);
}

/** "%6d\t" into out at n; returns the new end. */
function putNumber(out: Uint8Array, n: number, num: number): number {
  const s = String(num);
  for (let i = s.length; i < 6; i++) out[n++] = 32;
  for (let i = 0; i < s.length; i++) out[n++] = s.charCodeAt(i);
  out[n++] = 9;
  return n;
}
