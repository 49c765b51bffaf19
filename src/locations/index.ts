import type { Stage } from '../pipeline/stage.js';
import type { ArticleDocument } from '../document/index.js';
import type { Actor, Location } from '../schema/index.js';
import { findProperNames, type ProperName } from '../actors/names/proper-names.js';
import type { LocationCandidate } from './candidate.js';
import { classifyPlace } from './classify-place.js';
import { countryWeightsOf } from './country-weights.js';
import { inheritContextCountry } from './context-country.js';
import { listedTown, listedWithNonPlaces, listsOf } from './listed-names.js';
import { findNumberedRoads, mergeAppositiveRoads } from './road-number.js';
import { isPlaceRole } from './place-role.js';
import { findConstituencies } from './constituency.js';
import { buildingCueBefore } from './building-place.js';
import { STATE_BUILDING_HEADS } from './lexicon/place-heads.js';

type Mention = Actor['mentions'][number];

/**
 * Where things are or happen: countries in a place role, regions, cities, landmarks and geographic features.
 * Runs after actors: a name an actor already claims ("Russia presented") is not a place here.
 */
export function findLocations(document: ArticleDocument, actors: readonly Actor[]): Location[] {
  const claimed = actors.flatMap((a) => a.mentions);
  // "analysts at Acme" where "Acme Devices" is an organisation of the article: its short name is no place.
  const organizationWords = new Set(actors.filter((a) => a.kind === 'organization').map((a) => a.name.split(/\s+/)[0]!));
  const weights = countryWeightsOf(document, actors);
  const personMentions: ReadonlySet<Mention> = new Set(actors.filter((a) => a.kind === 'person').flatMap((a) => a.mentions));
  // The full name of the organisation each short mention stands for: "Florida" of "Florida Power & Light".
  const aliasOf: ReadonlyMap<Mention, string> = new Map(actors.filter((a) => a.kind === 'organization').flatMap((a) => a.mentions.map((m) => [m, a.name] as const)));
  const names = findProperNames(document);
  const claimsOf = new Map(names.map((n) => [n, claimed.filter((m) => m.start < n.end && n.start < m.end)] as const));
  const placeOf = new Map(names.map((n) => [n, classifyPlace(document, n, weights)] as const));
  const lists = listsOf(document, names);
  const isOrganization = (n: ProperName): boolean => claimsOf.get(n)!.some((m) => aliasOf.has(m));
  const named = names
    .map((n) => ({ n, claims: claimsOf.get(n)!, place: placeOf.get(n) ?? listedTownOf(n) }))
    .filter(({ n, claims, place }) => claims.length === 0 || (place !== null && placeOutranksClaims(place, n, claims, { document, personMentions, aliasOf, weights })))
    .map(({ n, place }) => (place && listedWithNonPlaces(place, lists.get(n) ?? [], isOrganization, (o) => placeOf.get(o) ?? null) ? null : place))
    .filter((c): c is LocationCandidate => c !== null && !(c.rule === 'locations/place-shape' && organizationWords.has(c.name)));
  const seats = findConstituencies(document);
  // A town read where the text names a seat ("elected in Clacton") yields to the constituency.
  const unseated = named.filter((c) => !seats.some((s) => s.start <= c.start && c.end <= s.end));
  const candidates = mergeAppositiveRoads(document, [...unseated, ...seats, ...findNumberedRoads(document)]).sort((a, b) => a.start - b.start);
  const located = inheritCountries(document, dropInnerOverlaps(candidates));
  return mergeLocations(document, inheritContextCountry(document, located, actors, weights));

  /** An unclaimed name no table holds, listed with towns: a town too small for the table. */
  function listedTownOf(n: ProperName): LocationCandidate | null {
    if (claimsOf.get(n)!.length > 0) return null;
    const unclaimedPlace = (o: ProperName): LocationCandidate | null => (claimsOf.get(o)!.length === 0 ? (placeOf.get(o) ?? null) : null);
    return listedTown(document, n, lists.get(n) ?? [], unclaimedPlace);
  }
}

/** Rules that read a whole name from a gazetteer: a state, a first-level division, a city of the table. */
const GAZETTEER_RULES: ReadonlySet<string> = new Set(['locations/country', 'locations/province', 'locations/province-qualifier', 'locations/city']);

/** Rules that read a lower-case place noun after the name: "Abu Mansour dam", "Kherson region", "Dnipro river". */
const HEAD_RULES: ReadonlySet<string> = new Set(['locations/landmark-lower-head', 'locations/region-head', 'locations/geo-feature-head']);
/**
 * Rules that read a name no person bears: "Stade de France", "Wadi Hanifa", "Mount Etna", "the region of
 * Castilla-La Mancha" (nobody is "the region of" a person). Not capitalised landmark
 * heads: "Hall", "Field", "Street" end surnames.
 */
const NO_PERSON_SHAPE_RULES: ReadonlySet<string> = new Set(['locations/landmark-foreign', 'locations/feature-prefix', 'locations/division-of']);
/**
 * Rules that read a whole name as a place by a head word: "Thames Valley", "Los Angeles County", "the River Severn".
 * Not a place prefix alone: "Los Angeles Mayor Karen Bass" is a person with a title.
 */
const PLACE_SHAPE_RULES: ReadonlySet<string> = new Set(['locations/landmark-foreign', 'locations/feature-prefix', 'locations/place-name-head']);

/** Rules that read a body's name as its building from a place cue before it: "storming the Capitol". */
const BUILDING_RULES: ReadonlySet<string> = new Set(['locations/institution-building', 'locations/state-building']);

/** What deciding between a place and an actor's claim on the same words reads. */
interface ClaimContext {
  document: ArticleDocument;
  personMentions: ReadonlySet<Mention>;
  /** The full name of the organisation each mention stands for. */
  aliasOf: ReadonlyMap<Mention, string>;
  weights: ReadonlyMap<string, number>;
}

/**
 * Where the place reading wins over an actor's claim. "the Abu Mansour dam", "the Stade de France": a name followed
 * by a place noun, or shaped as no person's name is, is the place even where the actor finder took it for a
 * person's. "the Thames Valley" where "Thames" is an alias of the company Thames Water: a claim on part of a
 * place-shaped name yields to the whole. A claim on the whole name by an organisation stays.
 */
function placeOutranksClaims(place: LocationCandidate, name: { start: number; end: number }, claims: readonly Mention[], context: ClaimContext): boolean {
  const { document, personMentions, aliasOf, weights } = context;
  const personShaped = NO_PERSON_SHAPE_RULES.has(place.rule) || (HEAD_RULES.has(place.rule) && place.end > name.end);
  const partOfName = (m: Mention): boolean => m.end - m.start < name.end - name.start && PLACE_SHAPE_RULES.has(place.rule);
  // "Florida Power & Light ... strike Florida": a firm named after a state lends the state's bare name no alias.
  // "Alaska is paying" (Alaska Airlines) is the firm acting: the alias keeps a mention a verb follows. The place must
  // lie in a state the article names: "Meta" (a Colombian department) in a story on Meta Platforms stays the firm.
  const inArticleState = place.country !== null && (weights.get(place.country) ?? 0) > 0;
  const placeNamedAlias = (m: Mention): boolean => GAZETTEER_RULES.has(place.rule) && inArticleState && (aliasOf.get(m)?.startsWith(`${m.text} `) ?? false) && m.text === place.name && !verbAfter(document, m);
  // "the 2011 disaster in northeastern Japan": a part of a state named by its compass word is never the state acting.
  const compassPart = (m: Mention): boolean => place.rule === 'locations/compass-region' && m.start > place.start;
  // "outside the Supreme Court", "an airstrike on the Iranian consulate": the body's name read as its building.
  const building = (m: Mention): boolean => aliasOf.has(m) && (BUILDING_RULES.has(place.rule) || stateBuildingAfterCue(document, place));
  return claims.every((m) => m.end <= place.end && ((personShaped && personMentions.has(m)) || partOfName(m) || placeNamedAlias(m) || compassPart(m) || building(m)));
}

/** "an airstrike on the Iranian consulate": a state's building read from its lower-case head, after a place cue. */
function stateBuildingAfterCue(document: ArticleDocument, place: LocationCandidate): boolean {
  const own = document.terms.filter((t) => t.start >= place.start && t.end <= place.end);
  const head = own[own.length - 1]?.normal ?? '';
  return place.rule === 'locations/landmark-lower-head' && STATE_BUILDING_HEADS.has(head) && buildingCueBefore(document, own[0]!, head);
}

/** Whether the word after a mention is a verb of the same sentence: the mention is its subject. */
function verbAfter(document: ArticleDocument, m: Mention): boolean {
  const next = document.terms.find((t) => t.start >= m.end);
  const own = document.terms.filter((t) => t.start < m.end && m.start < t.end);
  // "Alaska's stock slipped": a possessive names the firm's things, unless a place follows ("Florida's Gulf Coast").
  if (own.length > 0 && /['’]s$/.test(own[own.length - 1]!.text)) return !isPlaceRole(document, own[0]!.index, own[own.length - 1]!.index);
  return next !== undefined && next.sentence === m.sentence && /^\s+$/.test(document.text.slice(m.end, next.start)) && ['Verb', 'Auxiliary', 'Copula', 'Modal'].some((tag) => next.tags.has(tag));
}

/**
 * A feature that lies in several states ("the Arctic", "Far East") takes the state named as a place just before it
 * in the same sentence: "deep inside Russia, including the remote Arctic ... regions".
 */
function inheritCountries(document: ArticleDocument, candidates: readonly LocationCandidate[]): LocationCandidate[] {
  return candidates.map((c) => {
    if (c.country || c.kind !== 'geo-feature' || c.rule === 'locations/river') return c;
    const sentence = document.sentenceAt(c.start);
    const host = candidates.filter((h) => h.kind === 'country' && h.end <= c.start && document.sentenceAt(h.start) === sentence).pop();
    return host ? { ...c, country: host.country } : c;
  });
}

/** "the Gulf of Genoa" read whole from its head leaves "Genoa" inside it: a mention inside a longer one is dropped. */
function dropInnerOverlaps(candidates: readonly LocationCandidate[]): LocationCandidate[] {
  return candidates.filter((c) => !candidates.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));
}

/** A lower-case division word a region's name may end in ("Ishikawa prefecture", "Kherson region"). */
const LOWER_REGION_HEAD = /\s+(?:region|prefecture|province|oblast|governorate|county|district|voivodeship|krai)$/;

function mergeLocations(document: ArticleDocument, candidates: readonly LocationCandidate[]): Location[] {
  const groups = new Map<string, LocationCandidate[]>();
  for (const c of candidates) {
    // "Ishikawa prefecture" and, later, "households in Ishikawa": the division with and without its head is one place.
    const key = `${c.kind}|${c.kind === 'region' ? c.name.toLowerCase().replace(LOWER_REGION_HEAD, '') : c.name.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group, i) => ({
    id: `l${i + 1}`,
    name: nameOf(document, group),
    kind: group[0]!.kind,
    // A mention qualified by its region ("St. Petersburg, Florida") settles the country of every mention.
    country: (group.find((c) => c.rule === 'locations/city-qualified') ?? group.find((c) => c.country))?.country ?? null,
    mentions: group.map((c) => ({ start: c.start, end: c.end, text: document.text.slice(c.start, c.end), sentence: document.sentenceAt(c.start) })),
  }));
}

/**
 * A state is named as the article writes it at its fullest ("UK" where "United Kingdom" never appears, as actors
 * take the fullest form in the text); other places keep the gazetteer's name.
 */
function nameOf(document: ArticleDocument, group: readonly LocationCandidate[]): string {
  const first = group[0]!;
  if (first.kind === 'region') return group.map((c) => c.name).reduce((a, b) => (b.length > a.length ? b : a));
  if (first.kind !== 'country' || first.rule !== 'locations/country') return first.name;
  const written = group.map((c) => document.text.slice(c.start, c.end).replace(/^the\s+/i, ''));
  if (written.includes(first.name)) return first.name;
  return written.reduce((a, b) => (b.length > a.length ? b : a));
}

export const locationsStage: Stage = {
  name: 'locations',
  run: (document, facts) => ({ ...facts, locations: [...facts.locations, ...findLocations(document, facts.actors)] }),
};
