import { expect } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import type { ActorKind } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';

/** An actor a text must yield: name and kind, the attributes given, and its mention texts in order. */
export interface ExpectedActor {
  name: string;
  kind: ActorKind;
  country?: string | null;
  titles?: string[];
  aliases?: string[];
  mentions: string[];
}

/** `[label, text, expected actor]`: one table row of a recognition test. */
export type ActorCase = [label: string, text: string, expected: ExpectedActor];

/** Asserts the text yields the actor, with the attributes given and mentions whose offsets point at their text. */
export function expectActor(text: string, expected: ExpectedActor, publishedAt = '2024-07-26'): void {
  const document = documentOf(text, publishedAt);
  const actors = findActors(document);
  const actor = actors.find((a) => a.name === expected.name);
  expect(actor, `actors: ${actors.map((a) => `${a.kind}:${a.name}`).join(', ')}`).toBeDefined();
  expect(actor!.kind).toBe(expected.kind);
  if (expected.country !== undefined) expect(actor!.country).toBe(expected.country);
  if (expected.titles !== undefined) expect(actor!.titles).toEqual(expected.titles);
  if (expected.aliases !== undefined) expect(actor!.aliases).toEqual(expected.aliases);
  expect(actor!.mentions.map((m) => m.text)).toEqual(expected.mentions);
  for (const m of actor!.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
}

type Actor = ReturnType<typeof findActors>[number];

/** `[label, text, a predicate no actor of the text may satisfy]`: one row of a negative test. */
export type ForbiddenActorCase = [label: string, text: string, forbidden: (a: Actor) => boolean];

export function expectNoActor(text: string, forbidden: (a: Actor) => boolean, publishedAt = '2024-07-26'): void {
  const actors = findActors(documentOf(text, publishedAt));
  expect(actors.filter(forbidden).map((a) => `${a.kind}:${a.name}`)).toEqual([]);
}
