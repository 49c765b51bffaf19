import type { LocationCandidate } from './candidate.js';
import type { ArticleDocument } from '../document/index.js';

/**
 * A lower-case compass word right before a name, as news writes parts of states and continents: "north-west Syria",
 * "northeast India", "central Europe", "south-east Asia". Group 1 is the compass word.
 */
const COMPASS_BEFORE = /(?:^|[\s(“"‘])((?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|northern|southern|central)\s+$/;
/** Compass nouns (not adjectives): "north-west Syria" is a region; "southern Israel" is still Israel. */
const COMPASS_NOUN = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)$/;

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
 * "north-west Syria" (a region of the state) and "central Europe" (a named part of a continent): the compass word
 * and the name are one place. A compass adjective before a state ("southern Israel") leaves the state as it is.
 */
export function compassPart(document: ArticleDocument, start: number, end: number, name: string, country: string | null, continent: boolean): LocationCandidate | null {
  const compass = compassBefore(document, start);
  if (!compass || !(compass.noun || continent)) return null;
  const text = document.text.slice(compass.start, end);
  if (continent) return { start: compass.start, end, name: `${capitalisedCompass(compass.text)} ${name}`, kind: 'geo-feature', country, rule: 'locations/compass-continent' };
  return { start: compass.start, end, name: text, kind: 'region', country, rule: 'locations/compass-region' };
}
