import type { ParsedComponents } from 'chrono-node';
import { formatDay, formatMonth, formatTime, formatYear, type Day } from './calendar.js';
import { resolveMonthDay, resolveMonthYear, resolveWeekday, type WeekdayWord } from './anchor-day.js';
import type { Direction } from './direction.js';

/** A value read from chrono's components, with how it was fixed (for `anchor` and the provenance rule). */
export interface ComponentsValue {
  value: string;
  time: boolean;
  anchor: 'absolute' | 'publication';
  /** Set when the value depends on tense: `past-weekday`, `future-month-day`, ... */
  resolution: string | null;
}

export interface ValueContext {
  reference: Day | null;
  direction: Direction | null;
  weekdayWord: WeekdayWord;
}

/**
 * What chrono knows for certain, as precise as the text: a year, a month, a day, a time. A relative result of
 * chrono's ("yesterday", "two days ago") takes its day from chrono, computed from the reference; a weekday,
 * month-day or month without a year is resolved here by tense rather than chrono's nearest-date guess.
 * Null when the value needs a publication date the article lacks.
 */
export function componentsValue(c: ParsedComponents, context: ValueContext): ComponentsValue | null {
  const { reference, direction } = context;
  const tags = c.tags();
  const relative = [...tags].some((t) => t.startsWith('result/relative') || t.startsWith('casualReference/'));
  const time = c.isCertain('hour');
  const withTime = (date: string) => (time ? `${date}${formatTime(c.get('hour')!, c.get('minute') ?? 0)}` : date);
  if (relative) {
    if (!reference) return null;
    const day: Day = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
    const dayPrecise = c.isCertain('day') || c.isCertain('weekday') || [...tags].some((t) => t.startsWith('casualReference/'));
    const value = dayPrecise ? formatDay(day) : c.isCertain('month') ? formatMonth(day.year, day.month) : formatYear(day.year);
    return { value: withTime(value), time, anchor: 'publication', resolution: null };
  }
  if (c.isCertain('year')) {
    const year = c.get('year')!;
    const value = !c.isCertain('month') ? formatYear(year)
      : !c.isCertain('day') ? formatMonth(year, c.get('month')!)
      : formatDay({ year, month: c.get('month')!, day: c.get('day')! });
    return { value: withTime(value), time, anchor: 'absolute', resolution: null };
  }
  const tense = direction ?? 'default';
  if (c.isCertain('day') && c.isCertain('month')) {
    if (!reference) return null;
    const day = resolveMonthDay(reference, c.get('month')!, c.get('day')!, direction);
    return { value: withTime(formatDay(day)), time, anchor: 'publication', resolution: `${tense}-month-day` };
  }
  if (c.isCertain('weekday')) {
    if (!reference) return null;
    const day = resolveWeekday(reference, c.get('weekday')!, direction, context.weekdayWord);
    return { value: withTime(formatDay(day)), time, anchor: 'publication', resolution: `${context.weekdayWord ?? tense}-weekday` };
  }
  if (c.isCertain('month')) {
    if (!reference) return null;
    const month = c.get('month')!;
    return { value: formatMonth(resolveMonthYear(reference, month, direction), month), time: false, anchor: 'publication', resolution: `${tense}-month` };
  }
  if (time) return { value: formatTime(c.get('hour')!, c.get('minute') ?? 0), time, anchor: 'absolute', resolution: null };
  return null;
}
