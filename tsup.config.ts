import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: no node: imports, safe for browsers and edge workers.
    entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    external: ['compromise', 'chrono-node', 'zod', 'vitest'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
