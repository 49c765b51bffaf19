import type { DateFact, DateModifier } from '../../schema/index.js';
import { addDays, addMonths, formatDay, formatTime } from './calendar.js';

type Found = Omit<DateFact, 'id'>;

/** "about nine hours later": the amount, its unit and where its words are. */
export interface Shift {
  text: string;
  start: number;
  end: number;
  sentence: number;
  amount: number;
  unit: string;
  modifier: DateModifier | null;
  /** The length alone ("about nine hours", PT9H), for when nothing before it can be counted from. */
  duration: string;
}

/** A reader counts "later"/"earlier" from a time or date given close before: in the same or the two sentences before. */
const SENTENCE_WINDOW = 2;
const FULL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "about nine hours later" after "struck at 4.17am" on Monday is 13:17 that Monday; "a year earlier" after "the
 * third quarter" (2024-Q3) is 2023-Q3. Hours and minutes count from the last full clock time, longer units from the
 * last date they can move (a year moves any value, a month one with a month, a day or week a day). The result keeps
 * the value's precision and is anchored `relative`. With nothing to count from, the words state a length of time.
 */
export function anchorShift(shift: Shift, dates: readonly Found[]): Found {
  const before = dates
    .filter((d) => d.end <= shift.start && d.sentence >= shift.sentence - SENTENCE_WINDOW && d.kind !== 'duration' && d.kind !== 'set' && d.kind !== 'range')
    .sort((a, b) => b.start - a.start);
  for (const date of before) {
    const value = shifted(date.value, shift);
    if (value) {
      const kind = FULL_TIME.test(value) ? 'time' : 'date';
      return { text: shift.text, start: shift.start, end: shift.end, sentence: shift.sentence, kind, value, modifier: shift.modifier, anchor: 'relative', rule: 'dates/shift' };
    }
  }
  const text = shift.text.replace(/\s+(?:later|earlier)$/i, '');
  return { text, start: shift.start, end: shift.start + text.length, sentence: shift.sentence, kind: 'duration', value: shift.duration, modifier: shift.modifier, anchor: 'absolute', rule: 'dates/duration' };
}

function shifted(value: string, shift: Shift): string | null {
  const { amount, unit } = shift;
  if (unit === 'hour' || unit === 'minute') {
    const time = FULL_TIME.exec(value);
    if (!time) return null;
    const [year, month, day, hour, minute] = time.slice(1).map(Number) as [number, number, number, number, number];
    const at = new Date(Date.UTC(year, month - 1, day, hour, minute) + amount * (unit === 'hour' ? 3_600_000 : 60_000));
    const moved = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
    return `${formatDay(moved)}${formatTime(at.getUTCHours(), at.getUTCMinutes())}`;
  }
  if (!Number.isInteger(amount)) return null;
  if (unit === 'year' || unit === 'decade') {
    const years = amount * (unit === 'decade' ? 10 : 1);
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return dayShift(value, 0, 12 * years);
    const year = /^(\d{4})((?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/.exec(value);
    return year ? `${String(Number(year[1]) + years).padStart(4, '0')}${year[2]}` : null;
  }
  if (unit === 'month') {
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) {
      const moved = addMonths(Number(month[1]), Number(month[2]), amount);
      return `${String(moved.year).padStart(4, '0')}-${String(moved.month).padStart(2, '0')}`;
    }
    return dayShift(value, 0, amount);
  }
  if (unit === 'day' || unit === 'week' || unit === 'fortnight') return dayShift(value, amount * (unit === 'day' ? 1 : unit === 'week' ? 7 : 14), 0);
  return null;
}

/** A day-precise value ("2025-06-01", "2025-06-01TNI") moved by days or months; its time part is dropped. */
function dayShift(value: string, days: number, months: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (months === 0) return formatDay(addDays(day, days));
  const moved = addMonths(day.year, day.month, months);
  return formatDay({ ...moved, day: day.day });
}
