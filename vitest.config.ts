import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/spec/**/*.test.ts', 'test/runtime/node/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 60000,
    pool: 'threads',
  },
});
