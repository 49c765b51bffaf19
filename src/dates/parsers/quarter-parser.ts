import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * Business-news periods, as TIMEX3 writes them: quarters ("the third quarter", "third-quarter", "Q3 2024",
 * "the fourth quarter of 2023" → `2024-Q3`) and halves ("the first half of 2025" → `2025-H1`). "fiscal" is kept in
 * the text but read as the calendar year: a company's fiscal calendar is not in the text.
 */
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const PATTERN = /(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)|\b[QH]([1-4]))(?:\s+(?:of\s+)?((?:fiscal|FY)\s*)?((?:19|20)\d{2}))?(?!\w)/i;
const ORDINAL_GROUP = 1;
const PERIOD_GROUP = 2;
const CODE_GROUP = 3;
const YEAR_GROUP = 5;

export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const isHalf = match[PERIOD_GROUP] ? /half/i.test(match[PERIOD_GROUP]) : /^H/i.test(match[0]);
    const number = match[ORDINAL_GROUP] ? ORDINALS[match[ORDINAL_GROUP].toLowerCase()]! : Number(match[CODE_GROUP]);
    if (isHalf && number > 2) return null;
    // "the second half" of a match or a film has no year: only a half tied to a year is a date.
    if (isHalf && !match[YEAR_GROUP]) return null;
    const period = `${isHalf ? 'H' : 'Q'}${number}`;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents(match[YEAR_GROUP] ? { year: Number(match[YEAR_GROUP]) } : {});
    result.addTag('dates/quarter');
    if (match[YEAR_GROUP]) result.addTag(tag('value', `${match[YEAR_GROUP]}-${period}`));
    else result.addTag(tag('relative', `quarter:${number}`));
    return result;
  },
};
