import type { ParsingContext, ParsingComponents, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono merges a clock time and its day into one reading ("10 a.m. on March 28", "Saturday at 11.42pm"). The
 * annotation guide counts them as two expressions: a `time` and a `date`. This refiner splits such a reading in
 * two; the fact builder then gives the time the day it was written with (resolve/time-anchor.ts).
 */
const CLOCK = /\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|noon|midnight|midday)/i;
/** What may stand between a clock time and the day after it: a zone, then "on" or a comma. */
const AFTER_CLOCK = /^(?:\s+(?:local\s+time|[A-Z]{2,4}))?\s*,?\s*(?:on\s+)?/;
/** What may stand between a day and the clock time after it: a comma, "at". */
const BEFORE_CLOCK = /\s*,?\s*(?:at\s*)?$/i;
const TIME_COMPONENTS = ['hour', 'minute', 'second', 'millisecond', 'meridiem'] as const;

export const splitClockTimeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.flatMap((result) => split(context, result) ?? [result]);
  },
};

function split(context: ParsingContext, result: ParsingResult): ParsingResult[] | null {
  const start = result.start as ParsingComponents;
  if (result.end || !start.isCertain('hour') || !hasDay(start)) return null;
  const clock = CLOCK.exec(result.text);
  if (!clock) return null;
  const clockStart = clock.index;
  const clockEnd = clockStart + clock[0].length;
  let dateFrom: number;
  let dateTo: number;
  const rest = result.text.slice(clockEnd);
  if (rest.trim()) {
    // "10 a.m. on March 28": the day follows the time.
    dateFrom = clockEnd + AFTER_CLOCK.exec(rest)![0].length;
    dateTo = result.text.length;
  } else {
    // "Saturday at 11.42pm": the day comes first.
    dateFrom = 0;
    dateTo = BEFORE_CLOCK.exec(result.text.slice(0, clockStart))!.index;
  }
  if (dateTo <= dateFrom) return null;
  const day = start.clone();
  day.delete([...TIME_COMPONENTS]);
  const dateResult = context.createParsingResult(result.index + dateFrom, result.text.slice(dateFrom, dateTo), day);
  dateResult.addTags(result.tags());
  const time = context.createParsingComponents({ hour: start.get('hour')!, minute: start.get('minute') ?? 0 });
  const timeResult = context.createParsingResult(result.index + clockStart, clock[0], time);
  timeResult.addTag('dates/clock-time');
  return [timeResult, dateResult].sort((a, b) => a.index - b.index);
}

function hasDay(c: ParsingComponents): boolean {
  return c.isCertain('day') || c.isCertain('weekday') || [...c.tags()].some((t) => t.startsWith('casualReference/'));
}
