import type { ArticleDocument } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { countryByDemonym } from '../locations/gazetteer/countries.js';
import { SEATS_OF_GOVERNMENT } from './lexicon/seats-of-government.js';

/**
 * Photographers and agencies in caption credits ("(Jane Doe/AP)"): actors with `credit: true`, named in the
 * article but not part of the story. The caption parser in ingest already split and typed the names.
 */
export function findCreditActors(document: ArticleDocument): ActorCandidate[] {
  return document.captions.flatMap((caption) =>
    caption.names.map((n) => ({
      start: n.start,
      end: n.end,
      name: n.text,
      kind: n.kind,
      country: creditCountry(n.text),
      titles: [],
      credit: true,
      rule: 'actors/credit',
    })),
  );
}

/** "Ukrainian Ministry of Defence" is Ukraine's, "Kremlin Pool" Russia's: the first word of a credit may say whose. */
function creditCountry(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? '';
  return countryByDemonym(first)?.code ?? SEATS_OF_GOVERNMENT.get(first)?.country ?? null;
}
