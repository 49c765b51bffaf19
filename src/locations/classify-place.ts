import type { ArticleDocument, Term } from '../document/index.js';
import type { ProperName } from '../actors/names/proper-names.js';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer/countries.js';
import { citiesNamed, provinceNamed, regionOutweighsCities, resolveCity } from './gazetteer/cities.js';
import { geoFeatureNamed } from './gazetteer/geo-features.js';
import { GEO_FEATURE_HEADS, isLandmarkHead, REGION_HEADS } from './lexicon/place-heads.js';
import { PLACE_NOUNS } from './place-role.js';
import { isPlaceShaped, PLACE_NAME_FEATURE_HEADS, PLACE_NAME_PREFIXES, PLACE_NAME_REGION_HEADS, SETTLEMENT_PREPOSITIONS } from './lexicon/place-name-shapes.js';
import type { LocationCandidate } from './candidate.js';
import { isOrganizationHead } from '../actors/lexicon/organization-heads.js';

/** How far an adjective may stand from the place noun it names a place for: "Arctic, Siberian and Far East regions". */
const ADJECTIVE_REACH = 6;

/** Reads one capitalised name as a place, using the lower-case word after it ("Kherson region") and the gazetteers. */
export function classifyPlace(document: ArticleDocument, name: ProperName, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  const found = classifyByName(document, name, countryWeights);
  if (!found || found.country || found.kind === 'country' || found.rule === 'locations/geo-feature') return found;
  // "Florida's Gulf Coast", "Ukraine's Kherson region": the possessive state or region before a place holds it.
  const first = document.terms.find((t) => t.start === found.start);
  const holder = first ? possessiveCountryBefore(document, first.index) : null;
  return holder ? { ...found, country: holder } : found;
}

function classifyByName(document: ArticleDocument, name: ProperName, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  const terms = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
  if (terms.length === 0) return null;
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const text = document.text.slice(first.start, name.end);
  const next = name.possessive ? undefined : document.terms[last.index + 1];
  const headed = next && last.post === ' ' && next.sentence === last.sentence ? next : undefined;

  if (headed && REGION_HEADS.has(headed.normal)) {
    const country = possessiveCountryBefore(document, first.index) ?? countryOfWord(text, countryWeights);
    return place(document, first.start, headed.end, 'region', country, 'locations/region-head');
  }
  if (headed && GEO_FEATURE_HEADS.has(headed.normal)) {
    return place(document, first.start, headed.end, 'geo-feature', countryOfWord(text, countryWeights), 'locations/geo-feature-head');
  }
  if (isLandmarkHead(last.normal) && terms.length > 1) {
    return { start: first.start, end: name.end, name: text, kind: 'landmark', country: cityCountryAfter(document, last, countryWeights), rule: 'locations/landmark-head' };
  }
  const state = countryByName(text);
  const sameNamedRegion = state ? provinceNamed(text) : null;
  // "Georgia" in an article about the United States is the US state: its country outweighs the country named.
  if (state && sameNamedRegion && (countryWeights.get(sameNamedRegion.country) ?? 0) > 2 * (countryWeights.get(state.code) ?? 0)) {
    return { start: first.start, end: name.end, name: text, kind: 'region', country: sameNamedRegion.country, rule: 'locations/province' };
  }
  if (state) return { start: first.start, end: name.end, name: state.name, kind: 'country', country: state.code, rule: 'locations/country' };
  const feature = geoFeatureNamed(text);
  if (feature && (!feature.adjective || placeNounAhead(document, last))) {
    return { start: first.start, end: name.end, name: feature.feature.name, kind: feature.feature.kind, country: feature.feature.country, rule: 'locations/geo-feature' };
  }
  const province = provinceNamed(text);
  if (province && !countryByCapital(text) && (citiesNamed(text).length === 0 || regionOutweighsCities(text))) {
    return { start: first.start, end: name.end, name: text, kind: 'region', country: province.country, rule: 'locations/province' };
  }
  const qualified = qualifiedCity(document, text, last);
  if (qualified) return { start: first.start, end: name.end, name: text, kind: 'city', country: qualified, rule: 'locations/city-qualified' };
  const city = resolveCity(text, countryWeights);
  const capitalOf = countryByCapital(text);
  if (city || capitalOf || afterCityOf(document, first)) {
    // A capital's name elsewhere ("London, Ontario") yields to a city in a state the article talks about.
    const country = city && countryWeights.get(city.country) ? city.country : (capitalOf?.code ?? city?.country ?? null);
    return { start: first.start, end: name.end, name: text, kind: 'city', country, rule: 'locations/city' };
  }
  return placeByShape(document, terms, text, name.end);
}

/**
 * Places no gazetteer holds: a place-shaped name ("Lower Silesia", "San Fernando Valley", "Los Angeles County"), or
 * an unknown name right after "in", "near" or "at" that compromise does not read as a person or an organisation
 * ("a fire near Altadena").
 */
function placeByShape(document: ArticleDocument, terms: readonly Term[], text: string, end: number): LocationCandidate | null {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const words = terms.map((t) => t.text);
  const base = { start: first.start, end, name: text, country: null, rule: 'locations/place-shape' };
  if (isPlaceShaped(words)) {
    if (PLACE_NAME_REGION_HEADS.has(last.normal)) return { ...base, kind: 'region' };
    if (PLACE_NAME_FEATURE_HEADS.has(last.normal)) return { ...base, kind: 'geo-feature' };
    return { ...base, kind: PLACE_NAME_PREFIXES.has(first.normal.replace(/\.$/, '')) && /^(?:lower|upper|greater|north|south|east|west|northern|southern|eastern|western|central)$/.test(first.normal) ? 'region' : 'city' };
  }
  const before = document.terms[first.index - 1];
  if (!before || before.sentence !== first.sentence || !SETTLEMENT_PREPOSITIONS.has(before.normal) || !/^\s+$/.test(before.post)) return null;
  const actorLike = terms.some((t) => ['Person', 'FirstName', 'Organization', 'Acronym', 'Date', 'Month', 'WeekDay', 'Demonym', 'Adjective'].some((tag) => t.tags.has(tag))) || isOrganizationHead(last.normal.replace(/['’]s$/, ''));
  // "in Olympic sports": a name right before a lower-case noun modifies it and names no place of its own.
  const next = document.terms[last.index + 1];
  const modifier = next !== undefined && next.sentence === last.sentence && /^\s+$/.test(last.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Pronoun');
  return actorLike || modifier || terms.length > 3 ? null : { ...base, kind: 'city' };
}

function place(document: ArticleDocument, start: number, end: number, kind: LocationCandidate['kind'], country: string | null, rule: string): LocationCandidate {
  const text = document.text.slice(start, end);
  return { start, end, name: text, kind, country, rule };
}

/** The state of a word that may be a city, a demonym or a feature: "Irkutsk" (RU), "Crimean" (UA). */
function countryOfWord(text: string, weights: ReadonlyMap<string, number>): string | null {
  return geoFeatureNamed(text)?.feature.country ?? countryByDemonym(text)?.code ?? countryByName(text)?.code ?? resolveCity(text, weights)?.country ?? null;
}

/** "Ukraine's southern Kherson region": the possessive state before a region names its country. */
function possessiveCountryBefore(document: ArticleDocument, firstIndex: number): string | null {
  for (let k = firstIndex - 1; k >= 0 && k >= firstIndex - 3; k--) {
    const term = document.terms[k]!;
    if (term.sentence !== document.terms[firstIndex]!.sentence) return null;
    if (/['’]s$/.test(term.text)) return countryByName(term.text.slice(0, -2))?.code ?? provinceNamed(term.text.slice(0, -2))?.country ?? null;
    if (!term.tags.has('Adjective') && !term.tags.has('Region') && !term.tags.has('Determiner')) return null;
  }
  return null;
}

/** "the Dolmabahce Palace in Istanbul": a landmark takes the country of the city it is said to be in. */
function cityCountryAfter(document: ArticleDocument, last: Term, weights: ReadonlyMap<string, number>): string | null {
  const inWord = document.terms[last.index + 1];
  const city = document.terms[last.index + 2];
  if (inWord?.normal !== 'in' || !city || city.sentence !== last.sentence) return null;
  return countryByName(city.text)?.code ?? countryByCapital(city.text)?.code ?? resolveCity(city.text, weights)?.country ?? null;
}

/**
 * "St. Petersburg, Florida" and "London, Ontario": the region or state written after a comma says which of the
 * same-named cities is meant. The city's country, or null where no city of that name lies there.
 */
function qualifiedCity(document: ArticleDocument, text: string, last: Term): string | null {
  const next = document.terms[last.index + 1];
  if (!next || next.sentence !== last.sentence || !/^,\s+$/.test(last.post) || !/^\p{Lu}/u.test(next.text)) return null;
  const word = next.text.replace(/['’]s$/, '');
  const country = countryByName(word)?.code ?? provinceNamed(word)?.country ?? null;
  if (!country) return null;
  return citiesNamed(text).some((c) => c.country === country) ? country : null;
}

function placeNounAhead(document: ArticleDocument, last: Term): boolean {
  for (let k = last.index + 1; k < document.terms.length && k <= last.index + ADJECTIVE_REACH; k++) {
    const term = document.terms[k]!;
    if (term.sentence !== last.sentence || term.tags.has('Verb')) return false;
    if (PLACE_NOUNS.has(term.normal) || REGION_HEADS.has(term.normal) || GEO_FEATURE_HEADS.has(term.normal)) return true;
    if (/[.;:]/.test(term.post)) return false;
  }
  return false;
}

function afterCityOf(document: ArticleDocument, first: Term): boolean {
  const of = document.terms[first.index - 1];
  const noun = document.terms[first.index - 2];
  return of?.normal === 'of' && ['city', 'town', 'village', 'port', 'capital'].includes(noun?.normal ?? '');
}
