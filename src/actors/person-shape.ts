import type { ArticleDocument, Term } from '../document/index.js';
import { countryByDemonym } from '../locations/gazetteer/countries.js';
import { GEO_FEATURE_HEADS, LANDMARK_HEADS, REGION_HEADS } from '../locations/lexicon/place-heads.js';
import { isPlaceShaped, SETTLEMENT_PREPOSITIONS } from '../locations/lexicon/place-name-shapes.js';
import { NAMED_EVENT_FIRST_WORDS, NOT_PERSON_HEADS, PLACE_FIRST_WORDS } from './lexicon/not-person-names.js';
import { isTitleHead } from './lexicon/titles.js';
import { isPersonTagged, type TitleFound } from './person-titles.js';
import { isOrganizationHead } from './lexicon/organization-heads.js';
import { nationOf } from './nation-of.js';

/**
 * Whether a capitalised run that is no place, organisation or state may still be a person's name. Named storms
 * ("Storm Boris"), events and indexes ("Summer Games", "Dow Jones Industrial Average"), place-shaped names ("Lower
 * Silesia", "Santa Monica") and unknown names right after "in" or "near" ("a dam at Xville") are not.
 */
export function looksLikeNameOfPerson(document: ArticleDocument, terms: readonly Term[]): boolean {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  if (NAMED_EVENT_FIRST_WORDS.has(first.normal) && terms.length > 1) return false;
  if (NOT_PERSON_HEADS.has(last.normal) && terms.length > 1) return false;
  // "Place de la République", "Plaza de Mayo": a square's, a street's or a site's word opens a place's name.
  if (PLACE_FIRST_WORDS.has(first.text.toLowerCase()) && terms.length > 1) return false;
  if (isPlaceShaped(terms.map((t) => t.text))) return false;
  // "the Nysa Klodzka river", "the Opole region": a lower-case place noun after the name makes it a place.
  const next = document.terms[last.index + 1];
  // "the Abu Mansour dam", "the Bab al-Hawa crossing": a lower-case landmark noun after it makes it a site.
  if (next && next.sentence === last.sentence && /^\p{Ll}/u.test(next.text) && (GEO_FEATURE_HEADS.has(next.normal) || REGION_HEADS.has(next.normal) || LANDMARK_HEADS.has(next.normal))) return false;
  const before = document.terms[first.index - 1];
  const afterPreposition = before !== undefined && before.sentence === first.sentence && SETTLEMENT_PREPOSITIONS.has(before.normal) && /^\s+$/.test(before.post);
  return !afterPreposition || terms.some((t) => isPersonTagged(t) && t.tags.has('FirstName'));
}

/**
 * A title written inside a capitalised run before the name: "Commons Leader Penny Mordaunt", "Acme Chief Executive
 * Jane Roe", "European Commission President Ursula X". The name is what follows the last title head; the title is
 * everything before it, and a nationality or a state inside it gives the person's country.
 */
export function titleInsideRun(document: ArticleDocument, terms: readonly Term[]): { title: TitleFound; rest: readonly Term[] } | null {
  let head = -1;
  for (let k = 0; k < terms.length - 1; k++) if (isTitleHead(terms[k]!.text) || (isTitleHead(terms[k]!.normal) && /^\p{Lu}/u.test(terms[k]!.text))) head = k;
  if (head < 0) return null;
  const rest = terms.slice(head + 1);
  if (!(rest.length >= 2 || rest.some(isPersonTagged))) return null;
  if (isOrganizationHead(rest[rest.length - 1]!.normal)) return null;
  const firstTerm = terms[0]!;
  const headTerm = terms[head]!;
  let country: string | null = null;
  for (const t of terms.slice(0, head)) {
    const nation = countryByDemonym(t.text) ? { code: countryByDemonym(t.text)!.code } : nationOf(t) ? { code: nationOf(t)!.country.code } : null;
    if (nation) country = nation.code;
  }
  return { title: { title: document.text.slice(firstTerm.start, headTerm.end), start: firstTerm.start, country }, rest };
}
