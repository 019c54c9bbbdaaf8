#!/usr/bin/env node
// Bundles the built core (dist/, from `npm run build`) for a browser page and for a worker, with
// rolldown (installed with vite/vitest; no extra dependency), and lays the wasm files next to them:
//
//   dist/bundle/browser/shellspace.js      ES module from src/browser.ts; fetches ./wasm/* itself
//   dist/bundle/browser/wasm/{executor.shared,executor.plain,web-tree-sitter,tree-sitter-bash}.wasm
//   dist/bundle/workerd/shellspace.js      ES module from src/workerd.ts; wasm comes in as modules
//   dist/bundle/workerd/{the same four .wasm files}   for `import m from './x.wasm'` in a worker
//
// Usage: node scripts/bundle.mjs [--minify] [--only browser|workerd]
// Prints each output's size. web-tree-sitter's Node-only branch does `import("module")`; that stays
// an external dynamic import that browsers and workerd never reach.
import { build } from 'rolldown';
import { copyFile, mkdir, stat, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

export const WASM_SOURCES = {
  'executor.shared.wasm': path.join(root, 'wasm/executor.shared.wasm'),
  'executor.plain.wasm': path.join(root, 'wasm/executor.plain.wasm'),
  'web-tree-sitter.wasm': require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  'tree-sitter-bash.wasm': require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'),
};

const TARGETS = {
  browser: { entry: 'dist/browser.js', out: 'dist/bundle/browser', wasmDir: 'wasm' },
  workerd: { entry: 'dist/workerd.js', out: 'dist/bundle/workerd', wasmDir: '.' },
};

// Node built-ins that dependencies mention only on paths that check for Node first.
const NODE_ONLY = /^(node:.*|module|fs|fs\/promises|path|url|crypto|worker_threads)$/;

/** Build one target; returns { file, bytes, wasmDir }. */
export async function bundle(name, { minify = false } = {}) {
  const t = TARGETS[name];
  if (!t) throw new Error(`unknown target ${name}`);
  const entry = path.join(root, t.entry);
  try { await stat(entry); } catch { throw new Error(`${t.entry} is missing: run \`npm run build\` first`); }
  const outDir = path.join(root, t.out);
  await rm(outDir, { recursive: true, force: true });
  await build({
    input: entry,
    platform: name === 'browser' ? 'browser' : 'neutral',
    external: (id) => NODE_ONLY.test(id),
    logLevel: 'warn',
    // web-tree-sitter's dynamic linker evals EM_ASM snippets of side modules; tree-sitter-bash.wasm
    // has none, so that path never runs (workerd would refuse it).
    onLog(level, log, next) { if (log.code !== 'EVAL') next(level, log); },
    output: { file: path.join(outDir, 'shellspace.js'), format: 'esm', codeSplitting: false, minify, sourcemap: !minify },
  });
  const wasmDir = path.join(outDir, t.wasmDir);
  await mkdir(wasmDir, { recursive: true });
  for (const [n, src] of Object.entries(WASM_SOURCES)) await copyFile(src, path.join(wasmDir, n));
  const file = path.join(outDir, 'shellspace.js');
  return { file, bytes: (await stat(file)).size, wasmDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const minify = args.includes('--minify');
  const i = args.indexOf('--only');
  const names = i >= 0 ? [args[i + 1]] : Object.keys(TARGETS);
  for (const n of names) {
    const r = await bundle(n, { minify });
    console.log(`${n}: ${path.relative(root, r.file)} ${(r.bytes / 1024).toFixed(0)} KiB (+ wasm in ${path.relative(root, r.wasmDir) || '.'})`);
  }
}
