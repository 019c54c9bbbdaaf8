#!/usr/bin/env node
// Records what /bin/bash prints for every case in test/spec/cases/*.sh into test/spec/expected/.
// Each case runs as `bash -c SCRIPT` in a fresh empty temp directory with a clean environment.
// Usage: node scripts/record-bash.mjs [--check]   (--check: exit 1 if a recording is stale)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const casesDir = join(root, 'test/spec/cases');
const expDir = join(root, 'test/spec/expected');
const check = process.argv.includes('--check');

export function runBash(script) {
  const cwd = mkdtempSync(join(tmpdir(), 'spec-'));
  try {
    const r = spawnSync('/bin/bash', ['-c', script], {
      argv0: 'bash',
      cwd, encoding: 'utf8', timeout: 10000,
      env: { HOME: cwd, PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', USER: 'user' },
    });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 128 };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

let stale = 0;
for (const f of readdirSync(casesDir).filter((n) => n.endsWith('.sh')).sort()) {
  const text = readFileSync(join(casesDir, f), 'utf8');
  const out = {};
  for (const p of text.split(/^#### /m).slice(1)) {
    const nl = p.indexOf('\n');
    const name = p.slice(0, nl).trim();
    out[name] = runBash(p.slice(nl + 1).replace(/\n+$/, '\n'));
  }
  const file = join(expDir, f.replace(/\.sh$/, '.json'));
  const json = JSON.stringify(out, null, 1) + '\n';
  let old = '';
  try { old = readFileSync(file, 'utf8'); } catch { /* new */ }
  if (old !== json) {
    if (check) { console.error(`stale: ${file}`); stale++; } else writeFileSync(file, json);
  }
}
void execFileSync;
process.exit(stale ? 1 : 0);
