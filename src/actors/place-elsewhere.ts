import type { ArticleDocument, Term } from '../document/index.js';
import { countryByName } from '../locations/gazetteer/countries.js';
import { provinceNamed } from '../locations/gazetteer/cities.js';

/** Municipal offices written after their town: "Jasper Mayor Richard Ireland", "Leeds City Council". */
const TOWN_OFFICES: ReadonlySet<string> = new Set(['mayor', 'councillor', 'councilor', 'council', 'city', 'town', 'county', 'township', 'borough']);

/**
 * Whether the article writes the word elsewhere as a place: an address ("Jasper, Alberta", "Hinton, Canada") or a
 * town before its municipal office ("Jasper Mayor"). A lone word that also reads as a first name ("all of Jasper's
 * schools") is then the place, not a person the article never names in full.
 */
export function writtenAsPlace(document: ArticleDocument, word: string): boolean {
  const terms = document.terms;
  return terms.some((t) => t.text === word && (addressed(terms, t) || beforeTownOffice(terms, t)));
}

function addressed(terms: readonly Term[], t: Term): boolean {
  const next = terms[t.index + 1];
  if (!next || next.sentence !== t.sentence || !/^, $/.test(t.post)) return false;
  // "Smith, Alberta's premier": a possessive region after the comma describes a person, it is no address.
  if (/['’]s$/.test(next.text)) return false;
  return provinceNamed(next.text) !== null || countryByName(next.text) !== null;
}

function beforeTownOffice(terms: readonly Term[], t: Term): boolean {
  const next = terms[t.index + 1];
  return next !== undefined && next.sentence === t.sentence && t.post === ' ' && /^\p{Lu}/u.test(next.text) && TOWN_OFFICES.has(next.normal);
}
