import type { ArticleDocument } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { withoutGeneration } from './merge-actors.js';

/**
 * A lone capitalised word that is the surname of a person already found ("Wallace" after "Ben Wallace") is
 * that person, even where compromise did not tag it as a name or it opens a sentence.
 */
export function findSurnameMentions(document: ArticleDocument, found: readonly ActorCandidate[]): ActorCandidate[] {
  const surnames = new Set(found.filter((c) => c.kind === 'person' && !c.credit && c.name.includes(' ')).map((c) => withoutGeneration(c.name).split(/\s+/).pop()!));
  const credits = document.captions.map((c) => c.credit);
  return document.terms
    .filter((t) => surnames.has(t.text.replace(/['’]s$/, '')) && !credits.some((c) => t.start >= c.start && t.start < c.end))
    .map((t) => {
      const name = t.text.replace(/['’]s$/, '');
      return { start: t.start, end: t.start + name.length, name, kind: 'person' as const, country: null, titles: [], credit: false, rule: 'actors/surname' };
    });
}
