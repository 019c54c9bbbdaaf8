// The worker that scripts/test-runtimes.mjs runs under workerd. Every wasm file is a statically
// imported module (workerd refuses to compile bytes at run time); the config that lists them is
// written by the script (see workerdConfig there). GET / → JSON { ok, memory, checks, … }.
//
// GET /?frozenClock=1 runs the checks with the clock behaving as on deployed Cloudflare Workers:
// there performance.now() and Date.now() stand still while code runs and move on only when an
// event (here: a timer callback) starts. Local workerd lets the clock run, so this is emulated by
// replacing both functions for the duration of the request. Cancel latency is still measured
// with the real clock. ?only=NAME and ?skip=NAME (repeatable) select checks.
import * as api from './shellspace.js';
import { runChecks } from './checks.mjs';
import executorPlain from './executor.plain.wasm';
import executorShared from './executor.shared.wasm';
import treeSitter from './web-tree-sitter.wasm';
import bash from './tree-sitter-bash.wasm';

const realPerfNow = performance.now.bind(performance);
const realDateNow = Date.now;

async function compileRefused() {
  // A minimal valid module (magic + version): a Worker must refuse to compile it at run time.
  try {
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return false;
  } catch {
    return true;
  }
}

function freezeClock() {
  let perf = realPerfNow(), date = realDateNow();
  const tick = () => { perf = realPerfNow(); date = realDateNow(); };
  const origSetTimeout = globalThis.setTimeout;
  const set = (obj, key, value) => Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  set(performance, 'now', () => perf);
  set(Date, 'now', () => date);
  globalThis.setTimeout = (cb, ms, ...rest) => origSetTimeout(() => { tick(); cb(...rest); }, ms);
  return () => {
    delete performance.now; // falls back to the prototype's own now()
    if (performance.now === undefined) set(performance, 'now', realPerfNow);
    set(Date, 'now', realDateNow);
    globalThis.setTimeout = origSetTimeout;
  };
}

export default {
  async fetch(request) {
    const params = new URL(request.url).searchParams;
    const only = params.getAll('only');
    const skip = params.getAll('skip');
    const frozen = params.get('frozenClock') === '1';
    let restore = () => {};
    try {
      const assets = api.workerdAssets({ executorPlain, executorShared, treeSitter, bash });
      if (frozen) restore = freezeClock();
      const r = await runChecks(api, { assets, now: realPerfNow, cancelBudgetMs: 50, ...(only.length ? { only } : {}), ...(skip.length ? { skip } : {}) });
      restore();
      return Response.json({
        ...r,
        frozenClock: frozen,
        sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
        compileRefused: await compileRefused(),
      });
    } catch (e) {
      restore();
      return Response.json({ fatal: String((e && e.stack) || e) });
    }
  },
};
