import * as chrono from 'chrono-node';
import { decadeParser, yearParser } from './parsers/year-parser.js';
import { durationParser } from './parsers/duration-parser.js';
import { relativePeriodParser } from './parsers/relative-period-parser.js';
import { partOfDayParser } from './parsers/part-of-day-parser.js';
import { seasonParser } from './parsers/season-parser.js';
import { rateParser, setParser } from './parsers/set-parser.js';
import { monthsOfYearParser, quarterParser } from './parsers/quarter-parser.js';
import { containedResultFilter, preferOwnResultsRefiner } from './refiners/prefer-own-results.js';
import { modifierPrefixRefiner } from './refiners/modifier-prefix.js';
import { betweenRangeRefiner } from './refiners/between-range.js';
import { fromRangePrefixRefiner } from './refiners/from-range.js';
import { clocklessTimeFilter, falseDateFilter } from './refiners/false-date-filter.js';
import { splitClockTimeRefiner } from './refiners/split-clock-time.js';
import { namedDayParser } from './parsers/named-day-parser.js';
import { clockWordParser } from './parsers/clock-word-parser.js';
import { protectOwnResults } from './refiners/protect-own-results.js';

/**
 * chrono's casual English configuration with our news parsers and refiners. Casual, not en.GB: en.GB reads
 * "May 16" as May 2016, while casual reads both "May 16" and "16 May" as month-days.
 * Built per call (it is cheap) so no chrono instance is shared between articles.
 *
 * Ordering constraints:
 * - our parsers come first: chrono's overlap removal keeps the first of two equally long readings.
 * - chrono's own refiners are wrapped by protectOwnResults: its filters drop all-digit texts such as "2022".
 * - preferOwnResultsRefiner runs before chrono's first overlap removal, which would keep chrono's longer "in two
 *   weeks" over our duration "two weeks".
 * - modifierPrefix, betweenRange and fromRangePrefix run after chrono's range and date-time merges, so they see
 *   whole dates ("9 to 11 March", "June 20").
 * - splitClockTimeRefiner runs after chrono's date-time merge (it undoes it: a time and its day are two facts) and
 *   before modifierPrefix, which must see the time alone ("about 4.40am").
 * - containedResultFilter runs after everything that lengthens a reading.
 * - clocklessTimeFilter runs first, before any overlap removal can let a false time beat a true date.
 * - falseDateFilter runs on final spans: "early March" passes, a bare "March" after a name does not.
 */
export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  news.parsers.unshift(monthsOfYearParser, durationParser, yearParser, decadeParser, relativePeriodParser, partOfDayParser, seasonParser, setParser, rateParser, quarterParser, clockWordParser, namedDayParser);
  news.refiners = news.refiners.map(protectOwnResults);
  news.refiners.unshift(clocklessTimeFilter, preferOwnResultsRefiner);
  news.refiners.push(splitClockTimeRefiner, modifierPrefixRefiner, betweenRangeRefiner, fromRangePrefixRefiner, falseDateFilter, containedResultFilter);
  return news;
}
