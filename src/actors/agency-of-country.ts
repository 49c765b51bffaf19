import type { Term } from '../document/index.js';
import { countryByName } from '../locations/gazetteer/countries.js';
import { isTitleWord } from './lexicon/titles.js';

/** Words that make "<word> <country>" a part of the country, not a body: "Northern Ireland", "Atlantic Canada". */
const PART_OF_COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'atlantic', 'pacific', 'greater', 'upper', 'lower', 'inner', 'outer', 'mainland', 'rural',
  'urban', 'coastal', 'continental', 'metropolitan', 'new', 'old', 'all', 'modern', 'postwar', 'post-war', 'prewar',
]);

/**
 * "Parks Canada", "Statistics Canada", "Air Canada", "Sport England": a common noun written before a country's name,
 * as one capitalised name, is an agency or company of that country, never a person ("Richard Ireland" has a first
 * name) and never a part of the country ("Northern Ireland", "Atlantic Canada"). Returns the country's code.
 */
export function agencyOfCountry(terms: readonly Term[]): string | null {
  if (terms.length !== 2) return null;
  const [word, country] = [terms[0]!, terms[1]!];
  const state = /['’]s$/.test(country.text) ? null : countryByName(country.text);
  if (!state || word.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return null;
  const personal = ['FirstName', 'LastName', 'Honorific', 'Demonym', 'Adjective'].some((tag) => word.tags.has(tag));
  if (personal || PART_OF_COUNTRY_WORDS.has(word.normal) || isTitleWord(word.text) || countryByName(`${word.text} ${country.text}`)) return null;
  return state.code;
}
