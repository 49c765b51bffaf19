/**
 * vitest matchers for newsfacts results. `import 'newsfacts/vitest'` in a test file (or a setup file) and use
 * `expect(result).toMatchGolden(golden, { minF1: 0.8 })`, `toContainDate`, `toContainQuantity`, `toContainActor`,
 * `toContainEvent`. Failure messages show the facts that were found, and for golden files the per-field scores
 * and the diff.
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import type { GoldenInput } from '../eval/golden.js';
import type { Actor, ExtractionResult, NewsEvent, QuantityFact } from '../schema/index.js';
import * as matchers from './matchers.js';

export type { GoldenMatchOptions } from './matchers.js';

const adapt = <A extends unknown[]>(fn: (result: ExtractionResult, ...args: A) => matchers.MatcherResult) =>
  function (this: unknown, received: unknown, ...args: A) {
    return fn(received as ExtractionResult, ...args);
  };

expect.extend({
  toMatchGolden: adapt(matchers.toMatchGolden),
  toContainDate: adapt(matchers.toContainDate),
  toContainQuantity: adapt(matchers.toContainQuantity),
  toContainActor: adapt(matchers.toContainActor),
  toContainEvent: adapt(matchers.toContainEvent),
});

interface NewsfactsMatchers<R = unknown> {
  toMatchGolden(golden: GoldenInput, options?: matchers.GoldenMatchOptions): R;
  toContainDate(text: string, value?: string): R;
  toContainQuantity(text: string, expected?: Partial<Pick<QuantityFact, 'value' | 'unit' | 'modifier' | 'kind' | 'of' | 'direction'>>): R;
  toContainActor(name: string, expected?: Partial<Pick<Actor, 'kind' | 'country' | 'credit'>> & { titles?: string[] }): R;
  toContainEvent(expected: Partial<Pick<NewsEvent, 'type' | 'date' | 'text' | 'context'>> & { participants?: string[] }): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends NewsfactsMatchers<T> {}
}

/** The matchers as plain functions `(result, ...args) => { pass, message }`, for other test runners. */
export const newsfactsMatchers: { [K in keyof typeof matchers as K extends `to${string}` ? K : never]: (typeof matchers)[K] } = {
  toMatchGolden: matchers.toMatchGolden,
  toContainDate: matchers.toContainDate,
  toContainQuantity: matchers.toContainQuantity,
  toContainActor: matchers.toContainActor,
  toContainEvent: matchers.toContainEvent,
};
