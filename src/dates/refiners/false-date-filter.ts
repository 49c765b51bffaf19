import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn } from './prefer-own-results.js';
import { readTag } from '../tags.js';

/**
 * chrono reads any month or weekday word as a date (wanasit/chrono#518: "may" the verb, "march" the verb, "sun").
 * News capitalises month and weekday names, so a lower-case one is an ordinary word; weekday abbreviations are not
 * news style; and a bare month with no day or year is a date only after a word that introduces one ("in March",
 * "early March", "since March"), not in a name ("Theresa May") or a noun phrase ("the March on Washington").
 */
const CALENDAR_WORD = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat|weekend|weekday)\b/gi;
const WEEKDAY_ABBREVIATION = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)$/i;
const MONTH_INTRODUCER = /\b(?:(?:soon|early|late)\s+as|in|since|by|until|till|from|during|through|throughout|of|early|mid|late|last|next|this|before|after|to|and|between|on|or)\s*-?\s*$/i;

export const falseDateFilter: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => isOwn(result) || isLikelyDate(context, result));
  },
};

/** chrono reads "a second round" as one second from now. */
const ORDINAL_SECOND = /\ba\s+second$/i;
/**
 * "a day after the attacks", "two weeks later": chrono counts these from the reference date, but the text counts
 * them from another event; the value would be wrong more often than right.
 */
const COUNTED_FROM_EVENT = /\b(?:after|before|later|earlier)$/i;

/** A clock time needs a clock's marks; chrono's casual "at 5" also matches "5 percent at 5". */
const CLOCK_MARK = /\d[:.]\d|\d\s*[ap]\.?m\b|o['’]clock|\bnoon\b|\bmidnight\b|\bGMT\b|\bUTC\b/i;

/** chrono's casual "evening", "the morning": a part of some day the text gave earlier, not of the publication day. */
const BARE_PART_OF_DAY = /^(?:(?:in|at|on|during)\s+)?(?:the\s+)?(?:morning|afternoon|evening|night|noon|midnight|tonight)$/i;

function isLikelyDate(context: ParsingContext, result: ParsingResult): boolean {
  if (BARE_PART_OF_DAY.test(result.text.trim())) return false;
  if (ORDINAL_SECOND.test(result.text) || COUNTED_FROM_EVENT.test(result.text)) return false;
  if (result.start.isCertain('hour') && !CLOCK_MARK.test(result.text)) return false;
  const words = [...result.text.matchAll(CALENDAR_WORD)].map((m) => m[0]);
  if (words.some((w) => w === w.toLowerCase() || WEEKDAY_ABBREVIATION.test(w))) return false;
  // A "weekend"/"weekday" reading of chrono's is only trusted with "this/last/next" before it.
  if (words.some((w) => /^week(?:end|day)$/i.test(w)) && !/\b(?:this|last|next|past)\s+week/i.test(result.text)) return false;
  if (isBareMonth(result) && !readTag(result, 'modifier')) {
    const before = context.text.slice(Math.max(0, result.index - 20), result.index);
    return MONTH_INTRODUCER.test(before);
  }
  return true;
}

function isBareMonth(result: ParsingResult): boolean {
  const start = result.start;
  return !result.end && start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year') && !start.isCertain('weekday');
}

/**
 * The same clock test, before chrono's overlap removal: chrono's time reading "from 6 to 9" (six to nine o'clock)
 * is as long as the date range "6 to 9 June" and comes first, so it would win the overlap and then be dropped here,
 * taking the date with it.
 */
export const clocklessTimeFilter: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isOwn(r) || !r.start.isCertain('hour') || CLOCK_MARK.test(r.text));
  },
};
