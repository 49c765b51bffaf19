import type { Parser, ParsingContext } from 'chrono-node';
import { startsWord, textBefore } from './boundary.js';
import { NUMBER_WORDS, NUMBER_WORD_PATTERN, alternation } from '../lexicon.js';
import { isoDuration, unitOf } from './duration-units.js';
import { tag } from '../tags.js';
import { RATE_BEFORE } from './set-parser.js';
import type { DateModifier } from '../../schema/index.js';

/**
 * Lengths of time: "a week", "two weeks", "barely an hour", "over a year and a half", "two and a half years",
 * "half an hour", "the next 24 hours", "the three-year-old war" (an age-like compound), "a 30-day truce".
 * The words before the number that bound it become the modifier, as TIMEX3's `mod`.
 */
const MODIFIERS: Readonly<Record<string, DateModifier>> = {
  'just over': 'more-than', 'just under': 'less-than', 'more than': 'more-than', 'less than': 'less-than',
  'at least': 'more-than', 'up to': 'less-than', over: 'more-than', under: 'less-than', barely: 'less-than',
  almost: 'less-than', nearly: 'less-than', about: 'approx', around: 'approx',
  roughly: 'approx', some: 'approx', approximately: 'approx',
};
const UNIT_WORDS = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century';

const PATTERN = new RegExp(
  `(?:(${alternation(Object.keys(MODIFIERS))})\\s+)?` +
    `(the\\s+(?:next|past|last|coming|previous|first|final)\\s+)?` +
    `(?:(half\\s+an?|(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD_PATTERN})(?:[\\s-]+and[\\s-]+a[\\s-]+half)?)(?:\\s+|-))?` +
    `(${UNIT_WORDS})` +
    `(\\s+and\\s+a\\s+half)?` +
    `(-old|-long)?` +
    `(\\s+(?:after|before|later|earlier))?(?!\\w)`,
  'i',
);
const MODIFIER_GROUP = 1;
const PERIOD_GROUP = 2;
const AMOUNT_GROUP = 3;
const UNIT_GROUP = 4;
const HALF_GROUP = 5;
const OFFSET_GROUP = 7;
/** Units an offset from an event can move a day by ("a day after the attacks"); "hours after" stays a length. */
const DAY_UNITS = new Set(['day', 'week', 'month', 'year', 'fortnight']);
const CLAUSE_START = /(?:^|[.!?:;,]["”’]?)\s*$/;
/** "once a year", "twice a week": a frequency, not a length. */
const FREQUENCY_BEFORE = /\b(?:once|twice|times)\s+$/i;

export const durationParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const period = match[PERIOD_GROUP];
    // "Over 19 days the city delivered": "over" opening a clause is the preposition "during", not "more than".
    const during = /^over$/i.test(match[MODIFIER_GROUP] ?? '') && CLAUSE_START.test(textBefore(context, match.index!));
    const modifier = during ? undefined : match[MODIFIER_GROUP];
    // "over the next 24 hours": "over" spans the period rather than bounding its length, so it stays outside.
    const skipped = (modifier && period) || during ? match[0].indexOf(match[0].slice(match[MODIFIER_GROUP]!.length).trimStart()) : 0;
    const index = match.index! + skipped;
    if (!startsWord(context, index)) return null;
    if (!match[AMOUNT_GROUP] && !period) return null;
    const amountText = (match[AMOUNT_GROUP] ?? 'one').toLowerCase();
    const unitText = match[UNIT_GROUP]!;
    const unit = unitOf(unitText);
    if (!unit || FREQUENCY_BEFORE.test(textBefore(context, index))) return null;
    // "€7.5 billion a month": a rate's period, read by the set parser.
    if (/^(?:a|per)\s/i.test(match[0].slice(index - match.index!)) && RATE_BEFORE.test(textBefore(context, index).trimEnd())) return null;
    // "the first hours of the response", "in the coming days": a stretch with no length a reader can fix.
    if (period && !match[AMOUNT_GROUP] && /s$/i.test(unitText)) return null;
    const amount = amountOf(amountText) + (match[HALF_GROUP] ? 0.5 : 0);
    if (!Number.isFinite(amount) || amount <= 0) return null;
    // "a second round": an ordinal, not one second.
    if (unit === 'second' && !/s$/i.test(unitText) && !/^\d/.test(amountText)) return null;
    const offset = match[OFFSET_GROUP];
    // "nine hours later", "a year earlier": counted from the time or date the story gave just before.
    const shifted = !!offset && /later|earlier/i.test(offset) && !period;
    const dated = (offset && DAY_UNITS.has(unit) && Number.isInteger(amount) && !modifier) || shifted;
    const text = match[0].slice(skipped, dated || !offset ? undefined : match[0].length - offset.length);
    const result = context.createParsingResult(index, text);
    result.start = context.createParsingComponents({});
    result.addTag('dates/duration');
    result.addTag(tag('kind', 'duration'));
    result.addTag(tag('value', isoDuration(amount, unit)));
    if (shifted) {
      result.addTag('dates/shift');
      result.addTag(tag('relative', `shift:${/later/i.test(offset) ? '+' : '-'}${amount}:${unit}`));
    } else if (dated) {
      // "a day after the attacks": a date counted from an event; the fact builder finds the event's date.
      const sign = /after/i.test(offset) ? '+' : '-';
      result.addTag('dates/event-offset');
      result.addTag(tag('relative', `offset:${sign}${amount * (unit === 'fortnight' ? 2 : 1)}:${unit === 'fortnight' ? 'week' : unit}`));
    }
    if (modifier && !period) result.addTag(tag('modifier', MODIFIERS[modifier.toLowerCase().replace(/\s+/g, ' ')]!));
    return result;
  },
};

function amountOf(text: string): number {
  if (/^half\s+an?$/.test(text)) return 0.5;
  const half = /[\s-]+and[\s-]+a[\s-]+half$/.test(text) ? 0.5 : 0;
  const head = text.replace(/[\s-]+and[\s-]+a[\s-]+half$/, '');
  const value = /^\d/.test(head) ? Number(head) : (NUMBER_WORDS[head] ?? NaN);
  return value + half;
}
