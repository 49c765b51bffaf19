import type { Stage } from '../pipeline/stage.js';
import type { ArticleDocument } from '../document/index.js';
import type { Actor } from '../schema/index.js';
import { overlaps, type ActorCandidate } from './candidate.js';
import { findCreditActors } from './find-credits.js';
import { findNationalPhrases } from './find-national-phrases.js';
import { classifyName } from './find-named-actors.js';
import { findProperNames } from './names/proper-names.js';
import { dropOverlaps, mergeActors } from './merge-actors.js';
import { findSurnameMentions } from './find-surnames.js';

/**
 * Who acts in the article: people, organisations, states acting and unnamed groups, with titles, aliases and
 * every mention. Order matters: credits first (a credit span is never a story actor), then phrases led by a
 * nationality ("Russian forces") before the bare names inside them, then surnames of people already found.
 */
export function findActors(document: ArticleDocument): Actor[] {
  const credits = findCreditActors(document);
  const national = findNationalPhrases(document);
  const names = findProperNames(document);
  const named = names.map((n) => classifyName(document, n)).filter((c): c is ActorCandidate => c !== null);
  const kept = dropOverlaps([...credits, ...national, ...named]);
  const surnames = findSurnameMentions(document, kept).filter((s) => !kept.some((k) => overlaps(k, s)));
  return mergeActors(document, [...kept, ...surnames].sort((a, b) => a.start - b.start));
}

export const actorsStage: Stage = {
  name: 'actors',
  run: (document, facts) => ({ ...facts, actors: [...facts.actors, ...findActors(document)] }),
};
