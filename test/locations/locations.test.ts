import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { findLocations } from '../../src/locations/index.js';
import { documentOf } from '../support/document.js';

function locationsOf(text: string) {
  const document = documentOf(text);
  return { document, locations: findLocations(document, findActors(document)) };
}

/** [label, text, location expected: name, kind, country, mention texts] */
const cases: Array<[string, string, { name: string; kind: string; country: string | null; mentions?: string[] }]> = [
  ['country after "in"', 'The talks in Turkey unfolded.', { name: 'Turkey', kind: 'country', country: 'TR' }],
  ['country after "deep inside"', 'Bases deep inside Russia were hit.', { name: 'Russia', kind: 'country', country: 'RU' }],
  ['country after "miles from"', 'It lies 4,300 miles from Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA' }],
  ['country after "areas of"', 'Strikes hit civilian areas of Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA' }],
  ['country after a city and comma', 'He spoke in Vilnius, Lithuania, on Monday.', { name: 'Lithuania', kind: 'country', country: 'LT' }],
  ['city from the gazetteer', 'He spoke in Vilnius, Lithuania, on Monday.', { name: 'Vilnius', kind: 'city', country: 'LT' }],
  ['city used as a modifier', 'The Istanbul meeting ended.', { name: 'Istanbul', kind: 'city', country: 'TR' }],
  ['city with transliteration variant', 'Shelling around the southern city of Zaporizhzhia killed five.', { name: 'Zaporizhzhia', kind: 'city', country: 'UA' }],
  ['city named by "city of" only', 'Fighting near the town of Nowheresk went on.', { name: 'Nowheresk', kind: 'city', country: null }],
  ['capital as a place', 'The talks were held in Moscow.', { name: 'Moscow', kind: 'city', country: 'RU' }],
  ['ambiguous city: article country wins', 'Canada said the storm hit London, Ontario, and Canada braced for more. Canada again.', { name: 'London', kind: 'city', country: 'CA' }],
  ['ambiguous city: largest by default', 'The summit opened in London.', { name: 'London', kind: 'city', country: 'GB' }],
  ['region with possessive country', 'Russian forces shelled Ukraine’s southern Kherson region.', { name: 'Kherson region', kind: 'region', country: 'UA', mentions: ['Kherson region'] }],
  ['region from a city name', 'A truck was burning in the Irkutsk region, far away.', { name: 'Irkutsk region', kind: 'region', country: 'RU' }],
  ['province', 'Floods hit Sichuan province overnight.', { name: 'Sichuan province', kind: 'region', country: null }],
  ['landmark with "in City"', 'Delegations met at the Ciragan Palace in Istanbul.', { name: 'Ciragan Palace', kind: 'landmark', country: 'TR' }],
  ['landmark: square', 'Crowds gathered in Tahrir Square on Friday.', { name: 'Tahrir Square', kind: 'landmark', country: null }],
  ['landmark: airport', 'Flights left Heathrow Airport late.', { name: 'Heathrow Airport', kind: 'landmark', country: null }],
  ['geo-feature: Arctic', 'Bases deep inside Russia, including the remote Arctic regions, were hit.', { name: 'Arctic', kind: 'geo-feature', country: 'RU' }],
  ['geo-feature: adjective as place', 'Bases in the remote Arctic, Siberian and Far East regions were hit.', { name: 'Siberia', kind: 'geo-feature', country: 'RU', mentions: ['Siberian'] }],
  ['geo-feature: Far East', 'Bases in the remote Arctic, Siberian and Far East regions were hit.', { name: 'Far East', kind: 'geo-feature', country: null }],
  ['geo-feature: peninsula', 'Drones flew over the Crimean peninsula overnight.', { name: 'Crimean peninsula', kind: 'geo-feature', country: 'UA' }],
  ['geo-feature: sea', 'Ships sailed into the Black Sea.', { name: 'Black Sea', kind: 'geo-feature', country: null }],
  ['geo-feature: river', 'Troops crossed the Dnipro river at night.', { name: 'Dnipro river', kind: 'geo-feature', country: null }],
  ['city whose letter NFD keeps (ł)', 'Water reached Łódź and then Wrocław overnight.', { name: 'Wrocław', kind: 'city', country: 'PL' }],
  ['place shape: Lower + name is a region', 'Rain fell across Lower Saxony on Sunday.', { name: 'Lower Saxony', kind: 'region', country: null }],
  ['place shape: County head is a region', 'The fire tore through San Bernardino County.', { name: 'San Bernardino County', kind: 'region', country: null }],
  ['place shape: Valley head is a geo-feature', 'Winds swept the Coachella Valley overnight.', { name: 'Coachella Valley', kind: 'geo-feature', country: null }],
  ['place shape: Saint + name is a city', 'Crews worked near St Albans on Monday.', { name: 'St Albans', kind: 'city', country: null }],
  ['unknown name after "near" is a settlement', 'The fire spread near Oakvale overnight.', { name: 'Oakvale', kind: 'city', country: null }],
  ['country mentioned twice keeps both', 'Children from Ukraine were taken. It is 2,500 miles from Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA', mentions: ['Ukraine', 'Ukraine'] }],
];

describe('locations', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const { document, locations } = locationsOf(text);
    const location = locations.find((l) => l.name === expected.name && l.kind === expected.kind);
    expect(location, `${text}\n${JSON.stringify(locations, null, 1)}`).toBeDefined();
    expect(location!.country ?? null).toBe(expected.country);
    if (expected.mentions) expect(location!.mentions.map((m) => m.text)).toEqual(expected.mentions);
    for (const m of location!.mentions) {
      expect(document.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toBe(document.sentenceAt(m.start));
    }
  });
});
