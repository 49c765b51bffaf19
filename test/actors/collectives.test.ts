import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, group expected: name, country, mention texts] */
const cases: Array<[string, string, { name: string; country: string | null; mentions: string[] }]> = [
  ['dotted US + forces', 'Officials said U.S. forces shot down several drones.', { name: 'U.S. forces', country: 'US', mentions: ['U.S. forces'] }],
  ['dotted US + officials', 'The plan was described by U.S. officials on Friday.', { name: 'U.S. officials', country: 'US', mentions: ['U.S. officials'] }],
  ['alliance acronym + leaders', 'At the summit, Nato leaders pledged more aid.', { name: 'Nato leaders', country: null, mentions: ['Nato leaders'] }],
  ['union acronym + leaders', 'The nominee needs the backing of EU leaders next month.', { name: 'EU leaders', country: null, mentions: ['EU leaders'] }],
  ['level of government', 'The dam held, regional officials said on Monday.', { name: 'regional officials', country: null, mentions: ['regional officials'] }],
  ['sentence-initial level of government', 'City officials in the capital ordered schools shut.', { name: 'City officials', country: null, mentions: ['City officials'] }],
  ['political side', 'Republican lawmakers criticized the mayor for the delay.', { name: 'Republican lawmakers', country: null, mentions: ['Republican lawmakers'] }],
  ['opposition', 'Opposition politicians attacked the plan.', { name: 'Opposition politicians', country: null, mentions: ['Opposition politicians'] }],
  ['former relation', 'Several former employees testified against the firm.', { name: 'former employees', country: null, mentions: ['former employees'] }],
  ['organisation of the article + shareholders', 'Brightwave Holdings agreed the sale. Brightwave shareholders will vote in May.', { name: 'Brightwave shareholders', country: null, mentions: ['Brightwave shareholders'] }],
  ['subject collective: critics', 'Critics said the response came too late.', { name: 'Critics', country: null, mentions: ['Critics'] }],
  ['subject collective: forecasters', 'Forecasters warned of more rain by Friday.', { name: 'Forecasters', country: null, mentions: ['Forecasters'] }],
  ['subject collective before a preposition', 'Protesters outside the court chanted slogans.', { name: 'Protesters', country: null, mentions: ['Protesters'] }],
  ['financial centre as a group', 'Wall Street cheered the results on Thursday.', { name: 'Wall Street', country: 'US', mentions: ['Wall Street'] }],
];

describe('actors: collectives', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    expect(actor).toMatchObject({ kind: 'group', country: expected.country });
    expect(actor!.mentions.map((m) => m.text)).toEqual(expected.mentions);
    for (const m of actor!.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps groups of different organisations apart', () => {
    const actors = findActors(documentOf('On Monday the Nato leaders met. Later EU leaders met too.'));
    expect(actors.filter((a) => a.kind === 'group').map((a) => a.name)).toEqual(['Nato leaders', 'EU leaders']);
  });
});
