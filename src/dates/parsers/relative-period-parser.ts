import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * "this week", "last month", "next year", "earlier this week", "later this month", "this weekend": a calendar period
 * counted from publication. chrono reads these as a single day ("last month" as 2025-05-02); the value here keeps
 * the period's own precision. The fact builder computes it, since it owns the publication date.
 */
const PATTERN = /(?:(earlier|later)\s+)?(this|last|next)\s+(week|weekend|month|year)(?!\w)/i;
const SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    // "the last week of the war" is a stretch of time, not last calendar week.
    if (/\bthe\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents({});
    result.addTag('dates/relative-period');
    result.addTag(tag('relative', `${match[3]!.toLowerCase()}${signed(SHIFT[match[2]!.toLowerCase()]!)}`));
    return result;
  },
};

function signed(n: number): string {
  return n < 0 ? String(n) : `+${n}`;
}
