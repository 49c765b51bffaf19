import type { ArticleDocument, Term } from '../document/index.js';

/** Prepositions that put a country in the role of a place: "talks in Turkey", "deep inside Russia". */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'into', 'within', 'across', 'throughout', 'from', 'near', 'outside', 'around', 'over', 'via', 'through', 'toward', 'towards', 'beyond', 'along']);

/** Nouns for people who come from a state as its agents: "delegations from Russia" are Russia's, not a place. */
const AGENT_NOUNS = new Set(['delegation', 'delegations', 'delegates', 'officials', 'envoy', 'envoys', 'representatives', 'diplomats', 'negotiators', 'leaders', 'ministers', 'minister', 'president', 'counterparts', 'troops', 'forces', 'team']);

/** Nouns whose "of" names a place: "civilian areas of Ukraine", "the north of France". */
export const PLACE_NOUNS = new Set([
  'area', 'areas', 'region', 'regions', 'part', 'parts', 'territory', 'territories', 'city', 'cities', 'town', 'towns',
  'village', 'villages', 'capital', 'north', 'south', 'east', 'west', 'centre', 'center', 'border', 'borders', 'coast',
  'province', 'provinces', 'oblast', 'district', 'districts', 'soil', 'airspace', 'outskirts', 'heart', 'rest',
  'interior', 'county', 'state', 'states', 'frontier', 'side', 'streets', 'skies', 'waters',
]);

const COORDINATORS = new Set(['and', 'or']);

/**
 * Whether a country or city named by the terms `[first, last]` stands where something is or happens (a location)
 * rather than for the state acting or acted on (an actor). The rule reads the words before the name: a place
 * preposition (skipping adjectives: "in southern Ukraine"), "areas of", a "City, Country" pair, a possessive before
 * a place noun ("Ukraine's southern Kherson region"), or the role of the name it is coordinated with.
 */
export function isPlaceRole(document: ArticleDocument, first: number, last: number): boolean {
  const terms = document.terms;
  const name = terms[first]!;
  const lastTerm = terms[last]!;
  if (/['’]s$/.test(lastTerm.text)) return possessiveBeforePlace(terms, last);
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 3 && sameSentence(terms[k], name) && isModifier(terms[k]!); steps++) k--;
  const before = terms[k];
  if (!before || !sameSentence(before, name)) return false;
  if (/,\s*$/.test(before.post) && (before.tags.has('City') || before.tags.has('Place'))) return true;
  if (before.post.trim() !== '' && !/^\s*$/.test(before.post)) return false;
  if (before.normal === 'from') return !AGENT_NOUNS.has(terms[k - 1]?.normal ?? '');
  if (PLACE_PREPOSITIONS.has(before.normal)) return true;
  if (before.normal === 'of') return PLACE_NOUNS.has(terms[k - 1]?.normal ?? '');
  if (COORDINATORS.has(before.normal)) {
    const previous = terms[k - 1];
    if (previous && sameSentence(previous, name) && (previous.tags.has('Country') || previous.tags.has('City'))) {
      return isPlaceRole(document, startOfName(terms, k - 1), k - 1);
    }
  }
  return false;
}

function possessiveBeforePlace(terms: readonly Term[], last: number): boolean {
  for (let k = last + 1; k < terms.length && k <= last + 4 && terms[k]!.sentence === terms[last]!.sentence; k++) {
    if (PLACE_NOUNS.has(terms[k]!.normal)) return true;
    if (terms[k]!.post.trim() !== '') return false;
  }
  return false;
}

function isModifier(term: Term): boolean {
  if (!/^\s*$/.test(term.post) || PLACE_PREPOSITIONS.has(term.normal)) return false;
  return term.tags.has('Determiner') || (term.tags.has('Adjective') && !term.tags.has('ProperNoun')) || ['southern', 'northern', 'eastern', 'western', 'central', 'remote', 'occupied'].includes(term.normal);
}

function sameSentence(a: Term | undefined, b: Term): boolean {
  return a !== undefined && a.sentence === b.sentence;
}

/** Walks back over a multi-word place name ("United States") to its first word. */
function startOfName(terms: readonly Term[], last: number): number {
  let k = last;
  while (k > 0 && terms[k - 1]!.sentence === terms[k]!.sentence && /^\p{Lu}/u.test(terms[k - 1]!.text) && terms[k - 1]!.post === ' ' && (terms[k - 1]!.tags.has('Place') || terms[k - 1]!.tags.has('Country'))) k--;
  return k;
}
