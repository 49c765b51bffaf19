/** Calendar arithmetic on plain days, in UTC so the machine's time zone never shifts a date. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function dayOf(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

export function addDays(d: Day, days: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** 0 = Sunday, as JavaScript and chrono number weekdays. */
export function weekdayOf(d: Day): number {
  return toDate(d).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isValidDay(d: Day): boolean {
  const date = toDate(d);
  return date.getUTCFullYear() === d.year && date.getUTCMonth() + 1 === d.month && date.getUTCDate() === d.day;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: Day): string {
  return `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
}

export function formatTime(hour: number, minute: number): string {
  return `T${pad(hour)}:${pad(minute)}`;
}

/** ISO 8601 week date of a day ("2025-W23"): weeks start on Monday and belong to the year of their Thursday. */
export function formatIsoWeek(d: Day): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const firstThursday = addDays({ year: thursday.year, month: 1, day: 4 }, 3 - ((weekdayOf({ year: thursday.year, month: 1, day: 4 }) + 6) % 7));
  const week = 1 + Math.round((toDate(thursday).getTime() - toDate(firstThursday).getTime()) / (7 * 86_400_000));
  return `${formatYear(thursday.year)}-W${pad(week)}`;
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
