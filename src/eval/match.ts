import type { Span } from '../schema/index.js';

export interface Matching<G, P> {
  pairs: [G, P][];
  missing: G[];
  extra: P[];
  expected: number;
  predicted: number;
}

/** One-to-one matching of golden to predicted facts by span, first fit in text order. */
export function matchBySpan<G extends { text: string; occurrence: number }, P extends Span>(
  golden: readonly G[],
  predicted: readonly P[],
  spanOf: (g: G) => Span,
  same: (a: Span, b: Span) => boolean,
): Matching<G, P> {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missing: G[] = [];
  for (const g of golden) {
    const span = spanOf(g);
    // Prefer an exact span, then any overlap.
    let i = predicted.findIndex((p, k) => !used.has(k) && p.start === span.start && p.end === span.end);
    if (i < 0) i = predicted.findIndex((p, k) => !used.has(k) && same(span, p));
    if (i < 0) missing.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  const extra = predicted.filter((_, k) => !used.has(k));
  return { pairs, missing, extra, expected: golden.length, predicted: predicted.length };
}

interface Named {
  name: string;
  aliases?: readonly string[];
}

const normalName = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, '').trim();

/** One-to-one matching of entities whose name, or one of whose aliases, is the other's name or alias. */
export function matchByName<G extends Named, P extends Named>(golden: readonly G[], predicted: readonly P[]): Matching<G, P> {
  const names = (x: Named) => new Set([x.name, ...(x.aliases ?? [])].map(normalName));
  const predictedNames = predicted.map(names);
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missing: G[] = [];
  for (const g of golden) {
    const gn = names(g);
    let i = predicted.findIndex((p, k) => !used.has(k) && normalName(p.name) === normalName(g.name));
    if (i < 0) i = predictedNames.findIndex((pn, k) => !used.has(k) && [...pn].some((n) => gn.has(n)));
    if (i < 0) missing.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  return { pairs, missing, extra: predicted.filter((_, k) => !used.has(k)), expected: golden.length, predicted: predicted.length };
}
