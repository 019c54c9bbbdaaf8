// Cloudflare Workers (workerd) entry point: the core API plus helpers that take the wasm files as
// statically imported WebAssembly.Module objects (Workers cannot compile bytes at run time).
//
//   import { createWorkspace, MemoryFs } from 'shellspace/workerd';   // or dist/bundle/workerd/shellspace.js
//   import executorPlain from './executor.plain.wasm';
//   import treeSitter from './web-tree-sitter.wasm';
//   import bash from './tree-sitter-bash.wasm';
//   const ws = createWorkspace({ '/data': new MemoryFs() }, { executorPlain, treeSitter, bash });
//   export default { async fetch() { const r = await ws.execute('seq 3 | wc -l'); … } };
//
// Or setWorkerdModules({...}) once at module scope, then `new Workspace(mounts)` anywhere.
// Build the bundle with `node scripts/bundle.mjs`; test it under workerd with
// `node scripts/test-runtimes.mjs --workerd`.
import { setDefaultAssetLoader } from './runtime/assets.js';
import { workerdAssets, type WorkerdModules } from './runtime/workerd.js';
import { Workspace, type WorkspaceOptions } from './workspace.js';
import type { MountSpec } from './fs/vfs.js';

/** Register the modules as the default assets of every Workspace created without `assets`. */
export function setWorkerdModules(mods: WorkerdModules): void {
  const assets = workerdAssets(mods);
  setDefaultAssetLoader(() => Promise.resolve(assets));
}

/** A Workspace whose wasm comes from the given statically imported modules. */
export function createWorkspace(
  mounts: Record<string, MountSpec>, mods: WorkerdModules, options: Omit<WorkspaceOptions, 'assets'> = {},
): Workspace {
  return new Workspace(mounts, { ...options, assets: workerdAssets(mods) });
}

export { workerdAssets } from './runtime/workerd.js';
export type { WorkerdModules } from './runtime/workerd.js';
export * from './core.js';
