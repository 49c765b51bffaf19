import { joined } from './number-phrase.js';
import type { Word } from './words.js';

/** The noun a count counts, and where it sits. */
export interface CountedNoun {
  word: Word;
  index: number;
  /** A time word that forms one noun with the head and cannot be dropped: "time zones", "night shifts". */
  compound?: Word;
}

/** Nouns of time that make a fixed compound with the noun after them ("time zone", "day trip"). */
const TIME_COMPOUND_HEADS = new Set(['time', 'day', 'night', 'week', 'month', 'year', 'hour', 'minute']);

/** Compound nouns whose head alone means something else ("19 member states" are not 19 states of any kind). */
const FIXED_COMPOUNDS = new Set([
  'member state', 'member country', 'police officer', 'aid worker', 'health worker', 'polling station',
  'power plant', 'power station', 'oil field', 'gas field', 'air base', 'naval base', 'war crime', 'border crossing',
  'prime minister', 'city council', 'rescue worker',
]);

const COORDINATORS = new Set(['and', 'or']);

/** At most this many adjectives and adverbs between a number and its noun ("162 Ukrainian drones"). */
const MAX_MODIFIERS = 4;

/**
 * The head noun of what the number at `last` counts: the last noun of the noun run after it, skipping adjectives,
 * nationalities and adverbs ("five Russian regions" is regions, "40 long-range missiles" is missiles), and, in an
 * "of" construction, the noun after "of" ("a third of Moscow's strategic bomber fleet" is fleet).
 */
export function readCountedNoun(words: readonly Word[], last: number): CountedNoun | null {
  let j = last + 1;
  if (!joined(words, last)) return null;
  // "the first time", "a second hearing": between a determiner and an ordinal and what follows, a verb form cannot
  // be a verb; compromise mis-tags it ("first set in 2014" has no determiner and stays a verb).
  const next = words[j];
  const determined = words[last - 1]?.tags.has('Determiner') || words[last - 1]?.tags.has('Possessive');
  if (next && determined && words[last]!.tags.has('Ordinal') && (next.tags.has('Infinitive') || next.tags.has('Gerund'))) {
    return { word: next, index: j };
  }
  if (words[j]?.normal === 'of') {
    if (!joined(words, j)) return null;
    j++;
    // "half of the 1.2 million residents": what is divided is the noun after the inner number too.
    while ((isDeterminerOrPossessive(words[j]) || words[j]?.tags.has('Value')) && joined(words, j)) j++;
  }
  for (let skipped = 0; skipped < MAX_MODIFIERS && isNounModifier(words, j) && joined(words, j); skipped++) {
    j++;
    // "200 left-wing and centrist candidates", "small and medium firms": coordinated modifiers share the noun.
    const after = words[j + 1];
    if (COORDINATORS.has(words[j]?.normal ?? '') && joined(words, j) && after && (isNounModifier(words, j + 1) || isNoun(after))) j++;
  }
  const runStart = j;
  let head: number | null = null;
  while (j < words.length && (isNoun(words[j]!) || isMistaggedPlural(words[j]!)) && !startsName(words, runStart, j)) {
    head = j;
    // A compound is plural only at its end: "adults smokes" is a noun and a verb.
    if (!joined(words, j) || words[j]!.post === '-' || looksPlural(words[j]!)) break;
    j++;
  }
  if (head === null) return null;
  const coordinated = coordinatedHead(words, head);
  if (coordinated !== null) head = coordinated;
  const before = words[head - 1];
  const fixed = before && FIXED_COMPOUNDS.has(`${before.normal} ${words[head]!.normal.replace(/s$/, '')}`);
  const compound = head > runStart && before && (TIME_COMPOUND_HEADS.has(before.normal) || fixed) ? before : undefined;
  return { word: words[head]!, index: head, ...(compound && { compound }) };
}

/**
 * "77 search and rescue specialists": a singular noun joined by "and" to a noun run that ends in a plural is a
 * modifier of that plural, which is what is counted ("three people and 19 others" is not: "people" is plural).
 */
function coordinatedHead(words: readonly Word[], head: number): number | null {
  if (looksPlural(words[head]!) || words[head + 1]?.normal !== 'and' || !joined(words, head) || !joined(words, head + 1)) return null;
  let j = head + 2;
  let last: number | null = null;
  while (j < words.length && isNoun(words[j]!)) {
    last = j;
    if (!joined(words, j)) break;
    j++;
  }
  return last !== null && looksPlural(words[last]!) ? last : null;
}

/** "the first time Labour has won": a capitalised name after a common noun is not part of its compound. */
function startsName(words: readonly Word[], runStart: number, j: number): boolean {
  return j > runStart && words[j]!.tags.has('ProperNoun') && !words[j - 1]!.tags.has('ProperNoun');
}

/** The noun just before a number set off by dashes or brackets: "the biggest number of drones — 472 —". */
export function readAppositiveNoun(words: readonly Word[], first: number): CountedNoun | null {
  const before = words[first - 1];
  const number = words[first]!;
  const setOff = /[—–(]|\s-\s/.test(before?.post ?? '') || /[(—–]/.test(number.pre);
  if (!before || !setOff || !isNoun(before)) return null;
  return { word: before, index: first - 1 };
}

/** The nearest plural noun before `first` in the sentence: what a bare count refers back to ("1,000 on both sides"). */
export function readPrecedingPlural(words: readonly Word[], first: number): CountedNoun | null {
  for (let j = first - 1; j >= 0; j--) {
    const word = words[j]!;
    if (isNoun(word) && word.tags.has('Plural') && !word.tags.has('ProperNoun')) return { word, index: j };
  }
  return null;
}

export function isNoun(word: Word): boolean {
  const t = word.tags;
  if (word.normal === 'there' || word.normal === 'here' || t.has('Currency')) return false;
  return t.has('Noun') && !t.has('Pronoun') && !t.has('Possessive') && !t.has('Demonym') && !t.has('Value');
}

/** The nearest common noun before `first` in the sentence: what an elliptical ordinal orders ("a majority of 174 and the second-largest"). */
export function readPrecedingNoun(words: readonly Word[], first: number): CountedNoun | null {
  for (let j = first - 1; j >= 0; j--) {
    const word = words[j]!;
    if (isNoun(word) && !word.tags.has('ProperNoun') && !word.tags.has('Date')) return { word, index: j };
  }
  return null;
}

/**
 * compromise sometimes tags an unfamiliar plural after a number as a present-tense verb ("40 warplanes",
 * "air bases"); after a number, a verb-looking word in -s is read as a plural noun.
 */
function isMistaggedPlural(word: Word): boolean {
  const t = word.tags;
  return t.has('Verb') && t.has('PresentTense') && !t.has('Copula') && !t.has('Auxiliary') && /[a-z]{2}s$/.test(word.normal);
}

/** Whether a counted noun is written in the plural (compromise tags some plurals as uncountable or as verbs). */
export function looksPlural(word: Word): boolean {
  const t = word.tags;
  return t.has('Plural') || ((t.has('Uncountable') || isMistaggedPlural(word)) && /[^s]s$/.test(word.normal));
}

function isDeterminerOrPossessive(word: Word | undefined): boolean {
  return word !== undefined && (word.tags.has('Determiner') || word.tags.has('Possessive'));
}

/** "killed 3 last year": these adjectives start a date, not describe what is counted. */
const DATE_ADJECTIVES = new Set(['last', 'next', 'this', 'previous', 'past', 'coming', 'same']);

/** Adjectives, adverbs, nationalities, the first half of a hyphenated compound, and participles before a noun. */
function isNounModifier(words: readonly Word[], j: number): boolean {
  const word = words[j];
  const next = words[j + 1];
  if (!word || word.tags.has('Value') || DATE_ADJECTIVES.has(word.normal)) return false;
  const t = word.tags;
  if (t.has('Adjective') || t.has('Adverb') || t.has('Demonym') || word.post === '-') return true;
  // "seriously wounded troops": a participle is an adjective when a noun follows it.
  return t.has('Verb') && (t.has('PastTense') || t.has('Participle') || t.has('Gerund')) && next !== undefined && isNoun(next);
}
