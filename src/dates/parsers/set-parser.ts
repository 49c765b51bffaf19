import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
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
