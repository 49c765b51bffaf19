import { describe, it } from 'vitest';
import { expectNoLocation } from './expect-location.js';

/** [label, text, a location name that must not be found] */
const cases: Array<[string, string, string]> = [
  // Compass words.
  ['no region where the compass words locate a named town', 'The quake struck near Gaziantep in southern Turkey.', 'southern Turkey'],
  ['no region where the compass words locate a named site', 'Missiles struck the Nevatim air base in southern Israel.', 'southern Israel'],
  ['no region for the target of an attack on a state', 'About 1200 people were killed in the Hamas attack on southern Israel on 7 October.', 'southern Israel'],
  ['no region from a compass adjective before a sea', 'Two destroyers in the eastern Mediterranean shot down missiles.', 'eastern Mediterranean'],
  ['no compass split off a state whose name holds one', 'Rain fell across South Korea on Monday.', 'Korea'],
  // Institutions acting or employing stay actors.
  ['no landmark for an institution speaking', 'The White House said it was in contact with the company.', 'White House'],
  ['no landmark for an employer after "at"', 'A professor at Howard University said so.', 'Howard University'],
  ['no landmark for a case taken to a court', 'The case went to the Supreme Court.', 'Supreme Court'],
  ['no landmark for a court ruling', 'The Supreme Court ruled on Monday that presidents have immunity.', 'Supreme Court'],
  ['no landmark for a letter to a body', 'He wrote a letter to the White House.', 'White House'],
  ['no landmark for a consulate speaking', 'The Iranian consulate said it was hit.', 'Iranian consulate'],
  ['no landmark for a person named like a building', 'She lost to Margaret Court in 1970.', 'Margaret Court'],
  // Shares of an area, towns near cities.
  ['no town from a possessive after "much of"', "Much of Apple's revenue comes from iPhones.", 'Apple'],
  ['no town from a body after "most of"', 'Most of Congress agreed.', 'Congress'],
  ['no town from a person not placed near a city', 'He met Eliana Ruiz on Thursday.', 'Eliana Ruiz'],
  ['no town from a person near a city without a place preposition', 'Asked about it, Eliana Ruiz, near Madrid, declined.', 'Eliana Ruiz'],
];

describe('locations: round 7 negative', () => {
  it.each(cases)('%s', (_label, text, name) => expectNoLocation(text, name));
});
