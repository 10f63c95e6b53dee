import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One temporary folder for the whole run, removed at its end (tests leave nothing behind).
    globalSetup: ['tests/helpers/tempRoot.ts'],
  },
});
