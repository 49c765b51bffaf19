import type { ArticleDocument, Term } from '../document/index.js';
import { countryByName } from './gazetteer/countries.js';
import { GEO_FEATURE_HEADS } from './lexicon/place-heads.js';

/** Prepositions that put a country in the role of a place: "talks in Turkey", "deep inside Russia". */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'into', 'within', 'across', 'throughout', 'from', 'near', 'outside', 'around', 'over', 'via', 'through', 'toward', 'towards', 'beyond', 'along']);

/** Nouns for people who come from a state as its agents: "delegations from Russia" are Russia's, not a place. */
const AGENT_NOUNS = new Set(['delegation', 'delegations', 'delegates', 'officials', 'envoy', 'envoys', 'representatives', 'diplomats', 'negotiators', 'leaders', 'ministers', 'minister', 'president', 'counterparts', 'troops', 'forces', 'team', 'help', 'support', 'aid', 'assistance', 'pressure', 'mediation', 'funding', 'backing', 'offer', 'proposal', 'request', 'demand', 'demands', 'threat', 'threats', 'message', 'response']);

/** Nouns after which "to" names a destination: "routes to Japan", "a trip to Ghana" (not "aid to Ukraine"). */
const DESTINATION_NOUNS = new Set([
  'trip', 'trips', 'visit', 'visits', 'journey', 'route', 'routes', 'flight', 'flights', 'travel', 'tour', 'voyage',
  'return', 'way', 'road', 'exports', 'shipments', 'deportation', 'deportations', 'evacuation', 'emigration', 'migration',
  'access',
  // transport links: "the rail line to Madrid", "ferries to Calais", "the pipeline to Germany"
  'line', 'lines', 'link', 'links', 'connection', 'connections', 'service', 'services', 'train', 'trains', 'ferry',
  'ferries', 'bus', 'buses', 'motorway', 'highway', 'pipeline', 'pipelines', 'corridor', 'crossing', 'crossings',
]);

/** Nouns for an event held in a state: "the UK general election", "the French referendum" is in France. */
const HELD_EVENT_NOUNS = new Set(['election', 'elections', 'vote', 'referendum', 'polls', 'census', 'primary', 'primaries']);

/** Nouns after which "with" names a neighbouring place: "the border with Belarus". */
const BOUNDARY_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary']);

/** Lower-case compass nouns before a state: "north-west Syria" is a part of Syria, a place. */
const COMPASS_NOUN = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;

/** Nouns whose "of" names a place: "civilian areas of Ukraine", "the north of France". */
export const PLACE_NOUNS = new Set([
  'area', 'areas', 'region', 'regions', 'part', 'parts', 'territory', 'territories', 'city', 'cities', 'town', 'towns',
  'village', 'villages', 'capital', 'north', 'south', 'east', 'west', 'centre', 'center', 'border', 'borders', 'coast',
  'province', 'provinces', 'oblast', 'district', 'districts', 'soil', 'airspace', 'outskirts', 'heart', 'rest',
  'interior', 'county', 'state', 'states', 'frontier', 'side', 'streets', 'skies', 'waters', 'prefecture',
  'prefectures', 'governorate', 'governorates', 'canton', 'cantons', 'municipality', 'municipalities', 'island',
  'islands', 'peninsula', 'counties', 'oblasts',
]);

const COORDINATORS = new Set(['and', 'or']);

/** Heads of named sites that stand in a place ("Tokyo's Haneda Airport"), not bodies or works that act for it. */
const SITE_HEADS: ReadonlySet<string> = new Set([
  'airport', 'palace', 'square', 'plaza', 'bridge', 'stadium', 'arena', 'cathedral', 'mosque', 'temple', 'castle',
  'museum', 'park', 'dam', 'harbour', 'harbor', 'tower', 'monument', 'memorial', 'cemetery', 'avenue', 'street', 'highway',
]);

/** Things ranked within a state: "Britain's largest water company", "Germany's biggest lender". */
const RANKED_IN_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'bank', 'banks', 'lender', 'insurer', 'airline', 'carmaker', 'automaker',
  'employer', 'retailer', 'supermarket', 'utility', 'producer', 'exporter', 'importer', 'manufacturer', 'group',
  'operator', 'supplier', 'refinery', 'port', 'airport', 'city', 'cities', 'state', 'states', 'province', 'region',
  'river', 'lake', 'island', 'mountain', 'university', 'hospital', 'prison', 'stadium', 'union', 'newspaper',
  'economy', 'market', 'county', 'town', 'chain', 'chains', 'brand', 'brands', 'business', 'businesses',
  'broadcaster', 'publisher', 'miner', 'chipmaker', 'telecom', 'network', 'charity', 'club', 'team', 'party',
]);

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
  if (/['’]s$/.test(lastTerm.text)) return possessiveBeforePlace(terms, last) || possessiveBeforePerson(terms, last) || possessiveBeforeNamedSite(terms, last) || possessiveBeforeParty(terms, last);
  if (heldEventAfter(terms, last) || compassNounBefore(terms, first)) return true;
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 3 && sameSentence(terms[k], name) && isModifier(terms[k]!); steps++) k--;
  const before = terms[k];
  if (!before || !sameSentence(before, name)) return false;
  // "Vilnius, Lithuania": a city then its state. "Germany, Mexico, South Korea and Israel" is a list of states instead.
  if (/,\s*$/.test(before.post) && isDatelineCity(terms, before)) return true;
  if (/,\s*$/.test(before.post) && (before.tags.has('City') || before.tags.has('Place')) && !before.tags.has('Country') && !countryByName(before.text)) return true;
  if (before.post.trim() !== '' && !/^\s*$/.test(before.post)) return false;
  if (before.normal === 'from') return !AGENT_NOUNS.has(terms[k - 1]?.normal ?? '');
  if (PLACE_PREPOSITIONS.has(before.normal)) return true;
  // "flights into or out of the United States": "out of" is a place preposition like "into".
  if (before.normal === 'of' && terms[k - 1]?.normal === 'out') return true;
  if (before.normal === 'of') return PLACE_NOUNS.has(terms[k - 1]?.normal ?? '') || isPersonName(terms[k - 1]);
  if (before.normal === 'to') return DESTINATION_NOUNS.has(terms[k - 1]?.normal ?? '');
  if (before.normal === 'with') return BOUNDARY_NOUNS.has(terms[k - 1]?.normal ?? '');
  if (COORDINATORS.has(before.normal)) {
    const previous = terms[k - 1];
    if (previous && sameSentence(previous, name) && (previous.tags.has('Country') || previous.tags.has('City') || previous.tags.has('Region'))) {
      return isPlaceRole(document, startOfName(terms, k - 1), k - 1);
    }
  }
  return false;
}

/**
 * "Algeria's Imane Khelif": a state's possessive before a person's name gives the person's nationality, neither
 * acting nor acted on; news readers take it as where the person is from.
 */
function possessiveBeforePerson(terms: readonly Term[], last: number): boolean {
  const next = terms[last + 1];
  return next !== undefined && next.sentence === terms[last]!.sentence && isPersonName(next);
}

/** Last words of political parties and electoral alliances: "the New Popular Front", "the Labour Party". */
const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'front', 'rally', 'alliance', 'movement', 'league', 'congress', 'coalition', 'bloc']);

/**
 * "France's left-wing New Popular Front", "India's ruling Bharatiya Janata Party": a party belongs to the politics
 * of the place, as "Mexico's first female president" does, where a ministry or an army is the state's own.
 */
function possessiveBeforeParty(terms: readonly Term[], last: number): boolean {
  const sentence = terms[last]!.sentence;
  let k = last + 1;
  // compromise reads "France's" as "France is" and leaves an empty term for the "is".
  while (terms[k]?.sentence === sentence && terms[k]!.text === '') k++;
  for (let steps = 0; steps < 4 && terms[k]?.sentence === sentence && /^\p{Ll}/u.test(terms[k]!.text); steps++) {
    const hyphenated = terms[k]!.post === '-' || terms[k - 1]?.post === '-';
    // "ruling", "governing", "opposition": compromise tags some of these describing words as gerunds or nouns.
    if (!terms[k]!.tags.has('Adjective') && !terms[k]!.tags.has('Gerund') && !hyphenated) return false;
    k++;
  }
  for (let steps = 0; steps < 5 && terms[k]?.sentence === sentence && /^\p{Lu}/u.test(terms[k]!.text); steps++, k++) {
    if (PARTY_HEADS.has(terms[k]!.normal)) return true;
    if (!/^\s+$/.test(terms[k]!.post)) return false;
  }
  return false;
}

/** "Prime Minister Benjamin Netanyahu of Israel", "Algeria's Imane Khelif": a word of a person's name. */
function isPersonName(term: Term | undefined): boolean {
  return term !== undefined && /^\p{Lu}/u.test(term.text) && (term.tags.has('Person') || term.tags.has('FirstName') || term.tags.has('LastName'));
}

/** "the UK general election": the state an election or vote is held in (adjectives may stand between). */
function heldEventAfter(terms: readonly Term[], last: number): boolean {
  for (let k = last + 1; k < terms.length && k <= last + 3 && terms[k]!.sentence === terms[last]!.sentence; k++) {
    if (!/^\s+$/.test(terms[k - 1]!.post)) return false;
    if (HELD_EVENT_NOUNS.has(terms[k]!.normal)) return true;
    if (!terms[k]!.tags.has('Adjective')) return false;
  }
  return false;
}

function compassNounBefore(terms: readonly Term[], first: number): boolean {
  const before = terms[first - 1];
  if (!before || before.sentence !== terms[first]!.sentence || !/^\s+$/.test(before.post)) return false;
  const joined = before.post === ' ' && terms[first - 2]?.post === '-' ? `${terms[first - 2]!.normal}-${before.normal}` : before.normal;
  return /^\p{Ll}/u.test(before.text) && COMPASS_NOUN.test(joined);
}

/**
 * "Ukraine's southern Kherson region", "Britain's largest water company", "India's most populous state": a place
 * noun after the possessive, or a ranking ("largest", "most populous") of things that stand in the state. A ranked
 * action ("Russia's largest attack") keeps the state as its actor: only nouns for places, firms and bodies count.
 */
function possessiveBeforePlace(terms: readonly Term[], last: number): boolean {
  let ranked = false;
  for (let k = last + 1; k < terms.length && k <= last + 5 && terms[k]!.sentence === terms[last]!.sentence; k++) {
    const term = terms[k]!;
    if (PLACE_NOUNS.has(term.normal) || term.normal === 'history') return true;
    if (term.tags.has('Superlative') || term.normal === 'most') ranked = true;
    else if (ranked && RANKED_IN_PLACE_NOUNS.has(term.normal)) return true;
    // "Britain's second-largest supermarket chain": a hyphen joins the rank's words.
    if (!/^\s*-?\s*$/.test(term.post)) return false;
  }
  return false;
}

/**
 * "WAJIMA, Japan — The death toll ...": a dateline's upper-case town, at the head of its sentence, then its state.
 * The town may be one the tagger does not know.
 */
function isDatelineCity(terms: readonly Term[], before: Term): boolean {
  let k = before.index;
  while (k > 0 && terms[k - 1]!.sentence === before.sentence && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(terms[k - 1]!.text)) k--;
  const first = terms[k]!;
  const opensSentence = k === 0 || terms[k - 1]!.sentence !== before.sentence;
  return opensSentence && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(first.text) && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(before.text);
}

/**
 * "Japan's Noto Peninsula", "Tokyo's Haneda Airport": a possessive before a capitalised name with a landmark or
 * feature head says where that site lies. The head must end the phrase: "Russia's Black Sea Fleet" is a navy.
 */
function possessiveBeforeNamedSite(terms: readonly Term[], last: number): boolean {
  let k = last + 1;
  while (k < terms.length && k <= last + 4 && terms[k]!.sentence === terms[last]!.sentence && /^\p{Lu}/u.test(terms[k]!.text) && terms[k - 1]!.post === ' ') {
    const head = terms[k]!.normal.replace(/['’]s$/, '');
    const next = terms[k + 1];
    const endsPhrase = !next || next.sentence !== terms[k]!.sentence || !/^\s+$/.test(terms[k]!.post) || !/^\p{Lu}/u.test(next.text);
    if (k > last + 1 && endsPhrase && (SITE_HEADS.has(head) || GEO_FEATURE_HEADS.has(head))) return true;
    if (endsPhrase) return false;
    k++;
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
