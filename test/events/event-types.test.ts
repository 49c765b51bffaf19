import { describe, expect, it } from 'vitest';
import { eventsStage } from '../../src/events/index.js';
import { documentOf } from '../support/document.js';
import { factsOf } from './facts.js';

/** [text, trigger text, the type its event must have]. Decided by the words around the trigger, not by actors. */
const TYPED: [string, string, string][] = [
  // praise, a judge's dissent and discussions
  ['The governor hailed the ruling as a victory for voters.', 'hailed', 'SUPPORT'],
  ['In a dissent joined by two colleagues, the judge warned of the consequences.', 'dissent', 'DISAPPROVE'],
  ['Three justices dissented from the ruling.', 'dissented', 'DISAPPROVE'],
  ['The minister held discussions with union leaders on Tuesday.', 'discussions', 'CONSULT'],
  // a strike by a workforce is a protest
  ['Hospital nurses went on strike on Monday.', 'went on strike', 'PROTEST'],
  ['Cleaners at the airport remain on strike.', 'strike', 'PROTEST'],
  ['The teachers union has struck twice this year.', 'struck', 'PROTEST'],
  ['A strike by 3,000 bus drivers shut the city.', 'strike', 'PROTEST'],
  ['The dockers\' strike entered its second week.', 'strike', 'PROTEST'],
  ['Rail workers staged a strike over pay.', 'strike', 'PROTEST'],
  ['The union called strikes over pensions.', 'strikes', 'PROTEST'],
  ['Staff plan to walk off the job in a strike that could last a week.', 'walk off the job', 'PROTEST'],
  // a military strike stays an attack
  ['A drone strike hit the depot overnight.', 'strike', 'ASSAULT'],
  ['The army said its jets struck the bridge.', 'struck', 'ASSAULT'],
  ['A missile strike on the port killed three aid workers.', 'strike', 'ASSAULT'],
  ['Israel has not said it carried out that strike.', 'strike', 'ASSAULT'],
  // a truce that takes effect or is extended: RETREAT (ceasefire)
  ['A three-day ceasefire between the rebels and the army took effect at noon.', 'ceasefire', 'RETREAT'],
  ['The truce came into force on Sunday.', 'truce', 'RETREAT'],
  ['The lull could be extended if more captives are freed.', 'extended', 'RETREAT'],
  // freeing captives is a concession
  ['The militia released 12 captives on Friday.', 'released', 'CONCEDE'],
  // the same words in the sense of an act
  ['All 20 members have signed up to the new code.', 'signed', 'AGREE'],
  ['The tycoon spent $5 million backing her campaign.', 'backing', 'SUPPORT'],
];

describe('events stage: types decided by context', () => {
  it.each(TYPED)('%s -> %s is %s', (text, trigger, type) => {
    const document = documentOf(text);
    const events = eventsStage.run(document, factsOf(document, {})).events;
    const found = events.find((e) => e.text === trigger);
    expect(found, JSON.stringify(events.map((e) => `${e.type}:${e.text}`))).toBeDefined();
    expect(found!.type).toBe(type);
    expect(document.text.slice(found!.start, found!.end)).toBe(trigger);
  });
});

/** [text, a trigger text that must yield no event]. */
const NO_EVENT: [string, string][] = [
  // a truce only proposed or rejected is told by that verb
  ['The government rejected the proposed ceasefire.', 'ceasefire'],
  ['Envoys pressed for a truce in the north.', 'truce'],
  // senses that name no act
  ['Customers could sign up online in a minute.', 'sign'],
  ['The storm slammed into the coast overnight.', 'slammed'],
  ['Defending against the rockets cost millions.', 'Defending'],
  ['The goal was meant to be met by 2030.', 'met'],
  ['Officials hope to reach the 3% target next year.', 'target'],
  ['The bank held rates for the fifth meeting in a row.', 'meeting'],
  ['Members said their future lies in the alliance.', 'alliance'],
  ['Factories could not keep up with demand.', 'demand'],
];

describe('events stage: words in senses that name no act', () => {
  it.each(NO_EVENT)('%s (not %s)', (text, trigger) => {
    const document = documentOf(text);
    const events = eventsStage.run(document, factsOf(document, {})).events;
    expect(events.filter((e) => e.text === trigger).map((e) => e.type)).toEqual([]);
  });

  it('a newly formed alliance is still an act', () => {
    const document = documentOf('The two parties formed an alliance before the vote.');
    const events = eventsStage.run(document, factsOf(document, {})).events;
    expect(events.map((e) => `${e.type}:${e.text}`)).toContain('COOPERATE:alliance');
  });
});
