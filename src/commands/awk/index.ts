// awk: POSIX awk with the common gawk extensions (regex RS, RT, nextfile, length(array),
// match(s, re, arr), ENVIRON, fflush, /dev/stdout, /dev/stderr). Output is batched; input is read
// in chunks and split into records without per-character work. Errors follow mawk's wording:
// "awk: line N: syntax error at or near X" (status 2), "awk: run time error: …" (status 2).
import type { Command, CommandContext } from '../types.js';
import { resolvePath } from '../../fs/path.js';
import { errorText } from '../lib/errors.js';
import { rethrowFatal } from '../lib/run.js';
import { parse, G } from './parser.js';
import { AwkSyntaxError, unescape } from './lexer.js';
import { Interp } from './interp.js';
import { AwkError, AwkFatal, toNum } from './values.js';

const USAGE = "usage: awk [-F value] [-v var=value] [--] 'program text' [file ...]\n       awk [-F value] [-v var=value] [-f program-file] [--] [file ...]\n";

export const awk: Command = async (ctx: CommandContext) => {
  const args = ctx.argv.slice(1);
  const assigns: string[] = [];
  const progFiles: string[] = [];
  // gawk -e/--source program text, joined with -f files in order given (files first here).
  const sources: string[] = [];
  let fs: string | null = null;
  let i = 0;
  const name = 'awk';
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') { i++; break; }
    if (a.length < 2 || a[0] !== '-') break;
    if (a === '--version' || a === '-W' || a.startsWith('-W')) {
      if (a === '--version' || args[i + 1] === 'version' || a === '-Wversion' || a === '-Wv') {
        await ctx.stdout.write('awk (shellspace) 1.0, compatible with POSIX awk and common gawk extensions\n');
        return 0;
      }
      if (a === '-W') i++;
      continue;
    }
    if (/^--(posix|re-interval|traditional|characters-as-bytes|sandbox|lint|use-lc-numeric|no-optimize)$/.test(a)) continue;
    if (a.startsWith('--source=')) { sources.push(a.slice(9)); continue; }
    const opt = a[1] as string;
    if (opt === 'e' || a === '--source') {
      const val = a.length > 2 && a !== '--source' ? a.slice(2) : args[++i];
      if (val === undefined) { await ctx.stderr.write(`${name}: option -e lacks argument\n`); return 2; }
      sources.push(val);
      continue;
    }
    if (opt === 'F' || opt === 'v' || opt === 'f') {
      let val: string | undefined = a.length > 2 ? a.slice(2) : args[++i];
      if (val === undefined) { await ctx.stderr.write(`${name}: option -${opt} lacks argument\n`); return 2; }
      if (opt === 'F') fs = val === 't' ? '\t' : unescape(val, false);
      else if (opt === 'v') {
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(val)) { await ctx.stderr.write(`${name}: improper assignment: -v ${val}\n`); return 2; }
        assigns.push(val);
      } else progFiles.push(val);
      val = undefined;
      continue;
    }
    await ctx.stderr.write(`${name}: not an option: ${a}\n`);
    return 2;
  }
  let src: string;
  if (progFiles.length || sources.length) {
    const parts: string[] = [];
    for (const f of progFiles) {
      try {
        parts.push(new TextDecoder().decode(f === '-' ? await readStdin(ctx) : await ctx.fs.readFile(resolvePath(ctx.cwd, f))));
      } catch (e) {
        rethrowFatal(e);
        await ctx.stderr.write(`${name}: couldn't open file ${f} (${errorText(e)})\n`);
        return 2;
      }
    }
    src = [...parts, ...sources].join('\n');
  } else {
    const p = args[i++];
    if (p === undefined) { await ctx.stderr.write(USAGE); return 2; }
    src = p;
  }
  let prog;
  try {
    prog = parse(src);
  } catch (e) {
    if (e instanceof AwkSyntaxError) { await ctx.stderr.write(`${name}: line ${e.line}: ${e.message}\n`); return 2; }
    if (e instanceof AwkError) { await ctx.stderr.write(`${name}: ${e.message}\n`); return 2; }
    throw e;
  }
  const it = new Interp(prog, ctx, [ctx.argv[0] ?? name, ...args.slice(i)]);
  try {
    if (fs !== null) it.globals[G.FS] = fs;
    for (const a of assigns) { const eq = a.indexOf('='); it.assignVar(a.slice(0, eq), a.slice(eq + 1)); }
    return await it.run();
  } catch (e) {
    if (e instanceof AwkFatal) {
      await it.out.flush().catch(() => undefined);
      await ctx.stderr.write(`${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof AwkError) {
      await it.out.flush().catch(() => undefined);
      const g = it.globals;
      await ctx.stderr.write(`${name}: run time error: ${e.message}\n\tFILENAME="${it.str(g[G.FILENAME] as never)}" FNR=${toNum(g[G.FNR] as never)} NR=${toNum(g[G.NR] as never)}\n`);
      return 2;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      await ctx.stderr.write(`${name}: run time error: function call nesting too deep\n`);
      return 2;
    }
    throw e;
  }
};

async function readStdin(ctx: CommandContext): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (;;) { const c = await ctx.stdin.read(); if (c === null) break; parts.push(c.slice()); }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
