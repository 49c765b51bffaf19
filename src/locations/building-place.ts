import type { ArticleDocument, Term } from '../document/index.js';
import type { ProperName } from '../actors/names/proper-names.js';
import type { LocationCandidate } from './candidate.js';
import { countryByDemonym, countryByName } from './gazetteer/countries.js';
import { citiesNamed } from './gazetteer/cities.js';

/**
 * Last words of the names of buildings that also name the body inside them: "the White House", "the Supreme Court",
 * "the Capitol", "Howard University", "the Iranian consulate". The body acts ("the White House said"); the building
 * is where people gather, speak or strike. Lower case.
 */
const INSTITUTION_BUILDING_HEADS: ReadonlySet<string> = new Set([
  'house', 'court', 'capitol', 'university', 'college', 'consulate', 'embassy', 'hospital', 'cathedral', 'school',
]);

/** Prepositions that put a building in the role of a place whatever comes before them. */
const SITE_PREPOSITIONS: ReadonlySet<string> = new Set(['outside', 'inside', 'into', 'near', 'beside', 'opposite']);

/** Verbs and nouns of an attack whose object is a building struck: "storming the Capitol", "an airstrike on ...". */
const ATTACK_WORDS: ReadonlySet<string> = new Set([
  'storm', 'storming', 'stormed', 'attack', 'attacked', 'attacking', 'bomb', 'bombed', 'bombing', 'raid', 'raided',
  'besieged', 'occupied', 'occupying', 'ransacked', 'breached', 'breaching',
]);
/** Nouns of an attack after which "on" names its target: "an airstrike on the Iranian consulate". */
const ATTACK_ON_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'strike', 'airstrike', 'airstrikes', 'raid', 'assault', 'siege', 'bombing']);

/** Verbs and nouns of going somewhere, after which "to" names a destination: "invited him to the White House". */
const MOTION_WORDS: ReadonlySet<string> = new Set([
  'back', 'return', 'returned', 'returns', 'returning', 'march', 'marched', 'marching', 'went', 'go', 'going', 'came',
  'come', 'travelled', 'traveled', 'flew', 'fly', 'drove', 'walked', 'moved', 'move', 'invited', 'invite', 'welcomed',
  'summoned', 'headed', 'rushed', 'taken', 'brought', 'trip', 'visit', 'arrived',
]);

/**
 * Nouns for something held at a place, after which "at" names the site: "a speech at Vilnius University". Verbs
 * before "at" ("speaking at", "gathered at") count as well; people before it ("a professor at") do not.
 */
const HELD_AT_NOUNS: ReadonlySet<string> = new Set([
  'speech', 'address', 'rally', 'ceremony', 'event', 'briefing', 'conference', 'vigil', 'protest', 'protests',
  'gathering', 'meeting', 'summit', 'celebration', 'party', 'reception', 'dinner', 'concert', 'service', 'funeral',
]);

/**
 * A building named as its institution, read as the place (kind landmark) where a cue before it says so: a place
 * preposition ("outside the Supreme Court"), an attack on it ("storming the Capitol"), "at" after a verb or a held
 * event ("speaking at the White House"), or "to" after going ("back to the White House").
 */
export function institutionBuilding(document: ArticleDocument, name: ProperName): LocationCandidate | null {
  const terms = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last || name.possessive || !INSTITUTION_BUILDING_HEADS.has(last.normal)) return null;
  // "the Capitol" alone; otherwise a head after a name ("Howard University", "the Iranian consulate").
  if (terms.length === 1 && last.normal !== 'capitol') return null;
  if (!buildingCueBefore(document, first, last.normal)) return null;
  const nationality = countryByDemonym(first.text);
  // "Vilnius University" lies in Vilnius; "the Iranian consulate" or "the US embassy" lies abroad.
  const city = terms.length > 1 && !nationality && !countryByName(first.text) ? (citiesNamed(first.text)[0] ?? null) : null;
  return { start: first.start, end: name.end, name: document.text.slice(first.start, name.end), kind: 'landmark', country: city?.country ?? null, rule: nationality ? 'locations/state-building' : 'locations/institution-building' };
}

/**
 * Whether the words before a building's name (its first term `first`, its head word `head`) put it in the role of a
 * place. Not "to" for a court: "took the case to the Supreme Court" goes to the body.
 */
export function buildingCueBefore(document: ArticleDocument, first: Term, head: string): boolean {
  let k = first.index - 1;
  if (document.terms[k]?.normal === 'the') k--;
  const preposition = document.terms[k];
  const before = document.terms[k - 1];
  if (!preposition || preposition.sentence !== first.sentence) return false;
  if (SITE_PREPOSITIONS.has(preposition.normal) || ATTACK_WORDS.has(preposition.normal)) return true;
  if (!before || before.sentence !== first.sentence || !/^\s+$/.test(before.post)) return false;
  // "in front of the Supreme Court".
  if (preposition.normal === 'of') return before.normal === 'front';
  if (preposition.normal === 'on') return ATTACK_ON_NOUNS.has(before.normal);
  if (preposition.normal === 'to') return head !== 'court' && (MOTION_WORDS.has(before.normal) || MOTION_WORDS.has(document.terms[k - 2]?.normal ?? ''));
  if (preposition.normal === 'at') return HELD_AT_NOUNS.has(before.normal) || (before.tags.has('Verb') && !before.tags.has('Noun'));
  return false;
}
