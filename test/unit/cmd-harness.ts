// Test harness for TypeScript commands: runs a command with an in-memory CommandContext over a
// Vfs, string (or byte) stdin, and collects stdout/stderr. Not a test file itself.
import { Vfs, type MountSpec } from '../../src/fs/vfs.js';
import { MemoryFs, type MemoryTree } from '../../src/fs/memory.js';
import { BrokenPipe, type ByteSink, type ByteSource, type Command } from '../../src/commands/types.js';
import { defaultCommands } from '../../src/commands/registry.js';

export interface RunResult { stdout: string; stderr: string; status: number; stdoutBytes: Uint8Array }

export interface RunOptions {
  stdin?: string | Uint8Array;
  cwd?: string;
  env?: Record<string, string>;
  /** Stop accepting stdout after this many bytes (then writes reject with BrokenPipe). */
  stdoutLimit?: number;
  signal?: AbortSignal;
  /** Stdin chunk size (default: all at once). */
  chunk?: number;
}

export function memVfs(tree: MemoryTree = {}, extra: Record<string, MountSpec> = {}): Vfs {
  return new Vfs({ '/': new MemoryFs(tree), ...extra });
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function collector(limit = Infinity): ByteSink & { bytes(): Uint8Array; writes: number } {
  const parts: Uint8Array[] = [];
  let total = 0;
  return {
    writes: 0,
    async write(d) {
      // Like the host's pipes, let the event loop turn now and then (timers, abort listeners).
      if (++this.writes % 16 === 0) await new Promise((r) => setImmediate(r));
      if (total >= limit) throw new BrokenPipe();
      const b = typeof d === 'string' ? enc.encode(d) : d.slice();
      parts.push(b.subarray(0, Math.max(0, Math.min(b.length, limit - total))));
      total += b.length;
    },
    bytes() {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) { out.set(p, o); o += p.length; }
      return out;
    },
  };
}

export function stringSource(input: string | Uint8Array, chunk = Infinity): ByteSource & { reads: number } {
  const bytes = typeof input === 'string' ? enc.encode(input) : input;
  let off = 0;
  return {
    reads: 0,
    async read() {
      if (++this.reads % 16 === 0) await new Promise((r) => setImmediate(r));
      if (off >= bytes.length) return null;
      const c = bytes.subarray(off, Math.min(bytes.length, off + chunk));
      off += c.length;
      return c;
    },
    close() { off = bytes.length; },
  };
}

/** Run argv (argv[0] names the command in the default registry) over fs. */
export async function run(fs: Vfs, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const cmd: Command | undefined = defaultCommands.get(argv[0] as string);
  if (!cmd) throw new Error(`no command ${argv[0]}`);
  const stdout = collector(opts.stdoutLimit);
  const stderr = collector();
  let status: number;
  try {
    status = await cmd({
      argv, cwd: opts.cwd ?? '/', env: new Map(Object.entries(opts.env ?? {})),
      stdin: stringSource(opts.stdin ?? '', opts.chunk), stdout, stderr, fs,
      signal: opts.signal ?? new AbortController().signal,
      commands: new Set(defaultCommands.keys()),
      // Direct runs have no shell: a child is looked up in the registry only (no builtins).
      exec: async (args, io) => {
        const child = defaultCommands.get(args[0] ?? '');
        if (!child) return 127;
        return child({
          argv: [...args], cwd: io?.cwd ?? opts.cwd ?? '/', env: io?.env ?? new Map(), fs,
          stdin: io?.stdin ?? stringSource(''), stdout: io?.stdout ?? stdout, stderr: io?.stderr ?? stderr,
          signal: io?.signal ?? opts.signal ?? new AbortController().signal, commands: new Set(defaultCommands.keys()),
          exec: async () => 127,
        }).catch((e: unknown) => {
          if (io?.signal?.aborted) return 143; // stopped, as the kernel reports a signalled child
          throw e;
        });
      },
    });
  } catch (e) {
    if (e instanceof BrokenPipe) status = 141; else throw e;
  }
  const out = stdout.bytes();
  return { stdout: dec.decode(out), stderr: dec.decode(stderr.bytes()), status, stdoutBytes: out };
}

/** Shorthand: run with a fresh MemoryFs holding tree. */
export async function runIn(tree: MemoryTree, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(memVfs(tree), argv, opts);
}
