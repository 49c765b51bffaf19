import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Where one of our parsers and one of chrono's read the same words, ours wins: "in two weeks" is a length of time
 * in news prose (chrono reads a date two weeks ahead), "the past week" a duration (chrono: a day). chrono keeps a
 * longer reading that adds to ours ("a year ago" over "a year"). Runs before chrono's overlap removal, which would
 * otherwise keep the longer of the two.
 */
export const preferOwnResultsRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const own = results.filter(isOwn);
    return results.filter((result) => isOwn(result) || !own.some((o) => overlaps(o, result) && !addsTo(result, o)));
  },
};

export function isOwn(result: ParsingResult): boolean {
  for (const t of result.tags()) if (t.startsWith('dates/')) return true;
  return false;
}

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/**
 * chrono's longer reading wins when it adds a calendar date ("12 March 2024" over a year) or counts back from
 * publication ("a year ago"); its other relative readings ("in two weeks", "after two weeks", "nine hours later")
 * count from an event or describe a length, which our duration states better.
 */
function addsTo(chrono: ParsingResult, own: ParsingResult): boolean {
  if (chrono.text.length <= own.text.length) return false;
  const relative = [...chrono.tags()].some((t) => t.startsWith('result/relative'));
  return !relative || /\bago$/i.test(chrono.text);
}

/**
 * Our uncalendared readings (durations, relative periods) skip chrono's overlap removal, so a reading inside a
 * longer one survives it: "the last three months" inside "the last three months of 2023", "next year" inside "the
 * first quarter of next year". The longer reading says more; the one inside it goes.
 */
export const containedResultFilter: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !results.some((o) => o !== r && o.text.length > r.text.length &&
      o.index <= r.index && r.index + r.text.length <= o.index + o.text.length));
  },
};
