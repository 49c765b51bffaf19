/**
 * Time units and how a duration in each is written in ISO 8601. Half units become the next smaller unit where one
 * exists ("a year and a half" is P18M, "an hour and a half" PT90M), as TIMEX3 annotators write them.
 */
interface UnitSpec {
  designator: string;
  time: boolean;
  /** The smaller unit and how many of it make this one, for halves. */
  smaller?: { unit: string; factor: number };
}

export const DURATION_UNITS: Readonly<Record<string, UnitSpec>> = {
  second: { designator: 'S', time: true },
  minute: { designator: 'M', time: true, smaller: { unit: 'second', factor: 60 } },
  hour: { designator: 'H', time: true, smaller: { unit: 'minute', factor: 60 } },
  day: { designator: 'D', time: false, smaller: { unit: 'hour', factor: 24 } },
  week: { designator: 'W', time: false, smaller: { unit: 'day', factor: 7 } },
  fortnight: { designator: 'W', time: false },
  month: { designator: 'M', time: false },
  year: { designator: 'Y', time: false, smaller: { unit: 'month', factor: 12 } },
  decade: { designator: 'Y', time: false },
  century: { designator: 'Y', time: false },
};

/** Units that are several of another: a fortnight is two weeks, a decade ten years. */
const MULTIPLES: Readonly<Record<string, number>> = { fortnight: 2, decade: 10, century: 100 };

/** "day", "days", "centuries" to the unit key, or null. */
export function unitOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower === 'centuries') return 'century';
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return singular in DURATION_UNITS ? singular : null;
}

/** ISO 8601 duration of `amount` units: 2 weeks is P2W, 1.5 years P18M, 0.5 hour PT30M, 24 hours PT24H. */
export function isoDuration(amount: number, unit: string): string {
  const spec = DURATION_UNITS[unit]!;
  let value = amount * (MULTIPLES[unit] ?? 1);
  let designator = spec.designator;
  let time = spec.time;
  if (!Number.isInteger(value) && spec.smaller) {
    const smaller = DURATION_UNITS[spec.smaller.unit]!;
    value *= spec.smaller.factor;
    designator = smaller.designator;
    time = smaller.time;
  }
  const number = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  return time ? `PT${number}${designator}` : `P${number}${designator}`;
}
