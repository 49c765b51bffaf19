import type { Term } from '../document/index.js';
import type { EventType, Span } from '../schema/index.js';

/**
 * Things an actor owns by authoring or holding them: documents, terms, positions. In "Russia presented a memo setting
 * out the Kremlin's terms", the Kremlin owns the terms and is no one the memo was presented to. Places, bodies and
 * forces ("Ukraine's southern region", "Russia's air force", "Moscow's bomber fleet") are not here: what is done to
 * them is done to their state.
 */
const HELD_THINGS: ReadonlySet<string> = new Set([
  'terms', 'term', 'conditions', 'condition', 'demands', 'demand', 'plan', 'plans', 'proposal', 'proposals', 'offer',
  'offers', 'position', 'positions', 'stance', 'view', 'views', 'memo', 'memorandum', 'document', 'documents', 'draft',
  'letter', 'statement', 'list', 'agenda', 'blueprint', 'roadmap', 'framework', 'ultimatum',
  'initiative', 'formula', 'vision', 'priorities', 'goals', 'aims', 'objectives', 'red lines', 'version', 'narrative',
]);

/**
 * Events that answer someone's plan, offer or terms: there the owner is the one answered ("Ukraine rejected Russia's
 * terms"), so owning the thing does not take the owner out of the event.
 */
const RESPONSE_TYPES: ReadonlySet<EventType> = new Set(['REJECT', 'AGREE', 'SUPPORT', 'DISAPPROVE', 'CONCEDE']);

/** Words of the owned noun phrase ("the Kremlin's new peace terms"): adjectives, numbers and nouns. */
const inPhrase = (t: Term): boolean => t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Noun');

/**
 * An actor named in the possessive before a thing it holds ("the Kremlin's terms", "Spain's peace plan") only owns
 * that thing; it is neither the source nor the target of the event, unless the event answers that thing or the
 * thing is the event itself.
 */
export function isHolderOnly(mention: Span, terms: readonly Term[], trigger: Span & { type: EventType }): boolean {
  if (RESPONSE_TYPES.has(trigger.type)) return false;
  const i = terms.findIndex((t) => t.start < mention.end && t.end >= mention.end);
  const owner = terms[i];
  if (!owner || !isPossessive(owner, mention)) return false;
  // The owned phrase runs from the word after the possessive to its head noun, its last word.
  const phrase: Term[] = [];
  for (const t of terms.slice(i + 1, i + 5)) {
    if (!inPhrase(t)) break;
    phrase.push(t);
    if (/[,.;:]/.test(t.post)) break;
  }
  const head = phrase[phrase.length - 1];
  const pair = phrase.length >= 2 ? `${phrase[phrase.length - 2]!.normal} ${head?.normal ?? ''}` : '';
  // "Spain's proposal", "Moscow's invasion": a possessive on the trigger itself names who does it.
  if (!head || phrase.some((t) => t.start < trigger.end && t.end > trigger.start)) return false;
  return HELD_THINGS.has(head.normal) || HELD_THINGS.has(pair);
}

/** "Kremlin's", "Kremlin’s": the mention ends where the term's possessive ending begins. */
function isPossessive(term: Term, mention: Span): boolean {
  return term.end > mention.end && (term.tags.has('Possessive') || /['’]s?$/.test(term.text));
}
