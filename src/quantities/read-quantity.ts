import type { DateFact, QuantityKind, QuantityModifier } from '../schema/index.js';
import { readAppositiveNoun, readCountedNoun, type CountedNoun } from './counted-noun.js';
import { dateReason } from './date-like.js';
import { readDirection } from './direction.js';
import { readModifier } from './modifier.js';
import { MULTIPLIER_WORDS, ORDINAL_WORDS } from './number-lexicon.js';
import { joined, readNumberPhrase, type NumberPhrase } from './number-phrase.js';
import { readSecondNumber, type SecondNumber } from './second-number.js';
import { isEllipticalOrdinal, isFixedOrdinalCompound, isInName, isLoneHalf, isPronounOne, isRaceName, isScore } from './not-a-quantity.js';
import { readScalePrefix } from './scale-prefix.js';
import { readUnitSuffix } from './unit-suffix.js';
import type { Word } from './words.js';

/** A quantity read from the words of one sentence, before its unit is resolved against its neighbours. */
export interface QuantityDraft {
  /** First and last word of the text (modifier and unit included), inclusive. */
  first: number;
  last: number;
  value: number;
  min: number | null;
  max: number | null;
  of: number | null;
  modifier: QuantityModifier;
  kind: QuantityKind;
  /** A unit the text itself gives (money, percent, measure); null for counts, whose noun is resolved later. */
  unit: string | null;
  noun: CountedNoun | null;
  /** An ordinal standing for a noun said before ("survived the first"). */
  elliptical: boolean;
  direction: 'up' | 'down' | null;
  rule: string;
}

export type Reading = { draft: QuantityDraft | null; next: number };

/** Reads the quantity whose number starts at word `i`; `next` is where to go on reading. */
export function readQuantity(words: readonly Word[], i: number, dates: readonly DateFact[]): Reading | null {
  const found = readNumberPhrase(words, i);
  if (!found) return null;
  const phrase = asOrdinalWhenItOrders(words, found);
  const skip = { draft: null, next: found.last + 1 };
  const scale = readScalePrefix(words, phrase);
  if ((!scale && isInName(words, phrase)) || isFixedOrdinalCompound(words, phrase) || isScore(phrase) || isLoneHalf(words, phrase)) return skip;

  const second = pairedNumber(words, phrase);
  const end = second?.phrase ?? phrase;
  const suffix = readUnitSuffix(words, end) ?? scale;
  let last = suffix?.last ?? end.last;
  if (phrase.form === 'ordinal' && words[last]!.post === '-' && words[last + 1]?.tags.has('Superlative')) last++;
  const multiplier = phrase.form === 'cardinal' && !second && !suffix && isMultiplier(words, last);
  if (multiplier) last++;

  const noun = suffix || multiplier ? null : readCountedNoun(words, last) ?? readAppositiveNoun(words, phrase.first) ?? suspendedNoun(words, phrase);
  if (dateReason(words, phrase, end, noun, dates)) return { draft: null, next: (second?.phrase.last ?? phrase.last) + 1 };
  const elliptical = phrase.form === 'ordinal' && !noun && isEllipticalOrdinal(words, phrase, last);
  if ((phrase.form === 'ordinal' && !noun && !elliptical) || isPronounOne(words, phrase, noun)) return skip;
  if (suffix && isRaceName(words, phrase.first, last, suffix.kind)) return skip;

  const minus = words[phrase.first - 1]?.normal === 'minus' && joined(words, phrase.first - 1);
  const numberFirst = minus ? phrase.first - 1 : suffix?.first ?? phrase.first;
  const modifier = second?.opener != null ? null : readModifier(words, numberFirst, suffix !== null && suffix.kind !== 'count');
  const first = second?.opener ?? modifier?.first ?? numberFirst;
  const low = lowEnd(phrase, end, second !== null);
  const kind: QuantityKind = second?.relation === 'ratio' || multiplier ? 'ratio' : suffix?.kind ?? kindOfForm(phrase);
  const range = second?.relation === 'range' ? { min: low, max: end.value } : phrase.max !== null ? { min: low, max: phrase.max } : null;
  return {
    next: last + 1,
    draft: {
      first,
      last,
      value: (minus ? -1 : 1) * (range ? range.min : low),
      min: range?.min ?? null,
      max: range?.max ?? null,
      of: second?.relation === 'ratio' ? end.value : null,
      modifier: modifier?.modifier ?? phrase.implied ?? 'exact',
      kind,
      unit: suffix?.unit ?? null,
      noun: suffix ? null : noun,
      elliptical,
      direction: readDirection(words, first, last),
      rule: `quantities/${range ? 'range' : multiplier ? 'multiplier' : elliptical ? 'elliptical-ordinal' : kind}`,
    },
  };
}

/** The second number of a ratio, or of a range whose ends agree: low to high, in the same unit. */
function pairedNumber(words: readonly Word[], phrase: NumberPhrase): SecondNumber | null {
  const second = readSecondNumber(words, phrase);
  if (!second || second.relation === 'ratio') return second;
  // "oil rose $2 to $85.40": after a change word, "to" gives the new level, not the top of a range.
  if (readDirection(words, second.opener ?? phrase.first, phrase.last) !== null) return null;
  const ownUnit = readUnitSuffix(words, phrase);
  const theirs = readUnitSuffix(words, second.phrase);
  if (ownUnit && ownUnit.unit !== theirs?.unit) return null;
  return lowEnd(phrase, second.phrase, true) < second.phrase.value ? second : null;
}

/** "2 to 3 million": the low end takes the magnitude of the high end when it has none of its own. */
function lowEnd(phrase: NumberPhrase, end: NumberPhrase, paired: boolean): number {
  return paired && end.factor > 1 && phrase.factor === 1 && phrase.value < 1000 ? phrase.value * end.factor : phrase.value;
}

/** "the fifth- and 10th-largest U.S. airlines": a suspended hyphen borrows the noun of the next ordinal. */
function suspendedNoun(words: readonly Word[], phrase: NumberPhrase): CountedNoun | null {
  if (phrase.form !== 'ordinal' || !/^-\s+$/.test(words[phrase.last]!.post)) return null;
  const link = words[phrase.last + 1]?.normal;
  const next = link === 'and' || link === 'or' ? readNumberPhrase(words, phrase.last + 2) : null;
  if (!next || next.form !== 'ordinal') return null;
  const superlative = words[next.last]!.post === '-' && words[next.last + 1]?.tags.has('Superlative');
  return readCountedNoun(words, superlative ? next.last + 1 : next.last);
}

function kindOfForm(phrase: NumberPhrase): QuantityKind {
  return phrase.form === 'cardinal' ? 'count' : phrase.form;
}

/** "a third round", "a fifth day": a denominator that a noun follows orders it rather than dividing it. */
function asOrdinalWhenItOrders(words: readonly Word[], phrase: NumberPhrase): NumberPhrase {
  const denominator = words[phrase.last]!;
  const ordinal = ORDINAL_WORDS.get(denominator.normal);
  if (phrase.form !== 'fraction' || phrase.last !== phrase.first + 1 || ordinal === undefined) return phrase;
  const next = words[phrase.last + 1];
  if (!next || !joined(words, phrase.last) || next.normal === 'of' || next.tags.has('Verb') || next.tags.has('Preposition')) return phrase;
  if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return phrase;
  return { ...phrase, first: phrase.last, value: ordinal, form: 'ordinal' };
}

/** "nearly nine times as many", "three times higher": a multiplier, not a count. */
function isMultiplier(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next || !MULTIPLIER_WORDS.has(next.normal) || !joined(words, last)) return false;
  const after = words[last + 2];
  return after !== undefined && (after.normal === 'as' || after.normal === 'more' || after.normal === 'the' ||
    after.normal === 'less' || after.normal === 'that' || after.tags.has('Comparative') || after.tags.has('Noun'));
}

