import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findCaptions } from '../../src/ingest/captions.js';
import { splitParagraphs } from '../../src/ingest/paragraphs.js';

describe('not captions', () => {
  const paragraphs = [
    'The minister said the plan would cost more (about a third more than planned).',
    'Shares closed at $12.40 (down 3%).',
    'He spoke to reporters in Kyiv (the capital).',
    `${'A long story paragraph that keeps going with many words. '.repeat(8)}(Reuters)`,
    'Officials met in Geneva (Switzerland) on Tuesday.',
  ];
  it.each(paragraphs)('%s', (paragraph) => {
    expect(findCaptions(paragraph, splitParagraphs(paragraph))).toEqual([]);
  });
});

describe('bad input becomes a diagnostic, never a crash', () => {
  const cases: [label: string, text: string, code: string][] = [
    ['empty text', '', 'ingest/empty'],
    ['white space only', ' \n\t\n  ', 'ingest/empty'],
    ['header and nothing else', 'date 2025-06-02', 'ingest/empty'],
    ['binary bytes', 'PK\u0003\u0004\u0000\u0000binary', 'ingest/binary'],
    ['text that was not UTF-8', 'caf\uFFFD \uFFFD\uFFFD\uFFFD na\uFFFDve', 'ingest/invalid-utf8'],
    ['a malformed date header', 'date 2025-02-30 Officials met on Monday.', 'ingest/bad-date-header'],
    ['no date at all', 'Officials met on Monday.', 'ingest/no-date'],
  ];
  it.each(cases)('%s', (_label, text, code) => {
    const result = extract(text);
    expect(result.diagnostics.map((d) => d.code)).toContain(code);
  });

  it('an article over maxChars is refused whole, quickly, with what to do', () => {
    const big = `date 2025-06-02 ${'Officials met in Istanbul on Monday for talks. '.repeat(110_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const result = extract(big);
    expect(performance.now() - started).toBeLessThan(2_000);
    const diagnostic = result.diagnostics.find((d) => d.code === 'ingest/too-large');
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(/raise maxChars/);
    expect(result.article.text.length).toBe(big.length - 'date 2025-06-02 '.length);
    expect(result.sentences).toEqual([]);
  });

  it('a bad publishedAt in an object input is a diagnostic, not a throw', () => {
    const result = extract({ text: 'Officials met on Monday.', publishedAt: 'last Tuesday' });
    expect(result.article.publishedAt).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain('ingest/bad-published-at');
  });
});

describe('API misuse throws a TypeError that says what to pass', () => {
  const cases: [label: string, call: () => unknown, message: RegExp][] = [
    ['a number', () => extract(42 as never), /takes a string or \{ text/],
    ['null', () => extract(null as never), /not null/],
    ['an object without text', () => extract({ title: 'x' } as never), /needs "text"/],
    ['bad options', () => extract('text', { publishedAt: '02/06/2025' }), /publishedAt must be a day in YYYY-MM-DD/],
    ['a negative maxChars', () => extract('text', { maxChars: -1 }), /maxChars/],
  ];
  it.each(cases)('%s', (_label, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
