import type { QuantityKind } from '../schema/index.js';
import { joined, type NumberPhrase } from './number-phrase.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS, PER_UNITS } from './unit-lexicon.js';
import type { Word } from './words.js';

/** A unit written with the number, which belongs in the quantity's text: "$", "%", "percent", "euros", "-mile". */
export interface UnitSuffix {
  kind: Extract<QuantityKind, 'money' | 'percent' | 'measure'>;
  unit: string;
  /** Index of the last word of the unit (the number's own last word when the unit is a sign). */
  last: number;
}

/** Money, percentages and measures: the sign, symbol or unit word that goes with a number. */
export function readUnitSuffix(words: readonly Word[], phrase: NumberPhrase): UnitSuffix | null {
  const last = phrase.last;
  const word = currencyWordAfter(words, last);
  if (phrase.sign !== null) {
    const unit = CURRENCY_SIGNS.get(phrase.sign.toLowerCase()) ?? 'USD';
    return { kind: 'money', unit, last: word ? last + 1 : last };
  }
  if (phrase.percent) return { kind: 'percent', unit: 'percent', last };
  if (phrase.unit !== null) return measure(words, MEASURE_UNITS.get(phrase.unit) ?? phrase.unit, last);
  const next = words[last + 1];
  if (!next || !joined(words, last)) return null;
  if (word) return { kind: 'money', unit: word, last: last + 1 };
  if (next.normal === 'percent' || next.text === '%') return { kind: 'percent', unit: 'percent', last: last + 1 };
  if (next.normal === 'per' && words[last + 2]?.normal === 'cent' && joined(words, last + 1)) {
    return { kind: 'percent', unit: 'percent', last: last + 2 };
  }
  if (next.normal === 'percentage' && /^points?$/.test(words[last + 2]?.normal ?? '') && joined(words, last + 1)) {
    return { kind: 'percent', unit: 'percentage point', last: last + 2 };
  }
  if (next.normal === 'square' || next.normal === 'cubic') {
    const unit = MEASURE_UNITS.get(words[last + 2]?.normal ?? '');
    if (unit && joined(words, last + 1)) return measure(words, `${next.normal} ${unit}`, last + 2);
  }
  // One-letter abbreviations ("m", "t", "g") only count when glued to the digits: "5 m" is too often a name.
  const unit = next.normal.length > 1 ? MEASURE_UNITS.get(next.normal) : undefined;
  return unit ? measure(words, unit, last + 1) : null;
}

function currencyWordAfter(words: readonly Word[], last: number): string | null {
  const next = words[last + 1];
  if (!next || !joined(words, last)) return null;
  return CURRENCY_WORDS.get(next.normal) ?? null;
}

/** "barrels per day", "barrels a day", "km per hour": the rate is part of the unit. */
function measure(words: readonly Word[], unit: string, last: number): UnitSuffix {
  const link = words[last + 1]?.normal;
  const per = PER_UNITS.get(words[last + 2]?.normal ?? '');
  if ((link === 'per' || link === 'a' || link === 'an') && per && joined(words, last) && joined(words, last + 1)) {
    return { kind: 'measure', unit: `${unit} per ${per}`, last: last + 2 };
  }
  return { kind: 'measure', unit, last };
}
