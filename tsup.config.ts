import { defineConfig } from 'tsup';
import { trimGazetteer } from './scripts/trim-gazetteer.mjs';

/**
 * Gazetteer data packages are JSON. Bundled, they need no import attribute at run time (esbuild drops
 * `with { type: 'json' }` on external imports, and Node 20 refuses JSON without it).
 */
const inlineData = [/^world-countries\//, /^city-timezones\//, /^cities\.json\//];

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
    noExternal: inlineData,
    esbuildPlugins: [trimGazetteer()],
  },
  {
    // The batch worker is its own file: piscina loads it by URL in each worker thread.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: inlineData,
    esbuildPlugins: [trimGazetteer()],
  },
]);
