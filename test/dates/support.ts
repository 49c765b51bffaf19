import { expect } from 'vitest';
import { documentOf } from '../support/document.js';
import { datesStage } from '../../src/dates/index.js';
import { emptyFacts } from '../../src/pipeline/stage.js';
import type { DateFact, DateKind, DateModifier } from '../../src/schema/index.js';

/** [sentence, publication day, expected text, value, kind, modifier?] */
export type DateCase = [string, string, string, string, DateKind, DateModifier?];

export function datesOf(text: string, publishedAt: string | null = '2025-06-02') {
  const document = documentOf(text, publishedAt);
  const facts = datesStage.run(document, emptyFacts());
  return { document, dates: facts.dates, diagnostics: facts.diagnostics };
}

/** Runs one case: exactly one fact has the expected text, with the value, kind and modifier, and a true span. */
export function expectDateCase([input, publishedAt, text, value, kind, modifier]: DateCase): DateFact {
  const { document, dates } = datesOf(input, publishedAt);
  const found = dates.filter((d) => d.text === text);
  const summary = JSON.stringify(dates.map((d) => [d.text, d.value, d.kind, d.modifier ?? null]));
  expect(found, `"${text}" in ${summary}`).toHaveLength(1);
  const fact = found[0]!;
  expect({ value: fact.value, kind: fact.kind, modifier: fact.modifier ?? null }, summary).toEqual({ value, kind, modifier: modifier ?? null });
  expect(document.text.slice(fact.start, fact.end)).toBe(fact.text);
  expect(fact.sentence).toBe(document.sentenceAt(fact.start));
  return fact;
}
