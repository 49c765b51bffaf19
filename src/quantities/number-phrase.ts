import { CARDINAL_WORDS, DOZEN, FRACTION_WORDS, MAGNITUDE_WORDS, ORDINAL_WORDS, VAGUE_PLURALS } from './number-lexicon.js';
import { readNumericToken, scale } from './numeric-token.js';
import type { Word } from './words.js';

export type NumberForm = 'cardinal' | 'ordinal' | 'fraction';

/** A run of words that spells one number: "1.2 million", "$3.1 billion", "twenty-one", "a third", "a dozen". */
export interface NumberPhrase {
  /** Indices of the first and last word, inclusive. */
  first: number;
  last: number;
  value: number;
  max: number | null;
  form: NumberForm;
  sign: string | null;
  percent: boolean;
  unit: string | null;
  /** Written in digits (years, clock times and names are only ever digits). */
  digits: boolean;
  magnitude: boolean;
  /** A modifier the number word itself implies: "dozens" is at least 24. */
  implied: 'at-least' | null;
  /** The magnitude applied (1e6 for "1.2 million"), so the low end of "2 to 3 million" can take it too. */
  factor: number;
}

/** Word magnitudes only: "m" and "k" as separate words are too ambiguous (metres, a name initial). */
const WORD_MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'tn']);
const ARTICLES = new Set(['a', 'an']);

/** True when word `i` runs straight into word `i + 1` (white space or a hyphen between, nothing else). */
export function joined(words: readonly Word[], i: number): boolean {
  const a = words[i];
  const b = words[i + 1];
  return a !== undefined && b !== undefined && /^(\s+|-)$/.test(a.post) && b.pre === '';
}

/** Reads the number that starts at word `i`, or null when none starts there. */
export function readNumberPhrase(words: readonly Word[], i: number): NumberPhrase | null {
  const word = words[i];
  if (!word) return null;
  const numeric = readNumericToken(word.text);
  if (numeric) {
    const phrase: NumberPhrase = { first: i, last: i, ...numeric, form: numeric.ordinal ? 'ordinal' : 'cardinal', digits: true, implied: null };
    return withMagnitude(words, millionsBeforePlural(words, phrase));
  }
  if (VAGUE_PLURALS.has(word.normal)) return readVaguePlural(words, i);
  if (ARTICLES.has(word.normal)) return readArticleNumber(words, i);
  if (word.normal === 'half') return fraction(i, i, 0.5);
  const ordinal = ORDINAL_WORDS.get(word.normal);
  if (ordinal !== undefined) return spelled(i, i, ordinal, 'ordinal');
  if (CARDINAL_WORDS.has(word.normal)) return readSpelledCardinal(words, i);
  return null;
}

/** "a dozen", "a million", "a third", "a half": the article is the number one. */
function readArticleNumber(words: readonly Word[], i: number): NumberPhrase | null {
  const next = words[i + 1];
  if (!next || !joined(words, i)) return null;
  if (next.normal === DOZEN) return spelled(i, i + 1, 12, 'cardinal');
  if (WORD_MAGNITUDES.has(next.normal)) return withMagnitude(words, spelled(i, i, 1, 'cardinal'));
  const denominator = FRACTION_WORDS.get(next.normal);
  if (denominator !== undefined) return fraction(i, i + 1, 1 / denominator);
  return null;
}

/** "nineteen", "twenty-one", "one hundred and five", "two thirds", "two dozen", "three and a half million". */
function readSpelledCardinal(words: readonly Word[], i: number): NumberPhrase {
  let total = 0;
  let current = CARDINAL_WORDS.get(words[i]!.normal)!;
  let last = i;
  let sawMagnitude = false;
  for (let j = i + 1; j < words.length && joined(words, j - 1); j++) {
    const normal = words[j]!.normal;
    const unit = CARDINAL_WORDS.get(normal);
    const magnitude = WORD_MAGNITUDES.has(normal) ? MAGNITUDE_WORDS.get(normal) : undefined;
    if (unit !== undefined && current % 100 >= 20 && current % 10 === 0 && unit < 10 && unit > 0) current += unit;
    else if (unit !== undefined && sawMagnitude && words[j - 1]!.normal === 'and') current += unit;
    else if (unit !== undefined && sawMagnitude && current === 0) current = unit;
    else if (magnitude === 100) current = (current || 1) * 100;
    else if (magnitude !== undefined) { total += scale(current || 1, magnitude); current = 0; }
    else if (normal === 'and' && sawMagnitude && CARDINAL_WORDS.has(words[j + 1]?.normal ?? '')) continue;
    else if (normal === 'and' && isHalfAfter(words, j)) { current += 0.5; j += 2; last = j; continue; }
    else if (normal === DOZEN) current *= 12;
    else {
      const ordinal = ORDINAL_WORDS.get(normal);
      const denominator = FRACTION_WORDS.get(normal);
      if (denominator !== undefined && total === 0 && current < 20) return fraction(i, j, current / denominator);
      if (ordinal !== undefined && current >= 20 && current % 10 === 0) return spelled(i, j, total + current + ordinal, 'ordinal');
      break;
    }
    sawMagnitude ||= magnitude !== undefined;
    last = j;
  }
  return { ...spelled(i, last, total + current, 'cardinal'), magnitude: sawMagnitude };
}

/**
 * "dozens of countries", "thousands of supporters", "tens of thousands", "hundreds of thousands". Only before "of"
 * or "more" ("tens of thousands more"): "scores" and "tens" are other words elsewhere.
 */
function readVaguePlural(words: readonly Word[], i: number): NumberPhrase | null {
  let value = VAGUE_PLURALS.get(words[i]!.normal)!;
  let last = i;
  const inner = VAGUE_PLURALS.get(words[i + 2]?.normal ?? '');
  if (words[i + 1]?.normal === 'of' && inner !== undefined && inner >= 1e3 && joined(words, i) && joined(words, i + 1)) {
    value *= inner;
    last = i + 2;
  }
  const next = words[last + 1]?.normal;
  if ((next !== 'of' && next !== 'more') || !joined(words, last)) return null;
  return { ...spelled(i, last, 2 * value, 'cardinal'), implied: 'at-least' };
}

/** "and a half" after a number. */
function isHalfAfter(words: readonly Word[], j: number): boolean {
  return words[j + 1]?.normal === 'a' && words[j + 2]?.normal === 'half' && joined(words, j) && joined(words, j + 1);
}

/** "1.5m people" is a million and a half people; "a 1.5m wall" is a metre and a half. */
function millionsBeforePlural(words: readonly Word[], phrase: NumberPhrase): NumberPhrase {
  const next = words[phrase.last + 1];
  if (phrase.unit !== 'm' || !next || !joined(words, phrase.last) || !next.tags.has('Plural')) return phrase;
  return { ...phrase, unit: null, value: scale(phrase.value, 1e6), magnitude: true, factor: 1e6 };
}

/** "1.2 million", "$3.1 billion": a digit token and the magnitude word after it. */
function withMagnitude(words: readonly Word[], phrase: NumberPhrase): NumberPhrase {
  const next = words[phrase.last + 1];
  if (!next || phrase.magnitude || phrase.form !== 'cardinal' || !joined(words, phrase.last) || !WORD_MAGNITUDES.has(next.normal)) return phrase;
  const by = MAGNITUDE_WORDS.get(next.normal)!;
  return withMagnitude(words, {
    ...phrase,
    last: phrase.last + 1,
    value: scale(phrase.value, by),
    max: phrase.max === null ? null : scale(phrase.max, by),
    magnitude: true,
    factor: by,
  });
}

function spelled(first: number, last: number, value: number, form: NumberForm): NumberPhrase {
  return { first, last, value, max: null, form, sign: null, percent: false, unit: null, digits: false, magnitude: false, implied: null, factor: 1 };
}

function fraction(first: number, last: number, value: number): NumberPhrase {
  return spelled(first, last, Math.round(value * 1e4) / 1e4, 'fraction');
}
