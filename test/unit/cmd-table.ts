// Shared harness of the recorded-table command suites (cmd-sed, cmd-more): a Vfs holding a
// recorded tree, and a direct run of one command whose ctx.exec children come from the registry
// (plus a minimal echo, a shell builtin). Strings are latin1: one char per byte.
import { collector, stringSource } from './cmd-harness.js';
import { defaultCommands } from '../../src/commands/registry.js';
import type { Command, CommandContext } from '../../src/commands/types.js';
import { Vfs } from '../../src/fs/vfs.js';
import { MemoryFs } from '../../src/fs/memory.js';

export const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const fromBytes = (b: Uint8Array): string => { let s = ''; for (const x of b) s += String.fromCharCode(x); return s; };

const echo: Command = async (ctx) => { await ctx.stdout.write(ctx.argv.slice(1).join(' ') + '\n'); return 0; };

/** Run argv (argv[0] names a registered command) with cwd `root`. */
export async function runCase(fs: Vfs, root: string, argv: string[], stdin: Uint8Array, env: Record<string, string>): Promise<{ stdout: Uint8Array; stderr: string; status: number }> {
  const stdout = collector();
  const stderr = collector();
  const make = (args: readonly string[], io: Parameters<CommandContext['exec']>[1], vars: ReadonlyMap<string, string>): CommandContext => ({
    argv: [...args], cwd: io?.cwd ?? root, env: io?.env ?? vars, fs,
    stdin: io?.stdin ?? stringSource(''), stdout: io?.stdout ?? stdout, stderr: io?.stderr ?? stderr,
    signal: io?.signal ?? new AbortController().signal, commands: new Set(defaultCommands.keys()),
    exec: async (a, io2) => {
      const child = defaultCommands.get(a[0] ?? '') ?? (a[0] === 'echo' ? echo : undefined);
      if (!child) return 127;
      // A child stopped through io2.signal ends as a signalled process would (the kernel's 143).
      return child(make(a, { ...io2, stdout: io2?.stdout ?? io?.stdout, stderr: io2?.stderr ?? io?.stderr }, io?.env ?? vars))
        .catch((e: unknown) => { if (io2?.signal?.aborted) return 143; throw e; });
    },
  });
  const cmd = defaultCommands.get(argv[0] as string) as Command;
  const status = await cmd(make(argv, { stdin: stringSource(stdin) }, new Map(Object.entries(env))));
  return { stdout: stdout.bytes(), stderr: new TextDecoder().decode(stderr.bytes()), status };
}

/** A Vfs with `tree` under `root` (keys ending in '/' are directories, in '@' symlinks). */
export async function makeFs(root: string, tree: Record<string, string>): Promise<Vfs> {
  const fs = new Vfs({ '/': new MemoryFs({}) });
  const base = root === '/' ? '/' : root + '/';
  await fs.mkdir(root, { recursive: true });
  for (const [p, v] of Object.entries(tree)) {
    const full = base + p.replace(/@$/, '').replace(/\/$/, '');
    await fs.mkdir(full.replace(/\/[^/]*$/, '') || '/', { recursive: true });
    if (p.endsWith('@')) await fs.symlink(v, full);
    else if (p.endsWith('/')) await fs.mkdir(full, { recursive: true });
    else await fs.writeFile(full, latin1(v));
  }
  return fs;
}
