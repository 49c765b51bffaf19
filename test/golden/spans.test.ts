import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { loadFixtures } from './fixtures.js';

/** The contract's invariant, checked on every span of every fact of every fixture: text.slice(start, end) === text. */
describe.each(loadFixtures())('span invariant: $name', ({ name, raw }) => {
  const result = extract({ id: name, text: raw });
  const text = result.article.text;
  const facts = [
    ...result.dates.map((d) => ['date', d] as const),
    ...result.quantities.map((q) => ['quantity', q] as const),
    ...result.events.map((e) => ['event', e] as const),
    ...result.actors.flatMap((a) => a.mentions.map((m) => [`actor ${a.name}`, m] as const)),
    ...result.locations.flatMap((l) => l.mentions.map((m) => [`location ${l.name}`, m] as const)),
  ];

  const spans = [...result.sentences.map((s) => ['sentence', s] as const), ...facts];

  it('holds for every span, and no fact was dropped for breaking it', () => {
    for (const [what, span] of spans) expect(text.slice(span.start, span.end), `${what} [${span.start}, ${span.end})`).toBe(span.text);
    expect(result.diagnostics.filter((d) => d.stage === 'validate')).toEqual([]);
  });

  it('every fact sits in the sentence it names', () => {
    for (const [what, span] of facts) {
      const sentence = result.sentences[span.sentence]!;
      expect(span.start >= sentence.start && span.end <= sentence.end, `${what} "${span.text}"`).toBe(true);
    }
  });
});
