import type { ArticleDocument, Term } from '../document/index.js';
import { citiesNamed } from './gazetteer/cities.js';
import { countryByCapital } from './gazetteer/countries.js';
import { SETTLEMENT_PREPOSITIONS } from './lexicon/place-name-shapes.js';

/**
 * Words for a share of an area before "of": "flooded much of Utiel", "power cut across most of Krnov", "parts of
 * Opava". Nobody floods much of a person; a possessive after the name ("much of Apple's revenue") is ruled out by
 * the caller.
 */
const SHARE_WORDS: ReadonlySet<string> = new Set(['much', 'most', 'parts', 'swathes', 'swaths', 'all', 'areas', 'streets']);

/** Tags that make an unknown name a body's, a date or a nationality rather than a town after "much of". */
const NOT_TOWN_TAGS = ['Organization', 'Acronym', 'Date', 'Month', 'WeekDay', 'Demonym', 'Adjective', 'Country'];

/**
 * "flooded much of Utiel", "much of Opava and Krnov": an unknown one-or-two-word name after a share of an area is a
 * town; the second of a pair joined by "and" is one too.
 */
export function afterShareOf(document: ArticleDocument, terms: readonly Term[]): boolean {
  const first = terms[0]!;
  if (terms.length > 2 || terms.some((t) => NOT_TOWN_TAGS.some((tag) => t.tags.has(tag)))) return false;
  let k = first.index - 1;
  // "much of Opava and Krnov": the second name of the pair.
  if (document.terms[k]?.normal === 'and' && /^\p{Lu}/u.test(document.terms[k - 1]?.text ?? '')) k -= 2;
  const of = document.terms[k];
  const share = document.terms[k - 1];
  return of?.normal === 'of' && of.sentence === first.sentence && share !== undefined && SHARE_WORDS.has(share.normal);
}

/**
 * "the emergency centre in L'Eliana, near Valencia": a name after a place preposition that the writer places near a
 * city of the table is a town, whatever compromise makes of its unusual spelling. Its state comes from the context
 * (the nearby city's name may be a namesake abroad).
 */
export function townNearCity(document: ArticleDocument, terms: readonly Term[]): boolean {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const before = document.terms[first.index - 1];
  if (!before || before.sentence !== first.sentence || !SETTLEMENT_PREPOSITIONS.has(before.normal)) return false;
  const words = document.terms.slice(last.index + 1, last.index + 4).filter((t) => t.text !== '');
  const [near, city] = words;
  if (!near || !city || near.normal !== 'near' || !/^,\s*$/.test(document.text.slice(last.end, near.start))) return false;
  return citiesNamed(city.text).length > 0 || countryByCapital(city.text) !== null;
}
