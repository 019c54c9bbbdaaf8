// Node entry point: the core API with the Node asset loader registered.
import { setDefaultAssetLoader } from './runtime/assets.js';
import { nodeAssets } from './runtime/node.js';

setDefaultAssetLoader(nodeAssets);

export * from './core.js';
