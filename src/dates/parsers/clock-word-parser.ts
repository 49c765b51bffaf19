import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';

/**
 * Clock times named by a word: "midday", "noon", "midnight" (chrono's casual parser reads "noon" alone as a part of
 * the day, which its readings of "the morning" share and our filter drops). A capitalised one inside a sentence is
 * part of a name ("Midnight Express").
 */
const PATTERN = /(mid-?day|noon|midnight)(?!\w)/i;
const HOURS: Readonly<Record<string, number>> = { midday: 12, 'mid-day': 12, noon: 12, midnight: 0 };

export const clockWordParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const word = match[1]!;
    if (word[0] !== word[0]!.toLowerCase() && !/(?:^|[.!?]\s+)$/.test(context.text.slice(0, index))) return null;
    const result = context.createParsingResult(index, word, { hour: HOURS[word.toLowerCase()]!, minute: 0 });
    result.addTag('dates/clock-word');
    return result;
  },
};
