import type { ArticleDocument, Term } from '../document/index.js';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer/countries.js';
import { citiesNamed, provinceNamed, resolveCity, townsNamed } from './gazetteer/cities.js';
import { regionsNamed, resolveRegion } from './gazetteer/regions.js';
import { usStateAbbreviation } from './lexicon/us-state-abbreviations.js';

/** "Ukraine's southern Kherson region": the possessive state or region before a place names its country. */
export function possessiveCountryBefore(document: ArticleDocument, firstIndex: number): string | null {
  for (let k = firstIndex - 1; k >= 0 && k >= firstIndex - 3; k--) {
    const term = document.terms[k]!;
    if (term.sentence !== document.terms[firstIndex]!.sentence) return null;
    if (/['’]s$/.test(term.text)) return countryOfRegionWord(term.text.slice(0, -2));
    if (!term.tags.has('Adjective') && !term.tags.has('Region') && !term.tags.has('Determiner')) return null;
  }
  return null;
}

/** The state a country, a first-level region or a state abbreviation lies in: "Florida" (US), "Lower Austria" (AT), "Fla." (US). */
export function countryOfRegionWord(word: string): string | null {
  if (usStateAbbreviation(word)) return 'US';
  const regions = new Set(regionsNamed(word).map((r) => r.country));
  return countryByName(word)?.code ?? provinceNamed(word)?.country ?? (regions.size === 1 ? [...regions][0]! : null);
}

/**
 * "the Dolmabahce Palace in Istanbul", "Beitunia, in the occupied West Bank": a place said to lie in a city, region
 * or state takes that state. The words after "in" may hold adjectives and "the".
 */
export function countryOfPlaceAfter(document: ArticleDocument, last: Term, weights: ReadonlyMap<string, number>): string | null {
  const k0 = last.index + 1;
  if (document.terms[k0]?.normal !== 'in' || !/^,?\s+$/.test(last.post)) return null;
  let k = k0 + 1;
  for (let steps = 0; steps < 3; steps++, k++) {
    const term = document.terms[k];
    if (!term || term.sentence !== last.sentence) return null;
    if (/^\p{Lu}/u.test(term.text)) return countryOfPlaceWords(document, k, weights);
    if (!term.tags.has('Determiner') && !term.tags.has('Adjective')) return null;
  }
  return null;
}

/** The state of the capitalised place name starting at term `k` (one or two words: "Istanbul", "West Bank"). */
function countryOfPlaceWords(document: ArticleDocument, k: number, weights: ReadonlyMap<string, number>): string | null {
  const one = document.terms[k]!;
  const two = document.terms[k + 1];
  const names = [one.text.replace(/['’]s$/, '')];
  if (two && one.post === ' ' && /^\p{Lu}/u.test(two.text)) names.unshift(`${one.text} ${two.text.replace(/['’]s$/, '')}`);
  for (const name of names) {
    const code = countryByName(name)?.code ?? countryByCapital(name)?.code ?? resolveCity(name, weights)?.country ?? resolveRegion(name, weights)?.country;
    if (code) return code;
  }
  return null;
}

/**
 * "St. Petersburg, Florida", "London, Ontario", "Bend, Ore.": the region or state written after a comma says which
 * of the same-named cities is meant. The city's country, or null where no city of that name lies there.
 */
export function qualifiedCity(document: ArticleDocument, text: string, last: Term): string | null {
  const next = document.terms[last.index + 1];
  if (!next || next.sentence !== last.sentence || !/^,\s+$/.test(last.post) || !/^\p{Lu}/u.test(next.text)) return null;
  const word = next.text.replace(/['’]s$/, '');
  if (usStateAbbreviation(`${word}${next.post.startsWith('.') ? '.' : ''}`) || usStateAbbreviation(word)) return 'US';
  const country = countryByName(word)?.code ?? provinceNamed(word)?.country ?? null;
  if (!country) return null;
  // "Hinton, Alberta": the qualifier says a town is meant, so a town too small to be found by name alone counts.
  // "Santa Ana, California": a town name the table holds only elsewhere is the qualifier's namesake, which the
  // table (Natural Earth's populated places) may simply lack.
  return townsNamed(text).length > 0 ? country : null;
}

/** "the city of Nowheresk", "the town of X": the noun before "of" says the name is a settlement. */
export function afterCityOf(document: ArticleDocument, first: Term): boolean {
  const of = document.terms[first.index - 1];
  const noun = document.terms[first.index - 2];
  // "residents of Nysa", "the outskirts of Kharkiv": people who live in a place, or its edge, name a settlement too.
  return of?.normal === 'of' && ['city', 'town', 'village', 'port', 'capital', 'suburb', 'township', 'hamlet', 'residents', 'inhabitants', 'outskirts'].includes(noun?.normal ?? '');
}

/** Nouns for a settlement in apposition: "Jindires, a Syrian town near the border". */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'port', 'suburb', 'capital', 'resort', 'district', 'province', 'region']);

/** "Jindires, a Syrian town": the nationality of an appositive settlement noun names the place's state. */
export function countryOfAppositive(document: ArticleDocument, last: Term): string | null {
  if (!/^,\s+$/.test(last.post)) return null;
  const [article, adjective, noun] = [1, 2, 3].map((n) => document.terms[last.index + n]);
  if (!article || !adjective || !noun || noun.sentence !== last.sentence || !['a', 'an', 'the'].includes(article.normal)) return null;
  if (!SETTLEMENT_NOUNS.has(noun.normal)) return null;
  return countryByDemonym(adjective.text)?.code ?? null;
}

/**
 * "Everett, Washington", "Bend, Oregon": a state or province written right after "Town, " qualifies the town and is
 * the region, whatever city shares its name.
 */
export function qualifiesTownBefore(document: ArticleDocument, first: Term): boolean {
  const before = document.terms[first.index - 1];
  if (!before || before.sentence !== first.sentence || !/^,\s+$/.test(before.post) || !/^\p{Lu}/u.test(before.text)) return false;
  return citiesNamed(before.text).length > 0 || before.tags.has('City');
}

/** Appositive nouns that say what kind of place a name is: "Faizabad, the constituency that ...". */
const APPOSITIVE_KINDS: Readonly<Record<string, 'city' | 'region' | 'geo-feature'>> = {
  town: 'city', city: 'city', village: 'city', suburb: 'city', township: 'city', hamlet: 'city',
  constituency: 'region', district: 'region', province: 'region', region: 'region', county: 'region', state: 'region',
  island: 'geo-feature', islet: 'geo-feature', atoll: 'geo-feature', peninsula: 'geo-feature', volcano: 'geo-feature',
  mountain: 'geo-feature', lake: 'geo-feature', river: 'geo-feature',
};

/**
 * "Faizabad, the constituency that includes Ayodhya", "Jindires, a Syrian town near the border", "Yonaguni, an
 * island in Japan's Okinawa prefecture": the kind of place
 * an appositive names. Up to two words may stand before its noun; the noun must end the noun phrase ("a town
 * councillor" is a person).
 */
export function kindOfAppositive(document: ArticleDocument, last: Term): 'city' | 'region' | 'geo-feature' | null {
  if (!/^,\s+$/.test(last.post)) return null;
  const article = document.terms[last.index + 1];
  if (!article || article.sentence !== last.sentence || !['a', 'an', 'the'].includes(article.normal)) return null;
  for (let k = article.index + 1; k <= article.index + 3; k++) {
    const term = document.terms[k];
    if (!term || term.sentence !== last.sentence || /^\p{Lu}/u.test(term.text)) return null;
    const kind = Object.hasOwn(APPOSITIVE_KINDS, term.normal) ? APPOSITIVE_KINDS[term.normal]! : null;
    const next = document.terms[k + 1];
    const endsPhrase = !next || next.sentence !== term.sentence || /[,.;:]/.test(term.post) || !next.tags.has('Noun') || next.tags.has('Pronoun');
    if (kind) return endsPhrase ? kind : null;
    if (!/^\s+$/.test(term.post)) return null;
  }
  return null;
}
