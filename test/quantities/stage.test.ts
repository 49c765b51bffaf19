import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, defaultStages, emptyFacts } from '../../src/pipeline/index.js';
import { quantitiesStage } from '../../src/quantities/index.js';
import type { DateFact } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';
import { quantitiesOf } from './expect-quantity.js';

const article = readFileSync(new URL('../../fixtures/2025-06-02-istanbul-talks.txt', import.meta.url), 'utf8');

describe('quantities stage', () => {
  it('numbers its facts q1, q2, ... in text order, each span pointing at its text and sentence', () => {
    const result = createPipeline({ stages: [quantitiesStage] }).extract(article);
    const { quantities } = result;
    expect(quantities.length).toBeGreaterThan(20);
    expect(quantities.map((q) => q.id)).toEqual(quantities.map((_, i) => `q${i + 1}`));
    for (let i = 1; i < quantities.length; i++) expect(quantities[i]!.start).toBeGreaterThan(quantities[i - 1]!.start);
    for (const q of quantities) {
      expect(result.article.text.slice(q.start, q.end)).toBe(q.text);
      const sentence = result.sentences[q.sentence]!;
      expect(q.start >= sentence.start && q.end <= sentence.end, q.text).toBe(true);
      expect(q.rule).toMatch(/^quantities\//);
    }
    // validation drops facts that break the schema or the span invariant: none of ours are dropped
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the facts of the default pipeline valid', () => {
    const result = createPipeline({ stages: defaultStages }).extract(article);
    expect(result.quantities.map((q) => q.text)).toContain('52 out of 80');
  });

  it('leaves numbers inside a date span to the dates stage', () => {
    const text = 'Russia fired 472 drones on 16 May.';
    const at = text.indexOf('472 drones');
    const date: DateFact = { id: 'd1', text: '472 drones', start: at, end: at + 10, sentence: 0, kind: 'date', value: '2025-05-16', anchor: 'absolute' };
    expect(quantitiesOf(text).quantities.map((q) => q.text)).toEqual(['472']);
    expect(quantitiesOf(text, [date]).quantities).toEqual([]);
  });

  it('is pure: the same document gives the same facts, and the facts it is given are not changed', () => {
    const document = documentOf(article);
    const given = Object.freeze({ ...emptyFacts(), dates: Object.freeze([]) as unknown as DateFact[] });
    const first = quantitiesStage.run(document, given);
    const second = quantitiesStage.run(document, given);
    expect(second.quantities).toEqual(first.quantities);
    expect(given.quantities).toEqual([]);
  });
});
