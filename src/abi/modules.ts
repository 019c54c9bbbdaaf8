// Choosing and instantiating the executor build. A module built for shared memory cannot link to
// non-shared memory and vice versa, so both are built and one is picked where it can run.
import { MEM_MAGIC_VALUE, CB_BASE, CB_MAGIC, CB_VERSION, ABI_VERSION } from './layout.js';
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
}

/** Instantiate a fresh executor with its own memory. maxPages caps linear memory (memory limit). */
export async function instantiateExecutor(
  mods: ExecutorModules, host: HostImports, maxPages: number,
): Promise<LiveExecutor> {
  const shared = !!mods.shared && (canShareMemory() || !mods.plain);
  const module = shared ? mods.shared : mods.plain;
  if (!module) throw new Error('no executor module: give ExecutorModules.plain or .shared');
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
