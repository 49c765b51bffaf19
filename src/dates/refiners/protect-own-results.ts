import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn } from './prefer-own-results.js';

/**
 * Wraps one of chrono's refiners so that it may merge our dated results ("2014 to 2022") or drop them for an
 * overlapping reading, but not filter them out: chrono's filters judge chrono's readings (its UnlikelyFormatFilter
 * drops any all-digit text, which would drop every year "2022"), while our parsers have checked the words around
 * a match. Results that carry no calendar components (durations, sets, relative periods) are kept out of chrono's
 * refiners altogether: its date-time merge would join "four days, roughly five months" into one reading.
 */
export function protectOwnResults(refiner: Refiner): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const hidden = results.filter(isUncalendared);
      const shown = results.filter((r) => !isUncalendared(r));
      const refined = refiner.refine(context, shown);
      const dropped = shown.filter((r) => isOwn(r) && !refined.includes(r) && !refined.some((k) => overlaps(k, r)));
      const kept = hidden.filter((r) => !refined.some((k) => !isOwn(k) && overlaps(k, r)));
      const out = [...refined, ...dropped, ...kept];
      return out.length === refined.length ? refined : out.sort((a, b) => a.index - b.index);
    },
  };
}

function isUncalendared(result: ParsingResult): boolean {
  if (!isOwn(result)) return false;
  for (const t of result.tags()) if (t.startsWith('kind:') || t.startsWith('relative:')) return true;
  return false;
}

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}
