// Node adapter: reads the executor builds from wasm/ and the parser's wasm files from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { RuntimeAssets } from './assets.js';
import { canShareMemory } from '../abi/modules.js';

let cached: Promise<RuntimeAssets> | undefined;

/** Compiled once per process. */
export function nodeAssets(): Promise<RuntimeAssets> {
  cached ??= load();
  return cached;
}

async function load(): Promise<RuntimeAssets> {
  const require = createRequire(import.meta.url);
  // From src/runtime/ (tests) and dist/runtime/ (built) alike, the package root is two levels up.
  const wasmDir = new URL('../../wasm/', import.meta.url);
  // Only the variant this process will use is compiled.
  const variant = canShareMemory() ? 'shared' : 'plain';
  const [executor, treeSitterWasm, bashWasm] = await Promise.all([
    readFile(new URL(`executor.${variant}.wasm`, wasmDir)).then((b) => WebAssembly.compile(b)),
    readFile(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
    readFile(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')),
  ]);
  return {
    executor: { [variant]: executor },
    parser: { treeSitterWasm: new Uint8Array(treeSitterWasm), bashWasm: new Uint8Array(bashWasm) },
  };
}
