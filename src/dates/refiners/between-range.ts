import type { ParsingContext, ParsingComponents, ParsingResult, Refiner } from 'chrono-node';

/**
 * "on Tuesday and Wednesday" (two weekdays joined by "and": the days of one event), and
 * "between June 20 and 30", "between 9 and 11 March", "between 2014 and 2022", "between May 1 and June 3": one
 * range. chrono merges "to" and dashes but not "between ... and"; the text keeps "between" (it is what makes the
 * two dates a range).
 */
const BETWEEN = /\bbetween\s+$/i;
const BETWEEN_DAY = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i;
const AND_DAY = /^\s+and\s+(\d{1,2})(?:st|nd|rd|th)?(?![\w:])/i;
const AND = /^\s+and\s+$/i;

export const betweenRangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      const next = results[i + 1];
      const merged = result.end ? null : mergeBetween(context, result, next);
      if (merged) {
        out.push(merged.result);
        if (merged.consumedNext) i++;
      } else out.push(result);
    }
    return out;
  },
};

function mergeBetween(context: ParsingContext, result: ParsingResult, next: ParsingResult | undefined) {
  const before = context.text.slice(Math.max(0, result.index - 30), result.index);
  const afterIndex = result.index + result.text.length;
  const weekdayPair = !!next && !next.end && result.start.isOnlyWeekdayComponent() && next.start.isOnlyWeekdayComponent() &&
    AND.test(context.text.slice(afterIndex, next.index));
  if (BETWEEN.test(before) || weekdayPair) {
    const opener = /between\s+$/i.exec(before)?.[0] ?? '';
    const gap = next ? context.text.slice(afterIndex, next.index) : '';
    if (next && !next.end && AND.test(gap)) {
      const end = next.start.clone() as ParsingComponents;
      shareComponents(result.start as ParsingComponents, end);
      return { result: range(context, result.index - opener.length, next.index + next.text.length, result.start as ParsingComponents, end), consumedNext: true };
    }
    const day = AND_DAY.exec(context.text.slice(afterIndex));
    if (day && result.start.isCertain('day') && result.start.isCertain('month')) {
      const end = (result.start as ParsingComponents).clone().assign('day', Number(day[1]));
      return { result: range(context, result.index - opener.length, afterIndex + day[0].length, result.start as ParsingComponents, end), consumedNext: false };
    }
  }
  const firstDay = BETWEEN_DAY.exec(before);
  if (firstDay && result.start.isCertain('day') && result.start.isCertain('month')) {
    const start = (result.start as ParsingComponents).clone().assign('day', Number(firstDay[1]));
    return { result: range(context, result.index - firstDay[0].length, afterIndex, start, result.start as ParsingComponents), consumedNext: false };
  }
  return null;
}

/** "between May 1 and 3 June 2024": each end lends the other the parts it leaves out. */
function shareComponents(start: ParsingComponents, end: ParsingComponents): void {
  for (const key of ['year', 'month'] as const) {
    if (start.isCertain(key) && !end.isCertain(key) && end.isCertain('day')) end.imply(key, start.get(key)!);
    if (end.isCertain(key) && !start.isCertain(key) && start.isCertain('day')) start.imply(key, end.get(key)!);
  }
}

function range(context: ParsingContext, from: number, to: number, start: ParsingComponents, end: ParsingComponents): ParsingResult {
  const result = context.createParsingResult(from, to, start, end);
  result.addTag('dates/between-range');
  return result;
}
