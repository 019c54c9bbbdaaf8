// fold [-b] [-s] [-w WIDTH] [FILE]...: wrap lines at WIDTH columns (default 80). Columns count
// tabs to the next multiple of 8, backspace back one, carriage return to 0; -b counts bytes.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

export const fold: Command = async (ctx) => {
  const args = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? '-w' + a.slice(1) : a));
  const parsed = parseArgs(args, { flags: 'bs', withArg: 'w', long: { bytes: ['b', 'none'], spaces: ['s', 'none'], width: ['w', 'required'] } });
  if (!parsed.ok) return usageError(ctx, 'fold', parsed.message);
  let bytes = false, spaces = false, width = 80;
  for (const o of parsed.options) {
    if (o.key === 'b') bytes = true;
    else if (o.key === 's') spaces = true;
    else {
      if (!/^\d+$/.test(o.value ?? '') || Number(o.value) < 1) { await ctx.stderr.write(`fold: invalid number of columns: ${quote(o.value ?? '')}${o.value === '0' ? ': Numerical result out of range' : ''}\n`); return 1; }
      width = Number(o.value);
    }
  }
  const adv = (col: number, c: string): number => {
    if (bytes) return col + 1;
    if (c === '\b') return col > 0 ? col - 1 : 0;
    if (c === '\r') return 0;
    if (c === '\t') return col + 8 - (col % 8);
    return col + 1;
  };
  const colOf = (s: string): number => { let c = 0; for (const ch of s) c = adv(c, ch); return c; };
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    let text: string;
    try { text = await readText(ctx, op); } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`fold: ${op}: ${errorText(e)}\n`);
      status = 1;
      continue;
    }
    const { lines, terminated } = splitLines(text);
    lines.forEach((line, li) => {
      let buf = '';
      let col = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line[i] as string;
        const next = adv(col, c);
        if (next > width && buf !== '') {
          if (spaces) {
            const at = Math.max(buf.lastIndexOf(' '), buf.lastIndexOf('\t'));
            if (at >= 0) {
              out.push(bytesOf(buf.slice(0, at + 1) + '\n'));
              buf = buf.slice(at + 1);
              col = colOf(buf);
              i--;
              continue;
            }
          }
          out.push(bytesOf(buf + '\n'));
          buf = '';
          col = 0;
          i--;
          continue;
        }
        buf += c;
        col = next;
      }
      out.push(bytesOf(buf + (li < lines.length - 1 || terminated ? '\n' : '')));
    });
    await out.flush();
  }
  await out.flush();
  return status;
};
