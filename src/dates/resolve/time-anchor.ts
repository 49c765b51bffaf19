import type { DateFact } from '../../schema/index.js';
import { formatDay, type Day } from './calendar.js';
import type { Direction } from './direction.js';

type Found = Omit<DateFact, 'id'>;

/** What may stand between a clock time and the day written with it: a zone, "on", "at", a comma. */
const SAME_PHRASE = /^[\s,]*(?:(?:local|eastern|central|pacific|mountain)\s+time|[A-Z]{2,4})?[\s,]*(?:on|at)?\s*$/i;
const DAY_PRECISE = /^\d{4}-\d{2}-\d{2}/;
/**
 * The clock hours each part of a day can hold (TIMEX3 part codes), generously, since "night" runs past midnight:
 * "at 8:30 p.m." does not fall on the "Thursday morning" named just before it, but on the "Wednesday night" before that.
 */
const PART_HOURS: Readonly<Record<string, (hour: number) => boolean>> = {
  MO: (h) => h >= 4 && h < 13,
  AF: (h) => h >= 12 && h < 19,
  EV: (h) => h >= 16 && h < 24,
  NI: (h) => h >= 18 || h < 6,
};

/**
 * A clock time without a day takes one, in this order:
 * - the day written with it ("10 a.m. on March 28", "Saturday at 11.42pm"), anchored `relative`;
 * - else the day the story last named before it ("struck at 4.17am" after "Monday's earthquake"), skipping a day
 *   on the other side of publication from the time's own tense (a past "shortly after 2:30 a.m." does not fall on
 *   a future "Jan. 20") and a part of a day that cannot hold the hour, anchored `relative`;
 * - else the publication day, anchored `publication`.
 * Without any of them, the time stays a bare time of day (`T04:17`).
 */
export function anchorTimes(dates: readonly Found[], reference: Day | null, directions: ReadonlyMap<number, Direction | null>, text: string): Found[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const today = reference ? formatDay(reference) : null;
  return sorted.map((date, i) => {
    if (date.kind !== 'time' || !date.value.startsWith('T')) return date;
    const days = sorted.filter((d) => d.kind === 'date' && DAY_PRECISE.test(d.value));
    const written = days.find((d) => d.sentence === date.sentence &&
      (SAME_PHRASE.test(text.slice(date.end, d.start)) || SAME_PHRASE.test(text.slice(d.end, date.start))));
    if (written) return onDay(date, written.value, 'relative', 'dates/time-on-written-day');
    const direction = directions.get(date.start) ?? null;
    const agrees = (d: Found) => !today || direction === null || direction === 'present' ||
      (direction === 'past' ? d.value.slice(0, 10) <= today : d.value.slice(0, 10) >= today);
    const previous = sorted.slice(0, i).reverse().find((d) => days.includes(d) && agrees(d) && holdsHour(d.value, date.value));
    if (previous) return onDay(date, previous.value, 'relative', 'dates/time-on-named-day');
    if (reference) return onDay(date, formatDay(reference), 'publication', 'dates/time-on-publication-day');
    return date;
  });
}

function onDay(time: Found, day: string, anchor: Found['anchor'], rule: string): Found {
  return { ...time, value: `${day.slice(0, 10)}${time.value}`, anchor, rule };
}

/** Whether a day value's part of day ("2024-10-10TMO") can hold a clock time ("T20:30"); a whole day holds any. */
function holdsHour(day: string, time: string): boolean {
  const part = /T([A-Z]{2})$/.exec(day)?.[1];
  const hours = part ? PART_HOURS[part] : undefined;
  const hour = /^T(\d{2})/.exec(time)?.[1];
  return !hours || hour === undefined || hours(Number(hour));
}
