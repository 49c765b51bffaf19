import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord } from './boundary.js';
import { tag } from '../tags.js';

/**
 * Seasons, as TIMEX3 codes (`2025-SU`): "this summer", "last winter", "summer 2024", "the spring of 2023".
 * Northern-hemisphere seasons, as English news mostly means. A season after an article or possessive ("a summer
 * offensive", "in the winter") is the current or nearest one in the sentence's tense; its text is the season word.
 * "fall" alone is the verb far more often than the season, so only "this/last/next fall" is read.
 */
export const SEASONS: Readonly<Record<string, { code: string; startMonth: number }>> = {
  spring: { code: 'SP', startMonth: 3 }, summer: { code: 'SU', startMonth: 6 }, autumn: { code: 'FA', startMonth: 9 },
  fall: { code: 'FA', startMonth: 9 }, winter: { code: 'WI', startMonth: 12 },
};
const PATTERN = /(?:(this|last|next)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})|(spring|summer|autumn|winter))(?!\w)/i;
const BARE_GROUP = 5;
const BARE_BEFORE = /\b(?:a|the|its|their|his|her|our|in|during|through|until|over)\s+$/i;

export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const bare = match[BARE_GROUP];
    if (bare && !BARE_BEFORE.test(context.text.slice(Math.max(0, index - 10), index))) return null;
    // "the Summer Games", "next Winter Olympics": a capitalised season before a capitalised word is part of a name.
    if (/^[A-Z]/.test(match[0].replace(/^(?:this|last|next|the)\s+/i, '')) && /^\s+[A-Z]/.test(context.text.slice(index + match[0].length))) return null;
    // "in the spring" names one season, so "the" is part of the expression; "a summer offensive" keeps the season alone.
    const article = bare ? /\bthe\s+$/i.exec(context.text.slice(Math.max(0, index - 4), index))?.[0] ?? '' : '';
    const result = context.createParsingResult(index - article.length, article + match[0]);
    if (bare) {
      result.start = context.createParsingComponents({});
      result.addTag('dates/season');
      result.addTag(tag('relative', `season:${bare.toLowerCase()}:tense`));
      return result;
    }
    if (match[4]) {
      const season = SEASONS[match[3]!.toLowerCase()]!;
      result.start = context.createParsingComponents({ year: Number(match[4]) });
      result.addTag('dates/season');
      result.addTag(tag('value', `${match[4]}-${season.code}`));
    } else {
      result.start = context.createParsingComponents({});
      result.addTag('dates/season');
      result.addTag(tag('relative', `season:${match[2]!.toLowerCase()}:${match[1]!.toLowerCase()}`));
    }
    return result;
  },
};
