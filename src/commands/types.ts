// The contract of commands implemented in TypeScript (grep, ls, …) and run by the executor
// through the SPAWN host request. A command never touches the executor: it gets byte streams
// and the mounted filesystem, and resolves to its exit status.
import type { Vfs } from '../fs/vfs.js';

export interface ByteSource {
  /** Next chunk, or null at end of input. Chunks are only valid until the next read(): copy to keep. */
  read(): Promise<Uint8Array | null>;
  /** Stop reading early (a writer upstream then sees a broken pipe). */
  close(): void;
}

export interface ByteSink {
  /** Write bytes or UTF-8 text. Resolves when taken (back-pressure). When the reader has gone,
   *  rejects with BrokenPipe: let it propagate; the runner turns it into exit status 141. */
  write(data: Uint8Array | string): Promise<void>;
}

export class BrokenPipe extends Error {
  constructor() { super('broken pipe'); this.name = 'BrokenPipe'; }
}

export interface ExecOptions {
  stdin?: ByteSource;
  stdout?: ByteSink;
  stderr?: ByteSink;
  cwd?: string;
  env?: ReadonlyMap<string, string>;
  /** Stops the child (as SIGTERM would): exec then resolves to 143. */
  signal?: AbortSignal;
}

export interface CommandContext {
  /** argv[0] is the command name as typed. */
  readonly argv: readonly string[];
  /** Absolute working directory. */
  readonly cwd: string;
  /** Exported variables. */
  readonly env: ReadonlyMap<string, string>;
  readonly stdin: ByteSource;
  readonly stdout: ByteSink;
  readonly stderr: ByteSink;
  /** The mount table; paths given to it are absolute (use resolvePath(ctx.cwd, p)). */
  readonly fs: Vfs;
  /** Fires when the execute() call is aborted or times out. Long loops should check it. */
  readonly signal: AbortSignal;
  /** Run another command (argv[0] looked up like a shell would: builtins and commands), as a child
   *  process would: it inherits cwd and env, and this command's streams unless others are given.
   *  Resolves to its exit status (127 when not found). For xargs, env CMD, find -exec, timeout. */
  exec(argv: readonly string[], io?: ExecOptions): Promise<number>;
  /** Names of the commands the host can run (not the shell's builtins). */
  readonly commands: ReadonlySet<string>;
}

/** Resolves to the exit status (0-255). Throwing BrokenPipe means 141; any other throw is
 *  reported as "NAME: <message>" with status 1 (a bug, but the shell stays up). */
export type Command = (ctx: CommandContext) => Promise<number>;
