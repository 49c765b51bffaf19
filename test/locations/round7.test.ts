import { describe, it } from 'vitest';
import { expectLocation, type LocationCase } from './expect-location.js';

/** Round 7 rules: compass parts of states, institutions' buildings as places, towns named by a general cue. */
const cases: LocationCase[] = [
  // A compass adjective before a state names a region of it, as a compass noun does ("north-west Syria").
  ['region: compass adjective + state', 'At least 158 people have died in flash floods in eastern Spain, officials said.', { name: 'eastern Spain', kind: 'region', country: 'ES', mentions: ['eastern Spain'] }],
  ['region: compass adjective + state after "parts of"', 'Storm Daniel dumped rain on parts of eastern Libya in 24 hours.', { name: 'eastern Libya', kind: 'region', country: 'LY', mentions: ['eastern Libya'] }],
  ['region: compound compass adjective, state claimed by actors', 'Officials issued a warning, the first since the 2011 disaster in northeastern Japan, and waves reached the port.', { name: 'northeastern Japan', kind: 'region', country: 'JP', mentions: ['northeastern Japan'] }],
  ['region: compass adjective with no site before "in"', 'A girl in southern Israel was hurt.', { name: 'southern Israel', kind: 'region', country: 'IL' }],
  ['country: compass words that only locate a named town', 'The quake struck near Gaziantep in southern Turkey.', { name: 'Turkey', kind: 'country', country: 'TR', mentions: ['Turkey'] }],
  ['country: compass words that only locate a named site', 'Missiles struck the Nevatim air base in southern Israel.', { name: 'Israel', kind: 'country', country: 'IL', mentions: ['Israel'] }],
  // A building named as its institution, after a place cue.
  ['landmark: "outside" the building of a court', 'Demonstrators gather outside the Supreme Court in Washington on Monday.', { name: 'Supreme Court', kind: 'landmark', country: 'US', mentions: ['Supreme Court'] }],
  ['landmark: the object of "storming"', 'The siege ended with rioters storming the Capitol on Jan. 6, 2021.', { name: 'Capitol', kind: 'landmark', country: null, mentions: ['Capitol'] }],
  ['landmark: "at" after a verb', 'President Joe Biden, speaking at the White House on Monday night, criticized the ruling.', { name: 'White House', kind: 'landmark', country: null }],
  ['landmark: "to" after a motion verb', 'Biden invited him to the White House and will address the nation.', { name: 'White House', kind: 'landmark', country: null }],
  ['landmark: "back to"', 'It completed a remarkable march back to the White House.', { name: 'White House', kind: 'landmark', country: null }],
  ['landmark: a university where people gathered, claimed as a body', 'Supporters gathered at Howard University in Washington.', { name: 'Howard University', kind: 'landmark', country: 'US' }],
  ['landmark: a university after a held event, in its city', 'Joe Biden will give a speech at Vilnius University on Wednesday.', { name: 'Vilnius University', kind: 'landmark', country: 'LT' }],
  ['landmark: a consulate struck, in the city after it', 'Iran said an April 1 airstrike on the Iranian consulate in Damascus killed seven.', { name: 'Iranian consulate', kind: 'landmark', country: 'SY' }],
  ['landmark: "in front of"', 'Crowds gathered in front of the White House on Sunday.', { name: 'White House', kind: 'landmark', country: null }],
  // Towns no table holds, named by a general cue.
  ['city: an unknown name after "much of"', 'Further inland, the Magro river flooded much of Utiel.', { name: 'Utiel', kind: 'city', country: null, mentions: ['Utiel'] }],
  ['city: both names of a pair after "much of"', 'The river flooded much of Opava and Krnov.', { name: 'Krnov', kind: 'city', country: null }],
  ['city: an apostrophe name placed near a known city', "Sánchez visited the emergency centre in L'Eliana, near Madrid, on Thursday.", { name: "L'Eliana", kind: 'city', country: 'ES', mentions: ["L'Eliana"] }],
  ['region: "the region of" a hyphenated name compromise reads as a person', 'Two people died in the neighbouring region of Castilla-La Mancha.', { name: 'Castilla-La Mancha', kind: 'region', country: null, mentions: ['Castilla-La Mancha'] }],
  // Lower-case feature heads: a ravine or gorge is a natural feature.
  ['geo-feature: a name before "ravine"', 'Deaths were in Paiporta, where the Poyo ravine burst its banks on Tuesday evening.', { name: 'Poyo ravine', kind: 'geo-feature', country: null, mentions: ['Poyo ravine'] }],
];

describe('locations: round 7 rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectLocation(text, expected));
});
