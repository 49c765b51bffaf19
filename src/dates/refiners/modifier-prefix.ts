import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { cloneWithTags, readKind, tag } from '../tags.js';
import type { DateModifier } from '../../schema/index.js';

/**
 * "early March", "mid-2025", "the end of 2024", "late on Tuesday": words before a date that narrow it to a part
 * of the period (TIMEX3 `mod` START / MID / END). They become part of the fact's text, since they change its meaning.
 */
const PREFIX = /\b(early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)(?:\s*-\s*|\s+)$/i;
const MODIFIERS: Readonly<Record<string, DateModifier>> = {
  early: 'start', start: 'start', beginning: 'start', mid: 'mid', middle: 'mid', late: 'end', end: 'end',
};
/**
 * Words before a clock time that loosen it ("about 4.40am", "shortly after 2:30 a.m."): TIMEX3 APPROX, AFTER
 * (our `more-than`) and BEFORE (`less-than`). "after" and "before" alone are prepositions and stay outside.
 */
const TIME_PREFIX = /\b(about|around|approximately|roughly|(?:shortly|just|soon)\s+(?:after|before))\s+$/i;
const TIME_MODIFIERS: Readonly<Record<string, DateModifier>> = {
  about: 'approx', around: 'approx', approximately: 'approx', roughly: 'approx', after: 'more-than', before: 'less-than',
};

export const modifierPrefixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      const kind = readKind(result);
      if (kind === 'duration' || kind === 'set' || result.end) return result;
      if (result.start.isCertain('hour')) return loosenTime(context, result);
      const match = PREFIX.exec(context.text.slice(Math.max(0, result.index - 24), result.index));
      if (!match) return result;
      const word = /(early|mid|late|start|beginning|middle|end)/i.exec(match[1]!)![1]!.toLowerCase();
      const extended = cloneWithTags(result);
      extended.index = result.index - match[0].length;
      extended.text = match[0] + result.text;
      extended.addTag(tag('modifier', MODIFIERS[word]!));
      return extended;
    });
  },
};

function loosenTime(context: ParsingContext, result: ParsingResult): ParsingResult {
  const match = TIME_PREFIX.exec(context.text.slice(Math.max(0, result.index - 24), result.index));
  if (!match) return result;
  const word = /(\w+)$/.exec(match[1]!)![1]!.toLowerCase();
  const extended = cloneWithTags(result);
  extended.index = result.index - match[0].length;
  extended.text = match[0] + result.text;
  extended.addTag(tag('modifier', TIME_MODIFIERS[word]!));
  return extended;
}
