// The kernel: the host side of one execute() call. It owns one executor instance and serves it:
// synchronous imports (reads, writes, parsing), asynchronous requests (files, directories,
// commands), the bridge between executor pipes and TypeScript commands, the abort flag and the
// deadline. The run loop:
//
//   ┌─► deliver finished requests (reply_alloc/reply) ─► run() ─► wake pipe waiters ─┐
//   │        DONE → collect      YIELD → macrotask      WAIT → sleep until kicked       │
//   └────────────────────────────────────────────────────────────────────────────────────┘
//
// Anything that can let the executor progress (a request finishing, a command reading or
// writing a pipe, abort) "kicks" the loop. A blocked command waits for the next run().
import {
  CB_ABORT, CB_BASE, CB_EXIT_CODE, CB_SLICE_MS, CB_CLOCK_STEPS, CB_LIMIT_KIND, CB_MAX_STEPS,
  RUN_DONE, RUN_YIELD, RUN_WAIT, RUN_ABORTED, RUN_LIMIT,
  OP_OPEN, OP_CLOSE, OP_FILL, OP_STAT, OP_READDIR, OP_SPAWN, OP_SLEEP, OP_REALPATH, OP_PARSE,
  OPEN_WRITE, OPEN_APPEND, OPEN_TRUNC, OPEN_EXCL, OPEN_READ,
  FDK_PIPE_R, FDK_PIPE_W, FDK_HOST, H_STDIN, H_STDOUT, H_STDERR,
  FT_FILE, FT_DIR, FT_SYMLINK,
  ERR_BADF, ERR_NOENT, ERR_ISDIR, ERR_EXIST, ERR_INVAL, ERR_SYNTAX, ERR_ROFS, ERR_ACCES,
  PARSE_ARITH, LIMIT_STEPS, LIMIT_MEMORY, LIMIT_DEPTH, LIMIT_OUTPUT,
} from '../abi/layout.js';
import { decodeRequest, encodePayload, fromUtf8, utf8, type Request } from '../abi/codec.js';
import type { ExecutorModules, LiveExecutor } from '../abi/modules.js';
import { acquireExecutor, releaseExecutor, MAX_PAGES } from '../abi/modules.js';
import type { HostImports } from '../abi/exports.js';
import type { Vfs } from '../fs/vfs.js';
import type { ByteSink, ByteSource, Command, CommandContext } from '../commands/types.js';
import { BrokenPipe } from '../commands/types.js';
import type { BashParser, Segment } from '../parse/index.js';
import { writeSegment } from '../parse/index.js';
import {
  OutputHandle, NullHandle, EndlessHandle, FileWriter, ReadWriteFile, fileReader, stdinReader,
  type Handle, type StdinInput,
} from './handles.js';
import { PipeSource, PipeSink, HandleSource, HandleSink } from './streams.js';
import { AbortError, errnoOf } from './errors.js';
import { macrotask } from './yield.js';
import { matchEre } from './ere.js';
import { decodeState, encodeState, type ShellState } from '../session/state.js';
import { resolvePath } from '../fs/path.js';

export interface Limits {
  /** Wall-clock budget of one call in ms (also settable per call as timeoutMs). 0 = none. */
  timeoutMs: number;
  /** Bytes of stdout (and separately stderr) kept; past it the run stops with status 126. */
  maxOutputBytes: number;
  /** Linear memory ceiling of the executor, in 64 KiB pages. */
  maxMemoryPages: number;
  /** Executor steps per call (0 = unlimited). */
  maxSteps: number;
}

export interface KernelInput {
  modules: ExecutorModules;
  parser: BashParser;
  vfs: Vfs;
  commands: ReadonlyMap<string, Command>;
  state: ShellState;
  script: Segment;
  stdin?: StdinInput;
  signal?: AbortSignal;
  limits: Limits;
  /** Called with each chunk written to stdout / stderr, as it is written. */
  onStdout?: (b: Uint8Array) => void;
  onStderr?: (b: Uint8Array) => void;
}

export interface KernelResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
  /** Shell state after the run (null when the executor died and state could not be read). */
  state: ShellState | null;
}

interface Completion { id: number; status: number; payload: Uint8Array | null }

const SLICE_MS = 1;
const MACROTASK_EVERY_MS = 2;

export class Kernel implements HostImports {
  private ex!: LiveExecutor;
  private u8cache: Uint8Array | null = null;
  private handles = new Map<number, Handle>();
  private nextHandle = 3;
  private nextReq = 1;
  private inFlight = 0;
  private completions: Completion[] = [];
  private kicked = false;
  private wakeResolve: (() => void) | null = null;
  private runWaiters: Array<() => void> = [];
  private lastMacrotask = 0;
  private stopKind: 'abort' | 'timeout' | 'limit' | null = null;
  private stopMessage = '';
  private faultLog = '';
  private ctl: AbortController | null = null;
  /** Fires for commands when the call is aborted, times out or hits a limit, and when the run
   *  ends (for commands still running in the background). Made on first use: most calls run
   *  no command, and aborting a controller costs a DOMException. */
  get controller(): AbortController { return (this.ctl ??= new AbortController()); }
  private out: OutputHandle;
  private err: OutputHandle;
  private parseCache: { key: string; seg: Segment } | null = null;

  constructor(private input: KernelInput) {
    const lim = input.limits.maxOutputBytes;
    this.out = new OutputHandle(lim, () => this.stop('limit', `shellspace: output limit exceeded (maxOutputBytes=${lim})`), input.onStdout);
    this.err = new OutputHandle(lim, () => this.stop('limit', `shellspace: output limit exceeded (maxOutputBytes=${lim})`), input.onStderr);
    this.handles.set(H_STDIN, stdinReader(input.stdin));
    this.handles.set(H_STDOUT, this.out);
    this.handles.set(H_STDERR, this.err);
  }

  // ───────────────────────────── run loop ─────────────────────────────

  async run(): Promise<KernelResult> {
    const { input } = this;
    const sig = input.signal;
    if (sig?.aborted) throw new AbortError(undefined, { cause: sig.reason });
    this.ex = await acquireExecutor(input.modules, this, input.limits.maxMemoryPages);
    const onAbort = (): void => this.stop('abort', '');
    sig?.addEventListener('abort', onAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (input.limits.timeoutMs > 0) {
      timer = setTimeout(() => this.stop('timeout', `shellspace: timed out after ${input.limits.timeoutMs} ms (timeoutMs)`), input.limits.timeoutMs);
    }
    try {
      return await this.loop();
    } finally {
      sig?.removeEventListener('abort', onAbort);
      if (timer !== undefined) clearTimeout(timer);
      if (this.ctl && !this.ctl.signal.aborted) this.ctl.abort();
    }
  }

  private async loop(): Promise<KernelResult> {
    const ex = this.ex.exports;
    const cb = this.cb();
    cb[CB_SLICE_MS >> 2] = SLICE_MS;
    cb[CB_CLOCK_STEPS >> 2] = 2048;
    cb[CB_MAX_STEPS >> 2] = this.input.limits.maxSteps;
    this.loadState(this.input.state);
    const codeBase = ex.code_alloc(this.input.script.byteLength);
    const root = writeSegment(this.input.script, this.u8(), codeBase);
    ex.start(root);
    this.lastMacrotask = performance.now();

    for (;;) {
      if (this.stopKind) return this.stopped();
      this.deliver();
      this.kicked = false;
      let st: number;
      try {
        st = ex.run();
      } catch (e) {
        return this.fault(e);
      }
      this.wakeRunWaiters();
      if (this.stopKind) return this.stopped();
      if (st === RUN_DONE) return this.done();
      if (st === RUN_ABORTED) { this.stopKind ??= 'abort'; return this.stopped(); }
      if (st === RUN_LIMIT) return this.limitHit(this.cb()[CB_LIMIT_KIND >> 2]!);
      if (st === RUN_YIELD) { await this.turn(); continue; }
      if (st === RUN_WAIT) {
        if (!this.kicked && this.completions.length === 0) {
          if (this.inFlight === 0) return this.fault(new Error('deadlock: every task waits and nothing is running'));
          await new Promise<void>((r) => { this.wakeResolve = r; });
          this.wakeResolve = null;
        }
        if (performance.now() - this.lastMacrotask > MACROTASK_EVERY_MS) await this.turn();
        continue;
      }
      return this.fault(new Error(`executor returned unknown status ${st}`));
    }
  }

  /** Let the event loop turn (timers, abort listeners). */
  async turn(): Promise<void> {
    await macrotask();
    this.lastMacrotask = performance.now();
  }
  /** Yield to the event loop if it has not turned for a while (for commands in long sync loops). */
  async maybeTurn(): Promise<void> {
    if (performance.now() - this.lastMacrotask > MACROTASK_EVERY_MS) await this.turn();
  }

  /** Something changed that may let the executor progress. */
  kick(): void {
    this.kicked = true;
    const w = this.wakeResolve;
    if (w) { this.wakeResolve = null; w(); }
  }
  /** Resolves after the executor's next run() (for commands waiting on a pipe). */
  nextRun(): Promise<void> {
    return new Promise((r) => { this.runWaiters.push(r); });
  }
  private wakeRunWaiters(): void {
    const ws = this.runWaiters;
    if (ws.length === 0) return;
    this.runWaiters = [];
    for (const w of ws) w();
  }

  private stop(kind: 'abort' | 'timeout' | 'limit', message: string): void {
    if (this.stopKind) return;
    this.stopKind = kind;
    this.stopMessage = message;
    const cb = this.cb();
    if (this.ex.shared) Atomics.store(cb, CB_ABORT >> 2, 1); else cb[CB_ABORT >> 2] = 1;
    this.controller.abort(kind === 'abort' ? this.input.signal?.reason : new Error(message));
    this.kick();
  }

  private stopped(): KernelResult {
    if (this.stopKind === 'abort') {
      throw new AbortError(undefined, { cause: this.input.signal?.reason });
    }
    const code = this.stopKind === 'timeout' ? 124 : 126;
    return this.result(code, this.stopMessage, null);
  }

  private limitHit(kind: number): KernelResult {
    const msg = kind === LIMIT_STEPS ? `shellspace: step limit exceeded (maxSteps=${this.input.limits.maxSteps})`
      : kind === LIMIT_DEPTH ? 'shellspace: nesting limit exceeded (maximum function or subshell depth)'
      : kind === LIMIT_MEMORY ? `shellspace: memory limit exceeded (maxMemoryPages=${this.input.limits.maxMemoryPages})`
      : kind === LIMIT_OUTPUT ? `shellspace: output limit exceeded (maxOutputBytes=${this.input.limits.maxOutputBytes})`
      : 'shellspace: limit exceeded';
    return this.result(126, msg, null);
  }

  private fault(e: unknown): KernelResult {
    const text = this.faultLog || String((e as Error)?.message ?? e);
    // A failed allocation traps (AssemblyScript's allocator cannot report it): a trap with
    // memory at its ceiling is the memory limit, whatever the trap says.
    const pages = this.ex ? this.ex.memory.buffer.byteLength / 65536 : 0;
    const atCeiling = pages >= Math.min(this.input.limits.maxMemoryPages, MAX_PAGES) * 0.9;
    if (atCeiling || /allocation|out of memory|memory access out of bounds|grow/i.test(text)) {
      return this.result(126, `shellspace: memory limit exceeded (maxMemoryPages=${this.input.limits.maxMemoryPages})`, null);
    }
    return this.result(126, `shellspace: internal error: ${text}`, null);
  }

  private done(): KernelResult {
    const code = this.cb()[CB_EXIT_CODE >> 2]! & 255;
    let state: ShellState | null = null;
    try {
      const p = this.ex.exports.dump_state();
      const n = this.ex.exports.dump_state_len();
      state = decodeState(this.u8().slice(p, p + n));
    } catch { state = null; }
    // Reuse the instance only when nothing can touch it any more (no request or command in flight).
    if (state && this.inFlight === 0 && this.runWaiters.length === 0) releaseExecutor(this.ex);
    return this.result(code, '', state);
  }

  private result(exitCode: number, message: string, state: ShellState | null): KernelResult {
    // Files still open (a redirection the script never left) are flushed in the background.
    for (const [h, handle] of this.handles) if (h > H_STDERR) void handle.close();
    this.handles.clear();
    if (message) {
      const m = utf8(message + '\n');
      this.err.chunks.push(m);
      this.err.size += m.length;
      this.input.onStderr?.(m);
    }
    return { stdout: this.out.bytes(), stderr: this.err.bytes(), exitCode, state };
  }

  // ───────────────────────────── memory ─────────────────────────────

  u8(): Uint8Array {
    const buf = this.ex.memory.buffer;
    if (this.u8cache === null || this.u8cache.buffer !== buf) this.u8cache = new Uint8Array(buf);
    return this.u8cache;
  }
  private cb(): Int32Array { return new Int32Array(this.ex.memory.buffer, CB_BASE, 16); }
  get exports() { return this.ex.exports; }

  private loadState(state: ShellState): void {
    const blob = withCommandRecords(encodeState(state), this.input.commands);
    const p = this.ex.exports.stage(blob.length);
    this.u8().set(blob, p);
    this.ex.exports.load_state(p, blob.length);
  }

  private deliver(): void {
    if (this.completions.length === 0) return;
    const list = this.completions;
    this.completions = [];
    const ex = this.ex.exports;
    for (const c of list) {
      if (c.payload && c.payload.length > 0) {
        const p = ex.reply_alloc(c.id, c.payload.length);
        this.u8().set(c.payload, p);
      }
      ex.reply(c.id, c.status);
    }
  }

  // ───────────────────────────── sync imports ─────────────────────────────

  private clockReal = 0;
  private clockVirtual = 0;
  /** The executor's clock for time slicing. Deployed Workers freeze performance.now() while code
   *  runs; when the clock has not moved since the last read, it advances by a small step anyway
   *  so that the executor's slice still ends (about every 20 reads, ~40k steps). */
  now = (): number => {
    const t = performance.now();
    if (t > this.clockReal) { this.clockReal = t; this.clockVirtual = Math.max(this.clockVirtual, t); }
    else this.clockVirtual += 0.05;
    return this.clockVirtual;
  };

  write = (h: number, ptr: number, len: number): number => {
    const handle = this.handles.get(h);
    if (!handle) return -ERR_BADF;
    return handle.writeSync(this.u8().subarray(ptr, ptr + len));
  };

  read = (h: number, ptr: number, cap: number): number => {
    const handle = this.handles.get(h);
    if (!handle) return -ERR_BADF;
    return handle.readSync(this.u8().subarray(ptr, ptr + cap));
  };

  submit = (ptr: number, len: number): number => {
    const id = this.nextReq++;
    let req: Request;
    try { req = decodeRequest(this.u8().slice(ptr, ptr + len)); } catch {
      this.complete(id, -ERR_INVAL, null);
      return id;
    }
    this.inFlight++;
    this.serve(req).then(
      ([status, payload]) => { this.inFlight--; this.complete(id, status, payload); },
      (e) => { this.inFlight--; this.complete(id, -errnoOf(e), null); },
    );
    return id;
  };

  parse = (kind: number, src: number, srcLen: number, out: number, cap: number): number => {
    const text = fromUtf8(this.u8().slice(src, src + srcLen));
    const key = `${kind}:${text}`;
    let seg: Segment;
    if (this.parseCache?.key === key) {
      seg = this.parseCache.seg;
    } else {
      if (kind === PARSE_ARITH) {
        const r = this.input.parser.parseArith(text);
        if ('error' in r) {
          const m = utf8(r.error);
          const n = Math.min(m.length, cap);
          this.u8().set(m.subarray(0, n), out);
          return -Math.max(1, n);
        }
        seg = r;
      } else {
        seg = this.input.parser.parseScript(text);
      }
      this.parseCache = { key, seg };
    }
    if (seg.byteLength > cap) return seg.byteLength;
    writeSegment(seg, this.u8(), out);
    return seg.byteLength;
  };

  log = (ptr: number, len: number): void => {
    const msg = fromUtf8(this.u8().slice(ptr, ptr + len));
    this.faultLog = msg;
    if ((globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.SHELLSPACE_DEBUG) {
      console.error('[executor]', msg);
    }
  };

  regex = (pat: number, patLen: number, text: number, textLen: number, out: number, cap: number): number => {
    const u8 = this.u8();
    const m = matchEre(fromUtf8(u8.slice(pat, pat + patLen)), fromUtf8(u8.slice(text, text + textLen)));
    if (typeof m === 'number') return m;
    const pairs = Math.min(m.length / 2, Math.floor(cap / 8));
    const dv = new DataView(u8.buffer, u8.byteOffset);
    for (let i = 0; i < pairs * 2; i++) dv.setInt32(out + i * 4, m[i]!, true);
    return m.length / 2;
  };

  // ───────────────────────────── async requests ─────────────────────────────

  private complete(id: number, status: number, payload: Uint8Array | null): void {
    this.completions.push({ id, status, payload });
    this.kick();
  }

  private async serve(req: Request): Promise<[number, Uint8Array | null]> {
    switch (req.op) {
      case OP_OPEN: return [await this.open(req.strs[0] ?? '', req.ints[0] ?? OPEN_READ), null];
      case OP_CLOSE: {
        const h = req.ints[0] ?? -1;
        const handle = this.handles.get(h);
        if (!handle || h <= H_STDERR) return [handle ? 0 : -ERR_BADF, null];
        this.handles.delete(h);
        return [await handle.close(), null];
      }
      case OP_FILL: {
        const handle = this.handles.get(req.ints[0] ?? -1);
        if (!handle) return [-ERR_BADF, null];
        await handle.fill();
        return [0, null];
      }
      case OP_STAT: {
        const path = req.strs[0] ?? '';
        const st = (req.ints[0] ?? 1) ? await this.input.vfs.stat(path) : await this.input.vfs.lstat(path);
        const type = st.type === 'dir' ? FT_DIR : st.type === 'symlink' ? FT_SYMLINK : FT_FILE;
        return [0, encodePayload([type, st.size | 0, Math.floor(st.mtimeMs / 1000), st.mode], [])];
      }
      case OP_READDIR: {
        const entries = await this.input.vfs.readdir(req.strs[0] ?? '/');
        return [0, encodePayload([], entries.map((e) => e.name))];
      }
      case OP_REALPATH: {
        const p = await this.input.vfs.realpath(req.strs[0] ?? '/');
        return [0, encodePayload([], [p])];
      }
      case OP_SLEEP: {
        await this.sleep(req.ints[0] ?? 0);
        return [0, null];
      }
      case OP_SPAWN: return [await this.spawn(req), null];
      case OP_PARSE: return [-ERR_SYNTAX, null];
      default: return [-ERR_INVAL, null];
    }
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.controller.signal;
    return new Promise((resolve, reject) => {
      if (signal.aborted) { reject(signal.reason); return; }
      const t = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
      const onAbort = (): void => { clearTimeout(t); reject(signal.reason); };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private async open(path: string, flags: number): Promise<number> {
    const vfs = this.input.vfs;
    let handle: Handle;
    if (path === '/dev/null') handle = new NullHandle();
    else if (path === '/dev/zero' || path === '/dev/urandom' || path === '/dev/random') handle = new EndlessHandle(path !== '/dev/zero');
    else if (path === '/dev/stdout') return this.alias(H_STDOUT);
    else if (path === '/dev/stderr') return this.alias(H_STDERR);
    else if (path === '/dev/stdin') return this.alias(H_STDIN);
    else if ((flags & OPEN_WRITE) && (flags & OPEN_READ)) {
      let data: Uint8Array = new Uint8Array(0);
      try {
        const st = await vfs.stat(path);
        if (st.type === 'dir') return -ERR_ISDIR;
        data = (await vfs.readFile(path)).slice();
      } catch (e) {
        if (errnoOf(e) !== ERR_NOENT) return -errnoOf(e);
        try { await vfs.writeFile(path, new Uint8Array(0)); } catch (e2) { return -errnoOf(e2); }
      }
      if (vfs.modeOf(path) === 'read') return -ERR_ROFS;
      handle = new ReadWriteFile(vfs, path, data);
    } else if (flags & OPEN_WRITE) {
      let st = null;
      try { st = await vfs.stat(path); } catch (e) { if (errnoOf(e) !== ERR_NOENT) return -errnoOf(e); }
      if (st?.type === 'dir') return -ERR_ISDIR;
      if (st && (flags & OPEN_EXCL)) return -ERR_EXIST;
      if (vfs.modeOf(path) === 'read') return -ERR_ROFS;
      try {
        if (!st || (flags & OPEN_TRUNC && !(flags & OPEN_APPEND))) await vfs.writeFile(path, new Uint8Array(0));
      } catch (e) { return -errnoOf(e); }
      handle = new FileWriter(vfs, path);
    } else {
      try {
        const st = await vfs.stat(path);
        if (st.type === 'dir') return -ERR_ISDIR;
      } catch (e) { return -errnoOf(e); }
      handle = fileReader(vfs, path);
    }
    const h = this.nextHandle++;
    this.handles.set(h, handle);
    return h;
  }

  /** A second id for a standard handle (closing it must not close the original). */
  private alias(h: number): number {
    const target = this.handles.get(h);
    if (!target) return -ERR_BADF;
    const id = this.nextHandle++;
    this.handles.set(id, {
      readSync: (d) => target.readSync(d), fill: () => target.fill(),
      writeSync: (b) => target.writeSync(b), close: async () => 0,
    });
    return id;
  }

  private async spawn(req: Request): Promise<number> {
    const [k0 = 0, i0 = 0, k1 = 0, i1 = 0, k2 = 0, i2 = 0] = req.ints;
    const strs = req.strs;
    const cwd = strs[0] ?? '/';
    const nEnv = Number(strs[1] ?? '0');
    const envList = strs.slice(2, 2 + nEnv);
    const argv = strs.slice(2 + nEnv);
    const ends: Array<() => void> = [];
    const stdin = this.source(k0, i0, ends);
    const stdout = this.sink(k1, i1, ends);
    const stderr = this.sink(k2, i2, ends);
    try {
      const name = argv[0] ?? '';
      let cmd = this.lookup(name);
      let args = argv;
      if (!cmd) {
        if (!name.includes('/')) return -ERR_NOENT;
        const script = await this.scriptCommand(resolvePath(cwd, name), name, stderr);
        if (typeof script === 'number') return script;
        [cmd, args] = [script, ['bash', ...argv]];
      }
      const env = new Map<string, string>();
      for (const kv of envList) { const i = kv.indexOf('='); if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1)); }
      const ctx: CommandContext = {
        argv: args, cwd, env, stdin, stdout, stderr, fs: this.input.vfs, signal: this.controller.signal,
        commands: this.commandNames(),
        exec: (args, io) => this.execChild(args, {
          cwd: io?.cwd ?? cwd, env: io?.env ?? env,
          stdin: io?.stdin ?? stdin, stdout: io?.stdout ?? stdout, stderr: io?.stderr ?? stderr,
          ...(io?.signal ? { signal: io.signal } : {}),
        }),
      };
      try {
        const status = await cmd(ctx);
        return status & 255;
      } catch (e) {
        if (e instanceof BrokenPipe || (e as Error)?.name === 'BrokenPipe') return 141;
        if (this.controller.signal.aborted) return 130;
        await stderr.write(`${name}: ${String((e as Error)?.message ?? e)}\n`).catch(() => {});
        return 1;
      }
    } finally {
      for (const release of ends) release();
      this.kick();
    }
  }

  /** A path typed as a command: a shell script runs in a nested shell (`#!` naming bash or sh,
   *  or no `#!` line), given execute permission. Otherwise a status: -ERR_* for the executor to
   *  report as bash does, or 126 after printing bash's "bad interpreter" message. */
  private async scriptCommand(path: string, name: string, stderr: ByteSink): Promise<Command | number> {
    const vfs = this.input.vfs;
    let st;
    try { st = await vfs.stat(path); } catch (e) { return -errnoOf(e); }
    if (st.type === 'dir') return -ERR_ISDIR;
    if ((st.mode & 0o111) === 0) return -ERR_ACCES;
    const shell = this.input.commands.get('bash');
    if (!shell) return -ERR_NOENT;
    const head = fromUtf8(await vfs.readRange(path, 0, 256));
    const m = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(head);
    if (m) {
      const interp = m[1]!.split('/').pop()!;
      const viaEnv = interp === 'env' ? (m[2] ?? '') : interp;
      if (!/^(ba)?sh$/.test(viaEnv)) {
        await stderr.write(`bash: ${name}: ${m[1]}: bad interpreter: No such file or directory\n`).catch(() => {});
        return 126;
      }
    }
    return shell;
  }

  private names: ReadonlySet<string> | null = null;
  private commandNames(): ReadonlySet<string> { return (this.names ??= new Set(this.input.commands.keys())); }

  /** A child "process" for a command's ctx.exec: a nested shell running argv as a simple
   *  command, so builtins (echo, printf, test) work as they would under xargs. */
  private async execChild(argv: readonly string[], io: {
    cwd: string; env: ReadonlyMap<string, string>; stdin: ByteSource; stdout: ByteSink; stderr: ByteSink;
    signal?: AbortSignal;
  }): Promise<number> {
    const shell = this.input.commands.get('bash');
    if (!shell || argv.length === 0) return 127;
    // The child stops when the run stops, or when the caller's own signal fires (timeout).
    let signal = this.controller.signal;
    if (io.signal) {
      const both = new AbortController();
      const stop = (): void => { if (!both.signal.aborted) both.abort(); };
      if (signal.aborted || io.signal.aborted) stop();
      signal.addEventListener('abort', stop, { once: true });
      io.signal.addEventListener('abort', stop, { once: true });
      signal = both.signal;
    }
    const ctx: CommandContext = {
      argv: ['bash', '-c', '"$@"', argv[0]!, ...argv], cwd: io.cwd, env: io.env,
      stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, fs: this.input.vfs, signal,
      commands: this.commandNames(), exec: (a, o) => this.execChild(a, { ...io, ...o }),
    };
    try {
      return (await shell(ctx)) & 255;
    } catch (e) {
      if ((e as Error)?.name === 'BrokenPipe') return 141;
      if (io.signal?.aborted && !this.controller.signal.aborted) return 143;
      throw e;
    }
  }

  private lookup(name: string): Command | undefined {
    const cmds = this.input.commands;
    const direct = cmds.get(name);
    if (direct || !name.includes('/')) return direct;
    const m = /^\/(?:usr\/)?(?:local\/)?s?bin\/([^/]+)$/.exec(name);
    return m ? cmds.get(m[1]!) : undefined;
  }

  private source(kind: number, id: number, ends: Array<() => void>) {
    if (kind === FDK_PIPE_R) {
      const s = new PipeSource(this, id);
      ends.push(() => s.close());
      return s;
    }
    if (kind === FDK_PIPE_W) { ends.push(() => { this.ex.exports.pipe_close_write(id); }); }
    return new HandleSource(this, kind === FDK_HOST ? this.handles.get(id) : undefined);
  }

  private sink(kind: number, id: number, ends: Array<() => void>) {
    if (kind === FDK_PIPE_W) {
      const s = new PipeSink(this, id);
      ends.push(() => s.release());
      return s;
    }
    if (kind === FDK_PIPE_R) { ends.push(() => { this.ex.exports.pipe_close_read(id); }); }
    return new HandleSink(this, kind === FDK_HOST ? this.handles.get(id) : undefined);
  }
}

const commandRecordCache = new WeakMap<ReadonlyMap<string, Command>, Uint8Array>();

/** Append one `"X" name` record per host command to a state blob (the executor answers
 *  `command -v`, `type` and `hash` from them). The encoded records are cached per command map. */
function withCommandRecords(blob: Uint8Array, commands: ReadonlyMap<string, Command>): Uint8Array {
  let extra = commandRecordCache.get(commands);
  if (!extra) {
    const strs: string[] = [];
    for (const name of commands.keys()) strs.push('X', name);
    extra = encodePayload([], strs);
    commandRecordCache.set(commands, extra);
  }
  const dvBlob = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const dvExtra = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  if (dvBlob.getInt32(0, true) !== 0) return blob; // ints before strings: cannot append (never the case)
  const out = new Uint8Array(blob.length + extra.length - 8);
  out.set(blob, 0);
  out.set(extra.subarray(8), blob.length);
  new DataView(out.buffer).setInt32(4, dvBlob.getInt32(4, true) + dvExtra.getInt32(4, true), true);
  return out;
}
