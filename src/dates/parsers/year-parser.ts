import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord, textAfter, textBefore } from './boundary.js';
import { tag } from '../tags.js';

/**
 * A four-digit number is a year only where the words around it make it one: after a preposition ("in 2023", "since
 * 2014", "the end of 2024", "mid-2025"), as the second end of a year range ("2014-2022", "between 2014 and 2022"), or
 * between a possessive or "the" and the noun it dates ("Moscow's 2022 invasion", "the 2019 election"). A number
 * before a plural noun counts things ("2000 troops") and never is one, unless the noun names events.
 */
const PATTERN = /((?:1[5-9]|20)\d{2})(?![\d,.]\d|\s*(?:%|per ?cent))(?!\w)/;
const YEAR_GROUP = 1;

const AFTER_PREPOSITION = /\b(?:in|on|since|by|until|till|before|after|from|during|through|throughout|of|between|early|late|mid|year|fiscal|circa|around|spring|summer|autumn|fall|winter)\s*-?\s*$/i;
const AFTER_YEAR = /\b(?:1[5-9]|20)\d{2}\s*(?:and|to|-|–|—|until|through)\s*$/i;
const AFTER_DETERMINER = /(?:['’]s|\bthe|\bits|\btheir|\bhis|\bher|\bthis|\bthat)\s+$/i;
/** Plural nouns that a year dates rather than counts: "the 2019 elections", "the 2024 Olympics". */
const EVENT_PLURALS = /^(?:elections|polls|games|olympics|midterms|primaries|talks|negotiations|protests|riots|floods|wildfires|fires|attacks|accords|sanctions|hearings|finals|championships|playoffs)\b/i;
/** Counted nouns that do not end in "s", and unit words: "2000 people", "1500 km". */
const IRREGULAR_COUNTED = /^(?:people|men|women|children|police|personnel|staff|cattle|sheep|troops|feet|km|kg|mw|gw|ft|mph|kph|m|t)\b/i;

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    const before = textBefore(context, index);
    const next = textAfter(context, index + match[0].length).trimStart();
    if (!isYearContext(before, next)) return null;
    // "fiscal 2025" names a company's year: the word stays in the text, the value is the year as written.
    const fiscal = /\b(?:fiscal|FY)\s*$/i.exec(before)?.[0].length ?? 0;
    const result = context.createParsingResult(index - fiscal, context.text.slice(index - fiscal, index) + match[0], { year: Number(match[YEAR_GROUP]) });
    result.addTag('dates/year');
    return result;
  },
};

/** The first end of "2014-2022" or "2014 to 2022", when the second end dates something too. */
const BEFORE_YEAR = /^(?:-|–|—|to|until|through)\s*(?:1[5-9]|20)\d{2}(?![\d,.]\d)\s*/i;

function isYearContext(before: string, next: string): boolean {
  if (countsSomething(next)) return false;
  const rangeEnd = BEFORE_YEAR.exec(next);
  if (rangeEnd && !countsSomething(next.slice(rangeEnd[0].length))) return true;
  return AFTER_PREPOSITION.test(before) || AFTER_YEAR.test(before) || AFTER_DETERMINER.test(before);
}

function countsSomething(next: string): boolean {
  const word = /^[A-Za-z]+/.exec(next)?.[0] ?? '';
  if (EVENT_PLURALS.test(word)) return false;
  if (IRREGULAR_COUNTED.test(word)) return true;
  return /[^su]s$/i.test(word) && word.toLowerCase() !== 'ths';
}

/** "the 1990s", "the early 2000s": a decade, valued as ISO 8601 writes one ("199"). */
const DECADE_PATTERN = /((?:1[5-9]|20)\d)0s\b/;

export const decadeParser: Parser = {
  pattern: () => DECADE_PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index!;
    if (!startsWord(context, index)) return null;
    if (!/\b(?:the|early|mid|late)\s*-?\s*$/i.test(textBefore(context, index))) return null;
    const decade = match[1]!;
    const result = context.createParsingResult(index, match[0], { year: Number(`${decade}0`) });
    result.addTag('dates/decade');
    result.addTag(tag('value', decade));
    return result;
  },
};
