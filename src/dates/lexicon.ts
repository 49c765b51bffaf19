/**
 * Word lists the date parsers share. General English only: nothing here may come from one article.
 */

/** Full month names and the abbreviations news style uses, to month numbers 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full weekday names to JavaScript day numbers (0 = Sunday). Abbreviations ("Sun", "Wed") are left out on purpose. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Spelled-out numbers that count time units ("two weeks", "twenty-four hours"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72, several: NaN, few: NaN,
};

/** Regex alternation of a word list, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-.]/g, '\\$&')).join('|');
}

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const NUMBER_WORD_PATTERN = alternation(Object.keys(NUMBER_WORDS).filter((w) => !Number.isNaN(NUMBER_WORDS[w])));
/** Number words that count things ("three flights"), without the articles that also name one unit ("a day"). */
export const COUNT_WORD_PATTERN = alternation(Object.keys(NUMBER_WORDS).filter((w) => !Number.isNaN(NUMBER_WORDS[w]) && w !== 'a' && w !== 'an'));

/**
 * Verbs that look forward even in the past tense: "proposed talks on June 20", "agreed to meet on Friday",
 * "scheduled for Monday". A date they govern lies after the report, whatever the tense. "call" is left out: "called
 * an election on Sunday" dates the calling far more often than "called for talks on Friday" looks ahead.
 */
export const PROSPECTIVE_VERBS: ReadonlySet<string> = new Set([
  'propose', 'plan', 'schedule', 'set', 'agree', 'expect', 'invite',
  'intend', 'aim', 'hope', 'want', 'seek', 'suggest', 'postpone', 'delay', 'reschedule', 'due',
  'brace', 'prepare', 'await', 'forecast', 'predict', 'warn', 'threaten',
]);

/**
 * Verbs whose object is asked to act ("urged voters to turn out in November"): the infinitive after them looks
 * ahead, while the verb alone ("urged restraint on Monday") dates its own act, so they are not PROSPECTIVE_VERBS.
 */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['urge', 'ask', 'encourage', 'press', 'persuade', 'implore', 'exhort', 'appeal']);

/**
 * Verbs of a public act whose content may lie ahead ("vowed to strike on Friday", "announced talks for Monday") but
 * which news dates by the act itself when a date follows their object: "announced the start time in Doha on
 * Thursday", "pledged $1bn on Monday". They look forward only through an infinitive or a "for"/"until" date.
 */
export const ANNOUNCING_VERBS: ReadonlySet<string> = new Set(['announce', 'promise', 'pledge', 'vow', 'offer']);
