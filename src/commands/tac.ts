// tac [-b] [-s SEP] [FILE]...: files with their lines (records ending in SEP, default newline)
// in reverse order. Byte exact.
import type { Command } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { inputChunks, OutBuffer, readAll } from './lib/io.js';
import { bytesOf } from './lib/text.js';
import { errorText, quote } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

const latin1 = new TextDecoder('latin1');

export const tac: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'br', withArg: 's',
    long: { before: ['b', 'none'], regex: ['r', 'none'], separator: ['s', 'required'] },
  });
  if (!parsed.ok) return usageError(ctx, 'tac', parsed.message);
  let before = false;
  let sep = '\n';
  for (const o of parsed.options) {
    if (o.key === 'b') before = true;
    else if (o.key === 's') {
      if (o.value === '') { await ctx.stderr.write("tac: separator cannot be empty\n"); return 1; }
      sep = latin1.decode(new TextEncoder().encode(o.value ?? ''));
    }
  }
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ['-']) {
    let text: string;
    try { text = latin1.decode(await readAll(inputChunks(ctx, op))); } catch (e) {
      rethrowFatal(e);
      await out.flush();
      const t = errorText(e);
      await ctx.stderr.write(t === 'Is a directory' ? `tac: ${quote(op)}: read error: ${t}\n` : `tac: failed to open ${quote(op)} for reading: ${t}\n`);
      status = 1;
      continue;
    }
    const parts = text.split(sep);
    const recs: string[] = [];
    if (before) {
      // Each record starts with the separator (the text before the first one is a record too).
      if (parts[0] !== '') recs.push(parts[0] as string);
      for (let i = 1; i < parts.length; i++) recs.push(sep + parts[i]);
    } else {
      for (let i = 0; i < parts.length - 1; i++) recs.push(parts[i] + sep);
      if (parts[parts.length - 1] !== '') recs.push(parts[parts.length - 1] as string);
    }
    for (let i = recs.length - 1; i >= 0; i--) out.push(bytesOf(recs[i] as string));
    await out.flushIfFull();
  }
  await out.flush();
  return status;
};
