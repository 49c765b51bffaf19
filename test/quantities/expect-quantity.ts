import { expect } from 'vitest';
import { emptyFacts } from '../../src/pipeline/index.js';
import { quantitiesStage } from '../../src/quantities/index.js';
import type { DateFact, QuantityFact, QuantityKind, QuantityModifier } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';

/** `[input, text, value, unit, modifier, kind, extra?]`: one quantity the input must yield, by its text. */
export type QuantityCase = [
  input: string,
  text: string,
  value: number,
  unit: string | null,
  modifier: QuantityModifier,
  kind: QuantityKind,
  extra?: Partial<Pick<QuantityFact, 'min' | 'max' | 'of' | 'direction'>>,
];

/** The quantities of a text, as the stage gives them after an (optional) dates stage. */
export function quantitiesOf(text: string, dates: DateFact[] = []): { text: string; quantities: QuantityFact[] } {
  const document = documentOf(text);
  const quantities = quantitiesStage.run(document, { ...emptyFacts(), dates }).quantities;
  return { text: document.text, quantities };
}

/** Asserts the case's quantity is there with the declared fields, its offsets point at its text, and no field is off. */
export function expectQuantity([input, text, value, unit, modifier, kind, extra = {}]: QuantityCase): void {
  const result = quantitiesOf(input);
  const found = result.quantities.find((q) => q.text === text);
  const shown = JSON.stringify(result.quantities, null, 1);
  expect(found, `no quantity "${text}" in ${JSON.stringify(input)}; got ${shown}`).toBeDefined();
  const q = found!;
  expect(result.text.slice(q.start, q.end), 'span').toBe(q.text);
  expect(q.start, 'start').toBe(result.text.indexOf(text));
  const actual = { value: q.value, unit: q.unit, modifier: q.modifier, kind: q.kind, min: q.min ?? null, max: q.max ?? null, of: q.of ?? null, direction: q.direction ?? null };
  const wanted = { value, unit, modifier, kind, min: null, max: null, of: null, direction: null, ...extra };
  expect(actual, `${JSON.stringify(input)} -> ${shown}`).toEqual(wanted);
}
