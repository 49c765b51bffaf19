import type { ArticleDocument, Term } from '../document/index.js';
import type { LocationCandidate } from './candidate.js';
import { standsAlone, usStateAbbreviation } from './lexicon/us-state-abbreviations.js';

/**
 * "West Palm Beach, Fla.", "a ranch in Calif.": an AP abbreviation of a US state is a mention of the state, its full
 * stop included. Abbreviations that are also words count only right after "Town, ".
 */
export function stateAbbreviationAt(document: ArticleDocument, terms: readonly Term[], end: number): LocationCandidate | null {
  const word = terms[0]!;
  if (terms.length !== 1 || !usStateAbbreviation(word.text) || !word.post.startsWith('.')) return null;
  const before = document.terms[word.index - 1];
  const afterTown = before !== undefined && before.sentence === word.sentence && /^,\s+$/.test(before.post) && /^\p{Lu}/u.test(before.text);
  if (!afterTown && !standsAlone(word.text)) return null;
  return { start: word.start, end: end + 1, name: usStateAbbreviation(word.text)!, kind: 'region', country: 'US', rule: 'locations/us-state-abbreviation' };
}
