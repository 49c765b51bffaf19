/** English number words, as plain module-level tables (read-only). */

export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that follow a number ("1.2 million", "three hundred"); short forms as newsrooms write them. */
export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
]);

/** Denominators of fractions ("a third", "two thirds", "three quarters"); "half" stands on its own. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
  ['hundredth', 100], ['hundredths', 100], ['thousandth', 1000], ['thousandths', 1000],
]);

/** "a dozen" is a number; "dozens" is not (no value a reader can fix). */
export const DOZEN = 'dozen';

/** Words that make a number a multiplier: "nearly nine times". */
export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set(['times', 'fold']);

/**
 * Vague plurals of round numbers: "dozens", "thousands", "tens of thousands". Read as at least two of the unit
 * (dozens is at least 24), the reading our annotation guide takes; they carry the modifier at-least.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9],
]);
