import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import type { ActorKind } from '../../src/schema/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, expected actor: name, kind, mention texts (each checked against its offsets)] */
const cases: Array<[string, string, { name: string; kind: ActorKind; mentions: string[] }]> = [
  // A state's body named by a possessive or nationality and a lower-case head, as written.
  ['possessive + modifier + agency', "Turkey's disaster agency said 8,574 people had died.", { name: "Turkey's disaster agency", kind: 'organization', mentions: ["Turkey's disaster agency"] }],
  ['possessive + war cabinet', "Israel's war cabinet met for several hours.", { name: "Israel's war cabinet", kind: 'organization', mentions: ["Israel's war cabinet"] }],
  ['possessive + central bank', "Norway's central bank kept its rate at 4.5%.", { name: "Norway's central bank", kind: 'organization', mentions: ["Norway's central bank"] }],
  ['mission accredited to a body', "Iran's mission to the United Nations said the matter was closed.", { name: "Iran's mission to the United Nations", kind: 'organization', mentions: ["Iran's mission to the United Nations"] }],
  ['country name + government', 'The UK government pledged aid.', { name: 'UK government', kind: 'organization', mentions: ['UK government'] }],
  // State bodies named by a common noun after "the", where they act or sit in a named place.
  ['the + portfolio ministry acting', 'Security was tight in Paris, the interior ministry said.', { name: 'interior ministry', kind: 'organization', mentions: ['interior ministry'] }],
  ['described ministry in a place', 'The Hamas-run health ministry in Gaza says 14,000 people have died.', { name: 'health ministry', kind: 'organization', mentions: ['health ministry'] }],
  ['the federal government acting', 'Biden said the federal government would cover the cost.', { name: 'federal government', kind: 'organization', mentions: ['federal government'] }],
  ['the parliament in a capital', 'Erdogan agreed to send the application to the parliament in Ankara.', { name: 'parliament', kind: 'organization', mentions: ['parliament'] }],
  // Organisation names by shape.
  ['X of Y after a title-like head', 'Elsewhere, the Bank of Canada held its key rate at 5%.', { name: 'Bank of Canada', kind: 'organization', mentions: ['Bank of Canada'] }],
  ['plural head + of', "In Italy, Giorgia Meloni's Brothers of Italy won 28.8%.", { name: 'Brothers of Italy', kind: 'organization', mentions: ['Brothers of Italy'] }],
  ['Group of + number', 'Biden convened leaders of the Group of Seven on Sunday.', { name: 'Group of Seven', kind: 'organization', mentions: ['Group of Seven'] }],
  ['G + digits', 'The G7 countries announced a declaration.', { name: 'G7', kind: 'organization', mentions: ['G7'] }],
  ['ampersand company', 'Florida Power & Light said it had restored power.', { name: 'Florida Power & Light', kind: 'organization', mentions: ['Florida Power & Light'] }],
  ['possessive brand + acronym', "Catastrophe modeler Moody's RMS put losses at $34 billion.", { name: "Moody's RMS", kind: 'organization', mentions: ["Moody's RMS"] }],
  ['run ending in an acronym', 'Analysts at Morningstar DBRS said losses could rise.', { name: 'Morningstar DBRS', kind: 'organization', mentions: ['Morningstar DBRS'] }],
  ['party at sentence start before an acronym', 'Reform UK won five seats.', { name: 'Reform UK', kind: 'organization', mentions: ['Reform UK'] }],
  ['party plural at sentence start', 'Republicans also captured the Senate.', { name: 'Republicans', kind: 'organization', mentions: ['Republicans'] }],
  ['ship prefix', 'The Pentagon kept the aircraft carrier USS Dwight D. Eisenhower on alert.', { name: 'USS Dwight D. Eisenhower', kind: 'organization', mentions: ['USS Dwight D. Eisenhower'] }],
  ['legislative chamber by one word', 'Republicans were close to holding the House as counting went on.', { name: 'House', kind: 'organization', mentions: ['House'] }],
  ['name + National Guard troops', 'DeSantis said 9,000 National Guard troops had been deployed.', { name: 'National Guard', kind: 'organization', mentions: ['National Guard'] }],
  ['seat of government opening a sentence', 'Kremlin spokesman Dmitry Peskov warned of harm.', { name: 'Kremlin', kind: 'organization', mentions: ['Kremlin'] }],
  // Organisations by the words around them.
  ['appositive company', 'A judge ordered Streamwell, the Denver-based fitness subscription company, to pay. Streamwell will appeal.', { name: 'Streamwell', kind: 'organization', mentions: ['Streamwell', 'Streamwell'] }],
  ['appositive service overrides a first name', "The girl was wounded, according to Magen David Adom, Israel's ambulance service.", { name: 'Magen David Adom', kind: 'organization', mentions: ['Magen David Adom'] }],
  ['appositive forecaster for a brand', 'AccuWeather, a private forecaster, put damage at $50 billion.', { name: 'AccuWeather', kind: 'organization', mentions: ['AccuWeather'] }],
  ['head noun after the name', 'The liberal Renew Europe group fell to 80 seats.', { name: 'Renew Europe', kind: 'organization', mentions: ['Renew Europe'] }],
  ['possessive before a deal noun', "The FTC sued to block Amgen's purchase of Horizon.", { name: 'Amgen', kind: 'organization', mentions: ['Amgen'] }],
  // Organisations named inside a title before a person.
  ['organisation in a title', 'European Commission President Ursula von der Leyen will travel.', { name: 'European Commission', kind: 'organization', mentions: ['European Commission'] }],
  ['chamber in a title', 'Voters ousted Commons Leader Penny Mordaunt.', { name: 'Commons', kind: 'organization', mentions: ['Commons'] }],
  // Countries in a coordinated list take the role of its first member.
  ['list of states acting', 'Germany, Mexico, South Korea and Israel have sent crews.', { name: 'South Korea', kind: 'country', mentions: ['South Korea'] }],
  ['list after a person-like first member', 'Jordan, Lebanon and Iraq closed their airspace.', { name: 'Iraq', kind: 'country', mentions: ['Iraq'] }],
  ['state as the source of help', 'The deal was brokered with help from Egypt and the US.', { name: 'US', kind: 'country', mentions: ['US'] }],
  // Groups.
  ['aid + agencies', 'Aid agencies say that is a fraction of what is needed.', { name: 'Aid agencies', kind: 'group', mentions: ['Aid agencies'] }],
  ['members of a party', 'Sunak will step down; senior Conservatives said a contest may take weeks.', { name: 'senior Conservatives', kind: 'group', mentions: ['senior Conservatives'] }],
  ['bare collective after a verb', 'The union urged regulators to demand guarantees.', { name: 'regulators', kind: 'group', mentions: ['regulators'] }],
  ['bare collective as subject after money', 'Revenue beat the $16.5 billion analysts had expected.', { name: 'analysts', kind: 'group', mentions: ['analysts'] }],
  ['described coalition', 'Drones were shot down by a U.S.-led coalition on Sunday.', { name: 'coalition', kind: 'group', mentions: ['coalition'] }],
  ['sentence-opening deputies', 'Deputies in Hillsborough County arrested two men.', { name: 'Deputies', kind: 'group', mentions: ['Deputies'] }],
];

describe('actors: recognition rules', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    expect(actor!.kind).toBe(expected.kind);
    expect(actor!.mentions.map((m) => m.text)).toEqual(expected.mentions);
    for (const m of actor!.mentions) {
      expect(document.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toBe(document.sentenceAt(m.start));
    }
  });
});
