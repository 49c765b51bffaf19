import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';

/**
 * One rule that fills or corrects actor attributes after mentions are merged into entities (chrono's refiner
 * shape): pure, returns new actors, never drops a mention's span invariant.
 */
export interface AttributeRefiner {
  name: string;
  refine(document: ArticleDocument, actors: readonly Actor[]): Actor[];
}

/** The actor with a country set, unless it already has one: earlier refiners are surer. */
export function withCountry(actor: Actor, country: string | null): Actor {
  return actor.country || !country ? actor : { ...actor, country };
}
