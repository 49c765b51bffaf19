import { addDays, compareDays, weekdayOf, type Day } from './calendar.js';
import type { Direction } from './direction.js';

/** The day a named day falls on in a year; keys are the named-day parser's (`election`, `new-years-eve`). */
const RULES: Readonly<Record<string, (year: number) => Day>> = {
  // US general elections: "the Tuesday next after the first Monday in November" (2 U.S.C. 7).
  election: (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  christmas: (year) => ({ year, month: 12, day: 25 }),
  'christmas-eve': (year) => ({ year, month: 12, day: 24 }),
  boxing: (year) => ({ year, month: 12, day: 26 }),
  'new-years': (year) => ({ year, month: 1, day: 1 }),
  'new-years-eve': (year) => ({ year, month: 12, day: 31 }),
  // US Thanksgiving: the fourth Thursday of November.
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
};

/**
 * A named day without a year: in a past report the latest one on or before publication, in a forecast the first on
 * or after it, else the nearer of the two. Null for a name it does not know.
 */
export function resolveNamedDay(name: string, reference: Day, direction: Direction | null): Day | null {
  const rule = RULES[name];
  if (!rule) return null;
  const [before, after] = [reference.year - 1, reference.year, reference.year + 1]
    .map(rule)
    .reduce<[Day | null, Day | null]>(([b, a], d) => [
      compareDays(d, reference) <= 0 ? d : b,
      a ?? (compareDays(d, reference) >= 0 ? d : null),
    ], [null, null]);
  if (direction === 'past') return before;
  if (direction === 'future' || direction === 'present') return after;
  const distance = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(reference.year, reference.month - 1, reference.day));
  return !after || (before && distance(before) <= distance(after)) ? before : after;
}

/** The n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first: Day = { year, month, day: 1 };
  return addDays(first, (weekday - weekdayOf(first) + 7) % 7 + 7 * (n - 1));
}
