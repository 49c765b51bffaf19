import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import type { ActorKind } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';

type Expected = { name: string; kind: ActorKind; mentions: string[]; country?: string | null };

/** [label, text, expected actor: name, kind, mention texts (each checked against its offsets)] */
const cases: Array<[string, string, Expected]> = [
  // Institutions name their remit as a list of common nouns joined by "and" or commas.
  ['"and" before an organisation head', 'Regulators at the Food and Drug Administration approved the drug.', { name: 'Food and Drug Administration', kind: 'organization', mentions: ['Food and Drug Administration'] }],
  ['"and" after an institution opener', 'Mediators from the Federal Arbitration and Settlement Service met both sides.', { name: 'Federal Arbitration and Settlement Service', kind: 'organization', mentions: ['Federal Arbitration and Settlement Service'] }],
  ['"and" inside an of-tail', 'Members of the Association of Nurses and Midwives voted to strike.', { name: 'Association of Nurses and Midwives', kind: 'organization', mentions: ['Association of Nurses and Midwives'] }],
  ['comma list inside a for-tail', 'Officials at the Department for Culture, Media and Sport declined to comment.', { name: 'Department for Culture, Media and Sport', kind: 'organization', mentions: ['Department for Culture, Media and Sport'] }],
  ['union branch number', 'Members of the Union of Bakers District 12 walked out on Friday.', { name: 'Union of Bakers District 12', kind: 'organization', mentions: ['Union of Bakers District 12'] }],
  ['government of + name', 'Talks with the Government of National Salvation stalled.', { name: 'Government of National Salvation', kind: 'organization', mentions: ['Government of National Salvation'] }],
  ['bracketed party qualifier', 'The Communist Party of India (Marxist) won four seats.', { name: 'Communist Party of India (Marxist)', kind: 'organization', mentions: ['Communist Party of India (Marxist)'] }],
  ['bracketed qualifier without a head', 'In the state, the Kisan Dal (Secular) won two seats.', { name: 'Kisan Dal (Secular)', kind: 'organization', mentions: ['Kisan Dal (Secular)'] }],
  ['words before "of" stand for the full name', 'The Electoral Board of Ruritania counted the votes. Turnout was 61%, the Electoral Board said.', { name: 'Electoral Board of Ruritania', kind: 'organization', mentions: ['Electoral Board of Ruritania', 'Electoral Board'] }],
  // Organisations by their last word or their first.
  ['water company', 'Northvale Water warned of a hosepipe ban.', { name: 'Northvale Water', kind: 'organization', mentions: ['Northvale Water'] }],
  ['rating agency', 'Keystone Ratings cut the outlook to negative.', { name: 'Keystone Ratings', kind: 'organization', mentions: ['Keystone Ratings'] }],
  ['acronym-led company', 'KB Harwell estimates that margins will shrink.', { name: 'KB Harwell', kind: 'organization', mentions: ['KB Harwell'] }],
  ['company named with a possessive', "The bank's rating was cut to junk by Moody's on Friday.", { name: "Moody's", kind: 'organization', mentions: ["Moody's"] }],
  ['possessive company opening a sentence', "Moody's cut the bank's rating to junk.", { name: "Moody's", kind: 'organization', mentions: ["Moody's"] }],
  ['UK regulator by one word', 'Ofwat said bills could rise by a fifth.', { name: 'Ofwat', kind: 'organization', mentions: ['Ofwat'] }],
  ['country acronym before bloc', 'Leaders of the opposition BRAZIL alliance met on Monday.', { name: 'BRAZIL alliance', kind: 'organization', mentions: ['BRAZIL alliance'] }],
  // People by the evidence around an unknown name.
  ['initial before the name', 'The deal favours two veterans: K. Ramaswamy Iyer, whose party won nine seats.', { name: 'K. Ramaswamy Iyer', kind: 'person', mentions: ['K. Ramaswamy Iyer'] }],
  ['appositive minister', 'Tarek Benslimane, the regional water minister, said 300 homes were lost.', { name: 'Tarek Benslimane', kind: 'person', mentions: ['Tarek Benslimane'] }],
  ['appositive role noun', 'A study by Ilham Qasimova, a geologist at the institute, warned of cracks.', { name: 'Ilham Qasimova', kind: 'person', mentions: ['Ilham Qasimova'] }],
  ['later honorific mention', 'Rashmi Khandelwal won the seat. Ms Khandelwal thanked voters.', { name: 'Rashmi Khandelwal', kind: 'person', mentions: ['Rashmi Khandelwal', 'Ms Khandelwal'] }],
  ['verb of saying after the name', 'Olumide Adeyemi said the port would reopen.', { name: 'Olumide Adeyemi', kind: 'person', mentions: ['Olumide Adeyemi'] }],
  ['particle inside the name', 'Anouk van Dijkstra led the count.', { name: 'Anouk van Dijkstra', kind: 'person', mentions: ['Anouk van Dijkstra'] }],
  ['nationality noun before the name', 'The Dane Mikkel Sorensen cleared 2.30 metres.', { name: 'Mikkel Sorensen', kind: 'person', mentions: ['Mikkel Sorensen'], country: 'DK' }],
];

describe('actors: name shapes', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    expect(actor!.kind).toBe(expected.kind);
    if (expected.country !== undefined) expect(actor!.country).toBe(expected.country);
    expect(actor!.mentions.map((m) => m.text)).toEqual(expected.mentions);
    for (const m of actor!.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
  });
});
