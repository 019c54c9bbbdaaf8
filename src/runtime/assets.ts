// What a runtime must supply: the compiled executor builds and the parser's two wasm files.
// Each runtime adapter (node.ts, browser.ts, workerd.ts) differs only in how it gets them.
import type { ExecutorModules } from '../abi/modules.js';
import type { ParserAssets } from '../parse/index.js';

export interface RuntimeAssets {
  executor: ExecutorModules;
  parser: ParserAssets;
}

export type AssetLoader = () => Promise<RuntimeAssets>;

let defaultLoader: AssetLoader | undefined;

/** Set by a runtime entry point (index.ts for Node, browser.ts …) at import time. */
export function setDefaultAssetLoader(loader: AssetLoader): void { defaultLoader = loader; }
export function getDefaultAssetLoader(): AssetLoader | undefined { return defaultLoader; }
