// Browser entry point: the core API with a default loader that fetches the wasm files from
// `./wasm/` next to this module (see runtime/browser.ts for the layout).
//
//   import { Workspace, MemoryFs } from './shellspace.js';          // dist/bundle/browser/
//   const ws = new Workspace({ '/data': new MemoryFs() });
//   const r = await ws.execute('seq 3 | wc -l');
//
// Files elsewhere (a CDN, another folder): call configureAssets({ base: '/static/shellspace/' })
// before the first execute(), or pass `{ assets: browserAssets({...}) }` to one Workspace.
// Pages served with `Cross-Origin-Opener-Policy: same-origin` and
// `Cross-Origin-Embedder-Policy: require-corp` get the shared-memory executor; others the plain one.
// Build the bundle with `node scripts/bundle.mjs`; test it with `node scripts/test-runtimes.mjs`.
import { setDefaultAssetLoader } from './runtime/assets.js';
import { browserAssets, type BrowserAssetOptions } from './runtime/browser.js';

setDefaultAssetLoader(browserAssets());

/** Replace the default loader of workspaces that have no `assets` option. */
export function configureAssets(opts: BrowserAssetOptions): void {
  setDefaultAssetLoader(browserAssets(opts));
}

export { browserAssets, memoryVariant, WASM_FILES } from './runtime/browser.js';
export type { BrowserAssetOptions } from './runtime/browser.js';
export * from './core.js';
