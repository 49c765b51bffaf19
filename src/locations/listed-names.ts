import type { ArticleDocument } from '../document/index.js';
import type { ProperName } from '../actors/names/proper-names.js';
import type { LocationCandidate } from './candidate.js';
import { townsNamed } from './gazetteer/cities.js';

/** What joins two names of one list: "Edmonton, Grande Prairie and Calgary", "toward Hinton and Edmonton". */
const LIST_JOINER = /^(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;

/** Tags that make an unknown name a person's, a body's or a nationality, never a town of a list. */
const NOT_TOWN_TAGS = ['Person', 'FirstName', 'LastName', 'Organization', 'Acronym', 'Demonym', 'Date', 'Month', 'WeekDay', 'Country'];

/** Rules that read a name as a place on weak grounds: a small division or a shape, where a body's name may stand. */
const WEAK_RULES: ReadonlySet<string> = new Set(['locations/province', 'locations/admin-region', 'locations/place-shape']);

/** The lists names stand in: each name with the other names of its list (empty where it stands alone). */
export function listsOf(document: ArticleDocument, names: readonly ProperName[]): Map<ProperName, ProperName[]> {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const chains: Array<{ names: ProperName[]; coordinated: boolean }> = [];
  for (const [i, name] of sorted.entries()) {
    const previous = sorted[i - 1];
    const between = previous ? document.text.slice(previous.end, name.start) : '';
    const joined = previous && previous.sentence === name.sentence && !previous.possessive && LIST_JOINER.test(between);
    if (joined) {
      const chain = chains[chains.length - 1]!;
      chain.names.push(name);
      chain.coordinated ||= /\s(?:and|or)\s/.test(between);
    } else chains.push({ names: [name], coordinated: false });
  }
  // "the Zocalo, Mexico City's main square", "Jasper, Alberta": names joined by commas alone are an apposition or a
  // qualifier; a list has "and" or "or".
  return new Map(chains.flatMap((chain) => chain.names.map((n) => [n, chain.coordinated ? chain.names.filter((o) => o !== n) : []] as const)));
}

/**
 * "sheltering in Edmonton, Grande Prairie and Calgary", "toward Hinton and Edmonton": a name no table holds, listed
 * with towns the gazetteer knows, is a town as well (too small for the table). Its state comes from the context.
 */
export function listedTown(document: ArticleDocument, name: ProperName, listed: readonly ProperName[], placeOf: (n: ProperName) => LocationCandidate | null): LocationCandidate | null {
  if (listed.length === 0 || name.terms.length > 3) return null;
  if (name.terms.some((t) => NOT_TOWN_TAGS.some((tag) => t.tags.has(tag)) || !/^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  const towns = listed.filter((n) => placeOf(n)?.kind === 'city');
  // Every other member a place, at least one of them a town: a list of places, not of firms or people.
  if (towns.length === 0 || listed.some((n) => placeOf(n) === null)) return null;
  const text = document.text.slice(name.start, name.end);
  // "Richmond and Northallerton" is a British constituency: a pair admits a town the gazetteer knows at any size;
  // a longer list of towns ("Edmonton, Grande Prairie and Calgary") admits an unknown name too.
  if (listed.length < 2 && townsNamed(text).length === 0) return null;
  return { start: name.start, end: name.end, name: text, kind: 'city', country: null, rule: 'locations/listed-town' };
}

/**
 * "gatekeepers including Apple, Alphabet and Meta": a name the gazetteer holds only as a small division or reads by
 * its shape, listed with organisations of the article or with names that are no place at all, is one of their kind
 * and no place.
 */
export function listedWithNonPlaces(place: LocationCandidate, listed: readonly ProperName[], isOrganization: (n: ProperName) => boolean, placeOf: (n: ProperName) => LocationCandidate | null): boolean {
  if (!WEAK_RULES.has(place.rule) || listed.length === 0) return false;
  // Two other names at least, none a person's: "Andhra Pradesh, and Bihar Chief Minister Nitish Kumar" is no list.
  const unplaced = listed.length >= 2 && listed.every((n) => placeOf(n) === null && !n.terms.some((t) => t.tags.has('Person')));
  return listed.some(isOrganization) || unplaced;
}
