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
import { findCollectives } from './find-collectives.js';
import { findShortOrganizationMentions } from './find-short-organizations.js';
import { NAMED_EVENT_FIRST_WORDS } from './lexicon/not-person-names.js';

/**
 * Who acts in the article: people, organisations, states acting and unnamed groups, with titles, aliases and
 * every mention. Order matters: credits first (a credit span is never a story actor), then phrases led by a
 * nationality ("Russian forces") and other collectives ("Nato leaders") before the bare names inside them, then surnames of people and short names of organisations already found.
 */
export function findActors(document: ArticleDocument): Actor[] {
  const credits = findCreditActors(document);
  const national = findNationalPhrases(document);
  const names = findProperNames(document);
  const events = namedEventNames(document);
  const named = names
    .map((n) => classifyName(document, n))
    .filter((c): c is ActorCandidate => c !== null && !(c.kind === 'person' && events.has(c.name)));
  const organizations = new Set(named.filter((c) => c.kind === 'organization').map((c) => c.name.split(/\s+/)[0]!));
  const collectives = findCollectives(document, organizations);
  const kept = dropOverlaps([...credits, ...national, ...collectives, ...named]);
  const surnames = findSurnameMentions(document, kept).filter((s) => !kept.some((k) => overlaps(k, s)));
  const shortNames = findShortOrganizationMentions(document, kept).filter((s) => ![...kept, ...surnames].some((k) => overlaps(k, s)));
  return mergeActors(document, [...kept, ...surnames, ...shortNames].sort((a, b) => a.start - b.start));
}

/**
 * Names the article gives to storms and operations ("Hurricane Helene"): later the bare name ("Helene killed 200")
 * is the storm again, not a person.
 */
function namedEventNames(document: ArticleDocument): ReadonlySet<string> {
  const out = new Set<string>();
  const terms = document.terms;
  for (let i = 0; i + 1 < terms.length; i++) {
    const [lead, name] = [terms[i]!, terms[i + 1]!];
    if (NAMED_EVENT_FIRST_WORDS.has(lead.normal) && /^\p{Lu}/u.test(lead.text) && lead.post === ' ' && /^\p{Lu}/u.test(name.text)) out.add(name.text.replace(/['’]s$/, ''));
  }
  return out;
}

export const actorsStage: Stage = {
  name: 'actors',
  run: (document, facts) => ({ ...facts, actors: [...facts.actors, ...findActors(document)] }),
};
