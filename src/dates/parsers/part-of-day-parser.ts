import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
import { tag } from '../tags.js';

/**
 * Parts of a day, valued as TIMEX3 writes them (`2025-06-01TNI`): "overnight", "tonight", "last night",
 * "this morning", "yesterday afternoon", "Saturday night". A weekday keeps its day; the fact builder resolves it
 * by tense like any weekday.
 */
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const PATTERN = new RegExp(
  `(?:(?:(${WEEKDAY_PATTERN}|yesterday|today|tomorrow|this|last)\\s+(morning|afternoon|evening|night))|(overnight|tonight))(?!\\w)`,
  'i',
);
const DAY_GROUP = 1;
const PART_GROUP = 2;
const ALONE_GROUP = 3;
/** Which day a word names, counted from publication. "last night" is the night before. */
const RELATIVE_DAYS: Readonly<Record<string, string>> = {
  yesterday: 'day-1', today: 'day+0', this: 'day+0', tomorrow: 'day+1', last: 'day-1', tonight: 'day+0', overnight: 'overnight',
};

export const partOfDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const dayWord = (match[DAY_GROUP] ?? match[ALONE_GROUP])!.toLowerCase();
    const part = PARTS[(match[PART_GROUP] ?? 'night').toLowerCase()]!;
    const weekday = WEEKDAYS[dayWord];
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents(weekday === undefined ? {} : { weekday });
    result.addTag('dates/part-of-day');
    result.addTag(tag('part', part));
    if (weekday === undefined) result.addTag(tag('relative', RELATIVE_DAYS[dayWord]!));
    return result;
  },
};
