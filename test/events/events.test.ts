import { describe, expect, it } from 'vitest';
import { eventsStage } from '../../src/events/index.js';
import { documentOf } from '../support/document.js';
import { factsOf, readable, type FactsSpec, type ReadableEvent } from './facts.js';

type Case = [label: string, text: string, facts: FactsSpec, expected: Partial<ReadableEvent>[]];

const RU = { name: 'Russia' };
const UA = { name: 'Ukraine' };

/** One row per happening; every event the stage returns must be listed, and only the fields a row names are compared. */
const CASES: Case[] = [
  // CONSULT
  ['consult: met, talks in the same clause are one event', 'Delegations from Russia and Ukraine met in Istanbul on Monday for peace talks.',
    { actors: [RU, UA], dates: [{ text: 'Monday', value: '2025-06-02' }], locations: [{ name: 'Istanbul' }] },
    [{ type: 'CONSULT', text: 'met', participants: ['Russia:participant', 'Ukraine:participant'], date: '2025-06-02', location: 'Istanbul', context: 'reported' }]],
  ['consult: talks as subject', 'The talks in Turkey lasted barely an hour.', { locations: [{ name: 'Turkey', kind: 'country' }] },
    [{ type: 'CONSULT', text: 'talks', location: 'Turkey', participants: [] }]],
  ['consult: previous talks are historical', 'The previous talks on May 16 in Istanbul were the first direct negotiations.',
    { dates: [{ text: 'May 16', value: '2025-05-16' }], locations: [{ name: 'Istanbul' }] },
    [{ type: 'CONSULT', text: 'talks', date: '2025-05-16', location: 'Istanbul', context: 'historical' }]],
  ['consult: meeting with', 'The prime minister met Emmanuel Macron in Paris.', { actors: [{ name: 'Emmanuel Macron', kind: 'person' }], locations: [{ name: 'Paris' }] },
    [{ type: 'CONSULT', text: 'met', participants: ['Emmanuel Macron:target'], location: 'Paris' }]],
  ['consult: summit is future with will', 'Leaders of the bloc will hold a summit in Brussels next week.', { locations: [{ name: 'Brussels' }] },
    [{ type: 'CONSULT', text: 'summit', location: 'Brussels', context: 'future' }]],
  // AGREE
  ['agree: agreed to swap, and set up', 'The delegations agreed to swap the bodies of 6,000 soldiers and set up a commission to exchange wounded troops.',
    { actors: [{ name: 'delegations', kind: 'group' }], quantities: [{ text: '6,000', unit: 'soldier' }] },
    [{ type: 'AGREE', text: 'agreed', participants: ['delegations:participant'], quantities: ['6,000'], context: 'reported' },
      { type: 'EXCHANGE', text: 'swap', participants: ['delegations:participant'], quantities: ['6,000'], context: 'future' },
      { type: 'COOPERATE', text: 'set up', participants: ['delegations:participant'], context: 'future' },
      { type: 'EXCHANGE', text: 'exchange', context: 'future' }]],
  ['agree: accepted with a single side is its source', 'Ukraine accepted the proposed truce, but the Kremlin effectively rejected it.',
    { actors: [UA, { name: 'Kremlin', kind: 'organization' }] },
    [{ type: 'AGREE', text: 'accepted', participants: ['Ukraine:source'] }, { type: 'REJECT', text: 'rejected', participants: ['Kremlin:source'] }]],
  ['agree: a deal signed by two companies', 'Acme and Globex signed a deal worth $3 billion on Tuesday.',
    { actors: [{ name: 'Acme', kind: 'organization' }, { name: 'Globex', kind: 'organization' }], dates: [{ text: 'Tuesday', value: '2025-05-27' }],
      quantities: [{ text: '$3 billion', value: 3e9, unit: 'USD', kind: 'money' }] },
    [{ type: 'AGREE', text: 'signed', participants: ['Acme:participant', 'Globex:participant'], quantities: ['$3 billion'], date: '2025-05-27' }]],
  ['agree: no progress is negated', 'The talks produced no progress.', {},
    [{ type: 'CONSULT', text: 'talks' }, { type: 'AGREE', text: 'progress', negated: true }]],
  // SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
  ['support: backed', 'The prime minister backed the proposal in parliament.', {}, [{ type: 'SUPPORT', text: 'backed' }, { type: 'PROPOSE', text: 'proposal', context: 'reported' }]],
  ['concede: released prisoners', 'The government released 300 prisoners as a goodwill gesture.',
    { actors: [{ name: 'government', kind: 'organization' }], quantities: [{ text: '300', unit: 'prisoner' }] },
    [{ type: 'CONCEDE', text: 'released', participants: ['government:source'], quantities: ['300'] }]],
  ['concede: a release being prepared is future', 'Mr Smith said a new release of prisoners was being prepared.', { actors: [{ name: 'Mr Smith', kind: 'person' }] },
    [{ type: 'CONCEDE', text: 'release', participants: [], context: 'future' }]],
  ['concede: lifting sanctions', 'Washington lifted sanctions on the country.', { actors: [{ name: 'Washington' }] },
    [{ type: 'CONCEDE', text: 'lifted', participants: ['Washington:source'] }]],
  ['cooperate: set up a joint commission', 'The two agencies set up a joint commission on missing persons.', { actors: [{ name: 'two agencies', kind: 'group' }] },
    [{ type: 'COOPERATE', text: 'set up', participants: ['two agencies:participant'] }]],
  ['aid: sent supplies', 'The EU sent 40 tonnes of medical supplies to the flooded region.',
    { actors: [{ name: 'EU', kind: 'organization' }], quantities: [{ text: '40 tonnes', unit: 'tonne', kind: 'measure' }] },
    [{ type: 'AID', text: 'sent', participants: ['EU:source'], quantities: [] }]],
  ['retreat: withdrew overnight', 'Troops withdrew from the village of Krasne overnight.',
    { dates: [{ text: 'overnight', value: '2025-06-01TNI' }], locations: [{ name: 'Krasne' }] },
    [{ type: 'RETREAT', text: 'withdrew', date: '2025-06-01TNI', location: 'Krasne' }]],
  ['retreat: caused by an earlier strike keeps its context', 'Ukraine has occasionally struck air bases since early in the war, prompting Moscow to redeploy its bombers.',
    { actors: [UA, { name: 'Russia', mentions: ['Moscow'] }] },
    [{ type: 'ASSAULT', text: 'struck', participants: ['Ukraine:source'], context: 'historical' },
      { type: 'RETREAT', text: 'redeploy', participants: ['Russia:source'], context: 'historical' }]],
  // INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN
  ['investigate: opened an inquiry', 'Prosecutors opened an inquiry into the collapse.', { actors: [{ name: 'Prosecutors', kind: 'group' }] },
    [{ type: 'INVESTIGATE', text: 'inquiry', participants: ['Prosecutors:source'] }]],
  ['demand: demanded a pay rise', 'The union demanded a 10% pay rise.', { actors: [{ name: 'union', kind: 'organization' }], quantities: [{ text: '10%', kind: 'percent', unit: 'percent' }] },
    [{ type: 'DEMAND', text: 'demanded', participants: ['union:source'] }]],
  ['demand: called for', 'Opposition leaders called for new elections.', { actors: [{ name: 'Opposition leaders', kind: 'group' }] },
    [{ type: 'DEMAND', text: 'called for', participants: ['Opposition leaders:source'] }]],
  ['disapprove: criticised with target, previous attacks historical', 'Many bloggers criticised the military for its failure to protect the bombers despite previous attacks.',
    { actors: [{ name: 'bloggers', kind: 'group' }, { name: 'military', kind: 'organization' }] },
    [{ type: 'DISAPPROVE', text: 'criticised', participants: ['bloggers:source', 'military:target'] },
      { type: 'ASSAULT', text: 'attacks', participants: [], context: 'historical' }]],
  ['disapprove: court ruled against', 'The court ruled against the airline on Friday.', { actors: [{ name: 'court', kind: 'organization' }, { name: 'airline', kind: 'organization' }], dates: [{ text: 'Friday', value: '2025-05-30' }] },
    [{ type: 'DISAPPROVE', text: 'ruled against', participants: ['court:source', 'airline:target'], date: '2025-05-30' }]],
  ['reject: refused an offer', 'The board refused the takeover offer.', { actors: [{ name: 'board', kind: 'organization' }] },
    [{ type: 'REJECT', text: 'refused', participants: ['board:source'] }, { type: 'PROPOSE', text: 'offer' }]],
  ['threaten: threats to penalise', 'It was a reference to US threats to further penalise Russia.', { actors: [{ name: 'US' }, RU] },
    [{ type: 'THREATEN', text: 'threats', participants: ['US:source'], context: 'reported' },
      { type: 'SANCTION', text: 'penalise', participants: ['US:source', 'Russia:target'], context: 'future' }]],
  ['threaten: threatened further sanctions', 'Washington threatened further sanctions.', { actors: [{ name: 'Washington' }] },
    [{ type: 'THREATEN', text: 'threatened', participants: ['Washington:source'] }, { type: 'SANCTION', text: 'sanctions', context: 'future' }]],
  // SANCTION, PROTEST, MOBILIZE, COERCE
  ['sanction: imposed sanctions on banks, one event', 'The EU imposed new sanctions on Russian banks.', { actors: [{ name: 'EU', kind: 'organization' }] },
    [{ type: 'SANCTION', text: 'imposed', participants: ['EU:source'] }]],
  ['sanction: fined a company', 'Regulators fined the bank $2 million.', { actors: [{ name: 'Regulators', kind: 'group' }, { name: 'bank', kind: 'organization' }], quantities: [{ text: '$2 million', value: 2e6, unit: 'USD', kind: 'money' }] },
    [{ type: 'SANCTION', text: 'fined', participants: ['Regulators:source', 'bank:target'], quantities: ['$2 million'] }]],
  ['sanction: if-clause makes it hypothetical', 'If talks fail, there must be new sanctions against Russia.', { actors: [RU] },
    [{ type: 'CONSULT', text: 'talks', context: 'hypothetical' }, { type: 'SANCTION', text: 'sanctions', participants: ['Russia:target'], context: 'hypothetical' }]],
  ['protest: marched on Saturday', 'Thousands marched through the capital on Saturday.', { dates: [{ text: 'Saturday', value: '2025-05-31' }] },
    [{ type: 'PROTEST', text: 'marched', date: '2025-05-31' }]],
  ['protest: workers went on strike', 'Dock workers went on strike in Hamburg.', { locations: [{ name: 'Hamburg' }] },
    [{ type: 'PROTEST', text: 'went on strike', location: 'Hamburg' }]],
  ['mobilize: deployed troops', 'The army deployed 2,000 troops to the border.', { actors: [{ name: 'army', kind: 'organization' }], quantities: [{ text: '2,000', unit: 'troop' }] },
    [{ type: 'MOBILIZE', text: 'deployed', participants: ['army:source'], quantities: ['2,000'] }]],
  ['coerce: police arrested protesters', 'Police arrested 12 protesters outside the ministry.', { actors: [{ name: 'Police', kind: 'organization' }], quantities: [{ text: '12', unit: 'protester' }] },
    [{ type: 'COERCE', text: 'arrested', participants: ['Police:source'], quantities: ['12'] }]],
  ['coerce + accuse: arrest warrant, accusing them', 'The International Criminal Court issued an arrest warrant in 2023 for Vladimir Putin, accusing him of war crimes.',
    { actors: [{ name: 'International Criminal Court', kind: 'organization' }, { name: 'Vladimir Putin', kind: 'person' }], dates: [{ text: '2023', value: '2023' }] },
    [{ type: 'COERCE', text: 'arrest warrant', participants: ['International Criminal Court:source', 'Vladimir Putin:target'], date: '2023', context: 'historical' },
      { type: 'ACCUSE', text: 'accusing', participants: ['International Criminal Court:source', 'Vladimir Putin:target'], context: 'historical' }]],
  ['coerce: passive was detained by', 'The journalist was detained by police in Minsk.', { actors: [{ name: 'journalist', kind: 'person' }, { name: 'police', kind: 'organization' }], locations: [{ name: 'Minsk' }] },
    [{ type: 'COERCE', text: 'detained', participants: ['police:source', 'journalist:target'], location: 'Minsk' }]],
  // ASSAULT
  ['assault: shelled, killing and wounding are its toll', 'Russian forces shelled the southern Kherson region, killing three people and wounding 19 others, regional officials said on Monday.',
    { actors: [{ name: 'Russian forces', kind: 'group' }, { name: 'regional officials', kind: 'group' }], locations: [{ name: 'Kherson region', kind: 'region' }],
      quantities: [{ text: 'three', value: 3, unit: 'person' }, { text: '19', unit: 'person' }], dates: [{ text: 'Monday', value: '2025-06-02' }] },
    [{ type: 'ASSAULT', text: 'shelled', participants: ['Russian forces:source'], location: 'Kherson region', quantities: ['three', '19'], date: null }]],
  ['assault: attack on Sunday damaged or destroyed', 'Officials said a drone attack on Sunday damaged or destroyed more than 40 warplanes at air bases deep inside Russia.',
    { actors: [{ name: 'Officials', kind: 'group' }], dates: [{ text: 'Sunday', value: '2025-06-01' }], quantities: [{ text: 'more than 40', value: 40, unit: 'warplane' }],
      locations: [{ name: 'Russia', kind: 'country' }] },
    [{ type: 'ASSAULT', text: 'attack', participants: [], date: '2025-06-01', quantities: ['more than 40'], location: 'Russia' }]],
  ['assault: fired drones at a country', 'Russia on Sunday fired 472 drones at Ukraine, the air force said.',
    { actors: [RU, { name: 'air force', kind: 'organization' }, UA],
      dates: [{ text: 'Sunday', value: '2025-06-01' }], quantities: [{ text: '472', unit: 'drone' }] },
    [{ type: 'ASSAULT', text: 'fired', participants: ['Russia:source', 'Ukraine:target'], date: '2025-06-01', quantities: ['472'] }]],
  ['assault: raid with relative clause is one event; "in three time zones" is where', 'The raid, which struck in three time zones, took a year to prepare.',
    { quantities: [{ text: 'three', value: 3, unit: 'time zone' }] },
    [{ type: 'ASSAULT', text: 'raid', quantities: [] }]],
  ['assault: strike and shelling share the toll', 'A missile strike and shelling around the city of Zaporizhzhia killed five people.',
    { locations: [{ name: 'Zaporizhzhia' }], quantities: [{ text: 'five', value: 5, unit: 'person' }] },
    [{ type: 'ASSAULT', text: 'strike', location: 'Zaporizhzhia', quantities: ['five'] }, { type: 'ASSAULT', text: 'shelling', location: 'Zaporizhzhia', quantities: ['five'] }]],
  ['assault: invasion is historical by its date', 'It was the biggest attack since the invasion in 2022.', { dates: [{ text: '2022', value: '2022' }] },
    [{ type: 'ASSAULT', text: 'attack', date: null, context: 'reported' }, { type: 'ASSAULT', text: 'invasion', date: '2022', context: 'historical' }]],
  ['assault: Moscow\'s invasion has Russia as source', 'The talks were the first since the early weeks of Moscow\'s 2022 invasion.', { actors: [{ name: 'Russia', mentions: ['Moscow'] }] },
    [{ type: 'CONSULT', text: 'talks' }, { type: 'ASSAULT', text: 'invasion', participants: ['Russia:source'] }]],
  ['assault: gerund object of a preposition', 'The court accused them of abducting children.', { actors: [{ name: 'court', kind: 'organization' }] },
    [{ type: 'ACCUSE', text: 'accused', participants: ['court:source'] }, { type: 'ASSAULT', text: 'abducting' }]],
  ['assault: three killed, passive toll before the verb', 'Three people were killed in the blast.', { quantities: [{ text: 'Three', value: 3, unit: 'person' }] },
    [{ type: 'ASSAULT', text: 'killed', quantities: ['Three'] }]],
  // INTERCEPT, EXCHANGE, PROPOSE, ACCUSE
  ['intercept: downed drones over regions', 'Russian air defences downed 162 Ukrainian drones over eight Russian regions overnight.',
    { actors: [{ name: 'Russian air defences', kind: 'group' }], dates: [{ text: 'overnight', value: '2025-06-01TNI' }], quantities: [{ text: '162', unit: 'drone' }, { text: 'eight', value: 8, unit: 'region' }] },
    [{ type: 'INTERCEPT', text: 'downed', participants: ['Russian air defences:source'], quantities: ['162'], date: '2025-06-01TNI' }]],
  ['intercept: damaged drones is an interception', 'Ukrainian air defences damaged 52 out of 80 drones overnight.',
    { actors: [{ name: 'Ukrainian air defences', kind: 'group' }], quantities: [{ text: '52 out of 80', value: 52, unit: 'drone', kind: 'ratio' }] },
    [{ type: 'INTERCEPT', text: 'damaged', participants: ['Ukrainian air defences:source'], quantities: ['52 out of 80'] }]],
  ['intercept: shot down a plane', 'The army shot down a reconnaissance plane.', { actors: [{ name: 'army', kind: 'organization' }] },
    [{ type: 'INTERCEPT', text: 'shot down', participants: ['army:source'] }]],
  ['exchange: swap with 1,000 being exchanged is one event', 'The talks also led to a swap of prisoners, with 1,000 on both sides being exchanged.', { quantities: [{ text: '1,000', unit: 'prisoner' }] },
    [{ type: 'CONSULT', text: 'talks' }, { type: 'EXCHANGE', text: 'swap', quantities: ['1,000'] }]],
  ['propose: proposed further talks on a date range', 'Ukraine proposed further talks on a date between June 20 and 30, he said.',
    { actors: [UA], dates: [{ text: 'between June 20 and 30', value: '2025-06-20/2025-06-30', kind: 'range' }] },
    [{ type: 'PROPOSE', text: 'proposed', participants: ['Ukraine:source'], context: 'reported', date: null },
      { type: 'CONSULT', text: 'talks', date: '2025-06-20/2025-06-30', context: 'future' }]],
  ['propose: presented a memo', 'At the table, Russia presented a memo setting out its terms, the delegation said.', { actors: [RU, { name: 'delegation', kind: 'group' }] },
    [{ type: 'PROPOSE', text: 'presented', participants: ['Russia:source'] }]],
  ['accuse: blamed', 'The minister blamed the opposition for the crisis.', { actors: [{ name: 'minister', kind: 'person' }, { name: 'opposition', kind: 'group' }] },
    [{ type: 'ACCUSE', text: 'blamed', participants: ['minister:source', 'opposition:target'] }]],
  // Speakers, credits, negation
  ['speaker is no participant', 'Kyiv officials said Ukraine attacked Russian air bases.', { actors: [{ name: 'Kyiv officials', kind: 'group' }, UA] },
    [{ type: 'ASSAULT', text: 'attacked', participants: ['Ukraine:source'] }]],
  ['credit actor takes part in nothing', 'Police arrested a man (John Smith/AP)', { actors: [{ name: 'Police', kind: 'organization' }, { name: 'John Smith', kind: 'person', credit: true }] },
    [{ type: 'COERCE', text: 'arrested', participants: ['Police:source'] }]],
  ['negated: did not sign', 'The government did not sign the treaty.', { actors: [{ name: 'government', kind: 'organization' }] },
    [{ type: 'AGREE', text: 'sign', participants: ['government:source'], negated: true }]],
  ['negated: efforts failed', 'Efforts to push the sides into accepting a ceasefire have so far failed.', {},
    [{ type: 'AGREE', text: 'accepting', negated: true }]],
];

describe('events stage', () => {
  it.each(CASES)('%s', (_label, text, spec, expected) => {
    const document = documentOf(text);
    const facts = factsOf(document, spec);
    const { events } = eventsStage.run(document, facts);
    const got = events.map((e) => readable(e, facts));
    // On failure, print the text and the whole result, as textlint-tester does.
    const shown = `${text}\n${JSON.stringify(got, null, 1)}`;
    expect(got.map((e) => `${e.type}:${e.text}`), shown).toEqual(expected.map((e) => `${e.type}:${e.text}`));
    expected.forEach((want, i) => expect(got[i], shown).toMatchObject(want));
    for (const e of events) {
      expect(document.text.slice(e.start, e.end)).toBe(e.text);
      expect(e.sentence).toBe(document.sentenceAt(e.start));
    }
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
  });
});
