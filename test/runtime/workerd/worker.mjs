// The worker that scripts/test-runtimes.mjs runs under workerd. Every wasm file is a statically
// imported module (workerd refuses to compile bytes at run time); the config that lists them is
// written by the script (see workerdConfig there). GET / → JSON { ok, memory, checks, … }.
import * as api from './shellspace.js';
import { runChecks } from './checks.mjs';
import executorPlain from './executor.plain.wasm';
import executorShared from './executor.shared.wasm';
import treeSitter from './web-tree-sitter.wasm';
import bash from './tree-sitter-bash.wasm';

async function compileRefused() {
  // A minimal valid module (magic + version): a Worker must refuse to compile it at run time.
  try {
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return false;
  } catch {
    return true;
  }
}

export default {
  async fetch() {
    try {
      const assets = api.workerdAssets({ executorPlain, executorShared, treeSitter, bash });
      // Date.now()/performance.now() stand still while a Worker computes and move on I/O and timers
      // only, so the measured cancel latency is coarse here: the check's budget is loose.
      const r = await runChecks(api, { assets, cancelBudgetMs: 100 });
      return Response.json({
        ...r,
        sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
        compileRefused: await compileRefused(),
      });
    } catch (e) {
      return Response.json({ fatal: String((e && e.stack) || e) });
    }
  },
};
