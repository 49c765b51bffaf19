import type { Span } from '../schema/index.js';
import { overlaps } from './locate.js';

export interface Matching<G, P> {
  pairs: [G, P][];
  missing: G[];
  extra: P[];
}

/**
 * One-to-one matching of golden to predicted facts by span, in golden order: an exact span first, then (relaxed)
 * any overlap, so "on Sunday" predicted still finds the golden "Sunday".
 */
export function matchBySpan<G, P extends Span>(
  golden: readonly G[],
  predicted: readonly P[],
  spanOf: (g: G) => Span | null,
  mode: 'strict' | 'relaxed',
  compatible: (g: G, p: P) => boolean = () => true,
): Matching<G, P> {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missing: G[] = [];
  for (const g of golden) {
    const span = spanOf(g);
    const free = (p: P, k: number) => span !== null && !used.has(k) && compatible(g, p);
    let i = predicted.findIndex((p, k) => free(p, k) && p.start === span!.start && p.end === span!.end);
    if (i < 0 && mode === 'relaxed') i = predicted.findIndex((p, k) => free(p, k) && overlaps(span!, p));
    if (i < 0) missing.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  return { pairs, missing, extra: predicted.filter((_, k) => !used.has(k)) };
}

export interface Named {
  name: string;
  aliases?: readonly string[];
}

/** Names compare without case, a leading "the", or the kind of apostrophe. */
export const normalName = (s: string): string => s.toLowerCase().replace(/[’`]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * One-to-one matching of entities: strict when the canonical names are equal, relaxed when any name or alias of
 * one is a name or alias of the other ("Mr Zelensky" finds "Volodymyr Zelensky" through its aliases).
 */
export function matchByName<G extends Named, P extends Named>(
  golden: readonly G[],
  predicted: readonly P[],
  mode: 'strict' | 'relaxed',
): Matching<G, P> {
  const names = (x: Named) => new Set([x.name, ...(x.aliases ?? [])].map(normalName));
  const predictedNames = predicted.map(names);
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missing: G[] = [];
  for (const g of golden) {
    const gn = names(g);
    let i = predicted.findIndex((p, k) => !used.has(k) && normalName(p.name) === normalName(g.name));
    if (i < 0 && mode === 'relaxed') i = predictedNames.findIndex((pn, k) => !used.has(k) && [...pn].some((n) => gn.has(n)));
    if (i < 0) missing.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  return { pairs, missing, extra: predicted.filter((_, k) => !used.has(k)) };
}
