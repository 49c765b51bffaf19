import type { ArticleDocument, Term } from '../document/index.js';
import type { ProperName } from '../actors/names/proper-names.js';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer/countries.js';
import { citiesNamed, provinceNamed, regionOutweighsCities, resolveCity } from './gazetteer/cities.js';
import { geoFeatureNamed, riverNamed } from './gazetteer/geo-features.js';
import { regionsNamed, resolveRegion } from './gazetteer/regions.js';
import { FOREIGN_LANDMARK_FIRST_WORDS, GEO_FEATURE_HEADS, isLandmarkHead, REGION_HEADS, STATE_BUILDING_HEADS } from './lexicon/place-heads.js';
import { PLACE_NOUNS } from './place-role.js';
import { FEATURE_NAME_PREFIXES, isPlaceShaped, PLACE_NAME_FEATURE_HEADS, PLACE_NAME_PREFIXES, PLACE_NAME_REGION_HEADS, SETTLEMENT_PREPOSITIONS } from './lexicon/place-name-shapes.js';
import type { LocationCandidate } from './candidate.js';
import { isOrganizationHead } from '../actors/lexicon/organization-heads.js';
import { headAfterName } from './head-after-name.js';
import { afterCityOf, countryOfAppositive, countryOfPlaceAfter, possessiveCountryBefore, kindOfAppositive, qualifiedCity, qualifiesTownBefore } from './place-context.js';
import { compassPart } from './compass-place.js';
import { waterBodyAt } from './water-body.js';
import { stateAbbreviationAt } from './state-abbreviation.js';
import { placeKey } from './gazetteer/place-key.js';
import { cuedPlace } from './cued-place.js';
import { institutionBuilding } from './building-place.js';
import { afterShareOf, townNearCity } from './town-cues.js';

/** Continents: a compass adjective before one names a part of it ("central Europe", "south-east Asia"). */
const CONTINENTS: ReadonlySet<string> = new Set(['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America']);

/** How far an adjective may stand from the place noun it names a place for: "Arctic, Siberian and Far East regions". */
const ADJECTIVE_REACH = 6;

/** Reads one capitalised name as a place, using the lower-case word after it ("Kherson region") and the gazetteers. */
export function classifyPlace(document: ArticleDocument, name: ProperName, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  if (namesAThing(document, name)) return null;
  const found = institutionBuilding(document, name) ?? classifyByName(document, name, countryWeights);
  if (!found || found.country || found.kind === 'country' || found.rule === 'locations/geo-feature') return found;
  // "Florida's Gulf Coast", "Ukraine's Kherson region": the possessive state or region before a place holds it.
  const first = document.terms.find((t) => t.start === found.start);
  const holder = first ? possessiveCountryBefore(document, first.index) : null;
  if (holder) return { ...found, country: holder };
  // "the Ciragan Palace in Istanbul", "Beitunia, in the occupied West Bank": the place it is said to lie in.
  const last = [...document.terms].reverse().find((t) => t.end <= found.end && t.start >= found.start);
  const host = last ? (countryOfPlaceAfter(document, last, countryWeights) ?? countryOfAppositive(document, last)) : null;
  return host ? { ...found, country: host } : found;
}

/**
 * Lower-case nouns after a name that make it the name of a product or a wind, not of a place: "whose Falcon
 * software", "the Santa Ana winds", "its Galaxy phones".
 */
const THING_NOUNS: ReadonlySet<string> = new Set([
  'software', 'app', 'apps', 'platform', 'chip', 'chips', 'processor', 'processors', 'phone', 'phones', 'smartphone',
  'browser', 'drug', 'vaccine', 'jet', 'jets', 'aircraft', 'missile', 'missiles', 'rocket', 'tank', 'tanks', 'brand',
  'wind', 'winds', 'variant', 'virus',
]);

function namesAThing(document: ArticleDocument, name: ProperName): boolean {
  const last = name.terms[name.terms.length - 1]!;
  const next = document.terms[last.index + 1];
  return !name.possessive && next !== undefined && next.sentence === last.sentence && last.post === ' ' && /^\p{Ll}/u.test(next.text) && THING_NOUNS.has(next.normal);
}

function classifyByName(document: ArticleDocument, name: ProperName, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  const hasThe = name.terms[0]?.normal === 'the' || document.terms[name.terms[0]!.index - 1]?.normal === 'the';
  const terms = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
  if (terms.length === 0) return null;
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const text = document.text.slice(first.start, name.end);
  const demonym = terms.length === 1 && countryByDemonym(text) !== null && !geoFeatureNamed(text);
  const known = geoFeatureNamed(text);

  const head = name.possessive ? null : headAfterName(document, last, demonym);
  // "the Siberian and Far East regions": a known feature or a nationality in a list keeps its own reading.
  if (head && head.rule === 'locations/list-head' && (known || countryByDemonym(text))) return classifyBare(document, name, terms, text, hasThe, countryWeights);
  // "the company's Texas plant": a state or region before a generic works names where it is; "Bologna airport" is one.
  if (head?.kind === 'landmark' && !demonym && isStateOrRegion(text) && !STATE_BUILDING_HEADS.has(document.text.slice(first.start, head.end).split(/\s+/).pop()!.toLowerCase())) {
    return classifyBare(document, name, terms, text, hasThe, countryWeights);
  }
  if (head) {
    // "the US embassy" stands in another state: the state that names a building is not where it lies.
    const country = head.kind === 'region' ? (possessiveCountryBefore(document, first.index) ?? countryOfWord(text, countryWeights)) : head.kind === 'landmark' && (demonym || countryByName(text)) ? null : countryOfWord(text, countryWeights);
    return place(document, first.start, head.end, head.kind, country, head.rule);
  }
  return classifyBare(document, name, terms, text, hasThe, countryWeights);
}

/** A name read without a head word after it: gazetteers, qualifiers, shapes. */
function classifyBare(document: ArticleDocument, name: ProperName, terms: readonly Term[], text: string, hasThe: boolean, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  const found = classifyBareByGazetteer(document, name, terms, text, hasThe, countryWeights);
  // "Faizabad, the constituency that includes Ayodhya": the writer's own word for the place settles its kind.
  const stated = found?.kind === 'country' || found?.kind === 'landmark' ? null : kindOfAppositive(document, terms[terms.length - 1]!);
  if (!stated || terms.some((t) => t.tags.has('Person') || t.tags.has('Organization'))) return found;
  if (found) return { ...found, kind: stated };
  const first = terms[0]!;
  return { start: first.start, end: name.end, name: text, kind: stated, country: null, rule: 'locations/appositive-kind' };
}

function classifyBareByGazetteer(document: ArticleDocument, name: ProperName, terms: readonly Term[], text: string, hasThe: boolean, countryWeights: ReadonlyMap<string, number>): LocationCandidate | null {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const cued = cuedPlace(document, terms, text, name.end, hasThe);
  if (cued) return cued;
  if (FOREIGN_LANDMARK_FIRST_WORDS.has(placeKey(first.text)) && terms.length > 1) {
    return { start: first.start, end: name.end, name: text, kind: 'landmark', country: null, rule: 'locations/landmark-foreign' };
  }
  if (isLandmarkHead(last.normal) && terms.length > 1) {
    return { start: first.start, end: name.end, name: text, kind: 'landmark', country: null, rule: 'locations/landmark-head' };
  }
  const water = geoFeatureNamed(text) ? null : waterBodyAt(document, terms, countryWeights);
  if (water) return water;
  if (hasThe && terms.length === 1) {
    const river = riverNamed(text);
    if (river) return { start: first.start, end: name.end, name: river.name, kind: 'geo-feature', country: river.country, rule: 'locations/river' };
  }
  const state = countryByName(text);
  const sameNamedRegion = state ? provinceNamed(text) : null;
  // "Georgia" in an article about the United States is the US state: its country outweighs the country named.
  if (state && sameNamedRegion && (countryWeights.get(sameNamedRegion.country) ?? 0) > 2 * (countryWeights.get(state.code) ?? 0)) {
    return { start: first.start, end: name.end, name: text, kind: 'region', country: sameNamedRegion.country, rule: 'locations/province' };
  }
  if (state) return compassPart(document, first.start, name.end, state.name, state.code, 'state') ?? { start: first.start, end: name.end, name: state.name, kind: 'country', country: state.code, rule: 'locations/country' };
  const feature = geoFeatureNamed(text);
  if (feature && (!feature.adjective || placeNounAhead(document, last))) {
    const part = feature.adjective ? null : compassPart(document, first.start, name.end, feature.feature.name, feature.feature.country, CONTINENTS.has(feature.feature.name) ? 'continent' : 'feature');
    return part ?? { start: first.start, end: name.end, name: feature.feature.name, kind: feature.feature.kind, country: feature.feature.country, rule: 'locations/geo-feature' };
  }
  const province = provinceNamed(text);
  if (province && qualifiesTownBefore(document, first)) {
    return { start: first.start, end: name.end, name: text, kind: 'region', country: province.country, rule: 'locations/province-qualifier' };
  }
  // "Benghazi": a province named after its city, the city spelt otherwise in the table ("Banghazi"), is the city
  // where compromise's lexicon knows the name as a city.
  if (province && citiesNamed(text).length === 0 && first.tags.has('City') && !first.tags.has('Region') && terms.length === 1) {
    return { start: first.start, end: name.end, name: text, kind: 'city', country: province.country, rule: 'locations/city' };
  }
  if (province && !countryByCapital(text) && (citiesNamed(text).length === 0 || regionOutweighsCities(text))) {
    return { start: first.start, end: name.end, name: text, kind: 'region', country: province.country, rule: 'locations/province' };
  }
  const qualified = qualifiedCity(document, text, last);
  if (qualified) return { start: first.start, end: name.end, name: text, kind: 'city', country: qualified, rule: 'locations/city-qualified' };
  const city = resolveCity(text, countryWeights);
  const capitalOf = countryByCapital(text);
  // A town the table knows only abroad, in an article set elsewhere ("Arad" in a report from Israel), is still a town.
  const namesake = !city && citiesNamed(text).length > 0;
  if (city || capitalOf || namesake || afterCityOf(document, first)) {
    // A capital's name elsewhere ("London, Ontario") yields to a city in a state the article talks about.
    const country = city && countryWeights.get(city.country) ? city.country : (capitalOf?.code ?? city?.country ?? null);
    return { start: first.start, end: name.end, name: text, kind: 'city', country, rule: 'locations/city' };
  }
  // "German bond yields": a nationality is never a region, whatever small division shares its name.
  const region = regionsNamed(text).length > 0 && !countryByDemonym(text) ? resolveRegion(text, countryWeights) : null;
  if (region || (regionsNamed(text).length > 0 && !countryByDemonym(text))) return { start: first.start, end: name.end, name: text, kind: 'region', country: region?.country ?? null, rule: 'locations/admin-region' };
  const abbreviation = stateAbbreviationAt(document, terms, name.end);
  if (abbreviation) return abbreviation;
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
  // "Aerospace Workers District 751": a word compromise knows as an organisation's makes the name a body's unit.
  // "Southern California Edison said": a name no table holds that speaks is a body or a person, not a place.
  const speaks = /^\s+(?:said|says|told|announced|added|reported)\b/.test(document.text.slice(end, end + 12));
  // "West Ham United": a club's or a body's head word ends the name; "South Africans": a people, no place.
  const organizationWord = speaks || terms.some((t) => t.tags.has('Organization')) || (terms.length > 1 && isOrganizationHead(last.normal.replace(/['’]s$/, '')));
  if (terms.length > 1 && /^\p{Lu}\p{Ll}+s$/u.test(last.text) && countryByDemonym(`${words.join(' ').slice(0, -1)}`)) return null;
  const leadingFeature = FEATURE_NAME_PREFIXES.has(first.normal.replace(/\.$/, '')) && (first.normal !== 'river' || document.terms[first.index - 1]?.normal === 'the');
  if (leadingFeature && words.length > 1 && !organizationWord) return { ...base, kind: 'geo-feature', rule: 'locations/feature-prefix' };
  if (isPlaceShaped(words) && !organizationWord) {
    const headed = { ...base, rule: 'locations/place-name-head' };
    if (PLACE_NAME_REGION_HEADS.has(last.normal)) return { ...headed, kind: 'region' };
    if (PLACE_NAME_FEATURE_HEADS.has(last.normal)) return { ...headed, kind: 'geo-feature' };
    return { ...base, kind: PLACE_NAME_PREFIXES.has(first.normal.replace(/\.$/, '')) && /^(?:lower|upper|greater|north|south|east|west|northern|southern|eastern|western|central)$/.test(first.normal) ? 'region' : 'city' };
  }
  if (afterShareOf(document, terms) || townNearCity(document, terms)) return { ...base, kind: 'city', rule: 'locations/cued-town' };
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
  return geoFeatureNamed(text)?.feature.country ?? countryByDemonym(text)?.code ?? countryByName(text)?.code ?? resolveCity(text, weights)?.country ?? resolveRegion(text, weights)?.country ?? null;
}

function isStateOrRegion(text: string): boolean {
  return countryByName(text) !== null || ((provinceNamed(text) !== null || regionsNamed(text).length > 0) && citiesNamed(text).length === 0);
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
