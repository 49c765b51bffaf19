import type { ArticleDocument, Term } from '../document/index.js';
import type { LocationCandidate } from './candidate.js';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer/countries.js';
import { citiesNamed, provinceNamed } from './gazetteer/cities.js';
import { mountainRangeNamed } from './gazetteer/geo-features.js';
import { regionsNamed } from './gazetteer/regions.js';
import { placeKey } from './gazetteer/place-key.js';

/**
 * Words for a town square that news keeps as the square's own name after "the": "the Zócalo" (Mexico City's),
 * "the Maidan" (Kyiv's), "the Rynek" (a Polish town's market square).
 */
const SQUARE_NAMES: ReadonlySet<string> = new Set(['zocalo', 'maidan', 'rynek']);

/** Nouns before "of" that say the name after is a first-level division: "the central state of Puebla". */
const DIVISION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'region', 'prefecture', 'county', 'department', 'governorate', 'oblast', 'canton', 'emirate']);

/** Seats of bodies: "the General Court in Luxembourg", "headquarters in Singapore" name the city, not the state. */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['court', 'courts', 'tribunal', 'headquarters', 'head office', 'offices', 'office', 'seat', 'embassy', 'parliament', 'secretariat']);

/** Protected areas read as bounded, administered regions, not sites: "Jasper National Park". */
const PROTECTED_AREA = /\bNational\s+(?:Park|Forest|Reserve|Preserve)$/;

/**
 * Places a cue in or around the name settles before any gazetteer lookup: a square's name, a range after a
 * nationality, a protected area, a division after "state of", a city-state's name where a body sits.
 */
export function cuedPlace(document: ArticleDocument, terms: readonly Term[], text: string, end: number, hasThe: boolean): LocationCandidate | null {
  const first = terms[0]!;
  const base = { start: first.start, end, name: text, country: null };
  if (terms.length === 1 && hasThe && SQUARE_NAMES.has(placeKey(first.text))) return { ...base, kind: 'landmark', rule: 'locations/square-name' };
  if (PROTECTED_AREA.test(text)) return { ...base, kind: 'region', rule: 'locations/protected-area' };
  const range = rangeAfterNationality(terms, text, hasThe && prepositionBeforeThe(document, first));
  if (range) return { ...base, ...range, start: first.start, end };
  if (afterDivisionOf(document, first) && !countryByName(text)) {
    const country = provinceNamed(text)?.country ?? (new Set(regionsNamed(text).map((r) => r.country)).size === 1 ? regionsNamed(text)[0]!.country : null);
    return { ...base, kind: 'region', country, rule: 'locations/division-of' };
  }
  const state = countryByName(text);
  if (state && countryByCapital(text)?.code === state.code && citiesNamed(text).length > 0 && seatBefore(document, first)) {
    return { ...base, kind: 'city', country: state.code, rule: 'locations/city-state-seat' };
  }
  return null;
}

/** "the Canadian Rockies" (CA), "the Swiss Alps" (CH), "the Alps": a range, in the nationality's state if one is given. */
function rangeAfterNationality(terms: readonly Term[], text: string, hasThe: boolean): Pick<LocationCandidate, 'name' | 'kind' | 'country' | 'rule'> | null {
  const nationality = terms.length > 1 ? countryByDemonym(terms[0]!.text) : null;
  if (nationality) {
    const range = mountainRangeNamed(terms.slice(1).map((t) => t.text).join(' '));
    return range ? { name: text, kind: 'geo-feature', country: nationality.code, rule: 'locations/nationality-range' } : null;
  }
  const range = hasThe ? mountainRangeNamed(text) : null;
  return range ? { name: range.name, kind: 'geo-feature', country: range.country, rule: 'locations/mountain-range' } : null;
}

/** "in the Alps", "across the Rockies": a preposition before "the" (not "The Rockies beat the Dodgers", a team). */
function prepositionBeforeThe(document: ArticleDocument, first: Term): boolean {
  const the = document.terms[first.index - 1];
  const before = document.terms[first.index - 2];
  return the?.normal === 'the' && before !== undefined && before.sentence === first.sentence && before.tags.has('Preposition');
}

/** "the central state of Puebla", "the province of Alberta": a division noun, then "of", right before the name. */
function afterDivisionOf(document: ArticleDocument, first: Term): boolean {
  const of = document.terms[first.index - 1];
  const noun = document.terms[first.index - 2];
  return of?.normal === 'of' && of.sentence === first.sentence && noun !== undefined && DIVISION_NOUNS.has(noun.normal);
}

/** "the General Court in Luxembourg": a body's seat, then "in", right before the name. */
function seatBefore(document: ArticleDocument, first: Term): boolean {
  const preposition = document.terms[first.index - 1];
  if (!preposition || preposition.sentence !== first.sentence || !['in', 'at'].includes(preposition.normal)) return false;
  for (let k = first.index - 2; k >= 0 && k >= first.index - 3; k--) {
    const term = document.terms[k]!;
    if (term.sentence !== first.sentence) return false;
    if (SEAT_NOUNS.has(term.normal) || SEAT_NOUNS.has(`${document.terms[k - 1]?.normal ?? ''} ${term.normal}`)) return true;
    // "its headquarters, based in Luxembourg": one participle may stand between the seat and "in".
    if (!['based', 'located', 'sitting', 'housed'].includes(term.normal)) return false;
  }
  return false;
}
