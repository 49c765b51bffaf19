import type { ArticleDocument } from '../document/index.js';
import type { Actor } from '../schema/index.js';
import { countryByName } from './gazetteer/countries.js';

/**
 * How often the article names each state, as actor or place: an ambiguous city ("London", "Georgia's Tbilisi or
 * Atlanta's Georgia") resolves to the country the article talks about most.
 */
export function countryWeightsOf(document: ArticleDocument, actors: readonly Actor[]): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  const add = (code: string | null | undefined, n: number): void => {
    if (code) weights.set(code, (weights.get(code) ?? 0) + n);
  };
  for (const actor of actors) if (!actor.credit) add(actor.country, actor.mentions.length);
  for (const term of document.terms) if (term.tags.has('Country')) add(countryByName(term.text.replace(/['’]s$/, ''))?.code, 1);
  return weights;
}
