import type { Word } from './words.js';

type Direction = 'up' | 'down';

/** Verbs and nouns of change. "rose to 45" gives a new level, not a change, so only "rose 4.2%" / "rose by" count. */
const CHANGE_WORDS: ReadonlyMap<string, Direction> = new Map([
  ...['rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew',
    'grow', 'grows', 'grown', 'growth', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs', 'soared', 'surged',
    'surge', 'gained', 'gain', 'gains', 'up', 'added', 'raised', 'boosted', 'hike', 'hiked', 'rebounded']
    .map((w) => [w, 'up'] as const),
  ...['fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines',
    'decreased', 'decrease', 'decreases', 'slumped', 'slump', 'plunged', 'plunge', 'tumbled', 'down',
    'shrank', 'shrunk', 'cut', 'cuts', 'slid', 'sank', 'dipped', 'dip', 'reduced', 'reduction', 'slashed']
    .map((w) => [w, 'down'] as const),
]);

/**
 * Whether the text states the quantity as a change: a change word just before ("rose 4.2%", "fell by a third",
 * "down 3 points", "an increase of 5%") or a change noun just after ("a 4.2% rise").
 */
export function readDirection(words: readonly Word[], first: number, last: number): Direction | null {
  let before = first - 1;
  if (words[before]?.normal === 'by' || words[before]?.normal === 'of') before--;
  const changeBefore = words[before] ? CHANGE_WORDS.get(words[before]!.normal) : undefined;
  if (changeBefore && !isPhrasalParticle(words, before)) return changeBefore;
  const after = words[last + 1];
  if (after && !/[,.;:]/.test(words[last]!.post) && after.tags.has('Noun')) return CHANGE_WORDS.get(after.normal) ?? null;
  return null;
}

/** "shot down 40 drones", "set up 3 camps": a particle after a verb is not a change ("shares were down 3%" is). */
function isPhrasalParticle(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const verb = words[at - 1];
  return (word.normal === 'up' || word.normal === 'down') && verb !== undefined && verb.tags.has('Verb') && !verb.tags.has('Copula');
}
