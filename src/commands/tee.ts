// tee [-a] [-i] [-p] FILE...: copy stdin to stdout and to each file. A file that cannot be
// opened is reported and skipped; writing continues to the others. If stdout breaks while files
// remain, tee keeps copying the whole input into them, then ends with BrokenPipe (status 141).
import type { Command } from './types.js';
import { BrokenPipe } from './types.js';
import { parseArgs, usageError } from './lib/args.js';
import { errorText } from './lib/errors.js';
import { rethrowFatal } from './lib/run.js';
import { sourceChunks } from './lib/io.js';
import { resolvePath } from '../fs/path.js';

const NAME = 'tee';

export const tee: Command = async (ctx) => {
  const parsed = parseArgs(ctx.argv.slice(1), {
    flags: 'aip',
    long: { append: ['a', 'none'], 'ignore-interrupts': ['i', 'none'], 'output-error': ['p', 'optional'] },
  });
  if (!parsed.ok) return usageError(ctx, NAME, parsed.message);
  const append = parsed.options.some((o) => o.key === 'a');
  let status = 0;
  const files: { op: string; abs: string }[] = [];
  for (const op of parsed.operands) {
    const abs = resolvePath(ctx.cwd, op);
    try {
      if (append) await ctx.fs.appendFile(abs, new Uint8Array(0));
      else await ctx.fs.writeFile(abs, new Uint8Array(0));
      files.push({ op, abs });
    } catch (e) {
      rethrowFatal(e);
      await ctx.stderr.write(`${NAME}: ${op}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  let stdoutOpen = true;
  let broke = false;
  for await (const chunk of sourceChunks(ctx.stdin)) {
    const data = chunk.slice();
    if (stdoutOpen) {
      try { await ctx.stdout.write(data); } catch (e) {
        if (!(e instanceof BrokenPipe)) throw e;
        stdoutOpen = false; broke = true;
        if (files.length === 0) throw e;
      }
    }
    for (let i = 0; i < files.length; i++) {
      const f = files[i] as { op: string; abs: string };
      try { await ctx.fs.appendFile(f.abs, data); } catch (e) {
        rethrowFatal(e);
        await ctx.stderr.write(`${NAME}: ${f.op}: ${errorText(e)}\n`);
        status = 1;
        files.splice(i--, 1);
      }
    }
  }
  if (broke) throw new BrokenPipe();
  return status;
};
