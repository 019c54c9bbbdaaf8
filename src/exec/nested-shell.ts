// `bash` and `sh` as commands: `bash -c SCRIPT [NAME ARGS…]`, `bash FILE [ARGS…]`, or a script
// on stdin. Like a child process, the nested shell starts from the caller's exported
// environment and working directory only, and shares the mounts. It runs in its own executor
// instance; its output is passed on when it ends.
import type { Command, CommandContext } from '../commands/types.js';
import { resolvePath } from '../fs/path.js';
import { Kernel, type KernelInput } from './kernel.js';
import { newState } from '../session/state.js';

export type NestedRuntime = Omit<KernelInput, 'state' | 'script' | 'stdin' | 'signal'>;

const td = new TextDecoder();

export function shellCommand(runtime: () => NestedRuntime): Command {
  return async (ctx: CommandContext): Promise<number> => {
    const name = ctx.argv[0] ?? 'bash';
    const args = ctx.argv.slice(1);
    let i = 0;
    let script: string | null = null;
    let argv0 = name;
    const opts: string[] = [];
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-c') { script = args[++i] ?? null; if (script === null) { await ctx.stderr.write(`${name}: -c: option requires an argument\n`); return 2; } i++; break; }
      if (a === '--') { i++; break; }
      if (/^[-+][euxfCo]+$/.test(a)) { opts.push(a); if (a.endsWith('o')) opts.push(args[++i] ?? ''); continue; }
      if (a === '-s' || a === '-i' || a === '-l' || a === '--norc' || a === '--noprofile' || a === '--posix') continue;
      break;
    }
    let rest = args.slice(i);
    if (script === null) {
      if (rest.length > 0) {
        const file = rest[0]!;
        try {
          script = td.decode(await ctx.fs.readFile(resolvePath(ctx.cwd, file)));
        } catch {
          await ctx.stderr.write(`${name}: ${file}: No such file or directory\n`);
          return 127;
        }
        argv0 = file;
        rest = rest.slice(1);
      } else {
        const chunks: Uint8Array[] = [];
        for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) chunks.push(c.slice());
        script = td.decode(concat(chunks));
      }
    } else if (rest.length > 0) {
      argv0 = rest[0]!;
      rest = rest.slice(1);
    }
    if (opts.length > 0) script = `set ${opts.map(quote).join(' ')}\n${script}`;
    const env: Record<string, string> = {};
    for (const [k, v] of ctx.env) env[k] = v;
    const state = newState(ctx.cwd, env);
    state.vars.set('IFS', { value: ' \t\n', flags: 0 });
    state.argv0 = argv0;
    state.positional = rest;
    const rt = runtime();
    const kernel = new Kernel({
      ...rt, state, script: rt.parser.parseScript(script), signal: ctx.signal,
      stdin: { [Symbol.asyncIterator]: () => ({ next: async () => { const c = await ctx.stdin.read(); return c === null ? { done: true, value: undefined } : { done: false, value: c.slice() }; } }) },
    });
    const r = await kernel.run();
    if (r.stdout.length) await ctx.stdout.write(r.stdout);
    if (r.stderr.length) await ctx.stderr.write(r.stderr);
    return r.exitCode;
  };
}

function quote(s: string): string { return `'${s.replace(/'/g, `'\\''`)}'`; }

function concat(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}
