import { expect } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { findLocations } from '../../src/locations/index.js';
import { documentOf } from '../support/document.js';

/** A location a text must yield, by name and kind, with its country and (optionally) its mention texts. */
export interface ExpectedLocation {
  name: string;
  kind: string;
  country: string | null;
  mentions?: string[];
}

export type LocationCase = [label: string, text: string, expected: ExpectedLocation];

/** Asserts the location is found with its country, mentions whose offsets point at their text and sentence. */
export function expectLocation(text: string, expected: ExpectedLocation): void {
  const document = documentOf(text);
  const locations = findLocations(document, findActors(document));
  const location = locations.find((l) => l.name === expected.name && l.kind === expected.kind);
  expect(location, `${text}\n${JSON.stringify(locations, null, 1)}`).toBeDefined();
  expect(location!.country ?? null).toBe(expected.country);
  if (expected.mentions) expect(location!.mentions.map((m) => m.text)).toEqual(expected.mentions);
  for (const m of location!.mentions) {
    expect(document.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.sentence).toBe(document.sentenceAt(m.start));
  }
}

/** Asserts no location of the text is named `name`. */
export function expectNoLocation(text: string, name: string): void {
  const document = documentOf(text);
  const locations = findLocations(document, findActors(document));
  expect(locations.filter((l) => l.name === name), JSON.stringify(locations, null, 1)).toEqual([]);
}
