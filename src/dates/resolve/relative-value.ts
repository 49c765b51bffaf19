import { addDays, addMonths, formatDay, formatIsoWeek, formatMonth, formatYear, weekdayOf, type Day } from './calendar.js';
import { resolveSeasonYear } from './anchor-day.js';
import { resolveNamedDay } from './named-day.js';
import type { Direction } from './direction.js';
import { SEASONS } from '../parsers/season-parser.js';

/**
 * Values of our parsers' `relative:` tags, counted from the publication day: `week-1` (last week), `month+0`,
 * `day-1` (yesterday, last night), `overnight`, `season:summer:last`. Null for a tag it does not know.
 */
export function relativeValue(relative: string, reference: Day, direction: Direction | null, part: string | null): string | null {
  const timeOfDay = part ? `T${part}` : '';
  if (relative === 'overnight') {
    // A past report's "overnight" is the night that ended on the publication morning; a forecast's is the coming one.
    const night = direction === 'future' || direction === 'present' ? reference : addDays(reference, -1);
    return `${formatDay(night)}${timeOfDay}`;
  }
  const named = /^named:(.+)$/.exec(relative);
  if (named) {
    const day = resolveNamedDay(named[1]!, reference, direction);
    return day ? formatDay(day) : null;
  }
  if (relative === 'weekend:tense') {
    // A weekday's past weekend is last week's; on a Saturday or Sunday, both readings are the weekend under way.
    const weekend = [0, 6].includes(weekdayOf(reference));
    const shift = weekend || direction === 'future' || direction === 'present' ? 0 : -1;
    return `${formatIsoWeek(addDays(reference, 7 * shift))}-WE`;
  }
  const season = /^season:(\w+):(\w+)$/.exec(relative);
  if (season) {
    const spec = SEASONS[season[1]!]!;
    const word = season[2] === 'tense' ? seasonWordForTense(direction) : season[2]!;
    return `${formatYear(resolveSeasonYear(reference, spec.startMonth, word))}-${spec.code}`;
  }
  const yearPart = /^period:(\w+):([+-]?\d+)$/.exec(relative);
  if (yearPart) return `${formatYear(reference.year + Number(yearPart[2]))}-${yearPart[1]}`;
  const quarter = /^quarter:(\d)$/.exec(relative);
  if (quarter) {
    // A quarter named without a year is this year's, unless a past report names one that has not begun yet.
    const number = Number(quarter[1]);
    const begun = (number - 1) * 3 + 1 <= reference.month;
    return `${formatYear(direction === 'past' && !begun ? reference.year - 1 : reference.year)}-Q${number}`;
  }
  const period = /^(day|week|weekend|month|year)([+-]\d+)$/.exec(relative);
  if (!period) return null;
  const shift = Number(period[2]);
  switch (period[1]) {
    case 'day':
      return `${formatDay(addDays(reference, shift))}${timeOfDay}`;
    case 'week':
      return formatIsoWeek(addDays(reference, 7 * shift));
    case 'weekend':
      return `${formatIsoWeek(addDays(reference, 7 * shift))}-WE`;
    case 'month': {
      const { year, month } = addMonths(reference.year, reference.month, shift);
      return formatMonth(year, month);
    }
    default:
      return formatYear(reference.year + shift);
  }
}

/**
 * A season named alone takes the tense's side: the current or last one in a past report, the current or next one
 * in a forecast; in the present ("pursues a summer offensive"), the nearest.
 */
function seasonWordForTense(direction: Direction | null): string {
  if (direction === 'past') return 'this-or-last';
  if (direction === 'future') return 'this-or-next';
  return 'this';
}

export type { Day };
