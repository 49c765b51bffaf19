import type { Word } from './words.js';

type Direction = 'up' | 'down';

/** Verbs and nouns of change. "rose to 45" gives a new level, not a change, so only "rose 4.2%" / "rose by" count. */
const CHANGE_WORDS: ReadonlyMap<string, Direction> = new Map([
  ...['rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew',
    'grow', 'grows', 'grown', 'growth', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs', 'soared', 'surged',
    'surge', 'gained', 'gain', 'gains', 'up', 'raised', 'boosted', 'hike', 'hiked', 'rebounded']
    .map((w) => [w, 'up'] as const),
  ...['fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines',
    'decreased', 'decrease', 'decreases', 'slumped', 'slump', 'plunged', 'plunge', 'tumbled', 'down',
    'shrank', 'shrunk', 'cut', 'cuts', 'slid', 'sank', 'dipped', 'dip', 'reduced', 'reduction', 'slashed', 'slipped',
    'slip', 'slips', 'eased', 'retreated', 'lowered', 'shrink', 'shrinks', 'shrinking', 'reduce', 'reduces',
    'trimmed', 'trim']
    .map((w) => [w, 'down'] as const),
]);

/** "shrink by an average of €7.5 billion", "grew at an annualised rate of 3.3%": words between a change and its size. */
const RATE_NOUNS = new Set(['average', 'rate', 'total', 'pace', 'margin']);
const LINK_WORDS = new Set(['by', 'at', 'a', 'an', 'the']);

function skipRateWords(words: readonly Word[], at: number): number {
  const start = at;
  let sawBy = false;
  for (let j = at; j >= 0 && j > start - 12; j--) {
    const word = words[j]!;
    if (CHANGE_WORDS.has(word.normal)) return j;
    if (/[,.;:]/.test(word.post)) return start;
    sawBy ||= word.normal === 'by';
    const describes = word.tags.has('Adjective') || word.tags.has('PastTense');
    if (LINK_WORDS.has(word.normal) || RATE_NOUNS.has(word.normal) || describes) continue;
    // "shrink its €1.7 trillion bond portfolio by ...": the object between a change verb and "by".
    if (sawBy && isObjectWord(word)) continue;
    return start;
  }
  return start;
}

function isObjectWord(word: Word): boolean {
  const t = word.tags;
  return t.has('Noun') || t.has('Determiner') || t.has('Possessive') || t.has('Value') || t.has('Money');
}

/** Change words that can stand as nouns after a quantity: "a 4.2% rise", "a 10% cut". */
const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'rise', 'increase', 'growth', 'jump', 'surge', 'gain', 'hike', 'fall', 'drop', 'decline', 'decrease', 'slump',
  'plunge', 'cut', 'dip', 'reduction',
]);

/**
 * Whether the text states the quantity as a change: a change word just before ("rose 4.2%", "fell by a third",
 * "down 3 points", "an increase of 5%") or a change noun just after ("a 4.2% rise").
 */
export function readDirection(words: readonly Word[], first: number, last: number): Direction | null {
  if (isDistanceMoved(words, last)) return null;
  let before = first - 1;
  const linked = words[before]?.normal === 'by' || words[before]?.normal === 'of';
  if (linked) before = skipRateWords(words, before - 1);
  const changeBefore = words[before] ? CHANGE_WORDS.get(words[before]!.normal) : undefined;
  // "topped up by 300 million euros": with "by", a particle after any verb states the change.
  if (changeBefore && (linked || !isPhrasalParticle(words, before))) return changeBefore;
  return changeNounAfter(words, last);
}

/** "a 4.2% rise", "130 basis points of cuts", "100 basis points of ECB cuts". */
function changeNounAfter(words: readonly Word[], last: number): Direction | null {
  let j = last + 1;
  if (/[,.;:]/.test(words[last]!.post)) return null;
  if (words[j]?.normal === 'of') {
    j++;
    const t = words[j]?.tags;
    if (t && (t.has('ProperNoun') || t.has('Acronym') || t.has('Adjective'))) j++;
  }
  const noun = words[j]?.normal ?? '';
  const singular = CHANGE_NOUNS.has(noun) ? noun : noun.replace(/e?s$/, '');
  return CHANGE_NOUNS.has(singular) ? CHANGE_WORDS.get(singular) ?? null : null;
}

/** "shot down 40 drones", "made up 11%": a particle after a verb is not a change, except after a market verb. */
function isPhrasalParticle(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const verb = words[at - 1];
  if ((word.normal !== 'up' && word.normal !== 'down') || !verb || !verb.tags.has('Verb') || verb.tags.has('Copula')) return false;
  return !MARKET_VERBS.has(verb.normal);
}

/** Verbs after which "up"/"down" reports a market move: "closed down 2.3%" (but "made up 11%" is not a change). */
const MARKET_VERBS = new Set(['closed', 'closing', 'ended', 'ending', 'finished', 'opened', 'traded', 'trading', 'been']);

/** Length units, as written in the text (the last word of a measure). */
const LENGTH_WORDS = new Set([
  'metre', 'metres', 'meter', 'meters', 'm', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile',
  'miles', 'foot', 'feet', 'ft', 'yard', 'yards', 'inch', 'inches',
]);
/** Prepositions of a path: "plunged 50 metres into a ravine", "fell 30 feet from a roof". */
const PATH_WORDS = new Set(['into', 'onto', 'off', 'from', 'through', 'across', 'down', 'to', 'toward', 'towards']);

/**
 * "the bus plunged 50 metres into a ravine": a length followed by a path is a distance something moved, not a
 * change in a quantity ("the river rose 4 metres" is a change and keeps its direction).
 */
function isDistanceMoved(words: readonly Word[], last: number): boolean {
  const unit = words[last];
  const next = words[last + 1];
  if (!unit || !next || !LENGTH_WORDS.has(unit.normal) || !PATH_WORDS.has(next.normal) || /[,.;:]/.test(unit.post)) return false;
  // "rose 2 metres to 8.5 metres", "fell 1 metre from its peak of 9 metres" name levels, so the change stands.
  const after = words[last + 2];
  return after !== undefined && !after.tags.has('Value') && !/^\d/.test(after.text);
}
