import type { DateFact } from '../../schema/index.js';
import { formatDay, type Day } from './calendar.js';

type Found = Omit<DateFact, 'id'>;

/**
 * A clock time without a day ("struck at 4.17am") happened on the day the story last named: the nearest
 * day-precise date before it in the text, else the publication day. Anchored `relative` or `publication`.
 * Without either, the time stays a bare time of day (`T04:17`).
 */
export function anchorTimes(dates: readonly Found[], reference: Day | null): Found[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  return sorted.map((date, i) => {
    if (date.kind !== 'time' || !date.value.startsWith('T')) return date;
    const previous = sorted.slice(0, i).reverse().find((d) => d.kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(d.value));
    if (previous) return { ...date, value: `${previous.value.slice(0, 10)}${date.value}`, anchor: 'relative', rule: 'dates/time-on-named-day' };
    if (reference) return { ...date, value: `${formatDay(reference)}${date.value}`, anchor: 'publication', rule: 'dates/time-on-publication-day' };
    return date;
  });
}
