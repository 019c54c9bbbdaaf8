// Browser adapter: fetches the four wasm files over HTTP and compiles them.
//
// Where the files are looked up, for each file: its own URL if given, else `base` + its file name,
// else the default base `./wasm/` next to the module that holds this code (import.meta.url). The
// bundle built by scripts/bundle.mjs (dist/bundle/browser/) places the files exactly there:
//
//   shellspace.js
//   wasm/executor.shared.wasm   built with --sharedMemory: used when crossOriginIsolated is true
//   wasm/executor.plain.wasm    non-shared memory: used everywhere else
//   wasm/web-tree-sitter.wasm   from the web-tree-sitter package
//   wasm/tree-sitter-bash.wasm  from the tree-sitter-bash package
//
// The shared build is only fetched where this page can create shared Wasm memory (a page served
// with COOP: same-origin + COEP: require-corp), so a plain page downloads three files, not four.
// No node: imports here: this file runs in browsers.
import { canShareMemory } from '../abi/modules.js';
import type { AssetLoader, RuntimeAssets } from './assets.js';

/** Names of the wasm files, as the bundle lays them out. */
export const WASM_FILES = {
  executorShared: 'executor.shared.wasm',
  executorPlain: 'executor.plain.wasm',
  treeSitter: 'web-tree-sitter.wasm',
  bash: 'tree-sitter-bash.wasm',
} as const;

export interface BrowserAssetOptions {
  /** Directory holding the four files (a trailing slash is added if missing).
   *  Default: `./wasm/` relative to this module's URL. Relative strings resolve against the page. */
  base?: string | URL;
  executorShared?: string | URL;
  executorPlain?: string | URL;
  treeSitter?: string | URL;
  bash?: string | URL;
  /** The fetch to use (default: globalThis.fetch), e.g. to add headers or serve from a cache. */
  fetch?: (url: string) => Promise<Response>;
  /** Never use the shared-memory executor, even where it could run. */
  noSharedMemory?: boolean;
}

/** Which executor build this runtime uses: 'shared' needs cross-origin isolation in browsers. */
export function memoryVariant(): 'shared' | 'plain' {
  return canShareMemory() ? 'shared' : 'plain';
}

function pageBase(): string | undefined {
  const loc = (globalThis as { location?: { href?: string } }).location;
  return typeof loc?.href === 'string' ? loc.href : undefined;
}

function resolveUrls(opts: BrowserAssetOptions): Record<keyof typeof WASM_FILES, string> {
  let base: URL;
  if (opts.base !== undefined) {
    const s = String(opts.base);
    base = new URL(s.endsWith('/') ? s : s + '/', pageBase() ?? import.meta.url);
  } else {
    base = new URL('./wasm/', import.meta.url);
  }
  const one = (k: keyof typeof WASM_FILES): string => {
    const own = opts[k];
    return own !== undefined ? new URL(String(own), pageBase() ?? import.meta.url).href : new URL(WASM_FILES[k], base).href;
  };
  return { executorShared: one('executorShared'), executorPlain: one('executorPlain'), treeSitter: one('treeSitter'), bash: one('bash') };
}

async function get(fetchFn: (url: string) => Promise<Response>, url: string): Promise<Response> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`shellspace: cannot load ${url}: HTTP ${res.status}`);
  return res;
}

async function compile(fetchFn: (url: string) => Promise<Response>, url: string): Promise<WebAssembly.Module> {
  const res = await get(fetchFn, url);
  // compileStreaming needs the application/wasm content type; fall back to bytes otherwise.
  const type = res.headers.get('content-type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.split(';')[0]!.trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

async function bytes(fetchFn: (url: string) => Promise<Response>, url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await get(fetchFn, url)).arrayBuffer());
}

/** A loader that fetches and compiles the wasm files once (the first call); later calls share it.
 *  A failed load is not cached, so a later execute() tries again. */
export function browserAssets(opts: BrowserAssetOptions = {}): AssetLoader {
  let cached: Promise<RuntimeAssets> | undefined;
  return () => {
    cached ??= load(opts).catch((e: unknown) => { cached = undefined; throw e; });
    return cached;
  };
}

async function load(opts: BrowserAssetOptions): Promise<RuntimeAssets> {
  const fetchFn = opts.fetch ?? ((url: string) => globalThis.fetch(url));
  const urls = resolveUrls(opts);
  const wantShared = !opts.noSharedMemory && canShareMemory();
  const [shared, plain, treeSitterWasm, bashWasm] = await Promise.all([
    wantShared ? compile(fetchFn, urls.executorShared) : Promise.resolve(undefined),
    compile(fetchFn, urls.executorPlain),
    bytes(fetchFn, urls.treeSitter),
    bytes(fetchFn, urls.bash),
  ]);
  return {
    executor: shared ? { shared, plain } : { plain },
    parser: { treeSitterWasm, bashWasm },
  };
}
