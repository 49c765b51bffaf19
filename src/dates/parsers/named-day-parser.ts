import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * Days known by name, capitalised as news writes them: "Election Day" (the US general election, the Tuesday after
 * the first Monday in November), "Christmas Day", "New Year's Eve", "Thanksgiving". The year is the one the tense
 * points to, as for a month-day; the fact builder computes it (resolve/named-day.ts).
 */
const PATTERN = /(Election Day|Christmas Day|Christmas Eve|Boxing Day|New Year['’]s Day|New Year['’]s Eve|Thanksgiving(?: Day)?)(?!\w)/;

export const namedDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const name = match[1]!.toLowerCase().replace(/['’]/g, '').replace(/\s+day$/, '').replace(/\s+/g, '-');
    const result = context.createParsingResult(index, match[1]!);
    result.start = context.createParsingComponents({});
    result.addTag('dates/named-day');
    result.addTag(tag('relative', `named:${name}`));
    return result;
  },
};
