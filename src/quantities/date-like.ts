import type { DateFact } from '../schema/index.js';
import { joined, type NumberPhrase } from './number-phrase.js';
import { TIME_UNITS } from './unit-lexicon.js';
import { looksPlural, type CountedNoun } from './counted-noun.js';
import type { Word } from './words.js';

const RANGE_LINKS = new Set(['and', 'to', '-', '–', 'through', 'or']);

/**
 * Why a number is a date, a time or a duration rather than a quantity, or null when it is a quantity. A date the
 * dates stage found always wins; the word rules below catch what it did not (and everything while it is absent).
 */
export function dateReason(
  words: readonly Word[],
  phrase: NumberPhrase,
  end: NumberPhrase,
  noun: CountedNoun | null,
  dates: readonly DateFact[],
): string | null {
  const first = words[phrase.first]!;
  const last = words[phrase.last]!;
  if (dates.some((d) => d.start < last.end && first.start < d.end)) return 'date-span';
  if (first.tags.has('Time') || /^\d{1,2}[:.]\d{2}(am|pm)?$/i.test(first.text) && nextIsClock(words, phrase.last)) return 'time';
  if (phrase.form === 'ordinal') return isOrdinalPeriod(words, phrase.last) ? 'ordinal-period' : nextToMonth(words, phrase) ? 'month-day' : null;
  if (noun && TIME_UNITS.has(noun.word.normal)) return 'duration';
  if (isTimeUnitNext(words, end.last)) return 'duration';
  if (isAgeOrDurationCompound(words, phrase.last)) return 'duration';
  if (isHalfOfDuration(words, phrase) || isFractionOfTime(words, phrase)) return 'duration';
  // "aged 20 to 25", "aged 34": an age is a length of time, like "34-year-old".
  if (words[phrase.first - 1]?.normal === 'aged') return 'age';
  if (nextToMonth(words, phrase) || nextToMonth(words, end)) return 'month-day';
  if (isYear(phrase, first, noun)) return 'year';
  if (isRangeTailOfDate(words, phrase.first)) return 'month-day';
  return null;
}

function nextIsClock(words: readonly Word[], last: number): boolean {
  return /(am|pm)$/i.test(words[last]!.text) || /^(am|pm|gmt|bst|utc|cet|a\.m|p\.m)$/.test(words[last + 1]?.normal ?? '');
}

/** "three-year-old war", "a six-year-old girl", "10-day ceasefire": an age or a length of time. */
function isAgeOrDurationCompound(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return words[last]!.post === '-' && next !== undefined && TIME_UNITS.has(next.normal);
}

/**
 * "the third quarter", "third-quarter results", "the first half of fiscal 2025", "the 18th century": periods of a
 * calendar, which are dates. "the third day", "the first hours" stay ordinals: they fix no date.
 */
const ORDINAL_PERIODS = new Set(['quarter', 'half', 'century', 'centuries', 'millennium']);

function isOrdinalPeriod(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && joined(words, last) && ORDINAL_PERIODS.has(next.normal);
}

/** "five thousandths of a second", "a quarter of an hour": part of a length of time. */
function isFractionOfTime(words: readonly Word[], phrase: NumberPhrase): boolean {
  if (phrase.form !== 'fraction' || words[phrase.last + 1]?.normal !== 'of') return false;
  const article = words[phrase.last + 2]?.normal;
  const unit = words[phrase.last + (article === 'a' || article === 'an' ? 3 : 2)]?.normal ?? '';
  return TIME_UNITS.has(unit);
}

/** "a year and a half": the half is part of a duration. */
function isHalfOfDuration(words: readonly Word[], phrase: NumberPhrase): boolean {
  if (words[phrase.last]!.normal !== 'half' || words[phrase.first]!.normal !== 'a') return false;
  const and = words[phrase.first - 1]?.normal;
  const unit = words[phrase.first - 2]?.normal ?? '';
  return and === 'and' && TIME_UNITS.has(unit);
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** compromise does not always tag "May" as a month ("16 May and ..."); a capitalised month name next to a day is. */
function isMonth(word: Word | undefined): boolean {
  if (!word) return false;
  return word.tags.has('Month') || (MONTHS.has(word.normal) && (word.tags.has('Date') || word.tags.has('ProperNoun')));
}

/**
 * "9.79 seconds", "five months’ worth": compromise tags "seconds" as a number and a possessive as no plain noun, so
 * the word after the number is checked as well as the counted noun.
 */
function isTimeUnitNext(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && joined(words, last) && TIME_UNITS.has(next.normal.replace(/['’]s?$/, ''));
}

/** "May 16", "16 May", "Oct. 30", "the 16th of May". */
function nextToMonth(words: readonly Word[], phrase: NumberPhrase): boolean {
  const before = words[phrase.first - 1];
  if (isMonth(before) && (joined(words, phrase.first - 1) || /^\.\s+$/.test(before!.post))) return true;
  if (isMonth(words[phrase.last + 1]) && joined(words, phrase.last)) return true;
  return words[phrase.last + 1]?.normal === 'of' && isMonth(words[phrase.last + 2]);
}

/** "between June 20 and 30": the second number of a range that starts with a day of a month. */
function isRangeTailOfDate(words: readonly Word[], first: number): boolean {
  const link = words[first - 1];
  const day = words[first - 2];
  if (!link || !day || !RANGE_LINKS.has(link.normal) || !/^\d{1,2}$/.test(day.text)) return false;
  return isMonth(words[first - 3]);
}

/**
 * A four-digit whole number between 1000 and 2100, written without a comma, is a year ("in 2022", "2022
 * invasion") unless it counts something plural ("2000 troops").
 */
function isYear(phrase: NumberPhrase, first: Word, noun: CountedNoun | null): boolean {
  if (!phrase.digits || phrase.sign !== null || phrase.percent || phrase.unit !== null || phrase.magnitude) return false;
  if (!/^\d{4}$/.test(first.text) || phrase.value < 1000 || phrase.value > 2100) return false;
  return !(noun && looksPlural(noun.word));
}
