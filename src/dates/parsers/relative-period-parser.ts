import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * "this week", "last month", "next year", "earlier this week", "later this month", "this weekend": a calendar period
 * counted from publication. chrono reads these as a single day ("last month" as 2025-05-02); the value here keeps
 * the period's own precision. The fact builder computes it, since it owns the publication date. "the weekend" is
 * the one the tense points to: just past in a report, coming in a forecast.
 */
const PATTERN = /(?:(earlier|later)\s+)?(this|last|next|the)\s+(week|weekend|month|year)(?!\w)/i;
/** "the end of the year": the current one; the modifier refiner adds "the end of" and its `mod`. */
const BOUNDARY_OF = /\b(?:end|start|beginning|middle)\s+of\s+$/i;
const SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    // "the last week of the war" is a stretch of time, not last calendar week.
    if (/\bthe\s+$/i.test(context.text.slice(Math.max(0, index - 4), index))) return null;
    const word = match[2]!.toLowerCase();
    const period = match[3]!.toLowerCase();
    // "over the weekend", "at the weekend": the weekend the tense points to. "the week", "the year" name no period
    // by themselves ("the year" is read only with "the end of", in the modifier refiner's reach).
    const before = context.text.slice(Math.max(0, index - 24), index);
    const bounded = period !== 'weekend' && BOUNDARY_OF.test(before);
    if (word === 'the' && !bounded && (period !== 'weekend' || match[1] || /\b(?:of|a|every|each)\s+$/i.test(before))) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = context.createParsingComponents({});
    result.addTag('dates/relative-period');
    const relative = bounded && word === 'the' ? `${period}+0` : word === 'the' ? 'weekend:tense' : `${period}${signed(SHIFT[word]!)}`;
    result.addTag(tag('relative', relative));
    return result;
  },
};

function signed(n: number): string {
  return n < 0 ? String(n) : `+${n}`;
}
