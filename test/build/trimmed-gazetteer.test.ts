import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract as extractFromSource } from '../../src/index.js';
import { trimGazetteer } from '../../scripts/trim-gazetteer.mjs';
import { loadFixtures } from '../golden/fixtures.js';

/**
 * dist/ carries the gazetteer tables with only the fields the source reads (scripts/trim-gazetteer.mjs). If the
 * source starts reading a field the trim drops, the published package would quietly find fewer places than the
 * tests do. So: bundle the library the way tsup does, with the trim, and require the same result on every fixture.
 */
type Extract = typeof extractFromSource;
let extractFromBundle: Extract;

beforeAll(async () => {
  const root = new URL('../../', import.meta.url);
  const outdir = new URL('node_modules/.cache/newsfacts-test/', root);
  mkdirSync(outdir, { recursive: true });
  const outfile = new URL('trimmed-index.mjs', outdir);
  await build({
    entryPoints: [new URL('src/index.ts', root).pathname],
    outfile: outfile.pathname,
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'node20',
    external: ['compromise', 'chrono-node', 'zod'],
    plugins: [trimGazetteer()],
    logLevel: 'silent',
  });
  // A fresh URL each run: the module cache would otherwise keep an older bundle in watch mode.
  const module = (await import(`${pathToFileURL(outfile.pathname).href}?t=${Date.now()}`)) as { extract: Extract };
  extractFromBundle = module.extract;
}, 60_000);

const fixtures = loadFixtures();

describe('the bundle with trimmed gazetteer tables', () => {
  it.each(fixtures.map((f) => [f.name, f.raw] as const))('extracts %s exactly as the source does', (name, raw) => {
    const fromBundle = extractFromBundle({ id: name, text: raw });
    const fromSource = extractFromSource({ id: name, text: raw });
    expect(fromBundle.locations).toEqual(fromSource.locations);
    expect(fromBundle.actors).toEqual(fromSource.actors);
    expect(fromBundle).toEqual(fromSource);
  });
});
