// Workspace: the public entry. Mounts filesystems, keeps sessions and history, and runs each
// execute() through a fresh executor instance (src/exec/kernel.ts). Runtime-neutral: the wasm
// assets come from the runtime entry point (index.ts for Node) or the `assets` option.
import { Vfs, type MountSpec } from './fs/vfs.js';
import { MemoryFs } from './fs/memory.js';
import { DevFs } from './fs/dev.js';
import { resolvePath } from './fs/path.js';
import type { Command } from './commands/types.js';
import { defaultCommands } from './commands/registry.js';
import { BashParser } from './parse/index.js';
import { Kernel, type Limits } from './exec/kernel.js';
import type { StdinInput } from './exec/handles.js';
import { AbortError } from './exec/errors.js';
import { shellCommand } from './exec/nested-shell.js';
import { Session, type SessionInfo } from './session/session.js';
import { History, type HistoryEntry } from './session/history.js';
import { cloneState, exportedEnv, newState, VAR_EXPORT, type ShellState } from './session/state.js';
import { getDefaultAssetLoader, type AssetLoader, type RuntimeAssets } from './runtime/assets.js';

export interface WorkspaceOptions {
  /** Working directory of new sessions. Default: /home/user when the workspace makes its own
   *  root, else '/'. */
  cwd?: string;
  /** Environment of new sessions (merged over HOME, PATH, USER, SHELL, LANG defaults). */
  env?: Record<string, string>;
  /** Extra commands (or replacements of built-in ones), by name. */
  commands?: Record<string, Command>;
  limits?: Partial<Limits>;
  /** The wasm assets, for runtimes without a default loader (Cloudflare Workers, bundlers). */
  assets?: RuntimeAssets | AssetLoader;
}

export interface ExecuteOptions {
  /** Session to run in; omitted = the default session; an unknown id starts a new session. */
  sessionId?: string;
  stdin?: StdinInput;
  /** Recorded in history. */
  agentId?: string;
  /** Run in an ephemeral clone of the session with this working directory. */
  cwd?: string;
  /** Run in an ephemeral clone of the session with these variables exported. */
  env?: Record<string, string>;
  /** Cooperative cancellation: execute() rejects with AbortError promptly. */
  signal?: AbortSignal;
  /** The command's own deadline: exit status 124 and a message, not a rejection. */
  timeoutMs?: number;
  /** Called with each chunk of output as it is written (the result still holds all of it). */
  onStdout?: (chunk: Uint8Array) => void;
  onStderr?: (chunk: Uint8Array) => void;
  /** $0 and the positional parameters ($1 …) for this call, as `bash -c CMD NAME ARGS…` sets them. */
  args?: string[];
}

export interface ExecResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
}

export const DEFAULT_SESSION = 'default';

const DEFAULT_LIMITS: Limits = {
  timeoutMs: 0,
  maxOutputBytes: 64 * 1024 * 1024,
  maxMemoryPages: 4096,
  maxSteps: 0,
};

interface Ready { parser: BashParser; assets: RuntimeAssets }

export class Workspace {
  /** Programmatic access across the mounts (absolute paths). */
  readonly fs: Vfs;
  private readonly ownRoot: MemoryFs | null;
  private readonly commands: Map<string, Command>;
  private readonly limits: Limits;
  private readonly sessions = new Map<string, Session>();
  private readonly log = new History();
  private readonly defaults: { cwd: string; env: Record<string, string> };
  private ready: Promise<Ready> | null = null;
  private readyValue: Ready | null = null;
  private closed = false;

  constructor(mounts: Record<string, MountSpec> = {}, private readonly options: WorkspaceOptions = {}) {
    const table: Record<string, MountSpec> = { ...mounts };
    this.ownRoot = null;
    if (!Object.keys(table).some((p) => p === '/' || p === '')) {
      this.ownRoot = new MemoryFs({ 'tmp/.keep': '', 'home/user/.keep': '' });
      table['/'] = this.ownRoot;
    }
    if (!Object.keys(table).some((p) => p === '/dev' || p === '/dev/')) table['/dev'] = new DevFs();
    this.fs = new Vfs(table);
    this.commands = new Map(defaultCommands);
    const nested = shellCommand(() => this.nestedRuntime());
    this.commands.set('bash', nested);
    this.commands.set('sh', nested);
    for (const [name, cmd] of Object.entries(options.commands ?? {})) this.commands.set(name, cmd);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    const cwd = options.cwd ?? (this.ownRoot ? '/home/user' : '/');
    const home = this.ownRoot ? '/home/user' : cwd;
    this.defaults = {
      cwd,
      env: {
        HOME: home, PATH: '/usr/local/bin:/usr/bin:/bin', USER: 'user', LOGNAME: 'user', SHELL: '/bin/bash',
        LANG: 'C.UTF-8', TERM: 'dumb', ...options.env, PWD: cwd,
      },
    };
  }

  /** The default session's working directory. */
  get cwd(): string { return this.session(DEFAULT_SESSION).state.cwd; }
  /** The default session's exported variables. */
  get env(): Record<string, string> { return exportedEnv(this.session(DEFAULT_SESSION).state); }

  createSession(id: string, opts: { cwd?: string; env?: Record<string, string> } = {}): SessionInfo {
    if (typeof id !== 'string' || id === '') throw new TypeError('session id must be a non-empty string');
    if (this.sessions.has(id)) throw new Error(`session ${JSON.stringify(id)} already exists`);
    const cwd = opts.cwd ? resolvePath(this.defaults.cwd, opts.cwd) : this.defaults.cwd;
    const s = new Session(id, newState(cwd, { ...this.defaults.env, ...opts.env, PWD: cwd }));
    seedShellVars(s.state);
    this.sessions.set(id, s);
    return info(s);
  }
  getSession(id: string): SessionInfo | undefined {
    const s = this.sessions.get(id);
    return s ? info(s) : undefined;
  }
  listSessions(): SessionInfo[] { return [...this.sessions.values()].map(info); }
  closeSession(id: string): boolean { return this.sessions.delete(id); }
  history(filter: { sessionId?: string } = {}): HistoryEntry[] { return this.log.list(filter.sessionId); }
  close(): void {
    this.closed = true;
    this.sessions.clear();
    void this.ready?.then((r) => r.parser.delete(), () => {});
    this.ready = null;
  }

  /** Run a bash command. Rejects only on abort (AbortError) or misuse of the API. */
  async execute(command: string, opts: ExecuteOptions = {}): Promise<ExecResult> {
    if (typeof command !== 'string') throw new TypeError('execute(command): command must be a string');
    if (this.closed) throw new Error('Workspace is closed');
    if (opts.sessionId !== undefined && (typeof opts.sessionId !== 'string' || opts.sessionId === '')) {
      throw new TypeError('sessionId must be a non-empty string');
    }
    if (opts.env !== undefined && (typeof opts.env !== 'object' || opts.env === null)) throw new TypeError('env must be an object');
    if (opts.signal?.aborted) throw new AbortError(undefined, { cause: opts.signal.reason });
    const rt = await this.init();
    const session = this.session(opts.sessionId ?? DEFAULT_SESSION);
    if (opts.cwd !== undefined || opts.env !== undefined) {
      return this.runOnce(rt, session, command, opts, false);
    }
    return session.serialized(() => {
      if (opts.signal?.aborted) throw new AbortError(undefined, { cause: opts.signal.reason });
      return this.runOnce(rt, session, command, opts, true);
    });
  }

  private session(id: string): Session {
    let s = this.sessions.get(id);
    if (!s) { this.createSession(id); s = this.sessions.get(id)!; }
    return s;
  }

  private init(): Promise<Ready> {
    this.ready ??= (async () => {
      const src = this.options.assets ?? getDefaultAssetLoader();
      if (!src) throw new Error('no wasm assets: import shellspace from its runtime entry point or pass options.assets');
      const assets = typeof src === 'function' ? await src() : src;
      const parser = await BashParser.create(assets.parser);
      this.readyValue = { parser, assets };
      return this.readyValue;
    })();
    return this.ready;
  }

  /** What a nested `bash -c` needs; only called while an execute() runs (so init is done). */
  private nestedRuntime() {
    const rt = this.readyValue;
    if (!rt) throw new Error('workspace not initialised');
    return { modules: rt.assets.executor, parser: rt.parser, vfs: this.fs, commands: this.commands, limits: this.limits };
  }

  private async runOnce(rt: Ready, session: Session, command: string, opts: ExecuteOptions, persist: boolean): Promise<ExecResult> {
    const startedAt = Date.now();
    const t0 = performance.now();
    const state: ShellState = persist ? session.state : cloneState(session.state);
    const entry = (exitCode: number | null, aborted: boolean): HistoryEntry => ({
      command, sessionId: session.id, ...(opts.agentId !== undefined ? { agentId: opts.agentId } : {}),
      cwd: state.cwd, exitCode, startedAt, durationMs: performance.now() - t0, aborted,
    });
    if (opts.cwd !== undefined) {
      const dir = resolvePath(state.cwd, opts.cwd);
      const st = await this.fs.stat(dir).catch(() => null);
      if (!st || st.type !== 'dir') {
        const why = st ? 'Not a directory' : 'No such file or directory';
        const r = { stdout: new Uint8Array(0), stderr: new TextEncoder().encode(`bash: cd: ${opts.cwd}: ${why}\n`), exitCode: 1 };
        this.log.add(entry(1, false));
        return r;
      }
      state.cwd = dir;
      const pwd = state.vars.get('PWD');
      state.vars.set('PWD', { value: dir, flags: pwd?.flags ?? VAR_EXPORT });
    }
    for (const [k, v] of Object.entries(opts.env ?? {})) state.vars.set(k, { value: String(v), flags: VAR_EXPORT });
    if (opts.args && opts.args.length > 0) {
      state.argv0 = String(opts.args[0]);
      state.positional = opts.args.slice(1).map(String);
    }
    const limits = { ...this.limits };
    if (opts.timeoutMs !== undefined) limits.timeoutMs = opts.timeoutMs;
    const kernel = new Kernel({
      modules: rt.assets.executor, parser: rt.parser, vfs: this.fs, commands: this.commands,
      state, script: rt.parser.parseScript(command), limits,
      ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
      ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
      ...(opts.onStdout ? { onStdout: opts.onStdout } : {}),
      ...(opts.onStderr ? { onStderr: opts.onStderr } : {}),
    });
    try {
      const res = await kernel.run();
      if (persist && res.state) session.state = res.state;
      this.log.add(entry(res.exitCode, false));
      return { stdout: res.stdout, stderr: res.stderr, exitCode: res.exitCode };
    } catch (e) {
      this.log.add(entry(null, e instanceof AbortError));
      throw e;
    }
  }
}

/** Shell variables bash sets without exporting them. */
function seedShellVars(s: ShellState): void {
  s.vars.set('IFS', { value: ' \t\n', flags: 0 });
  s.vars.set('PS4', { value: '+ ', flags: 0 });
  s.vars.set('OPTIND', { value: '1', flags: 0 });
}

function info(s: Session): SessionInfo {
  return { id: s.id, cwd: s.state.cwd, env: exportedEnv(s.state) };
}
