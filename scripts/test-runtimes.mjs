#!/usr/bin/env node
// Runtime smoke tests: the bundled core in a real browser (Chromium, twice: a plain page and a
// cross-origin-isolated one) and in workerd. `npm test` runs this last; run it alone with
//
//   npm run build && node scripts/test-runtimes.mjs [--browser] [--workerd] [--json]
//
// Steps: bundle (scripts/bundle.mjs → dist/bundle/{browser,workerd}), then
//   browser: serve dist/bundle/browser + test/runtime/{checks.mjs,browser/page.html} on 127.0.0.1,
//            once without and once with COOP/COEP headers (that page loads the wasm through
//            configureAssets({ base }) from another folder), and drive /usr/bin/chromium with
//            playwright-core (fresh user-data dir, headless, no network-facing features). If
//            Chromium is missing and we are root on Debian/Ubuntu, it is installed with apt-get;
//            if that is impossible the browser part prints SKIP (not a failure).
//   workerd: run node_modules/@cloudflare/workerd-<os>-<arch>/bin/workerd with a generated capnp
//            config that lists test/runtime/workerd/worker.mjs, the bundle and the four wasm
//            files as modules; fetch it on 127.0.0.1, then stop it. Twice: as is, and with the
//            clock frozen while code runs, as on deployed Cloudflare Workers. No binary → SKIP.
// Each page/worker runs test/runtime/checks.mjs: `echo hello | cat`, `seq 3 | wc -l`, a file in a
// MemoryFs, and aborting `while true; do :; done` 50 ms in (must reject with AbortError within the
// budget). Prints one line per check and a summary; exits 1 if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync } from 'node:fs';
import { readFile, mkdtemp, rm, copyFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { bundle } from './bundle.mjs';
import { CANCEL } from '../test/runtime/checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const args = process.argv.slice(2);
const only = ['browser', 'workerd'].filter((k) => args.includes(`--${k}`));
const want = (k) => only.length === 0 || only.includes(k);

/** { runtime, status: 'PASS'|'FAIL'|'SKIP', memory?, checks?, note? } */
const outcomes = [];
const log = (...a) => console.log(...a);

// ─────────────────────────────── browser ───────────────────────────────

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.wasm': 'application/wasm', '.map': 'application/json' };

function serve(isolated, files) {
  const hits = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname);
    const file = files(url.pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (isolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      headers['Cross-Origin-Resource-Policy'] = 'same-origin';
    }
    if (!file) { res.writeHead(404, headers).end('not found'); return; }
    try {
      const body = await readFile(file);
      headers['Content-Type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  server.hits = hits;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return `${CHROMIUM} is missing and cannot be installed here (needs root and apt-get)`;
  log('chromium: not found, installing with apt-get (one time)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'pipe'], env });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'pipe'], env });
    r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'pipe'], env });
  }
  if (r.status !== 0 || !existsSync(CHROMIUM)) return `apt-get install chromium failed: ${String(r.stderr ?? '').trim().split('\n').pop()}`;
  return null;
}

async function testBrowser() {
  const why = ensureChromium();
  if (why) { outcomes.push({ runtime: 'browser', status: 'SKIP', note: why }); return; }
  const { chromium } = await import('playwright-core');
  const bundleDir = path.join(root, 'dist/bundle/browser');
  const files = (p) => {
    if (p === '/' || p === '/index.html') return path.join(root, 'test/runtime/browser/page.html');
    if (p === '/checks.mjs') return path.join(root, 'test/runtime/checks.mjs');
    if (p === '/shellspace.js' || p === '/shellspace.js.map') return path.join(bundleDir, p.slice(1));
    const m = /^\/(?:wasm|static\/other)\/([\w.-]+\.wasm)$/.exec(p);
    return m ? path.join(bundleDir, 'wasm', m[1]) : null;
  };
  const servers = [await serve(false, files), await serve(true, files)];
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'shellspace-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60000,
    });
    for (const [i, server] of servers.entries()) {
      const name = i === 0 ? 'browser (plain page)' : 'browser (COOP/COEP page)';
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      try {
        const { port } = server.address();
        // The isolated page also checks the loader's override: wasm from another folder.
        await page.goto(`http://127.0.0.1:${port}/${i === 1 ? '?base=/static/other' : ''}`, { timeout: 30000 });
        await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 60000, polling: 100 });
        const r = await page.evaluate(() => window.__result);
        record(name, r, errors, (o) => {
          const isolatedWanted = i === 1;
          if (o.crossOriginIsolated !== isolatedWanted) return `crossOriginIsolated is ${o.crossOriginIsolated}, want ${isolatedWanted}`;
          const wantMem = isolatedWanted ? 'shared' : 'plain';
          if (o.memory !== wantMem) return `executor memory was ${o.memory}, want ${wantMem}`;
          // What the loader fetched: only the build it uses, from the folder it was told.
          const wasm = server.hits.filter((h) => h.endsWith('.wasm'));
          const dirWanted = isolatedWanted ? '/static/other/' : '/wasm/';
          const stray = wasm.filter((h) => !h.startsWith(dirWanted));
          if (stray.length) return `wasm fetched outside ${dirWanted}: ${stray.join(', ')}`;
          const fetchedShared = wasm.some((h) => h.endsWith('/executor.shared.wasm'));
          if (fetchedShared !== isolatedWanted) return `executor.shared.wasm ${fetchedShared ? 'fetched' : 'not fetched'} (want ${isolatedWanted ? 'fetched' : 'not fetched'})`;
          return null;
        });
      } catch (e) {
        outcomes.push({ runtime: name, status: 'FAIL', note: `${String(e.message ?? e).split('\n')[0]}${errors.length ? ` | page: ${errors.join(' | ')}` : ''}` });
      } finally {
        await page.close().catch(() => {});
      }
    }
  } catch (e) {
    outcomes.push({ runtime: 'browser', status: 'FAIL', note: `could not drive Chromium: ${String(e.message ?? e).split('\n')[0]}` });
  } finally {
    await context?.close().catch(() => {});
    for (const s of servers) s.close();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}

// ─────────────────────────────── workerd ───────────────────────────────

function workerdBinary() {
  const pkg = `@cloudflare/workerd-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch === 'x64' ? '64' : process.arch}`;
  try {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    const bin = path.join(dir, 'bin', process.platform === 'win32' ? 'workerd.exe' : 'workerd');
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const WASM_MODULES = ['executor.plain.wasm', 'executor.shared.wasm', 'web-tree-sitter.wasm', 'tree-sitter-bash.wasm'];

function workerdConfig(port) {
  const mods = [
    '(name = "worker.mjs", esModule = embed "worker.mjs")',
    '(name = "shellspace.js", esModule = embed "shellspace.js")',
    '(name = "checks.mjs", esModule = embed "checks.mjs")',
    ...WASM_MODULES.map((n) => `(name = "${n}", wasm = embed "${n}")`),
  ];
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [
    ${mods.join(',\n    ')}
  ],
  compatibilityDate = "2025-09-01",
);
`;
}

const WORKERD_PASSES = [
  { name: 'workerd', query: '' },
  // Deployed Workers stop the clock while code runs; the worker emulates that (see worker.mjs).
  { name: 'workerd (frozen clock, as deployed)', query: '&frozenClock=1' },
];

async function testWorkerd() {
  const bin = workerdBinary();
  if (!bin) { outcomes.push({ runtime: 'workerd', status: 'SKIP', note: 'no workerd binary for this platform in node_modules/@cloudflare' }); return; }
  const dir = await mkdtemp(path.join(tmpdir(), 'shellspace-workerd-'));
  try {
    const bundleDir = path.join(root, 'dist/bundle/workerd');
    await copyFile(path.join(root, 'test/runtime/workerd/worker.mjs'), path.join(dir, 'worker.mjs'));
    await copyFile(path.join(root, 'test/runtime/checks.mjs'), path.join(dir, 'checks.mjs'));
    await copyFile(path.join(bundleDir, 'shellspace.js'), path.join(dir, 'shellspace.js'));
    for (const n of WASM_MODULES) await copyFile(path.join(bundleDir, n), path.join(dir, n));
    // A fresh process per pass: a worker stuck in a loop would block every later request.
    for (const pass of WORKERD_PASSES) await workerdPass(bin, dir, pass);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

async function workerdPass(bin, dir, pass) {
  const port = await freePort();
  const config = path.join(dir, `config-${port}.capnp`);
  await writeFile(config, workerdConfig(port));
  const proc = spawn(bin, ['serve', config, '--verbose'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  let exited = null;
  proc.on('exit', (code, sig) => { exited = sig ?? code; });
  const tail = () => output.trim().split('\n').slice(-6).join(' | ');
  const merged = { ok: true, checks: [] };
  try {
    // Wait for the socket, then ask for the checks: the cancel check alone last, since a worker
    // stuck in the loop answers nothing more.
    const deadline = Date.now() + 30000;
    const requests = [{ q: `skip=${encodeURIComponent(CANCEL)}`, budget: 45000 }, { q: `only=${encodeURIComponent(CANCEL)}`, budget: 20000 }];
    for (const { q, budget } of requests) {
      let res;
      for (;;) {
        if (exited !== null) throw new Error(`workerd exited (${exited}): ${tail()}`);
        try {
          res = await fetch(`http://127.0.0.1:${port}/?${q}${pass.query}`, { signal: AbortSignal.timeout(budget) });
          break;
        } catch (e) {
          const refused = e?.cause?.code === 'ECONNREFUSED';
          if (refused && Date.now() < deadline) { await new Promise((r) => setTimeout(r, 200)); continue; }
          const why = e?.name === 'TimeoutError'
            ? `no answer in ${budget / 1000} s (a loop that never returns to the event loop?)`
            : `fetch failed: ${e?.cause?.message ?? e.message}`;
          throw new Error(`${why}${tail() ? ` | workerd: ${tail()}` : ''}`);
        }
      }
      const body = await res.text();
      let r;
      try { r = JSON.parse(body); } catch { throw new Error(`HTTP ${res.status}, not JSON: ${body.slice(0, 300)} | workerd: ${tail()}`); }
      if (r.fatal) throw new Error(r.fatal);
      Object.assign(merged, r, { ok: merged.ok && r.ok, checks: [...merged.checks, ...r.checks] });
    }
    record(pass.name, merged, [], (o) => (o.compileRefused === false ? 'WebAssembly.compile of bytes was allowed (expected refused)' : null));
  } catch (e) {
    outcomes.push({ runtime: pass.name, status: 'FAIL', memory: merged.memory, checks: merged.checks, note: String(e.message ?? e) });
  } finally {
    // SIGTERM waits for requests in flight; a stuck one needs SIGKILL.
    if (exited === null) {
      proc.kill('SIGTERM');
      await new Promise((r) => {
        const t = setTimeout(() => { proc.kill('SIGKILL'); }, 2000);
        proc.once('exit', () => { clearTimeout(t); r(); });
      });
    }
  }
}

// ─────────────────────────────── report ───────────────────────────────

function record(runtime, r, pageErrors, extra) {
  if (!r || r.fatal) {
    outcomes.push({ runtime, status: 'FAIL', note: `${r?.fatal ?? 'no result'}${pageErrors.length ? ` | ${pageErrors.join(' | ')}` : ''}` });
    return;
  }
  const problem = extra(r);
  outcomes.push({ runtime, status: r.ok && !problem ? 'PASS' : 'FAIL', memory: r.memory, checks: r.checks, note: problem ?? undefined });
}

function printSummary() {
  log('');
  for (const o of outcomes) {
    log(`${o.status.padEnd(4)}  ${o.runtime}${o.memory ? `  [executor memory: ${o.memory}]` : ''}${o.note ? `  — ${o.note}` : ''}`);
    for (const c of o.checks ?? []) {
      const detail = c.ok
        ? (c.latencyMs ? `abort→reject ${c.latencyMs.join(' / ')} ms` : `${c.ms} ms`)
        : c.error.split('\n')[0];
      log(`        ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(20)} ${detail}`);
    }
  }
  const n = (s) => outcomes.filter((o) => o.status === s).length;
  log(`\nruntimes: ${n('PASS')} passed, ${n('FAIL')} failed, ${n('SKIP')} skipped`);
}

try {
  for (const t of ['browser', 'workerd'].filter(want)) await bundle(t);
} catch (e) {
  console.error(`bundle failed: ${e.message ?? e}`);
  process.exit(1);
}
if (want('browser')) await testBrowser();
if (want('workerd')) await testWorkerd();
if (args.includes('--json')) log(JSON.stringify(outcomes, null, 2));
printSummary();
process.exit(outcomes.some((o) => o.status === 'FAIL') ? 1 : 0);
