import type { ArticleDocument, Term } from '../document/index.js';
import type { LocationKind } from '../schema/index.js';
import {
  GEO_FEATURE_HEADS, LANDMARK_HEAD_MODIFIERS, PLURAL_FEATURE_HEADS, PLURAL_REGION_HEADS, REGION_HEADS, STATE_BUILDING_HEADS,
} from './lexicon/place-heads.js';

/** What the lower-case words after a name make of it, and where the place's text ends. */
export interface HeadAfterName {
  kind: LocationKind;
  /** End of the mention: the head's end ("Kherson region"), or the name's own end for a list ("Opole" in "... regions"). */
  end: number;
  rule: string;
}

/**
 * Lower-case landmark heads that make the name before them a building or site: "Ofer prison", "the Rafah crossing",
 * "Kakhovka dam". Narrower than the capitalised heads: "the US market", "the Trump camp" are no places.
 */
const LOWER_CASE_LANDMARK_HEADS: ReadonlySet<string> = new Set([
  'palace', 'bridge', 'airport', 'airfield', 'airbase', 'stadium', 'arena', 'cathedral', 'mosque', 'monastery', 'dam',
  'harbour', 'harbor', 'prison', 'jail', 'refinery', 'mine', 'plant', 'crossing', 'checkpoint', 'pipeline', 'tunnel',
  'square', 'embassy', 'consulate', 'hotel', 'hospital', 'museum', 'shrine',
]);
/**
 * Heads that are a place only with a modifier before them: "Nevatim air base", "Jenin refugee camp", "Beckton
 * treatment works", not "his base" or "the plan works".
 */
const MODIFIED_LANDMARK_HEADS: ReadonlySet<string> = new Set(['base', 'camp', 'station', 'centre', 'center', 'facility', 'complex', 'terminal', 'works']);
/**
 * Heads that make "the Name head" one building: "the Berlaymont building", "the Shard tower". Without "the" the
 * name is a modifier of a common noun ("Apple building works").
 */
const THE_LANDMARK_HEADS: ReadonlySet<string> = new Set(['building', 'tower']);

/** The index of the word before the capitalised run that ends at `last`: "the" in "the Berlaymont building". */
function firstOfName(document: ArticleDocument, last: Term): number {
  let k = last.index;
  while (k > 0 && document.terms[k - 1]!.sentence === last.sentence && /^\p{Lu}/u.test(document.terms[k - 1]!.text) && document.terms[k - 1]!.post === ' ') k--;
  return k - 1;
}

/** How many modifiers may stand between a name and its head: "Zaporizhzhia nuclear power plant". */
const MAX_MODIFIERS = 2;
/** How many words a list of names before a plural head may span: "the Lower Silesia, Opole and Silesia regions". */
const LIST_REACH = 10;

/** Reads the lower-case words after the name ending at `last`; `demonym` says the name is a national adjective. */
export function headAfterName(document: ArticleDocument, last: Term, demonym: boolean): HeadAfterName | null {
  const next = following(document, last);
  if (!next) return null;
  // "a Japanese island", "an Italian hospital": a nationality before a head after "a" describes; it names no place.
  if (demonym && ['a', 'an'].includes(document.terms[firstOfName(document, last)]?.normal ?? '')) return null;
  if (REGION_HEADS.has(next.normal) && !demonym) return { kind: 'region', end: next.end, rule: 'locations/region-head' };
  if (GEO_FEATURE_HEADS.has(next.normal)) return { kind: 'geo-feature', end: next.end, rule: 'locations/geo-feature-head' };
  const landmark = landmarkHead(document, last, demonym);
  if (landmark) return { kind: 'landmark', end: landmark.end, rule: 'locations/landmark-lower-head' };
  const plural = pluralHeadAfterList(document, last);
  return plural ? { kind: plural, end: last.end, rule: 'locations/list-head' } : null;
}

/** The lower-case word right after a term in the same sentence, joined by one space. */
function following(document: ArticleDocument, term: Term): Term | null {
  const next = document.terms[term.index + 1];
  return next && term.post === ' ' && next.sentence === term.sentence && /^\p{Ll}/u.test(next.text) ? next : null;
}

function landmarkHead(document: ArticleDocument, last: Term, demonym: boolean): Term | null {
  let term = following(document, last);
  let modifiers = 0;
  while (term && modifiers < MAX_MODIFIERS && LANDMARK_HEAD_MODIFIERS.has(term.normal)) {
    const after = following(document, term);
    if (!after) break;
    term = after;
    modifiers++;
  }
  if (!term) return null;
  const head = term.normal;
  if (demonym) return STATE_BUILDING_HEADS.has(head) ? term : null;
  if (LOWER_CASE_LANDMARK_HEADS.has(head) || (modifiers > 0 && MODIFIED_LANDMARK_HEADS.has(head))) return term;
  if (modifiers === 0 && THE_LANDMARK_HEADS.has(head) && document.terms[firstOfName(document, last)]?.normal === 'the') return term;
  return null;
}

/** "the Lower Silesia, Opole and Silesia regions", "the Oder and Vistula rivers": each name of the list is one. */
function pluralHeadAfterList(document: ArticleDocument, last: Term): LocationKind | null {
  const terms = document.terms;
  for (let k = last.index + 1; k < terms.length && k <= last.index + LIST_REACH; k++) {
    const term = terms[k]!;
    const previous = terms[k - 1]!;
    if (term.sentence !== last.sentence || !/^(?:,? )$/.test(previous.post)) return null;
    if (PLURAL_REGION_HEADS.has(term.normal)) return 'region';
    if (PLURAL_FEATURE_HEADS.has(term.normal)) return 'geo-feature';
    const listWord = term.normal === 'and' || term.normal === 'or' || /^\p{Lu}/u.test(term.text);
    if (!listWord || /['’]s$/.test(term.text)) return null;
  }
  return null;
}
