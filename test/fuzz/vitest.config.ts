// The hostile-input suite runs on its own: `npx vitest run --config test/fuzz/vitest.config.ts`
// (the root config's include list does not name test/fuzz).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'threads',
  },
});
