import type { DateFact } from '../../schema/index.js';

type Found = Omit<DateFact, 'id'>;

/** A year, or a part of one coarser than a month: "2024", "the second half of the year", "the third quarter". */
const YEAR_LEVEL = /^(\d{4})(?:-(?:H[12]|Q[1-4]|SP|SU|FA|WI))?$/;

/**
 * A month named without a year in a sentence that named a year before it ("cuts in 2024, starting in June", "in
 * the second half of the year, before ending reinvestments in December") is that year's month, anchored
 * `relative`. A day or month named before it does not count: "figures on Thursday showed ... in March" leaves March
 * to the tense.
 */
export function monthsInNamedYear(dates: readonly Found[]): Found[] {
  return dates.map((date) => {
    if (!/-month$/.test(date.rule ?? '') || !/^\d{4}-\d{2}$/.test(date.value)) return date;
    const year = dates
      .filter((d) => d.sentence === date.sentence && d.end <= date.start && d.kind === 'date')
      .sort((a, b) => b.start - a.start)
      .map((d) => YEAR_LEVEL.exec(d.value)?.[1])
      .find((y) => y !== undefined);
    if (!year) return date;
    return { ...date, value: `${year}${date.value.slice(4)}`, anchor: 'relative', rule: 'dates/month-in-named-year' };
  });
}
