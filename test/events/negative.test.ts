import { describe, expect, it } from 'vitest';
import { eventsStage } from '../../src/events/index.js';
import { documentOf } from '../support/document.js';
import { factsOf, readable, type FactsSpec, type ReadableEvent } from './facts.js';

function eventsOf(text: string, spec: FactsSpec = {}): ReadableEvent[] {
  const document = documentOf(text);
  const facts = factsOf(document, spec);
  return eventsStage.run(document, facts).events.map((e) => readable(e, facts));
}

/** [label, text, facts, a trigger (type:text) that must not be an event]. */
const NOT_EVENTS: [string, string, FactsSpec, string][] = [
  ['reported speech is no event', 'Officials said the plan was ready, the minister told reporters.', {}, 'said'],
  ['"told" is no event', 'The minister told reporters the plan was ready.', {}, 'told'],
  ['a trigger word inside a name', 'The Strike Force Command moved north.', {}, 'Strike'],
  ['a trigger word describing people at a sentence start', 'Rescue workers were still pulling bodies from the mud.', {}, 'Rescue'],
  ['a trigger word describing people after a dateline', 'DERNA, Libya — Rescue workers pulled bodies from the sea on Thursday.', {}, 'Rescue'],
  ['a trigger word inside an actor mention', 'Members of the Attack group left.', { actors: [{ name: 'Attack group', kind: 'group' }] }, 'Attack'],
  ['talks covered by met in the same clause', 'The ministers met for talks in Rome.', {}, 'talks'],
  ['a participle modifying a noun', 'Ukraine accepted the proposed truce.', {}, 'proposed'],
  ['an adverb + participle modifying a noun', 'They set up a commission to exchange seriously wounded troops.', {}, 'wounded'],
  ['a participle describing an object', 'The sides agreed to swap the bodies of soldiers killed in action.', {}, 'killed'],
  ['a consequence is the attack\'s toll', 'Troops shelled the town, killing three people.', { quantities: [{ text: 'three', value: 3 }] }, 'killing'],
  ['a relative clause retells the raid', 'The raid, which struck three bases, was planned for months.', {}, 'struck'],
  ['"go down in history" downs nothing', 'He called it an operation that would go down in history.', {}, 'down'],
  ['a hazard\'s consequence participle is no attack', 'Wildfires tore through the hills on Monday, killing four people.', {}, 'killing'],
  ['a hazard\'s second participle is no attack', 'A mudslide hit a group of hikers, killing two and injuring five others.', {}, 'injuring'],
  ['"fired" a chief executive', 'The board fired the chief executive on Friday.', {}, 'fired'],
  ['"hosting" bombers is no meeting', 'Ukraine struck air bases hosting strategic bombers.', {}, 'hosting'],
  ['"March" the month is no protest', 'In March, prices rose sharply.', {}, 'March'],
  ['"sent" a letter is no aid', 'The mayor sent a letter to residents.', {}, 'sent'],
  ['"set up" a website is no cooperation', 'The company set up a website for customers.', {}, 'set up'],
  ['"deal with" is no agreement', 'The ministry will deal with the backlog.', {}, 'deal'],
  ['a memo is no proposal by itself', 'The memo was not made public.', {}, 'memo'],
  ['"lifted sanctions" is one event', 'Washington lifted sanctions on the country.', {}, 'sanctions'],
  ['"the discussion" retells the talks', 'The two sides met for talks in Geneva, but the discussion lasted barely an hour.', {}, 'discussion'],
  ['"the meeting" retells the visit\'s talks', 'The envoys held talks in Doha on Monday, and the meeting ended without a statement.', {}, 'meeting'],
  ['hail is weather, not praise', 'Hail and strong winds battered the coast on Sunday.', {}, 'Hail'],
  ['"striking a pact" hits no one', 'The leader accused the two parties of striking a cynical pact.', {}, 'striking'],
  ['"struck a deal" hits no one', 'The carmaker struck a deal with the union on Friday.', {}, 'struck'],
  ['an act one is shielded from is no act', 'The court said former presidents have immunity from criminal prosecution.', {}, 'prosecution'],
  ['an act one is kept from is no act', 'The law protects journalists from arrest.', {}, 'arrest'],
];

describe('events stage: not events', () => {
  it.each(NOT_EVENTS)('%s', (_label, text, spec, trigger) => {
    const texts = eventsOf(text, spec).map((e) => e.text);
    expect(texts).not.toContain(trigger);
  });

  it('finds nothing in a sentence without triggers', () => {
    expect(eventsOf('The weather in Kyiv was mild and sunny.')).toEqual([]);
  });
});

/** [label, text, facts, the field of the only (first) event that must stay empty]. */
const NOT_ATTACHED: [string, string, FactsSpec, keyof ReadableEvent, unknown][] = [
  ['a credit takes part in no event', 'Police arrested a man in Paris (John Smith/AP)',
    { actors: [{ name: 'John Smith', kind: 'person', credit: true }], locations: [{ name: 'Paris' }] }, 'participants', []],
  ['a speaker is no participant', 'Regional officials said the army shelled the town.',
    { actors: [{ name: 'Regional officials', kind: 'group' }] }, 'participants', []],
  ['a duration is no date', 'The talks lasted two hours.', { dates: [{ text: 'two hours', value: 'PT2H', kind: 'duration' }] }, 'date', null],
  ['the date of the report is not the date of the attack', 'Troops shelled the town, officials said on Monday.',
    { dates: [{ text: 'Monday', value: '2025-06-02' }] }, 'date', null],
  ['"since" a year starts a period, it dates nothing', 'It was the largest strike since 2022.', { dates: [{ text: '2022', value: '2022' }] }, 'date', null],
  ['a count of places is where, not the toll', 'Air defences downed drones over eight regions.', { quantities: [{ text: 'eight', value: 8, unit: 'region' }] }, 'quantities', []],
  ['a measure is no toll', 'Fighting continued along the 620-mile front line.', { quantities: [{ text: '620-mile', value: 620, unit: 'mile', kind: 'measure' }] }, 'quantities', []],
  ['a sentence without a date gives none', 'Russian forces shelled the town.', {}, 'date', null],
  ['no "not" no negation', 'The sides agreed to a truce.', {}, 'negated', false],
  ['a place in the previous event\'s clause is not this one\'s', 'The talks in Turkey came a day after attacks by both sides.',
    { locations: [{ name: 'Turkey', kind: 'country' }] }, 'location', 'Turkey'],
];

describe('events stage: not attached', () => {
  it.each(NOT_ATTACHED)('%s', (_label, text, spec, field, empty) => {
    const [first] = eventsOf(text, spec);
    expect(first).toBeDefined();
    expect(first![field]).toEqual(empty);
  });

  it('attacks after talks do not take the talks\' place', () => {
    const events = eventsOf('The talks in Turkey came a day after attacks by both sides.', { locations: [{ name: 'Turkey', kind: 'country' }] });
    expect(events.map((e) => [e.type, e.location])).toEqual([['CONSULT', 'Turkey'], ['ASSAULT', null]]);
  });
});

/** [label, text, facts, the trigger whose participants are checked, a participant (name:role) it must not have]. */
const NOT_PARTICIPANTS: [string, string, FactsSpec, string, string][] = [
  ['a nationality on people arrested is no state acted on', 'France protested. Police arrested two French nationals.',
    { actors: [{ name: 'France' }, { name: 'Police', kind: 'organization' }] }, 'arrested', 'France:target'],
  ['a reporter\'s possessive state takes no part', 'Spain protested. Troops shelled the town, Spain’s army said.',
    { actors: [{ name: 'Spain' }, { name: 'Spain’s army', kind: 'organization' }] }, 'shelled', 'Spain:target'],
  ['a nationality before a title is the person\'s, not a target', 'France protested. Spain attacked the convoy of French President Jean Roux.',
    { actors: [{ name: 'France' }, { name: 'Spain' }] }, 'attacked', 'France:target'],
  ['"both sides" without two opposing states names no one', 'Spain and France ended the talks. Both sides signed a deal.',
    { actors: [{ name: 'Spain' }, { name: 'France' }] }, 'signed', 'Spain:participant'],
  ['"she" with no person in the sentence before stays unresolved', 'The storm passed. She rejected the plan.',
    { actors: [{ name: 'Ann Lee', kind: 'person', mentions: [] }] }, 'rejected', 'Ann Lee:source'],
  ['"she" does not reach back two sentences', 'Ann Lee spoke. The storm passed. She rejected the plan.',
    { actors: [{ name: 'Ann Lee', kind: 'person' }] }, 'rejected', 'Ann Lee:source'],
  ['"two other countries" are not the two sides', 'Spain attacked France. Two other countries condemned the attack.',
    { actors: [{ name: 'Spain' }, { name: 'France' }] }, 'condemned', 'Spain:source'],
  ['the owner of terms is no target of the proposal', 'Spain presented a memo listing France\'s demands for a ceasefire.',
    { actors: [{ name: 'Spain' }, { name: 'France' }] }, 'presented', 'France:target'],
  ['the owner of a position is no source of the talks', 'Officials met to discuss Germany\'s position on the tariffs.',
    { actors: [{ name: 'Officials', kind: 'group' }, { name: 'Germany' }] }, 'met', 'Germany:participant'],
  ['"both sides" before a clause with its own subject does not make that subject a participant',
    'Spain attacked France. Raids by both sides continued, with Spain launching an assault on French ports.',
    { actors: [{ name: 'Spain', mentions: ['Spain', { text: 'Spain', occurrence: 2 }] }, { name: 'France' }] }, 'assault', 'Spain:participant'],
  ['a by-phrase on the object is not the agent', 'Air defences downed drones launched by Spain.',
    { actors: [{ name: 'Spain' }] }, 'downed', 'Spain:source'],
];

describe('events stage: not participants', () => {
  it.each(NOT_PARTICIPANTS)('%s', (_label, text, spec, trigger, participant) => {
    const event = eventsOf(text, spec).find((e) => e.text === trigger);
    expect(event).toBeDefined();
    expect(event!.participants).not.toContain(participant);
  });
});
