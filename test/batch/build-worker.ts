import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Builds src/batch/worker.ts the way tsup does for dist/, into node_modules/.cache so its package imports resolve:
 * the batch tests then run real worker threads on the current source, with no `npm run build` first.
 */
export async function buildBatchWorker(): Promise<URL> {
  const root = new URL('../../', import.meta.url);
  const outdir = new URL('node_modules/.cache/newsfacts-test/', root);
  mkdirSync(outdir, { recursive: true });
  const outfile = new URL('batch-worker.mjs', outdir);
  await build({
    entryPoints: [new URL('src/batch/worker.ts', root).pathname],
    outfile: outfile.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As tsup.config.ts: code packages stay external, gazetteer JSON is bundled.
    external: ['compromise', 'chrono-node', 'zod', 'piscina'],
    logLevel: 'silent',
  });
  return pathToFileURL(outfile.pathname);
}
