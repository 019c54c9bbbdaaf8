// uniq [-c] [-d] [-u] [-i] [-f N] [-s N] [INPUT [OUTPUT]]: collapse adjacent equal lines.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readLines, bytesOf } from './lib/text.js';
import { reportFileError } from './lib/run.js';
import { quote } from './lib/errors.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'uniq';

export const uniq: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'cdui', withArg: 'fsw',
    long: {
      count: ['c', 'none'], repeated: ['d', 'none'], unique: ['u', 'none'], 'ignore-case': ['i', 'none'],
      'skip-fields': ['f', 'required'], 'skip-chars': ['s', 'required'], 'check-chars': ['w', 'required'],
    },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  let count = false, dups = false, uniques = false, icase = false, skipF = 0, skipC = 0, check = Infinity;
  for (const o of parsed.options) {
    const n = Number(o.value);
    if (o.key === 'c') count = true;
    else if (o.key === 'd') dups = true;
    else if (o.key === 'u') uniques = true;
    else if (o.key === 'i') icase = true;
    else if (o.key === 'f') skipF = n;
    else if (o.key === 's') skipC = n;
    else if (o.key === 'w') check = n;
  }
  if (parsed.operands.length > 2) return usageError(ctx, NAME, `extra operand ${quote(parsed.operands[2] as string)}`);
  const input = parsed.operands[0] ?? '-';
  let lines: string[];
  try { lines = await readLines(ctx, input); } catch (e) { await reportFileError(ctx, NAME, input, e); return 1; }
  const key = (l: string): string => {
    let s = l;
    for (let i = 0; i < skipF; i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
    s = s.slice(skipC, check === Infinity ? undefined : skipC + check);
    return icase ? s.toLowerCase() : s;
  };
  // With an OUTPUT operand the result goes to that file instead of stdout.
  const chunks: Uint8Array[] = [];
  const target = parsed.operands[1];
  const out = target === undefined ? new OutBuffer(ctx.stdout) : { write: async (b: Uint8Array) => { chunks.push(b); }, flush: async () => {} };
  for (let i = 0; i < lines.length;) {
    let j = i + 1;
    const k = key(lines[i] as string);
    while (j < lines.length && key(lines[j] as string) === k) j++;
    const n = j - i;
    if ((!dups || n > 1) && (!uniques || n === 1)) {
      await out.write(bytesOf((count ? String(n).padStart(7) + ' ' : '') + (lines[i] as string) + '\n'));
    }
    i = j;
  }
  await out.flush();
  if (target !== undefined) {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const all = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) { all.set(c, o); o += c.length; }
    try { await ctx.fs.writeFile(resolvePath(ctx.cwd, target), all); } catch (e) { await reportFileError(ctx, NAME, target, e); return 1; }
  }
  return 0;
};
