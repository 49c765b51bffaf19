import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

/**
 * A plural noun of people is a group where it names a party the story reports on, acting or acted on as a body:
 * after a verb, a preposition, "the", an owner or a "that" clause's opening, or opening a sentence as its subject.
 * [label, text, group expected: name, country, mention texts]
 */
const cases: Array<[string, string, { name: string; country: string | null; mentions: string[] }]> = [
  ['owners after an owner', 'In March, its shareholders refused to inject more money.', { name: 'shareholders', country: null, mentions: ['shareholders'] }],
  ['owners opening a "that" clause', 'The minister insisted that shareholders, not bill payers, should bear the cost.', { name: 'shareholders', country: null, mentions: ['shareholders'] }],
  ['lenders after a preposition', 'The chief executive has spent months in talks with creditors, who are owed most of the debt.', { name: 'creditors', country: null, mentions: ['creditors'] }],
  ['bondholders as object', 'The company asked bondholders to accept a haircut.', { name: 'bondholders', country: null, mentions: ['bondholders'] }],
  ['legislators in capitals after a preposition', 'The spills have hardened attitudes among MPs.', { name: 'MPs', country: null, mentions: ['MPs'] }],
  ['a party leads legislators in capitals', 'Labour MPs voted against the bill.', { name: 'Labour MPs', country: null, mentions: ['Labour MPs'] }],
  ['ministers opening a sentence', 'Ministers are not waiting for the company to fail.', { name: 'Ministers', country: null, mentions: ['Ministers'] }],
  ['the electorate in a "that" clause', 'The prime minister told supporters on Tuesday night that voters had trusted him.', { name: 'voters', country: null, mentions: ['voters'] }],
  ['strikers after "the", twice', 'The deal did not restore the pension the machinists gave up in 2014. The machinists make up a fifth of the workforce.', { name: 'machinists', country: null, mentions: ['machinists', 'machinists'] }],
  ['a political side leads parties', 'He accused the government of turning the police against opposition parties.', { name: 'opposition parties', country: null, mentions: ['opposition parties'] }],
  ['an alliance leads officials', 'Both pledged their support at a meeting on Wednesday, alliance officials said.', { name: 'alliance officials', country: null, mentions: ['alliance officials'] }],
  ['a union leads members', 'Union members picket outside the factory.', { name: 'Union members', country: null, mentions: ['Union members'] }],
  ['health officials', 'Health officials urged people to boil water.', { name: 'Health officials', country: null, mentions: ['Health officials'] }],
];

/** People of a state's political and working life take the state the text sets them in; owners and lenders do not. */
const countries: Array<[string, string, string, string | null]> = [
  ['legislators of the setting', 'Britain’s water regulator rejected the plan. The British government is ready to step in. Spills in England rose. The spills have hardened attitudes among MPs.', 'MPs', 'GB'],
  ['workers of the setting', 'The union in the United States struck on Friday. Strikes across the United States spread. Workers in Washington and the United States walked out. The deal did not restore the pension the machinists gave up.', 'machinists', 'US'],
  ['owners are no state’s', 'Britain’s water regulator rejected the plan. The British government is ready to step in. Spills in England rose. In March, its shareholders refused to pay.', 'shareholders', null],
];

describe('actors: groups of stakeholders', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    expect(actor).toMatchObject({ kind: 'group', country: expected.country });
    expect(actor!.mentions.map((m) => m.text)).toEqual(expected.mentions);
    for (const m of actor!.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(countries)('country: %s', (_label, text, name, country) => {
    const actor = findActors(documentOf(text)).find((a) => a.name === name);
    expect(actor, text).toBeDefined();
    expect(actor!.country).toBe(country);
  });
});
