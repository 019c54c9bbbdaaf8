// Choosing and instantiating the executor build. A module built for shared memory cannot link to
// non-shared memory and vice versa, so both are built and one is picked where it can run.
import { MEM_MAGIC_VALUE, CB_BASE, CB_MAGIC, CB_VERSION, CB_ABORT, ABI_VERSION } from './layout.js';
import type { ExecutorExports, HostImports } from './exports.js';

/** At least one build. Where both are given, the shared one is used when the runtime allows. */
export interface ExecutorModules {
  /** Built with --sharedMemory; used where SharedArrayBuffer-backed Wasm memory is allowed. */
  shared?: WebAssembly.Module;
  /** Built for ordinary memory; works everywhere. */
  plain?: WebAssembly.Module;
}

/** Pages the executor's memory starts with (asconfig initialMemory). */
export const INITIAL_PAGES = 4;
/** Ceiling of asconfig maximumMemory (256 MiB). */
export const MAX_PAGES = 4096;

/** Synchronous instantiation where the runtime allows it (Node, workerd, Workers of
 *  browsers). An async instantiate can wait a long time behind V8's background compile jobs (the
 *  grammar's tier-up right after the first parse), so the sync path matters for latency. */
function instantiate(module: WebAssembly.Module, imports: WebAssembly.Imports): WebAssembly.Instance | null {
  try {
    return new WebAssembly.Instance(module, imports);
  } catch (e) {
    if (e instanceof RangeError) return null; // browsers' main thread refuses big modules synchronously
    throw e;
  }
}

let sharedOk: boolean | undefined;
/** Can this runtime create shared Wasm memory? (false in browsers without cross-origin isolation) */
export function canShareMemory(): boolean {
  if (sharedOk !== undefined) return sharedOk;
  const g = globalThis as { crossOriginIsolated?: boolean };
  if (typeof SharedArrayBuffer !== 'function' || g.crossOriginIsolated === false) return (sharedOk = false);
  try {
    const m = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    sharedOk = m.buffer instanceof SharedArrayBuffer;
  } catch {
    sharedOk = false;
  }
  return sharedOk;
}

export interface LiveExecutor {
  exports: ExecutorExports;
  memory: WebAssembly.Memory;
  shared: boolean;
  /** The imports dispatch to whichever host currently owns this instance. */
  owner: HostSwitch;
  key: string;
}

/** Forwards the executor's imports to the kernel that currently runs it, so a pooled instance
 *  can serve one execute() after another. */
class HostSwitch implements HostImports {
  target: HostImports | null = null;
  now = (): number => this.target!.now();
  write = (h: number, p: number, n: number): number => this.target!.write(h, p, n);
  read = (h: number, p: number, n: number): number => this.target!.read(h, p, n);
  submit = (p: number, n: number): number => this.target!.submit(p, n);
  parse = (k: number, s: number, sl: number, o: number, c: number): number => this.target!.parse(k, s, sl, o, c);
  log = (p: number, n: number): void => { this.target?.log(p, n); };
  regex = (a: number, b: number, c: number, d: number, e: number, f: number): number => this.target!.regex(a, b, c, d, e, f);
}

/** Instances that finished a run normally and were reset, per module and memory ceiling. */
const pool = new Map<string, LiveExecutor[]>();
const POOL_MAX = 8;
/** Instances whose memory grew past this are dropped rather than pooled. */
const POOL_MAX_BYTES = 16 << 20;
const moduleIds = new WeakMap<WebAssembly.Module, number>();
let nextModuleId = 1;

/** An executor for one run: a pooled instance when one is free, else a fresh one. */
export async function acquireExecutor(mods: ExecutorModules, host: HostImports, maxPages: number): Promise<LiveExecutor> {
  const shared = !!mods.shared && (canShareMemory() || !mods.plain);
  const module = shared ? mods.shared : mods.plain;
  if (!module) throw new Error('no executor module: give ExecutorModules.plain or .shared');
  let id = moduleIds.get(module);
  if (id === undefined) { id = nextModuleId++; moduleIds.set(module, id); }
  const key = `${id}:${maxPages}`;
  const free = pool.get(key)?.pop();
  if (free) {
    free.owner.target = host;
    new Int32Array(free.memory.buffer, CB_BASE, 16)[CB_ABORT / 4] = 0;
    return free;
  }
  const owner = new HostSwitch();
  owner.target = host;
  const live = await instantiateExecutor(module, shared, owner, maxPages);
  return { ...live, owner, key };
}

/** Give back an instance whose run ended normally (DONE). Anything else must not be reused. */
export function releaseExecutor(live: LiveExecutor): void {
  live.owner.target = null;
  const ex = live.exports as ExecutorExports & { reset?: () => void };
  if (typeof ex.reset !== 'function' || live.memory.buffer.byteLength > POOL_MAX_BYTES) return;
  const list = pool.get(live.key) ?? [];
  if (list.length >= POOL_MAX) return;
  try { ex.reset(); } catch { return; }
  list.push(live);
  pool.set(live.key, list);
}

/** Instantiate a fresh executor with its own memory. maxPages caps linear memory (memory limit). */
async function instantiateExecutor(
  module: WebAssembly.Module, shared: boolean, host: HostImports, maxPages: number,
): Promise<{ exports: ExecutorExports; memory: WebAssembly.Memory; shared: boolean }> {
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: Math.min(maxPages, MAX_PAGES), shared });
  const imports: WebAssembly.Imports = { env: { memory, seed: () => Date.now() }, host: { ...host } };
  // Any import the build declares that we do not know about gets a harmless stub, so a newer
  // executor never fails to link against an older host.
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== 'function') continue;
    const ns = (imports[imp.module] ??= {}) as Record<string, unknown>;
    if (!(imp.name in ns)) ns[imp.name] = () => 0;
  }
  const instance = instantiate(module, imports) ?? await WebAssembly.instantiate(module, imports);
  const exports = instance.exports as unknown as ExecutorExports;
  exports.init();
  const cb = new Int32Array(memory.buffer, CB_BASE, 16);
  if (cb[CB_MAGIC / 4] !== (MEM_MAGIC_VALUE | 0) || cb[CB_VERSION / 4] !== ABI_VERSION) {
    throw new Error(`executor.wasm ABI mismatch: want version ${ABI_VERSION}, got ${cb[CB_VERSION / 4]}`);
  }
  return { exports, memory, shared };
}
