import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
import { tag } from '../tags.js';

/**
 * Parts of a day, valued as TIMEX3 writes them (`2025-06-01TNI`): "overnight", "tonight", "last night",
 * "this morning", "yesterday afternoon", "Saturday night". A weekday keeps its day; the fact builder resolves it
 * by tense like any weekday. "the evening" is part of the day the sentence named before it ("left on Sunday ...
 * by the evening"), found by the fact builder; with no such day it is no date.
 */
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const PATTERN = new RegExp(
  `(?:(?:(${WEEKDAY_PATTERN}|yesterday|today|tomorrow|this|last|the)\\s+(morning|afternoon|evening|night))|(overnight(?:\\s+into\\s+(${WEEKDAY_PATTERN}))?|tonight))(?!\\w)`,
  'i',
);
const DAY_GROUP = 1;
const PART_GROUP = 2;
const ALONE_GROUP = 3;
const INTO_GROUP = 4;
/** Which day a word names, counted from publication. "last night" is the night before. */
const RELATIVE_DAYS: Readonly<Record<string, string>> = {
  the: 'named-day', yesterday: 'day-1', today: 'day+0', this: 'day+0', tomorrow: 'day+1', last: 'day-1', tonight: 'day+0', overnight: 'overnight',
};

export const partOfDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const dayWord = (match[DAY_GROUP] ?? match[ALONE_GROUP])!.toLowerCase();
    const part = PARTS[(match[PART_GROUP] ?? 'night').toLowerCase()]!;
    // "by the evening": a part of the day the sentence named before it; "the night of June 5" names its day after.
    if (dayWord === 'the' && /^\s+of\b/i.test(context.text.slice(index + match[0].length))) return null;
    // "overnight into Sunday" is the night that starts on Saturday, and TIMEX3 dates a night by its first day.
    const into = match[INTO_GROUP] ? WEEKDAYS[match[INTO_GROUP].toLowerCase()] : undefined;
    const weekday = into === undefined ? WEEKDAYS[dayWord] : (into + 6) % 7;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents(weekday === undefined ? {} : { weekday });
    result.addTag('dates/part-of-day');
    result.addTag(tag('part', part));
    if (weekday === undefined) result.addTag(tag('relative', RELATIVE_DAYS[dayWord]!));
    return result;
  },
};
