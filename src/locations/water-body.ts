import type { ArticleDocument, Term } from '../document/index.js';
import type { LocationCandidate } from './candidate.js';
import { countryByName } from './gazetteer/countries.js';
import { resolveCity } from './gazetteer/cities.js';
import { countryOfRegionWord } from './place-context.js';

/** Heads that name a body of water or land by the place after "of": "Gulf of Genoa", "Bay of Bengal", "Sea of Azov". */
const HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'isle', 'isles', 'cape', 'lake', 'mouth']);

/**
 * "the Gulf of Genoa", "the Strait of Hormuz": a water head, "of" and a capitalised name. The name finder may cut the
 * phrase at "of"; this reads it whole from its head. The country is the name's where that is a city or a state
 * ("Genoa" is in Italy); straits and seas between states are left to the feature gazetteer.
 */
export function waterBodyAt(document: ArticleDocument, terms: readonly Term[], weights: ReadonlyMap<string, number>): LocationCandidate | null {
  const head = terms[0]!;
  if (!/^\p{Lu}/u.test(head.text) || !HEADS_BEFORE_OF.has(head.normal)) return null;
  const of = terms.length > 1 ? terms[1] : document.terms[head.index + 1];
  const named = terms.length > 2 ? terms[2] : document.terms[head.index + 2];
  if (of?.normal !== 'of' || !named || !/^\p{Lu}/u.test(named.text) || named.sentence !== head.sentence || head.post !== ' ' || of.post !== ' ') return null;
  let lastIndex = named.index;
  while (document.terms[lastIndex + 1] && document.terms[lastIndex]!.post === ' ' && /^\p{Lu}/u.test(document.terms[lastIndex + 1]!.text) && document.terms[lastIndex + 1]!.sentence === head.sentence) lastIndex++;
  const last = document.terms[lastIndex]!;
  const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
  const place = document.text.slice(named.start, end);
  const country = resolveCity(place, weights)?.country ?? countryByName(place)?.code ?? countryOfRegionWord(place);
  return { start: head.start, end, name: document.text.slice(head.start, end), kind: 'geo-feature', country, rule: 'locations/water-of' };
}
