import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * Business-news periods, as TIMEX3 writes them: quarters ("the third quarter", "third-quarter", "Q3 2024",
 * "the fourth quarter of 2023" → `2024-Q3`) and halves ("the first half of 2025" → `2025-H1`). "fiscal" is kept in
 * the text but read as the calendar year: a company's fiscal calendar is not in the text.
 */
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const PATTERN = /(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)|\b[QH]([1-4]))(?:\s+(?:of\s+)?(?:((?:fiscal|FY)\s*)?((?:19|20)\d{2})|(the|this|next|last)\s+year))?(?!\w)/i;
const ORDINAL_GROUP = 1;
const PERIOD_GROUP = 2;
const CODE_GROUP = 3;
const YEAR_GROUP = 5;
const YEAR_WORD_GROUP = 6;
const YEAR_SHIFT: Readonly<Record<string, number>> = { the: 0, this: 0, next: 1, last: -1 };

export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const isHalf = match[PERIOD_GROUP] ? /half/i.test(match[PERIOD_GROUP]) : /^H/i.test(match[0]);
    const number = match[ORDINAL_GROUP] ? ORDINALS[match[ORDINAL_GROUP].toLowerCase()]! : Number(match[CODE_GROUP]);
    if (isHalf && number > 2) return null;
    // "the second half" of a match or a film has no year: only a half tied to a year is a date.
    if (isHalf && !match[YEAR_GROUP] && !match[YEAR_WORD_GROUP]) return null;
    const period = `${isHalf ? 'H' : 'Q'}${number}`;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents(match[YEAR_GROUP] ? { year: Number(match[YEAR_GROUP]) } : {});
    result.addTag('dates/quarter');
    if (match[YEAR_GROUP]) result.addTag(tag('value', `${match[YEAR_GROUP]}-${period}`));
    // "the second half of the year": the publication year's, "of next year" the one after.
    else if (match[YEAR_WORD_GROUP]) result.addTag(tag('relative', `period:${period}:${YEAR_SHIFT[match[YEAR_WORD_GROUP].toLowerCase()]!}`));
    else result.addTag(tag('relative', `quarter:${number}`));
    return result;
  },
};

/**
 * "the last three months of 2023" is 2023-Q4 and "the first six months of 2024" 2024-H1: a quarter or half written
 * out in months. Only a year makes them a period; "the last three months" alone is a length of time.
 */
const MONTHS_PATTERN = /the\s+(first|last|final)\s+(three|six|3|6)\s+months\s+of\s+((?:19|20)\d{2})(?!\w)/i;

export const monthsOfYearParser: Parser = {
  pattern: () => MONTHS_PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const half = /six|6/i.test(match[2]!);
    const first = /first/i.test(match[1]!);
    const period = half ? (first ? 'H1' : 'H2') : first ? 'Q1' : 'Q4';
    const result = context.createParsingResult(index, match[0], { year: Number(match[3]) });
    result.addTag('dates/quarter');
    result.addTag(tag('value', `${match[3]}-${period}`));
    return result;
  },
};
