// paste [-s] [-d LIST] [FILE]...: join corresponding lines of files with TABs (or the cycling
// delimiters of LIST, which knows \n \t \\ \0); -s joins all lines of each file instead.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { OutBuffer } from './lib/io.js';
import { readText, splitLines, bytesOf } from './lib/text.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

export const paste: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), { flags: 'sz', withArg: 'd', long: { serial: ['s', 'none'], delimiters: ['d', 'required'], 'zero-terminated': ['z', 'none'] } });
  if (!parsed.ok) return usageError(ctx, 'paste', parsed.message);
  let serial = false, zero = false;
  let delims = ['\t'];
  for (const o of parsed.options) {
    if (o.key === 's') serial = true;
    else if (o.key === 'z') zero = true;
    else {
      const v = new TextDecoder('latin1').decode(new TextEncoder().encode(o.value ?? ''));
      delims = [];
      for (let i = 0; i < v.length; i++) {
        const c = v[i] as string;
        if (c === '\\' && i + 1 < v.length) {
          const n = v[++i] as string;
          delims.push(n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '' : n);
        } else delims.push(c);
      }
      if (v.endsWith('\\') && !v.endsWith('\\\\')) { await ctx.stderr.write(`paste: delimiter list ends with an unescaped backslash: ${o.value}\n`); return 1; }
      if (delims.length === 0) delims = [''];
    }
  }
  const sep = zero ? '\0' : '\n';
  const ops = parsed.operands.length ? parsed.operands : ['-'];
  const files: string[][] = [];
  let stdinLines: string[] | null = null;
  for (const op of ops) {
    try {
      if (op === '-') {
        // Several '-' operands share stdin, taking lines in turn.
        stdinLines ??= splitLines(await readText(ctx, '-'), sep).lines;
        files.push(stdinLines);
      } else files.push(splitLines(await readText(ctx, op), sep).lines);
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`paste: ${op}: ${errorText(e)}\n`);
      return 1;
    }
  }
  const out = new OutBuffer(ctx.stdout);
  if (serial) {
    for (const lines of files) {
      let s = '';
      lines.forEach((l, i) => { if (i > 0) s += delims[(i - 1) % delims.length]; s += l; });
      out.push(bytesOf(s + sep));
    }
  } else {
    const dashes = ops.filter((o) => o === '-').length;
    const pos = files.map(() => 0);
    let shared = 0;
    const next = (k: number): string | null => {
      if (ops[k] === '-') return shared < (stdinLines as string[]).length ? (stdinLines as string[])[shared++] as string : null;
      const l = files[k] as string[];
      return (pos[k] as number) < l.length ? l[pos[k]!++] as string : null;
    };
    for (;;) {
      let any = false;
      let s = '';
      for (let k = 0; k < files.length; k++) {
        const l = next(k);
        if (l !== null) any = true;
        if (k > 0) s += delims[(k - 1) % delims.length];
        s += l ?? '';
      }
      if (!any) break;
      out.push(bytesOf(s + sep));
      await out.flushIfFull();
    }
    void dashes;
  }
  await out.flush();
  return 0;
};
