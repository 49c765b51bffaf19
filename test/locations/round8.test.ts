import { describe, it } from 'vitest';
import { expectLocation, type LocationCase } from './expect-location.js';

/** Round 8 rules, written after held-out set six was scored. */
const cases: LocationCase[] = [
  // A country's possessive before a ranked company places the company ("Britain's second-largest supermarket chain").
  ['country: possessive before a hyphenated rank', "He owns about 10% of Sainsbury's, Britain's second-largest supermarket chain.", { name: 'Britain', kind: 'country', country: 'GB', mentions: ['Britain'] }],
  ['country: possessive before a ranked club', "They beat Rosenborg, Norway's most successful football club.", { name: 'Norway', kind: 'country', country: 'NO' }],
  // A country's possessive before a division names the place the division lies in.
  ['country: possessive before a prefecture', "A wave reached Yonaguni, an island in Japan's Okinawa prefecture.", { name: 'Japan', kind: 'country', country: 'JP', mentions: ['Japan'] }],
  ['region: the prefecture itself', "A wave reached Yonaguni, an island in Japan's Okinawa prefecture.", { name: 'Okinawa prefecture', kind: 'region', country: 'JP' }],
  // The writer's word for a place in an appositive settles its kind, natural features too.
  ['geo-feature: an island by its appositive', "A wave reached Yonaguni, an island in Japan's Okinawa prefecture.", { name: 'Yonaguni', kind: 'geo-feature', country: 'JP', mentions: ['Yonaguni'] }],
  ['geo-feature: a volcano by its appositive', 'Ash fell on towns near Marapi, a volcano on Sumatra, on Sunday.', { name: 'Marapi', kind: 'geo-feature', country: null }],
  // Lower-case heads of buildings.
  ['landmark: a hotel', 'More than 400 people were sheltering at the Silks Place hotel.', { name: 'Silks Place hotel', kind: 'landmark', country: null, mentions: ['Silks Place hotel'] }],
  ['landmark: a shrine', 'Tourists were evacuated from the Meiji shrine on Sunday.', { name: 'Meiji shrine', kind: 'landmark', country: null }],
  ['city: a qualifier names a namesake the table lacks', 'Fires spread to homes in Santa Ana, California, on Tuesday.', { name: 'Santa Ana', kind: 'city', country: 'US', mentions: ['Santa Ana'] }],
  ['city: a qualifier beats a bigger namesake', 'He was born in Paris, Texas, in 1950.', { name: 'Paris', kind: 'city', country: 'US' }],
  ['city: a big city opening a sentence', 'Tampa has not taken a direct hit from a major hurricane since 1921.', { name: 'Tampa', kind: 'city', country: 'US', mentions: ['Tampa'] }],
];

describe('locations: round 8 rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectLocation(text, expected));
});
