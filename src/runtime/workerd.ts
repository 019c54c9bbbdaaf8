// Cloudflare Workers (workerd) adapter. Workers refuse to compile Wasm bytes at run time
// (WebAssembly.compile / new WebAssembly.Module throw), so every wasm file must be imported
// statically as a module and handed over already compiled:
//
//   import executorPlain from './executor.plain.wasm';    // wrangler: rules type "CompiledWasm";
//   import treeSitter from './web-tree-sitter.wasm';      // workerd capnp: (name = "…", wasm = embed "…")
//   import bash from './tree-sitter-bash.wasm';
//   const assets = workerdAssets({ executorPlain, treeSitter, bash });
//
// The parser gets the two tree-sitter modules as WebAssembly.Module: web-tree-sitter is then
// initialised with Parser.init({ instantiateWasm }) and the grammar loaded with Language.loadSync.
// executorShared is optional: workerd has SharedArrayBuffer but no second thread that could write
// the abort flag, so the plain build behaves the same; cancellation there relies on the executor
// returning to the host every slice. No node: imports here: this file runs in workerd.
import type { RuntimeAssets } from './assets.js';

export interface WorkerdModules {
  executorPlain: WebAssembly.Module;
  executorShared?: WebAssembly.Module;
  treeSitter: WebAssembly.Module;
  bash: WebAssembly.Module;
}

function check(name: string, m: unknown): WebAssembly.Module {
  if (!(m instanceof WebAssembly.Module)) {
    throw new TypeError(`workerdAssets: ${name} must be a WebAssembly.Module imported from a .wasm file (got ${typeof m})`);
  }
  return m;
}

/** RuntimeAssets from statically imported modules; pass it as `new Workspace(mounts, { assets })`. */
export function workerdAssets(mods: WorkerdModules): RuntimeAssets {
  const plain = check('executorPlain', mods.executorPlain);
  const shared = mods.executorShared === undefined ? undefined : check('executorShared', mods.executorShared);
  return {
    executor: shared ? { shared, plain } : { plain },
    parser: { treeSitterWasm: check('treeSitter', mods.treeSitter), bashWasm: check('bash', mods.bash) },
  };
}
