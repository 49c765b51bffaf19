import { afterEach, describe, expect, it, vi } from 'vitest';

describe('examples/', () => {
  afterEach(() => vi.restoreAllMocks());

  it('extract-article.mjs runs and prints what it extracted', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    // @ts-expect-error: a plain .mjs example, run as a user would, without type declarations
    await import('../examples/extract-article.mjs');
    expect(lines).toContain('date      Sunday -> 2025-06-01');
    expect(lines).toContain('quantity  three -> 3 person');
    expect(lines).toContain('event     ASSAULT "shelled" on 2025-06-01');
    expect(lines.at(-1)).toBe('1 sentence(s), 0 diagnostic(s)');
  });
});
