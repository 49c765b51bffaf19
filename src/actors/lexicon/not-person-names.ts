/**
 * First words of capitalised names that are named events, not people: "Storm Boris", "Hurricane Milton",
 * "Operation Overlord". Lower case.
 */
export const NAMED_EVENT_FIRST_WORDS: ReadonlySet<string> = new Set([
  'storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'operation', 'tornado', 'wildfire', 'fire',
]);

/**
 * Last words of capitalised names that are events, indexes, days or streets, not people: "Summer Games", "Dow Jones
 * Industrial Average", "Election Day", "Wall Street". Lower case.
 */
export const NOT_PERSON_HEADS: ReadonlySet<string> = new Set([
  'games', 'olympics', 'paralympics', 'cup', 'championship', 'championships', 'open', 'festival', 'summit', 'conference',
  'average', 'index', 'composite', 'day', 'eve', 'week', 'street', 'avenue', 'road', 'highway', 'boulevard', 'lane',
  'act', 'bill', 'treaty', 'accord', 'agreement', 'plan', 'doctrine', 'war', 'award', 'prize', 'medal', 'trophy',
]);
