import type { QuantityModifier } from '../schema/index.js';
import { joined } from './number-phrase.js';
import type { Word } from './words.js';

/** Multi-word modifiers first, so "just over" wins over "over". Read right to left from the number. */
const MODIFIER_PHRASES: readonly (readonly [string, QuantityModifier])[] = [
  ['no more than', 'at-most'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['as many as', 'up-to'], ['as much as', 'up-to'], ['in excess of', 'more-than'], ['upwards of', 'more-than'],
  ['more than', 'more-than'], ['just over', 'more-than'], ['just under', 'less-than'], ['fewer than', 'less-than'],
  ['less than', 'less-than'], ['at least', 'at-least'], ['at most', 'at-most'], ['up to', 'up-to'],
  ['close to', 'nearly'], ['almost', 'nearly'], ['nearly', 'nearly'], ['about', 'about'], ['around', 'about'],
  ['roughly', 'about'], ['near', 'about'], ['approximately', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['over', 'more-than'], ['above', 'more-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['barely', 'less-than'], ['maximum of', 'at-most'], ['minimum of', 'at-least'],
];

/**
 * Prepositions that are also modifiers read as places or topics after a noun or a verb of motion: "drones over
 * eight regions", "talked about two plans". After such a word they are not modifiers.
 */
const LOCATIVE_MODIFIERS = new Set(['over', 'under', 'above', 'below', 'around', 'about', 'some', 'near']);

export interface FoundModifier {
  modifier: QuantityModifier;
  /** Index of the modifier's first word. */
  first: number;
}

/**
 * The modifier written just before word `first` of a number, if any. `measured` says the number carries its own
 * unit (30km, 5%, $2bn): a preposition after a noun then still reads as a modifier ("a town about 30km west",
 * "inflation above 5%"), since a measure is no place or topic the way "eight regions" or "two plans" are.
 */
export function readModifier(words: readonly Word[], first: number, measured = false): FoundModifier | null {
  for (const [phrase, modifier] of MODIFIER_PHRASES) {
    const parts = phrase.split(' ');
    const from = first - parts.length;
    if (from < 0) continue;
    if (!parts.every((part, k) => words[from + k]!.normal === part && joined(words, from + k))) continue;
    if (parts.length === 1 && LOCATIVE_MODIFIERS.has(phrase) && !measured && readsAsPreposition(words, from)) continue;
    return { modifier, first: from };
  }
  return null;
}

function readsAsPreposition(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  if (!before || !joined(words, at - 1)) return false;
  if (words[at]!.normal === 'some' && before.tags.has('Preposition')) return false;
  return before.tags.has('Noun') && !before.tags.has('Pronoun');
}
