import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // examples/ import the package by name, as a user would; tests run them against the source.
    alias: [
      { find: /^newsfacts$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^newsfacts\/vitest$/, replacement: fileURLToPath(new URL('./src/vitest/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.mjs'],
    // compromise's first parse warms its lexicon: a second or two on a cold CI machine.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
