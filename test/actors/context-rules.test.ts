import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, name, expected fields, mention texts] */
const cases: Array<[string, string, string, { kind: string; country: string | null }, string[]]> = [
  ['country: relative clause names a national body', 'Deputy minister Olena Marchuk, who headed the Ukrainian team, said talks would resume.', 'Olena Marchuk', { kind: 'person', country: 'UA' }, ['Olena Marchuk']],
  ['country: relative clause with a country possessive', 'Talks stalled, said Pavel Orlov, who represents Poland’s delegation abroad.', 'Pavel Orlov', { kind: 'person', country: 'PL' }, ['Pavel Orlov']],
  ['country: title owned by a person of known country', 'French President Emmanuel Macron spoke first. The plan was drafted by Claire Dubois, chief of Mr Macron’s staff.', 'Claire Dubois', { kind: 'person', country: 'FR' }, ['Claire Dubois']],
  ['country: the country’s title after a head of state', 'Judges summoned Chinese President Xi Jinping and the country’s minister for ethnic affairs, Pan Yue, last year.', 'Pan Yue', { kind: 'person', country: 'CN' }, ['Pan Yue']],
  ['country: the nation’s title after a state', 'Canada said on Friday that the nation’s envoy for refugees, Marie Gagnon, would travel.', 'Marie Gagnon', { kind: 'person', country: 'CA' }, ['Marie Gagnon']],
  ['party: capitalised run before seats', 'In March, Civic Forward won 12 seats in the assembly.', 'Civic Forward', { kind: 'organization', country: null }, ['Civic Forward']],
  ['party: run before leader, other mentions join it', 'The vote split the country. Voters backed National Renewal, whose National Renewal leader spoke late. Later, National Renewal conceded nothing.', 'National Renewal', { kind: 'organization', country: null }, ['National Renewal', 'National Renewal', 'National Renewal']],
  ['party: name with a connector', 'Polls show Movement for Change party gaining ground.', 'Movement for Change', { kind: 'organization', country: null }, ['Movement for Change']],
  ['party: bare Labour next to party words', 'Turnout fell, and Labour won 300 seats across the country.', 'Labour', { kind: 'organization', country: null }, ['Labour']],
  ['party: the Greens before votes', 'In the capital the Greens took votes from the left.', 'Greens', { kind: 'organization', country: null }, ['Greens']],
  ['party: country from a country in its name', 'In March, Future for Norway won 20 seats.', 'Future for Norway', { kind: 'organization', country: 'NO' }, ['Future for Norway']],
  ['party: country from the state the sentence names first', 'In Chile, voters backed the Broad Front party.', 'Broad Front', { kind: 'organization', country: 'CL' }, ['Broad Front']],
  ['party: a possessive inside the name', 'Across the region, the Danish People’s Party won 16 seats.', 'Danish People’s Party', { kind: 'organization', country: 'DK' }, ['Danish People’s Party']],
  ['armed forces: the military, country in the sentence', 'Several Iranian commentators blamed the military for the delay.', 'military', { kind: 'organization', country: 'IR' }, ['military']],
  ['armed forces: the army, country in the previous sentence', 'Sudan’s capital was shelled again. Residents said the army had withdrawn.', 'army', { kind: 'organization', country: 'SD' }, ['army']],
  ['armed forces: the navy', 'Japan sent ships after the navy reported a collision.', 'navy', { kind: 'organization', country: 'JP' }, ['navy']],
];

describe('actors: context rules', () => {
  it.each(cases)('%s', (_label, text, name, fields, mentions) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === name);
    expect(actor, JSON.stringify(actors.map((a) => [a.name, a.kind, a.country]))).toMatchObject(fields);
    expect(actor!.mentions.map((m) => m.text)).toEqual(mentions);
    for (const m of actor!.mentions) {
      expect(document.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toBe(document.sentenceAt(m.start));
    }
  });
});
