#!/usr/bin/env node
// Builds executor.wasm in both memory variants (asconfig.json targets "shared" and "plain").
// A module built for shared memory cannot link to non-shared memory and vice versa, so the
// loader (src/abi/instance.ts) picks one at run time. Skips the work when no input is newer.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outs = ['wasm/executor.shared.wasm', 'wasm/executor.plain.wasm'];
const targets = ['shared', 'plain'];
if (process.argv.includes('--debug')) { targets.push('debug'); outs.push('wasm/executor.debug.wasm'); }

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const inputs = Math.max(newest(join(root, 'assembly')), statSync(join(root, 'asconfig.json')).mtimeMs);
const fresh = outs.every((o) => existsSync(join(root, o)) && statSync(join(root, o)).mtimeMs >= inputs);
if (fresh && !process.argv.includes('--force')) process.exit(0);

const asc = join(root, 'node_modules', '.bin', 'asc');
for (const target of targets) {
  execFileSync(asc, ['assembly/index.ts', '--target', target], { cwd: root, stdio: 'inherit' });
}
