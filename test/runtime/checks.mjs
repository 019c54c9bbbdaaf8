// The runtime smoke checks, shared by the browser page (browser/page.html) and the worker
// (workerd/worker.mjs). Plain JS so that it runs unbundled in both. Run by scripts/test-runtimes.mjs.
//
// runChecks(api, opts) → { checks: [{ name, ok, ms, ...detail | error }], memory, ok }
//   api   the shellspace entry module (Workspace, MemoryFs)
//   opts  { assets?: RuntimeAssets, cancelBudgetMs?: number, only?: string[] (names to run), skip?: string[],
//           now?: () => number (clock for the measurements; default performance.now) }
// `memory` is what the executor actually got: 'shared' or 'plain', seen by watching
// WebAssembly.instantiate and new WebAssembly.Instance for the executor's imports (its `host`
// namespace and env.memory).

const dec = new TextDecoder();
const text = (b) => dec.decode(b);

function withTimeout(p, ms, what) {
  let t;
  const timeout = new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`${what}: no answer after ${ms} ms`)), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

function watchExecutorMemory() {
  const seen = [];
  const note = (imports) => {
    const mem = imports && imports.host && imports.env && imports.env.memory;
    if (mem instanceof WebAssembly.Memory) {
      seen.push(typeof SharedArrayBuffer === 'function' && mem.buffer instanceof SharedArrayBuffer ? 'shared' : 'plain');
    }
  };
  const origInstantiate = WebAssembly.instantiate;
  const OrigInstance = WebAssembly.Instance;
  try {
    WebAssembly.instantiate = function (mod, imports, ...rest) { note(imports); return origInstantiate.call(this, mod, imports, ...rest); };
    WebAssembly.Instance = new Proxy(OrigInstance, { construct(target, args, nt) { note(args[1]); return Reflect.construct(target, args, nt); } });
  } catch { /* frozen globals: report 'unknown' */ }
  return {
    seen,
    restore() {
      try { WebAssembly.instantiate = origInstantiate; WebAssembly.Instance = OrigInstance; } catch { /* ignore */ }
    },
  };
}

/** The check that can hang a runtime whose executor never returns to the event loop. */
export const CANCEL = 'cancel while true';

export async function runChecks(api, opts = {}) {
  const { Workspace, MemoryFs } = api;
  const now = opts.now ?? (() => performance.now());
  const budget = opts.cancelBudgetMs ?? 20;
  const watch = watchExecutorMemory();
  const checks = [];
  const ws = new Workspace({ '/data': new MemoryFs() }, opts.assets ? { assets: opts.assets } : {});

  async function check(name, fn) {
    if ((opts.only && !opts.only.includes(name)) || (opts.skip && opts.skip.includes(name))) return;
    const t0 = now();
    try {
      const detail = await withTimeout(fn(), 15000, name);
      checks.push({ name, ok: true, ms: +(now() - t0).toFixed(2), ...detail });
    } catch (e) {
      checks.push({ name, ok: false, ms: +(now() - t0).toFixed(2), error: String((e && e.stack) || e) });
    }
  }
  function expect(r, stdout, code = 0) {
    const out = text(r.stdout);
    if (out !== stdout || r.exitCode !== code) {
      throw new Error(`want ${JSON.stringify(stdout)} exit ${code}, got ${JSON.stringify(out)} exit ${r.exitCode} stderr ${JSON.stringify(text(r.stderr))}`);
    }
    return { stdout: out.trim() };
  }

  // The first call also loads and compiles the wasm (init); the others run warm.
  await check('echo hello | cat', async () => expect(await ws.execute('echo hello | cat'), 'hello\n'));
  await check('seq 3 | wc -l', async () => expect(await ws.execute('seq 3 | wc -l'), '3\n'));
  await check('file in MemoryFs', async () => expect(await ws.execute('echo x > /data/f && cat /data/f'), 'x\n'));
  await check(CANCEL, async () => {
    const latencies = [];
    for (let i = 0; i < 3; i++) {
      const ac = new AbortController();
      let tAbort = 0;
      const p = ws.execute('while true; do :; done', { signal: ac.signal });
      const timer = setTimeout(() => { tAbort = now(); ac.abort(); }, 50);
      let err;
      try {
        const r = await withTimeout(p, 5000, 'aborted loop');
        throw new Error(`resolved instead of rejecting: exit ${r.exitCode} ${text(r.stderr)}`);
      } catch (e) {
        err = e;
      } finally {
        clearTimeout(timer);
      }
      const t = now() - tAbort;
      if (!err || err.name !== 'AbortError') throw err;
      if (!tAbort) throw new Error('rejected before abort() was called');
      latencies.push(+t.toFixed(3));
    }
    // The budget holds for the median; one slow outlier (tier-up, a loaded machine) gets 5× that.
    const median = [...latencies].sort((a, b) => a - b)[1];
    if (median > budget || Math.max(...latencies) > 5 * budget) {
      throw new Error(`abort → rejection took ${latencies.join(', ')} ms (budget: median ${budget} ms, max ${5 * budget} ms)`);
    }
    return { latencyMs: latencies };
  });
  watch.restore();
  ws.close();
  const kinds = [...new Set(watch.seen)];
  return { ok: checks.every((c) => c.ok), memory: kinds.length ? kinds.join('+') : 'unknown', checks };
}
