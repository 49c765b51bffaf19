import * as chrono from 'chrono-node';
import { decadeParser, yearParser } from './parsers/year-parser.js';
import { durationParser } from './parsers/duration-parser.js';
import { relativePeriodParser } from './parsers/relative-period-parser.js';
import { partOfDayParser } from './parsers/part-of-day-parser.js';
import { seasonParser } from './parsers/season-parser.js';
import { setParser } from './parsers/set-parser.js';
import { quarterParser } from './parsers/quarter-parser.js';
import { preferOwnResultsRefiner } from './refiners/prefer-own-results.js';
import { modifierPrefixRefiner } from './refiners/modifier-prefix.js';
import { betweenRangeRefiner } from './refiners/between-range.js';
import { fromRangePrefixRefiner } from './refiners/from-range.js';
import { falseDateFilter } from './refiners/false-date-filter.js';
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
 * - falseDateFilter runs last, on final spans: "early March" passes, a bare "March" after a name does not.
 */
export function createNewsChrono(): chrono.Chrono {
  const news = chrono.casual.clone();
  news.parsers.unshift(durationParser, yearParser, decadeParser, relativePeriodParser, partOfDayParser, seasonParser, setParser, quarterParser);
  news.refiners = news.refiners.map(protectOwnResults);
  news.refiners.unshift(preferOwnResultsRefiner);
  news.refiners.push(modifierPrefixRefiner, betweenRangeRefiner, fromRangePrefixRefiner, falseDateFilter);
  return news;
}
