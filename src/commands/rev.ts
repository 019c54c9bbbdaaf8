// rev [FILE]...: each line reversed (bytes, as in the C locale).
import type { Command } from './types.js';
import { inputChunks, OutBuffer, LineSplitter } from './lib/io.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';

export const rev: Command = async (ctx) => {
  const ops = ctx.argv.slice(1).filter((a) => a !== '--');
  const out = new OutBuffer(ctx.stdout);
  let status = 0;
  const emit = (line: Uint8Array): void => {
    const nl = line[line.length - 1] === 10;
    const body = line.slice(0, nl ? line.length - 1 : line.length).reverse();
    out.push(body);
    if (nl) out.push('\n');
  };
  for (const op of ops.length ? ops : ['-']) {
    const split = new LineSplitter();
    try {
      for await (const chunk of inputChunks(ctx, op)) { split.feed(chunk, emit); await out.flushIfFull(); }
      const last = split.end();
      if (last) emit(last);
    } catch (e) {
      rethrowFatal(e);
      await out.flush();
      await ctx.stderr.write(`rev: cannot open ${op}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  await out.flush();
  return status;
};
