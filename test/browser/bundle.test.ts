import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/**
 * The core entry must run where there is no Node: it is bundled for the browser platform (which fails on any
 * `node:` import) and run in a bare V8 context that has no `process`, `require` or `Buffer`.
 */
describe('the core entry in a browser', () => {
  it('bundles for the browser and extracts in a context without Node globals', async () => {
    const out = await build({
      entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'newsfacts',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);
    const context: Record<string, unknown> = { console, TextDecoder, TextEncoder, URL, performance };
    context.self = context; // as in a browser or worker, where `self` is the global object
    runInNewContext(code, context);
    expect(context.process).toBeUndefined();
    const lib = context.newsfacts as typeof import('../../src/index.js');
    const result = lib.extract('date 2025-06-02 Officials met in Istanbul on Monday.');
    expect(result.article.publishedAt).toBe('2025-06-02');
    expect(result.sentences).toHaveLength(1);
  }, 60_000);
});
