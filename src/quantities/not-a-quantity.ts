import type { CountedNoun } from './counted-noun.js';
import { joined, type NumberPhrase } from './number-phrase.js';
import type { Word } from './words.js';

/** "Covid-19", "Boeing 737", "Article 5", "F-16", "S&P 500": digits glued to a name are part of the name. */
export function isInName(words: readonly Word[], phrase: NumberPhrase): boolean {
  const before = words[phrase.first - 1];
  if (isOrdinalInName(words, phrase) || isHouseNumber(words, phrase)) return true;
  // "the Group of Seven", "the Big Four": a capitalised number word inside a sentence belongs to a name.
  if (!phrase.digits && phrase.first > 0 && /^[A-Z]/.test(words[phrase.first]!.text)) return true;
  if (!phrase.digits || !before || !joined(words, phrase.first - 1)) return false;
  if (before.text === 'No' || before.text === 'No.') return true;
  if (before.post === '-' && /^[A-Z]/.test(before.text)) return true;
  const t = before.tags;
  if (t.has('Demonym') || t.has('Possessive') || t.has('Month') || t.has('Date') || t.has('Place')) return false;
  // "Article 5", "Number 10", "Flight 17": a capitalised singular noun right before the digits names them.
  return t.has('ProperNoun') || (/^[A-Z]/.test(before.text) && t.has('Noun') && t.has('Singular') && !t.has('Pronoun'));
}

/** "passed 52-48", "a 2-0 win": a tally or a score, not a range (a range runs low to high). */
export function isScore(phrase: NumberPhrase): boolean {
  return phrase.max !== null && phrase.max <= phrase.value;
}

/** A lone "half" is a fraction only before what it divides ("half of", "half the"), and not in "the first half". */
export function isLoneHalf(words: readonly Word[], phrase: NumberPhrase): boolean {
  if (phrase.first !== phrase.last || words[phrase.first]!.normal !== 'half') return false;
  const next = words[phrase.first + 1];
  if (words[phrase.first - 1]?.tags.has('Ordinal')) return true;
  return !(next !== undefined && (next.normal === 'of' || next.tags.has('Determiner') || next.tags.has('Possessive')));
}

/** "one" that is a pronoun ("no one", "the one", "one another") rather than a count. */
export function isPronounOne(words: readonly Word[], phrase: NumberPhrase, noun: CountedNoun | null): boolean {
  if (phrase.first !== phrase.last || words[phrase.first]!.normal !== 'one') return false;
  const before = words[phrase.first - 1]?.normal ?? '';
  if (['the', 'no', 'every', 'any', 'each', 'this', 'that', 'which', 'another'].includes(before)) return true;
  const next = words[phrase.first + 1]?.normal ?? '';
  // "one more than at Tokyo": a difference of one, counted like the count before it.
  if (next === 'more' || next === 'fewer' || next === 'less') return false;
  return noun === null || next === 'another';
}

/**
 * "survived the first.": an ordinal with no noun after it, after "the", stands for a noun said before; the caller
 * gives it the unit of the ordinal before it, or drops it ("came second", "at first" are not quantities).
 */
export function isEllipticalOrdinal(words: readonly Word[], phrase: NumberPhrase, last: number): boolean {
  const before = words[phrase.first - 1];
  if (phrase.form !== 'ordinal' || !before || !joined(words, phrase.first - 1)) return false;
  // "the first", "were third", "finished seventh"; not "at first", "First, ...".
  if (before.normal !== 'the' && !before.tags.has('Verb')) return false;
  const next = words[last + 1];
  if (!next || !joined(words, last)) return true;
  const t = next.tags;
  return t.has('Preposition') || t.has('Conjunction') || t.has('Determiner') || t.has('Pronoun');
}

/**
 * "First Minister", "Second World War", "the 7th Circuit": an ordinal before a capitalised word is part of a name
 * when it is capitalised itself or written in digits.
 */
export function isOrdinalInName(words: readonly Word[], phrase: NumberPhrase): boolean {
  const next = words[phrase.last + 1];
  const first = words[phrase.first]!;
  const named = (phrase.digits && !first.text.includes('-')) || /^[A-Z]/.test(first.text);
  if (phrase.form !== 'ordinal' || !named || next === undefined || !/^[A-Z]/.test(next.text)) return false;
  // "the 10th-largest U.S. airlines", "the 5th Russian army": a nationality or country orders what follows.
  return !next.tags.has('Demonym') && !next.tags.has('Place') && !next.tags.has('Acronym');
}

/** Words that end a street address: "10 Downing Street", "1600 Pennsylvania Avenue". */
const ADDRESS_WORDS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'boulevard', 'drive', 'way', 'terrace']);

/** A house number: digits followed by capitalised words that end in a street word. */
export function isHouseNumber(words: readonly Word[], phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  for (let j = phrase.last + 1; j <= phrase.last + 3 && j < words.length; j++) {
    const word = words[j]!;
    if (!/^[A-Z]/.test(word.text)) return false;
    if (ADDRESS_WORDS.has(word.normal)) return true;
  }
  return false;
}

/** "won the 100 metres": a distance after "the" with nothing after it names a race. */
export function isRaceName(words: readonly Word[], first: number, last: number, kind: string): boolean {
  const next = words[last + 1];
  return kind === 'measure' && words[first - 1]?.normal === 'the' && (!next || !next.tags.has('Noun') || !joined(words, last));
}

/**
 * Fixed compounds in which an ordinal names a kind of thing instead of a place in an order: "first responders" are
 * emergency workers, "first aid" is care, "a third party" is an outsider. Keyed by the ordinal, the word after it.
 */
const FIXED_ORDINAL_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['first', new Set(['responder', 'responders', 'lady', 'aid', 'hand', 'class', 'name', 'names', 'rate', 'degree'])],
  ['second', new Set(['hand', 'class', 'rate', 'nature', 'degree'])],
  ['third', new Set(['party', 'parties', 'world', 'rate', 'class', 'degree'])],
]);

/**
 * "first responders", "first-hand", "second-hand cars", "third-party vendors": an ordinal inside a fixed compound.
 * With "of" after it the ordinal orders again: "the first class of recruits" is the earliest class.
 */
export function isFixedOrdinalCompound(words: readonly Word[], phrase: NumberPhrase): boolean {
  const heads = FIXED_ORDINAL_COMPOUNDS.get(words[phrase.last]!.normal);
  const next = words[phrase.last + 1];
  if (phrase.form !== 'ordinal' || !heads || !next || !joined(words, phrase.last) || !heads.has(next.normal)) return false;
  return words[phrase.last + 2]?.normal !== 'of';
}
