#!/usr/bin/env node
// The shellspace CLI (built from src/cli/ by `npm run build`).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') console.error('shellspace: not built yet: run `npm run build` first');
  else console.error(e);
  process.exit(2);
});
