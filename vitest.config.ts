import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // compromise's first parse warms its lexicon: a second or two on a cold CI machine.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
