import { joined, type NumberPhrase } from './number-phrase.js';
import { MAX_SCALE_LEVEL, SCALE_WORDS } from './unit-lexicon.js';
import type { UnitSuffix } from './unit-suffix.js';
import type { Word } from './words.js';

/**
 * "a magnitude 6.2 earthquake", "a Category 4 hurricane", "a Force 9 gale": a level on a scale whose word comes
 * before the number. The scale word is the unit and part of the text. Capitalised, such a word would otherwise read
 * as a name ("Article 5"), so this is asked before the name check. Levels are small numbers in digits; "level 300"
 * or "Category Five" are not read as scales.
 */
export function readScalePrefix(words: readonly Word[], phrase: NumberPhrase): UnitSuffix | null {
  const before = words[phrase.first - 1];
  if (!before || !SCALE_WORDS.has(before.normal) || !joined(words, phrase.first - 1)) return null;
  if (phrase.form !== 'cardinal' || !phrase.digits || phrase.sign !== null || phrase.percent || phrase.unit !== null) return null;
  if (before.normal !== 'magnitude' && (phrase.value > MAX_SCALE_LEVEL || !Number.isInteger(phrase.value))) return null;
  return { kind: 'measure', unit: before.normal, last: phrase.last, first: phrase.first - 1 };
}
