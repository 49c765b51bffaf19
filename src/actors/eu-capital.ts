import type { ActorCandidate } from './candidate.js';

/** Names of the European Union's bodies, the fullest first: what "Brussels" acting stands for. */
const EU_BODIES: readonly string[] = ['European Commission', 'Commission', 'European Union', 'EU'];

/**
 * "the first time Brussels has punished the iPhone maker": news copy uses Brussels acting for the European Union's
 * executive, not for Belgium, whenever the article is about the EU. Where the article names an EU body, Brussels
 * acting is a mention of it (the Commission before the Union); elsewhere it stays Belgium's capital.
 */
export function withBrusselsAsEu(found: readonly ActorCandidate[]): ActorCandidate[] {
  const body = EU_BODIES.map((name) => found.find((c) => c.kind === 'organization' && !c.credit && c.name === name)).find((c) => c !== undefined);
  if (!body) return [...found];
  return found.map((c) => (c.rule === 'actors/capital-acting' && c.country === 'BE' ? { ...c, name: body.name, kind: 'organization', country: body.country, rule: 'actors/eu-capital' } : c));
}
