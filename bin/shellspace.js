#!/usr/bin/env node
// The shellspace CLI (built from src/cli/ by `npm run build`).
// A CLI process is short-lived: Liftoff-only Wasm code avoids V8's one-time stall (~0.5 s on this
// 2-core machine) when it tiers up the executor mid-run, and the tree-sitter grammar's tier-up
// that delays exit. Set before any Wasm is compiled.
import v8 from 'node:v8';
v8.setFlagsFromString('--liftoff-only');
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') console.error('shellspace: not built yet: run `npm run build` first');
  else console.error(e);
  process.exit(2);
});
