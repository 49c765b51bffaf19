import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { COUNT_WORD_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
import { tag } from '../tags.js';

/** Recurrences, as TIMEX3 sets: "every Monday" (`XXXX-WXX-1`), "every day" (`P1D`), "each year" (`P1Y`). */
const PERIODS: Readonly<Record<string, string>> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', night: 'P1D', morning: 'P1D' };
const PATTERN = new RegExp(`(?:every|each)\\s+(${WEEKDAY_PATTERN}|day|week|month|year|night|morning)(?!\\w)`, 'i');

export const setParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const word = match[1]!.toLowerCase();
    const weekday = WEEKDAYS[word];
    const value = weekday === undefined ? PERIODS[word]! : `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents({});
    result.addTag('dates/set');
    result.addTag(tag('kind', 'set'));
    result.addTag(tag('value', value));
    return result;
  },
};

/**
 * A rate's period: "€7.5 billion a month", "$200 per day", "2% a year". After an amount, "a month" says how often,
 * not how long: a TIMEX3 set with the period's value. The duration parser leaves these to this one.
 */
export const RATE_BEFORE = new RegExp(
  `(?:(?:\\d|%|\\b(?:million|billion|trillion|bn|percent|per\\s+cent))|` +
  // "200 lorries a day", "three flights a week": a count of things is a rate too.
  `(?:\\d|\\b(?:${COUNT_WORD_PATTERN}))\\s+[a-z-]*[a-z]s)\\s*$`, 'i');
/** "20 people a day after the storm": an offset, read by the duration parser. */
const RATE_PATTERN = /(?:a|per)\s+(day|week|month|year)(?!\w)(?!\s+(?:after|before|later|earlier|ago)\b)/i;

export const rateParser: Parser = {
  pattern: () => RATE_PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index) || !RATE_BEFORE.test(context.text.slice(Math.max(0, index - 30), index).trimEnd())) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents({});
    result.addTag('dates/set');
    result.addTag(tag('kind', 'set'));
    result.addTag(tag('value', PERIODS[match[1]!.toLowerCase()]!));
    return result;
  },
};
