// nl [-b STYLE] [-n FORMAT] [-w N] [-s SEP] [-v N] [-i N] [FILE]...: number lines. Styles a
// (all), t (non-empty, default), n (none), pREGEX. Formats ln, rn (default), rz. Logical page
// sections (\:\:\:) are not handled.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { translate } from './lib/posix-regex.js';

export const nl: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    withArg: 'bnwsvihdfl', flags: 'p',
    long: {
      'body-numbering': ['b', 'required'], 'number-format': ['n', 'required'], 'number-width': ['w', 'required'],
      'number-separator': ['s', 'required'], 'starting-line-number': ['v', 'required'], 'line-increment': ['i', 'required'],
      'header-numbering': ['h', 'required'], 'footer-numbering': ['f', 'required'], 'section-delimiter': ['d', 'required'],
      'join-blank-lines': ['l', 'required'], 'no-renumber': ['p', 'none'],
    },
  });
  if (!parsed.ok) return usageError(ctx, 'nl', parsed.message);
  let style = 't', format = 'rn', width = 6, sep = '\t', start = 1, incr = 1;
  let re: RegExp | null = null;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.key === 'b') {
      if (v === 'a' || v === 't' || v === 'n') style = v;
      else if (v.startsWith('p')) { style = 'p'; re = new RegExp(translate(v.slice(1), false).source); }
      else return usageError(ctx, 'nl', `invalid body numbering style: ${quote(v)}`);
    } else if (o.key === 'n') {
      if (!['ln', 'rn', 'rz'].includes(v)) return usageError(ctx, 'nl', `invalid line numbering format: ${quote(v)}`);
      format = v;
    } else if (o.key === 'w') {
      if (!/^\d+$/.test(v) || Number(v) < 1) { await ctx.stderr.write(`nl: invalid line number field width: ${quote(v)}: Numerical result out of range\n`); return 1; }
      width = Number(v);
    } else if (o.key === 's') sep = v;
    else if (o.key === 'v') start = Number(v);
    else if (o.key === 'i') incr = Number(v);
  }
  const out = new OutBuffer(ctx.stdout);
  let n = start;
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    let lines: string[];
    try {
      lines = splitLines(await readText(ctx, op)).lines;
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`nl: ${op}: ${errorText(e)}\n`);
      status = 1;
      continue;
    }
    for (const line of lines) {
      const number = style === 'a' || (style === 't' && line !== '') || (style === 'p' && (re as RegExp).test(line));
      if (number) {
        const s = String(n);
        const f = format === 'ln' ? s.padEnd(width) : format === 'rz' ? s.padStart(width, '0') : s.padStart(width);
        out.push(f + sep);
        n += incr;
      } else out.push(' '.repeat(width + sep.length));
      out.push(bytesOf(line));
      out.push('\n');
      await out.flushIfFull();
    }
  }
  await out.flush();
  return status;
};
