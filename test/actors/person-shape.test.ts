import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, person expected: name, titles, country] */
const cases: Array<[string, string, { name: string; titles: string[]; country: string | null }]> = [
  ['title inside the run: organisation + Chief Executive', 'Brightwave Chief Executive Laura Finch said demand was strong.', { name: 'Laura Finch', titles: ['Brightwave Chief Executive'], country: null }],
  ['title inside the run: body + Leader', 'Senate Leader Thomas Ward conceded the vote.', { name: 'Thomas Ward', titles: ['Senate Leader'], country: null }],
  ['title inside the run: nationality gives the country', 'He met the Italian Foreign Minister Paolo Greco on Friday.', { name: 'Paolo Greco', titles: ['Italian Foreign Minister'], country: 'IT' }],
  ['title: Taoiseach', 'Taoiseach Niamh Kelly congratulated him.', { name: 'Niamh Kelly', titles: ['Taoiseach'], country: null }],
  ['name with two connectors', 'On Monday Ingrid von der Berg arrived.', { name: 'Ingrid von der Berg', titles: [], country: null }],
];

describe('actors: people and their titles', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    expect(actor).toMatchObject({ kind: 'person', country: expected.country });
    expect(actor!.titles).toEqual(expected.titles);
    for (const m of actor!.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
  });
});
