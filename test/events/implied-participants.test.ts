import { describe, expect, it } from 'vitest';
import { eventsStage } from '../../src/events/index.js';
import { documentOf } from '../support/document.js';
import { factsOf, readable, type FactsSpec, type ReadableEvent } from './facts.js';

type Case = [label: string, text: string, facts: FactsSpec, expected: Partial<ReadableEvent>[]];

const FR = { name: 'France' };
const DE = { name: 'Germany' };
const ES = { name: 'Spain' };

/** Participants the text names without a name: nationality words, possessives, pronouns, "both sides". */
const CASES: Case[] = [
  // A consequence told after a date is still the attack's toll.
  ['consequence after a date folds into the attack', 'Rebel forces shelled the northern Lanna district on Tuesday, killing four people, local officials said.',
    { actors: [{ name: 'Rebel forces', kind: 'group' }], dates: [{ text: 'Tuesday', value: '2025-05-27' }], quantities: [{ text: 'four', value: 4, unit: 'person' }] },
    [{ type: 'ASSAULT', text: 'shelled', participants: ['Rebel forces:source'], date: '2025-05-27', quantities: ['four'] }]],
  // Nationality adjectives and possessives on what was hit.
  ['demonym on the object is the target', 'Germany launched a missile strike on French fuel depots. France was silent.', { actors: [DE, FR] },
    [{ type: 'ASSAULT', text: 'strike', participants: ['Germany:source', 'France:target'] }]],
  ['possessive country on the object is the target', 'Spanish troops shelled France\'s southern border towns.', { actors: [{ name: 'Spanish troops', kind: 'group' }, FR] },
    [{ type: 'ASSAULT', text: 'shelled', participants: ['Spanish troops:source', 'France:target'] }]],
  ['an attack on a state happens there when it is a place', 'Germany fired missiles at France.',
    { actors: [DE, FR], locations: [{ name: 'France', kind: 'country', mentions: [{ text: 'France', occurrence: 1 }] }] },
    [{ type: 'ASSAULT', text: 'fired', participants: ['Germany:source', 'France:target'], location: 'France' }]],
  ['whose drones were downed: by-phrase of a participle on the object', 'French air defences downed 30 drones launched by Germany.',
    { actors: [{ name: 'French air defences', kind: 'group' }, DE], quantities: [{ text: '30', unit: 'drone' }] },
    [{ type: 'INTERCEPT', text: 'downed', participants: ['French air defences:source', 'Germany:target'], quantities: ['30'] }]],
  ['passive with an adverb takes its by-agent as source', 'The border guard was badly wounded by Spanish soldiers.',
    { actors: [{ name: 'border guard', kind: 'person' }, { name: 'Spanish soldiers', kind: 'group' }] },
    [{ type: 'ASSAULT', text: 'wounded', participants: ['Spanish soldiers:source', 'border guard:target'] }]],
  // Pronouns.
  ['"she" is the subject of the sentence before', 'Judge Anna Berg ruled on Friday. She rejected the company\'s appeal.',
    { actors: [{ name: 'Anna Berg', kind: 'person' }] },
    [{ type: 'REJECT', text: 'rejected', participants: ['Anna Berg:source'] }]],
  ['"he" is the person named before it in the sentence', 'Prime Minister Tom Vale said he would resign.', { actors: [{ name: 'Tom Vale', kind: 'person' }] },
    [{ type: 'CONCEDE', text: 'resign', participants: ['Tom Vale:source'] }]],
  ['"him" as object is the person named before it', 'The mayor telephoned Carl Ode to congratulate him.', { actors: [{ name: 'Carl Ode', kind: 'person' }] },
    [{ type: 'CONSULT', text: 'telephoned' }, { type: 'SUPPORT', text: 'congratulate', participants: ['Carl Ode:target'] }]],
  // Both sides.
  ['"both sides" are the two opposing states', 'Spain fired rockets at France on Monday. Fighting continued and both sides have hit each other\'s towns.',
    { actors: [ES, FR] },
    [{ type: 'ASSAULT', text: 'fired', participants: ['Spain:source', 'France:target'] },
      { type: 'ASSAULT', text: 'Fighting', participants: ['Spain:participant', 'France:participant'] },
      { type: 'ASSAULT', text: 'hit', participants: ['France:participant', 'Spain:participant'] }]],
  ['"the delegations" are the two sides in talks', 'Spain shelled French villages, France said. The delegations agreed to swap prisoners.',
    { actors: [ES, FR] },
    [{ type: 'ASSAULT', text: 'shelled', participants: ['Spain:source', 'France:target'] },
      { type: 'AGREE', text: 'agreed', participants: ['Spain:participant', 'France:participant'] }]],
  ['talks with no one named are between the two sides', 'Spain attacked France in May. The talks in Geneva lasted an hour.',
    { actors: [ES, FR], locations: [{ name: 'Geneva' }] },
    [{ type: 'ASSAULT', text: 'attacked', participants: ['Spain:source', 'France:target'] },
      { type: 'CONSULT', text: 'talks', participants: ['Spain:participant', 'France:participant'], location: 'Geneva' }]],
  ['an attack by one side is on the other', 'Spain attacked France in May. Spain\'s invasion began at dawn.',
    { actors: [{ name: 'Spain', mentions: ['Spain', { text: 'Spain', occurrence: 2 }] }, FR] },
    [{ type: 'ASSAULT', text: 'attacked' }, { type: 'ASSAULT', text: 'invasion', participants: ['Spain:source', 'France:target'] }]],
  // Possessors: who owns a thing is acted on only when the thing is a place, body or force, or the event answers it.
  ['the owner of terms set out in a plan is not its target', 'Spain tabled a plan setting out Madrid\'s terms for a truce.',
    { actors: [{ name: 'Spain', mentions: ['Spain', 'Madrid'] }] },
    [{ type: 'PROPOSE', text: 'tabled', participants: ['Spain:source'] }]],
  ['a possessive on the trigger noun itself is its source', 'Germany\'s proposal was published on Monday.', { actors: [DE] },
    [{ type: 'PROPOSE', text: 'proposal', participants: ['Germany:source'] }]],
  ['rejecting someone\'s plan rejects its owner', 'France rejected Germany\'s peace plan on Monday.', { actors: [FR, DE] },
    [{ type: 'REJECT', text: 'rejected', participants: ['France:source', 'Germany:target'] }]],
  ['a possessive state before a place it owns is still the target', 'Spanish troops shelled France\'s northern border region.',
    { actors: [{ name: 'Spanish troops', kind: 'group' }, FR] },
    [{ type: 'ASSAULT', text: 'shelled', participants: ['Spanish troops:source', 'France:target'] }]],
  ['the two sides launching an attack on each other after "both sides" keep their roles',
    'Spain attacked France in May. Raids by both sides went on, with France launching a missile strike on Spanish ports.',
    { actors: [ES, { name: 'France', mentions: ['France', { text: 'France', occurrence: 2 }] }] },
    [{ type: 'ASSAULT', text: 'attacked' }, { type: 'ASSAULT', text: 'Raids', participants: ['Spain:participant', 'France:participant'] },
      { type: 'ASSAULT', text: 'strike', participants: ['Spain:target', 'France:source'] }]],
];

describe('events stage: implied participants', () => {
  it.each(CASES)('%s', (_label, text, spec, expected) => {
    const document = documentOf(text);
    const facts = factsOf(document, spec);
    const got = eventsStage.run(document, facts).events.map((e) => readable(e, facts));
    const shown = `${text}\n${JSON.stringify(got, null, 1)}`;
    expect(got.map((e) => `${e.type}:${e.text}`), shown).toEqual(expected.map((e) => `${e.type}:${e.text}`));
    expected.forEach((want, i) => expect(got[i], shown).toMatchObject(want));
  });
});
