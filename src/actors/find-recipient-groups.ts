import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { COLLECTIVE_NOUNS } from './lexicon/collectives.js';

/** Verbs of giving or bringing aid, whose "to" names who receives it: "flown food and water to hikers". */
const GIVING_VERBS: ReadonlySet<string> = new Set([
  'sent', 'send', 'sends', 'sending', 'delivered', 'deliver', 'delivers', 'delivering', 'flew', 'flown', 'fly', 'flies',
  'airlifted', 'airlift', 'airdropped', 'provided', 'provide', 'provides', 'providing', 'distributed', 'distribute',
  'handed', 'hand', 'gave', 'give', 'gives', 'giving', 'donated', 'donate', 'shipped', 'ship', 'supplied', 'supply', 'brought', 'bring',
]);
/** How many words may stand between the verb and "to": "flown food, water and medicine to hikers". */
const REACH = 10;

/**
 * People who receive aid: "the ministry had flown food, water and medicine to hikers stranded at Tianxiang",
 * "volunteers delivered meals to residents". A collective noun right after "to", uncounted and in the clause of a
 * verb of giving, is the group the aid goes to.
 */
export function findRecipientGroups(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const to = terms[i]!;
    const noun = terms[i + 1];
    if (to.normal !== 'to' || to.post !== ' ' || !noun || noun.sentence !== to.sentence || !isPeople(noun)) continue;
    if (!givingVerbBefore(terms, i)) continue;
    out.push({ start: noun.start, end: noun.end, name: noun.text, kind: 'group', country: null, titles: [], credit: false, rule: 'actors/aid-recipients' });
  }
  return out;
}

function isPeople(term: Term): boolean {
  return /^\p{Ll}+$/u.test(term.text) && COLLECTIVE_NOUNS.has(term.normal);
}

/** A verb of giving within reach before "to", in the same sentence and clause (no ";" or full stop between). */
function givingVerbBefore(terms: readonly Term[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - REACH && terms[k]!.sentence === terms[to]!.sentence; k--) {
    if (GIVING_VERBS.has(terms[k]!.normal)) return true;
    if (/[;:]/.test(terms[k]!.post)) return false;
  }
  return false;
}
