// uniq [-c] [-d] [-u] [-i] [-f N] [-s N] [INPUT [OUTPUT]]: collapse adjacent equal lines.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readLines, bytesOf } from './lib/text.js';
import { reportFileError } from './lib/run.js';
import { quote } from './lib/errors.js';

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
  const out = new OutBuffer(ctx.stdout);
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
  return 0;
};
