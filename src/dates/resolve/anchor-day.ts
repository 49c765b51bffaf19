import { addDays, compareDays, isValidDay, weekdayOf, type Day } from './calendar.js';
import type { Direction } from './direction.js';

/**
 * Days, months and seasons named without a year, placed on the calendar from the publication day and the tense
 * that governs them. A past report's "on Sunday" is the latest Sunday on or before publication (the day itself if
 * it is a Sunday); "will meet on Monday" is the first Monday on or after it (news published in the morning
 * speaks of that evening's events by weekday: "will give a speech on Wednesday evening"). With no tense to go by, a weekday is taken
 * as past (news reports what happened) and a month-day as the nearest one, as chrono does.
 */
export type WeekdayWord = 'last' | 'next' | 'this' | null;

export function resolveWeekday(reference: Day, weekday: number, direction: Direction | null, word: WeekdayWord): Day {
  const forward = (weekday - weekdayOf(reference) + 7) % 7;
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  if (word === 'last') return addDays(reference, -(back || 7));
  if (word === 'next') return addDays(reference, forward || 7);
  if (word === 'this' || direction === 'present' || direction === 'future') return addDays(reference, forward);
  return addDays(reference, -back);
}

export function resolveMonthDay(reference: Day, month: number, day: number, direction: Direction | null): Day {
  const candidates = [-1, 0, 1]
    .map((shift) => ({ year: reference.year + shift, month, day }))
    .filter(isValidDay);
  if (direction === 'past') return last(candidates.filter((c) => compareDays(c, reference) <= 0)) ?? candidates[0]!;
  if (direction === 'future' || direction === 'present') {
    return candidates.find((c) => compareDays(c, reference) >= 0) ?? last(candidates)!;
  }
  return nearest(candidates, reference);
}

/** The year of a month named alone ("in March"): this year's if it has begun (past) or not yet ended (future). */
export function resolveMonthYear(reference: Day, month: number, direction: Direction | null): number {
  if (direction === 'past') return month <= reference.month ? reference.year : reference.year - 1;
  if (direction === 'future' || direction === 'present') return month >= reference.month ? reference.year : reference.year + 1;
  const distance = month - reference.month;
  if (distance > 6) return reference.year - 1;
  if (distance < -6) return reference.year + 1;
  return reference.year;
}

/**
 * The year a season is labelled with, for "this/last/next summer". A season is labelled by the year it starts in
 * (winter 2024 runs from December 2024): "last" is the latest one before the current season, "next" the first
 * after it, "this" the nearest (the current one, or the one just past or ahead).
 */
export function resolveSeasonYear(reference: Day, startMonth: number, word: string): number {
  const seasonOf = (month: number) => (month === 12 || month < 3 ? 3 : Math.floor(month / 3) - 1);
  const current = (reference.month < 3 ? reference.year - 1 : reference.year) * 4 + seasonOf(reference.month);
  const quarter = seasonOf(startMonth);
  const years = [-2, -1, 0, 1].map((shift) => reference.year + shift);
  const index = (year: number) => year * 4 + quarter;
  if (word === 'last') return last(years.filter((y) => index(y) < current))!;
  if (word === 'next') return years.find((y) => index(y) > current) ?? reference.year + 1;
  if (word === 'this-or-last') return last(years.filter((y) => index(y) <= current))!;
  if (word === 'this-or-next') return years.find((y) => index(y) >= current) ?? reference.year + 1;
  return [...years].sort((a, b) => Math.abs(index(a) - current) - Math.abs(index(b) - current) || b - a)[0]!;
}

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

function nearest(candidates: readonly Day[], reference: Day): Day {
  const distance = (d: Day) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(reference.year, reference.month - 1, reference.day));
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
}
