import type { Stage } from '../pipeline/stage.js';
import type { ArticleDocument } from '../document/index.js';
import type { Actor, Location } from '../schema/index.js';
import { findProperNames } from '../actors/names/proper-names.js';
import type { LocationCandidate } from './candidate.js';
import { classifyPlace } from './classify-place.js';
import { countryWeightsOf } from './country-weights.js';

/**
 * Where things are or happen: countries in a place role, regions, cities, landmarks and geographic features.
 * Runs after actors: a name an actor already claims ("Russia presented") is not a place here.
 */
export function findLocations(document: ArticleDocument, actors: readonly Actor[]): Location[] {
  const claimed = actors.flatMap((a) => a.mentions);
  // "analysts at Acme" where "Acme Devices" is an organisation of the article: its short name is no place.
  const organizationWords = new Set(actors.filter((a) => a.kind === 'organization').map((a) => a.name.split(/\s+/)[0]!));
  const weights = countryWeightsOf(document, actors);
  const candidates = findProperNames(document)
    .filter((n) => !claimed.some((m) => m.start < n.end && n.start < m.end))
    .map((n) => classifyPlace(document, n, weights))
    .filter((c): c is LocationCandidate => c !== null && !(c.rule === 'locations/place-shape' && organizationWords.has(c.name)));
  return mergeLocations(document, inheritArticleCountry(inheritCountries(document, candidates)));
}

/** How many located towns and regions an article needs, and how many of them in one state, to call it local. */
const LOCAL_MINIMUM = 3;
const LOCAL_SHARE = 0.8;

/**
 * A town or county no gazetteer holds ("Sarasota County", "Siesta Key") in an article whose located towns and
 * regions nearly all lie in one state lies in that state too: local news names local places. Features the
 * gazetteer knows to span states ("Atlantic") and articles spread over several states keep null.
 */
function inheritArticleCountry(candidates: readonly LocationCandidate[]): LocationCandidate[] {
  const local = candidates.filter((c) => c.country && (c.kind === 'city' || c.kind === 'region') && c.rule !== 'locations/geo-feature');
  const counts = new Map<string, number>();
  for (const c of local) counts.set(c.country!, (counts.get(c.country!) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!top || local.length < LOCAL_MINIMUM || n < local.length * LOCAL_SHARE) return [...candidates];
  return candidates.map((c) => (c.country || c.kind === 'country' || c.rule === 'locations/geo-feature' ? c : { ...c, country: top }));
}

/**
 * A feature that lies in several states ("the Arctic", "Far East") takes the state named as a place just before it
 * in the same sentence: "deep inside Russia, including the remote Arctic ... regions".
 */
function inheritCountries(document: ArticleDocument, candidates: readonly LocationCandidate[]): LocationCandidate[] {
  return candidates.map((c) => {
    if (c.country || c.kind !== 'geo-feature') return c;
    const sentence = document.sentenceAt(c.start);
    const host = candidates.filter((h) => h.kind === 'country' && h.end <= c.start && document.sentenceAt(h.start) === sentence).pop();
    return host ? { ...c, country: host.country } : c;
  });
}

function mergeLocations(document: ArticleDocument, candidates: readonly LocationCandidate[]): Location[] {
  const groups = new Map<string, LocationCandidate[]>();
  for (const c of candidates) {
    const key = `${c.kind}|${c.name.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group, i) => ({
    id: `l${i + 1}`,
    name: group[0]!.name,
    kind: group[0]!.kind,
    // A mention qualified by its region ("St. Petersburg, Florida") settles the country of every mention.
    country: (group.find((c) => c.rule === 'locations/city-qualified') ?? group.find((c) => c.country))?.country ?? null,
    mentions: group.map((c) => ({ start: c.start, end: c.end, text: document.text.slice(c.start, c.end), sentence: document.sentenceAt(c.start) })),
  }));
}

export const locationsStage: Stage = {
  name: 'locations',
  run: (document, facts) => ({ ...facts, locations: [...facts.locations, ...findLocations(document, facts.actors)] }),
};
