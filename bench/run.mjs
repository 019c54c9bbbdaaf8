#!/usr/bin/env node
// Benchmarks shellspace against `bash -c` (a spawned process, real files) and just-bash (an
// in-process TypeScript shell). Not a test: numbers only. Run with
//
//   npm run bench                 (builds first)     or    node bench/run.mjs [--quick] [--json]
//
// Workloads (each engine runs in its own child process, so heaps and JIT state do not mix):
//   latency     `echo hi`, median and p90 over N calls on a warm instance (bash: one spawn per call)
//   cold start  a new `node` process that imports the package and runs one `echo hi`: wall time from
//               spawn to the result line (bash: spawn → exit of `bash -c 'echo hi'`)
//   throughput  `cat big | wc -c` with a 50 MB file (MemoryFs / just-bash's InMemoryFs / a temp file)
//   cancel      `while true; do :; done` aborted 50 ms in: time from abort() to the promise settling
//               (bash: SIGTERM → exit)
//   loop        `i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done`: time per iteration (interpreter cost)
// A workload that fails or exceeds its time budget prints as "—" with the reason underneath.
// Total run time is about a minute on 2 cores.
import { spawn } from 'node:child_process';
import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const BIG = 50 * 1024 * 1024;
const quick = process.argv.includes('--quick');
const N_LAT = quick ? 50 : 300;
const N_BASH_LAT = quick ? 20 : 60;
const N_COLD = quick ? 2 : 5;
const N_THRU = quick ? 1 : 3;
const N_CANCEL = quick ? 3 : 10;

const LOOP_N = 1000;
const LOOP = `i=0; while [ $i -lt ${LOOP_N} ]; do i=$((i+1)); done; echo $i`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function bigFile() {
  // 50 MiB of short text lines (so `wc -l` style work would see realistic input too).
  const line = new TextEncoder().encode('the quick brown fox jumps over the lazy dog 0123456789\n');
  const out = new Uint8Array(BIG);
  for (let o = 0; o < BIG; o += line.length) out.set(line.subarray(0, Math.min(line.length, BIG - o)), o);
  return out;
}

// ───────────────────────── in-process engines (child mode) ─────────────────────────

async function engine(name) {
  if (name === 'shellspace') {
    const { Workspace, MemoryFs } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
    return {
      make: (files) => {
        const ws = new Workspace({ '/data': new MemoryFs(files ?? {}) });
        return async (cmd, signal) => {
          const r = await ws.execute(cmd, signal ? { signal } : {});
          return { stdout: new TextDecoder().decode(r.stdout), exitCode: r.exitCode };
        };
      },
    };
  }
  const { Bash } = await import('just-bash');
  const big = 1e12;
  return {
    make: (files) => {
      const tree = {};
      for (const [k, v] of Object.entries(files ?? {})) tree[`/data/${k}`] = v;
      const bash = new Bash({
        files: tree,
        executionLimits: { maxLoopIterations: big, maxCommandCount: big, maxWorkUnits: big, maxExecutionTimeMs: 600000 },
      });
      return async (cmd, signal) => {
        const r = await bash.exec(cmd, signal ? { signal } : {});
        return { stdout: r.stdout, exitCode: r.exitCode };
      };
    },
  };
}

async function child(name, workload) {
  const e = await engine(name);
  if (workload === 'latency') {
    const run = e.make();
    for (let i = 0; i < 20; i++) await run('echo hi');
    const ts = [];
    for (let i = 0; i < N_LAT; i++) {
      const t0 = performance.now();
      const r = await run('echo hi');
      ts.push(performance.now() - t0);
      if (r.stdout !== 'hi\n') throw new Error(`echo hi gave ${JSON.stringify(r.stdout)}`);
    }
    return { medianMs: median(ts), p90Ms: pct(ts, 0.9), n: ts.length };
  }
  if (workload === 'throughput') {
    const run = e.make({ big: bigFile() });
    const ts = [];
    for (let i = 0; i < N_THRU; i++) {
      const t0 = performance.now();
      const r = await run('cat /data/big | wc -c');
      ts.push(performance.now() - t0);
      if (r.stdout.trim() !== String(BIG)) throw new Error(`wc -c gave ${JSON.stringify(r.stdout.slice(0, 80))} exit ${r.exitCode}`);
    }
    const ms = median(ts);
    return { ms, mbPerS: BIG / 1048576 / (ms / 1000) };
  }
  if (workload === 'cancel') {
    const run = e.make();
    await run('echo warm');
    const ts = [];
    let how = '';
    for (let i = 0; i < N_CANCEL; i++) {
      const ac = new AbortController();
      let tAbort = 0;
      const timer = setTimeout(() => { tAbort = performance.now(); ac.abort(); }, 50);
      let settled;
      try {
        const r = await run('while true; do :; done', ac.signal);
        settled = `resolved exit ${r.exitCode}`;
      } catch (err) {
        settled = `rejected ${err?.name}`;
      }
      clearTimeout(timer);
      if (!tAbort) throw new Error(`settled before abort: ${settled}`);
      ts.push(performance.now() - tAbort);
      how = settled;
    }
    return { medianMs: median(ts), maxMs: Math.max(...ts), how };
  }
  if (workload === 'loop') {
    const run = e.make();
    await run('echo warm');
    // First run in a fresh process (includes the JIT warming up), then the median of three more.
    const times = [];
    for (let k = 0; k < 4; k++) {
      const t0 = performance.now();
      const r = await run(LOOP);
      times.push(performance.now() - t0);
      if (r.stdout.trim() !== String(LOOP_N)) throw new Error(`loop gave ${JSON.stringify(r.stdout.slice(0, 80))} exit ${r.exitCode}`);
    }
    return { perIterMs: times[0] / LOOP_N, warmPerIterMs: median(times.slice(1)) / LOOP_N };
  }
  throw new Error(`unknown workload ${workload}`);
}

// ───────────────────────── driver helpers ─────────────────────────

/** Run a command; resolve { ms (spawn → first stdout line or exit), stdout, code }. */
function timed(cmd, argv, { budgetMs = 60000, firstLine = false, env } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...(env ? { env } : {}) });
    let out = '', err = '', tLine = 0;
    const timer = setTimeout(() => { p.kill('SIGKILL'); reject(new Error(`over ${budgetMs / 1000} s budget`)); }, budgetMs);
    p.stdout.on('data', (d) => { out += d; if (!tLine && out.includes('\n')) tLine = performance.now(); });
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', (e) => { clearTimeout(timer); reject(e); });
    p.on('close', (code) => {
      clearTimeout(timer);
      const end = performance.now();
      resolve({ ms: (firstLine && tLine ? tLine : end) - t0, stdout: out, stderr: err, code });
    });
  });
}

async function inChild(name, workload, budgetMs) {
  const r = await timed(process.execPath, ['--max-old-space-size=2048', SELF, '--child', name, workload], { budgetMs });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let j;
  try { j = JSON.parse(line); } catch { throw new Error(`exit ${r.code}: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`); }
  if (j.error) throw new Error(j.error);
  return j;
}

const COLD_SRC = {
  shellspace: `const t0=performance.now();const m=await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)});const ws=new m.Workspace({});const r=await ws.execute('echo hi');process.stdout.write(JSON.stringify({inProcessMs:performance.now()-t0,out:new TextDecoder().decode(r.stdout)})+'\\n',()=>process.exit(0));`,
  'just-bash': `const t0=performance.now();const m=await import('just-bash');const b=new m.Bash();const r=await b.exec('echo hi');process.stdout.write(JSON.stringify({inProcessMs:performance.now()-t0,out:r.stdout})+'\\n',()=>process.exit(0));`,
  node: `process.stdout.write(JSON.stringify({inProcessMs:0,out:'hi\\n'})+'\\n',()=>process.exit(0));`,
};

async function cold(name) {
  const wall = [], inproc = [];
  for (let i = 0; i < N_COLD; i++) {
    if (name === 'bash') {
      const r = await timed('bash', ['-c', 'echo hi']);
      if (r.stdout !== 'hi\n') throw new Error(`bash gave ${r.stdout}`);
      wall.push(r.ms);
      continue;
    }
    const r = await timed(process.execPath, ['--input-type=module', '-e', COLD_SRC[name]], { firstLine: true, budgetMs: 30000, env: { ...process.env }, cwd: root });
    let j;
    try { j = JSON.parse(r.stdout.trim().split('\n')[0]); } catch { throw new Error(`exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`); }
    if (j.out !== 'hi\n') throw new Error(`gave ${JSON.stringify(j.out)}`);
    wall.push(r.ms);
    inproc.push(j.inProcessMs);
  }
  return { wallMs: median(wall), ...(inproc.length ? { inProcessMs: median(inproc) } : {}) };
}

async function bashLatency() {
  const ts = [];
  for (let i = 0; i < N_BASH_LAT; i++) {
    const r = await timed('bash', ['-c', 'echo hi']);
    ts.push(r.ms);
  }
  return { medianMs: median(ts), p90Ms: pct(ts, 0.9), n: ts.length };
}

async function bashThroughput() {
  const dir = await mkdtemp(path.join(tmpdir(), 'shellspace-bench-'));
  const f = path.join(dir, 'big');
  try {
    await writeFile(f, bigFile());
    const ts = [];
    for (let i = 0; i < N_THRU; i++) {
      const r = await timed('bash', ['-c', `cat '${f}' | wc -c`]);
      if (r.stdout.trim() !== String(BIG)) throw new Error(`wc -c gave ${r.stdout}`);
      ts.push(r.ms);
    }
    const ms = median(ts);
    return { ms, mbPerS: BIG / 1048576 / (ms / 1000) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function bashLoop() {
  const r = await timed('bash', ['-c', LOOP]);
  if (r.stdout.trim() !== String(LOOP_N)) throw new Error(`loop gave ${r.stdout}`);
  return { perIterMs: r.ms / LOOP_N, warmPerIterMs: r.ms / LOOP_N };
}

async function bashCancel() {
  const ts = [];
  for (let i = 0; i < N_CANCEL; i++) {
    await new Promise((resolve, reject) => {
      const p = spawn('bash', ['-c', 'while true; do :; done'], { stdio: 'ignore' });
      let tKill = 0;
      p.on('error', reject);
      p.on('exit', () => { ts.push(performance.now() - tKill); resolve(); });
      setTimeout(() => { tKill = performance.now(); p.kill('SIGTERM'); }, 50);
    });
  }
  return { medianMs: median(ts), maxMs: Math.max(...ts), how: 'SIGTERM' };
}

// ───────────────────────── table ─────────────────────────

const fmtMs = (ms) => (ms === undefined ? '—' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 100 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`);
const fmtRate = (v) => (v === undefined ? '—' : `${v.toFixed(0)} MB/s`);
/** "3.2× faster" / "1.5× slower" for shellspace against another engine. */
function ratio(ss, other, higherIsBetter) {
  if (!(ss > 0) || !(other > 0)) return '—';
  const r = higherIsBetter ? ss / other : other / ss;
  return r >= 1 ? `${r.toFixed(r >= 10 ? 0 : 1)}× faster` : `${(1 / r).toFixed(1 / r >= 10 ? 0 : 1)}× slower`;
}

async function attempt(fn) {
  try { return { v: await fn() }; } catch (e) { return { err: String(e?.message ?? e).split('\n')[0] }; }
}

async function main() {
  const started = performance.now();
  const bashVersion = (await timed('bash', ['-c', 'echo ${BASH_VERSION}'])).stdout.trim();
  console.log(`shellspace bench — node ${process.version}, bash ${bashVersion}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}\n`);
  const R = {};
  const step = async (key, fn) => {
    const t0 = performance.now();
    R[key] = await attempt(fn);
    process.stderr.write(`  ${key.padEnd(13)} ${((performance.now() - t0) / 1000).toFixed(1)} s${R[key].err ? ` (${R[key].err})` : ''}\n`);
  };
  await step('ss.latency', () => inChild('shellspace', 'latency', 60000));
  await step('jb.latency', () => inChild('just-bash', 'latency', 60000));
  await step('bash.latency', bashLatency);
  await step('ss.cold', () => cold('shellspace'));
  await step('jb.cold', () => cold('just-bash'));
  await step('bash.cold', () => cold('bash'));
  await step('node.cold', () => cold('node'));
  await step('ss.thru', () => inChild('shellspace', 'throughput', 60000));
  await step('jb.thru', () => inChild('just-bash', 'throughput', 60000));
  await step('bash.thru', bashThroughput);
  await step('ss.cancel', () => inChild('shellspace', 'cancel', 30000));
  await step('jb.cancel', () => inChild('just-bash', 'cancel', 10000));
  await step('bash.cancel', bashCancel);
  await step('ss.loop', () => inChild('shellspace', 'loop', 40000));
  await step('jb.loop', () => inChild('just-bash', 'loop', 40000));
  await step('bash.loop', bashLoop);

  const g = (k, f) => (R[k]?.v ? R[k].v[f] : undefined);
  const rows = [
    ['echo hi latency (median)', 'latency', 'medianMs', fmtMs, false],
    ['echo hi latency (p90)', 'latency', 'p90Ms', fmtMs, false],
    ['cold start → first result', 'cold', 'wallMs', fmtMs, false],
    ['  of which in-process', 'cold', 'inProcessMs', fmtMs, false],
    ['cat 50MB | wc -c', 'thru', 'mbPerS', fmtRate, true],
    ['cancel latency (median)', 'cancel', 'medianMs', fmtMs, false],
    ['cancel latency (max)', 'cancel', 'maxMs', fmtMs, false],
    ['while/[ ]/$(( )) loop, per iteration', 'loop', 'perIterMs', fmtMs, false],
    ['  same loop, warm (median of 3 more)', 'loop', 'warmPerIterMs', fmtMs, false],
  ];
  const table = [['workload', 'shellspace', 'bash -c', 'just-bash', 'vs bash', 'vs just-bash']];
  for (const [label, w, f, fmt, hib] of rows) {
    const ss = g(`ss.${w}`, f), b = g(`bash.${w}`, f), jb = g(`jb.${w}`, f);
    // A workload killed at its budget shows as "> N s" (for cancel: the loop never stopped).
    const show = (k, v) => { const m = /over (\d+) s budget/.exec(R[`${k}.${w}`]?.err ?? ''); return m ? `> ${m[1]} s` : fmt(v); };
    table.push([label, show('ss', ss), show('bash', b), show('jb', jb), ratio(ss, b, hib), ratio(ss, jb, hib)]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  console.log(`\nnode -e '' alone (process start): ${fmtMs(g('node.cold', 'wallMs'))}`);
  const how = ['ss', 'jb'].map((k) => `${k === 'ss' ? 'shellspace' : 'just-bash'}: ${g(`${k}.cancel`, 'how') ?? '—'}`).join(', ');
  console.log(`cancel settled as — ${how}; bash: SIGTERM → exit`);
  const errs = Object.entries(R).filter(([, v]) => v.err);
  if (errs.length) {
    console.log('\nnot measured:');
    for (const [k, v] of errs) console.log(`  ${k}: ${v.err}`);
  }
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(R, null, 2));
}

if (process.argv[2] === '--child') {
  try {
    const r = await child(process.argv[3], process.argv[4]);
    process.stdout.write(JSON.stringify(r) + '\n', () => process.exit(0));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e?.stack ?? e).split('\n').slice(0, 2).join(' ') }) + '\n', () => process.exit(0));
  }
} else {
  await main();
}
