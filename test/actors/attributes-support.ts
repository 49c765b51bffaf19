import { expect } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import type { Actor } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';

/** The actors of a text, with every mention checked against the span invariant. */
export function actorsOf(text: string): Actor[] {
  const document = documentOf(text);
  const actors = findActors(document);
  for (const a of actors) {
    for (const m of a.mentions) {
      expect(document.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toBe(document.sentenceAt(m.start));
    }
  }
  return actors;
}

export function actorNamed(text: string, name: string): Actor {
  const actors = actorsOf(text);
  const actor = actors.find((a) => a.name === name);
  expect(actor, JSON.stringify(actors.map((a) => [a.name, a.kind, a.country, a.titles, a.aliases]))).toBeDefined();
  return actor!;
}
