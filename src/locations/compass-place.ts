import type { LocationCandidate } from './candidate.js';
import type { ArticleDocument, Term } from '../document/index.js';

/**
 * A lower-case compass word right before a name, as news writes parts of states and continents: "north-west Syria",
 * "northeast India", "central Europe", "south-east Asia". Group 1 is the compass word.
 */
const COMPASS_BEFORE = /(?:^|[\s(“"‘])((?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|northern|southern|central)\s+$/;
/** Compass nouns (not adjectives): "north-west Syria"; adjectives: "eastern Spain". */
const COMPASS_NOUN = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)$/;

/**
 * Hostile acts whose target a state is ("the attack on southern Israel"): the state acted on, its compass word only
 * says where it was hit, so the state stays the place.
 */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'assault', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'incursion', 'invasion', 'offensive', 'bombardment']);

/** Heads of a named site that "in southern Israel" may locate: "the Nevatim air base in southern Israel". */
const SITE_HEADS: ReadonlySet<string> = new Set(['base', 'airbase', 'airport', 'camp', 'plant', 'dam', 'prison', 'port', 'station', 'crossing', 'hospital', 'site', 'facility', 'works', 'refinery', 'mine']);

export interface CompassWord {
  start: number;
  text: string;
  noun: boolean;
}

/** The compass word written right before `start` in the same sentence, if any. */
export function compassBefore(document: ArticleDocument, start: number): CompassWord | null {
  const sentence = document.sentences[document.sentenceAt(start)];
  if (!sentence) return null;
  const before = document.text.slice(Math.max(sentence.start, start - 20), start);
  const match = COMPASS_BEFORE.exec(before);
  if (!match) return null;
  const text = match[1]!;
  return { start: start - before.length + match.index + match[0].length - match[0].trimStart().length, text, noun: COMPASS_NOUN.test(text) };
}

/** "south-east" → "South-East": the capitalised form a named part of a continent takes ("Central Europe"). */
export function capitalisedCompass(text: string): string {
  return text.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * "north-west Syria", "eastern Spain", "northeastern Japan" (a part of the state, a region) and "central Europe" (a
 * named part of a continent): the compass word and the name are one place. A compass adjective before another
 * feature ("the eastern Mediterranean") leaves the feature as it is. `of` says what the name is.
 */
export function compassPart(document: ArticleDocument, start: number, end: number, name: string, country: string | null, of: 'state' | 'continent' | 'feature'): LocationCandidate | null {
  const continent = of === 'continent';
  const compass = compassBefore(document, start);
  if (!compass || !(compass.noun || of !== 'feature')) return null;
  if (of === 'state' && !compass.noun && (qualifiesSiteBefore(document, compass.start) || attackTarget(document, compass.start))) return null;
  const text = document.text.slice(compass.start, end);
  if (continent) return { start: compass.start, end, name: `${capitalisedCompass(compass.text)} ${name}`, kind: 'geo-feature', country, rule: 'locations/compass-continent' };
  return { start: compass.start, end, name: text, kind: 'region', country, rule: 'locations/compass-region' };
}

/** The terms right before the compass word, nearest first. */
function termsBefore(document: ArticleDocument, start: number, count: number): Term[] {
  const sentence = document.sentenceAt(start);
  const k = document.terms.findIndex((t) => t.start >= start);
  return document.terms.slice(Math.max(0, k - count), k).filter((t) => t.sentence === sentence).reverse();
}

/**
 * "near Gaziantep in southern Turkey", "the Nevatim air base in southern Israel": the compass words only locate a
 * named town or site before "in"; the state is the place named.
 */
function qualifiesSiteBefore(document: ArticleDocument, compassStart: number): boolean {
  const [preposition, before] = termsBefore(document, compassStart, 2);
  if (preposition?.normal !== 'in' || !before || !/^\s+$/.test(before.post)) return false;
  const named = /^\p{Lu}/u.test(before.text) && !before.tags.has('Person') && !before.tags.has('Pronoun');
  return named || SITE_HEADS.has(before.normal);
}

/** "the Hamas attack on southern Israel": the object of a hostile act. */
function attackTarget(document: ArticleDocument, compassStart: number): boolean {
  const [preposition, noun] = termsBefore(document, compassStart, 2);
  return preposition?.normal === 'on' && noun !== undefined && ATTACK_NOUNS.has(noun.normal);
}
