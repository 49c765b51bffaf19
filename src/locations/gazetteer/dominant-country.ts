/** How many times the next state's mentions the leading state needs to be what the article is about. */
const LEAD_RATIO = 2;
/** Fewer state mentions than this say too little about where an article is set. */
const MINIMUM_MENTIONS = 5;

/**
 * The state an article is about, by how often it names each state (as actor or place): the leader when it is named
 * at least twice as often as any other. Null for an article spread over states.
 */
export function dominantCountry(weights: ReadonlyMap<string, number>): string | null {
  const ranked = [...weights].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((n, [, w]) => n + w, 0);
  const [top, second] = [ranked[0], ranked[1]];
  if (!top || total < MINIMUM_MENTIONS) return null;
  return !second || top[1] >= LEAD_RATIO * second[1] ? top[0] : null;
}
