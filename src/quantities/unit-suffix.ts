import type { QuantityKind } from '../schema/index.js';
import { joined, type NumberPhrase } from './number-phrase.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS, PER_UNITS, TIME_UNITS } from './unit-lexicon.js';
import { isPoundWeight } from './pound-weight.js';
import { hyphenatedToNext, type Word } from './words.js';

/** A unit written with the number, which belongs in the quantity's text: "$", "%", "percent", "euros", "-mile". */
export interface UnitSuffix {
  kind: Extract<QuantityKind, 'money' | 'percent' | 'measure' | 'count'>;
  unit: string;
  /** Index of the last word of the unit (the number's own last word when the unit is a sign). */
  last: number;
  /** Index of the first word when the unit comes before the number ("magnitude 6.2"). */
  first?: number;
}

/** Money, percentages and measures: the sign, symbol or unit word that goes with a number. */
export function readUnitSuffix(words: readonly Word[], phrase: NumberPhrase): UnitSuffix | null {
  const last = phrase.last;
  const word = currencyWordAfter(words, phrase);
  if (phrase.sign !== null) {
    const unit = CURRENCY_SIGNS.get(phrase.sign.toLowerCase()) ?? 'USD';
    return { kind: 'money', unit, last: word ? last + 1 : last };
  }
  if (phrase.percent) return { kind: 'percent', unit: 'percent', last };
  if (phrase.unit !== null) return measure(words, MEASURE_UNITS.get(phrase.unit) ?? phrase.unit, last);
  const next = words[last + 1];
  if (!next || !joined(words, last)) return null;
  if (word) return { kind: 'money', unit: word, last: last + 1 };
  // "hundreds of millions of euros", "billions of dollars": a vague amount of a currency is money.
  const currencyOf = CURRENCY_WORDS.get(words[last + 2]?.normal ?? '');
  if (phrase.implied !== null && next.normal === 'of' && currencyOf && joined(words, last + 1)) return { kind: 'money', unit: currencyOf, last: last + 2 };
  if (next.normal === 'percent' || next.text === '%') return { kind: 'percent', unit: 'percent', last: last + 1 };
  if (next.normal === 'per' && words[last + 2]?.normal === 'cent' && joined(words, last + 1)) {
    return { kind: 'percent', unit: 'percent', last: last + 2 };
  }
  const pointWord = TWO_WORD_POINTS.get(next.normal);
  if (pointWord && /^points?$/.test(words[last + 2]?.normal ?? '') && joined(words, last + 1)) {
    return { kind: 'measure', unit: pointWord, last: last + 2 };
  }
  if (phrase.form === 'fraction') return fractionOfUnit(words, last);
  const measured = MEASURE_UNITS.get(next.normal);
  if (measured && hyphenatedToNext(words[last]!)) return measure(words, measured, last + 1);
  if (next.normal === 'square' || next.normal === 'cubic') {
    const unit = MEASURE_UNITS.get(words[last + 2]?.normal ?? '');
    if (unit && joined(words, last + 1)) return measure(words, `${next.normal} ${unit}`, last + 2);
  }
  if (hyphenatedToNext(words[last]!) && phrase.form === 'cardinal') return hyphenatedCount(next, last);
  // One-letter abbreviations ("m", "t", "g") only count when glued to the digits: "5 m" is too often a name.
  const unit = next.normal.length > 1 ? MEASURE_UNITS.get(next.normal) : undefined;
  // "won by one point": a spelled-out small number of points is a margin counted, not a measured index move.
  if (unit === 'point' && !phrase.digits) return null;
  return unit ? measure(words, unit, last + 1) : null;
}

/**
 * "a five-storey building", "the 100-member chamber", "a three-term senator": a number hyphenated to the noun it
 * counts, which is written as part of the quantity. Lengths of time ("three-year-old", "10-day") are dates.
 */
function hyphenatedCount(next: Word, last: number): UnitSuffix | null {
  if (TIME_UNITS.has(next.normal) || next.tags.has('Value') || next.tags.has('Adjective')) return null;
  // compromise reads some nouns in a compound as verbs ("a 12-coach train"); a past participle is no noun.
  const noun = next.tags.has('Noun') || (next.tags.has('Verb') && !next.tags.has('PastTense') && !next.tags.has('Participle'));
  if (!noun) return null;
  return { kind: 'count', unit: next.normal, last: last + 1 };
}

/** "percentage points" and "basis points" are measures of a rate's change, with their two-word unit. */
const TWO_WORD_POINTS: ReadonlyMap<string, string> = new Map([['percentage', 'percentage point'], ['basis', 'basis point']]);

/** "a quarter of a percentage point", "half a mile": a fraction of one unit is a measure. */
function fractionOfUnit(words: readonly Word[], last: number): UnitSuffix | null {
  let j = last + 1;
  if (words[j]?.normal === 'of') j++;
  if (words[j]?.normal !== 'a' && words[j]?.normal !== 'an') return null;
  for (let k = last; k <= j; k++) if (!joined(words, k)) return null;
  const point = TWO_WORD_POINTS.get(words[j + 1]?.normal ?? '');
  if (point && /^points?$/.test(words[j + 2]?.normal ?? '') && joined(words, j + 1)) return { kind: 'measure', unit: point, last: j + 2 };
  const unit = MEASURE_UNITS.get(words[j + 1]?.normal ?? '');
  return unit && unit.length > 2 ? { kind: 'measure', unit, last: j + 1 } : null;
}

/**
 * "won" is a currency (KRW) and a verb: "the 22 won there". A won is worth a fraction of a cent, so a sum in won
 * runs to thousands; a small number before "won" is a count.
 */
const SMALL_UNIT_CURRENCIES = new Set(['won']);

function currencyWordAfter(words: readonly Word[], phrase: NumberPhrase): string | null {
  const last = phrase.last;
  const next = words[last + 1];
  if (!next || !joined(words, last) || next.tags.has('Verb')) return null;
  if (SMALL_UNIT_CURRENCIES.has(next.normal) && phrase.value < 1000) return null;
  if (isPoundWeight(words, phrase)) return null;
  return CURRENCY_WORDS.get(next.normal) ?? null;
}

/** "barrels per day", "barrels a day", "km per hour": the rate is part of the unit. */
function measure(words: readonly Word[], unit: string, last: number): UnitSuffix {
  const link = words[last + 1]?.normal;
  const per = PER_UNITS.get(words[last + 2]?.normal ?? '');
  if ((link === 'per' || link === 'a' || link === 'an') && per && joined(words, last) && joined(words, last + 1)) {
    return { kind: 'measure', unit: `${unit} per ${per}`, last: last + 2 };
  }
  // "491 litres per square metre", "120 grams per kilometre": a rate over an area or a distance.
  if (link === 'per' && joined(words, last) && joined(words, last + 1)) {
    const area = words[last + 2]?.normal === 'square' || words[last + 2]?.normal === 'cubic';
    const over = MEASURE_UNITS.get(words[last + (area ? 3 : 2)]?.normal ?? '');
    if (over && over.length > 2 && (!area || joined(words, last + 2))) {
      return { kind: 'measure', unit: `${unit} per ${area ? `${words[last + 2]!.normal} ` : ''}${over}`, last: last + (area ? 3 : 2) };
    }
  }
  return { kind: 'measure', unit, last };
}
