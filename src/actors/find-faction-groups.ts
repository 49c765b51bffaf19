import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { COLLECTIVE_NOUNS, POLITICAL_SIDES } from './lexicon/collectives.js';

/**
 * Political factions: people of a collective noun led by one or more political sides, "conservative justices",
 * "left-wing voters", "left-wing and centrist candidates". A side marks out a faction a story reports on, so unlike
 * other modified collectives a count before it ("more than 200 ...", "the six ...") stays outside the name and does
 * not make the people a mere number.
 */
export function findFactionGroups(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const first = sideAt(terms, i);
    if (!first || insideName(terms, i)) continue;
    let end = first.next;
    // "left-wing and centrist candidates", "liberal, centrist and green voters": coordinated sides share the noun.
    while (terms[end] && /^,?\s+$/.test(terms[end - 1]!.post) && ['and', 'or'].includes(terms[end]!.normal)) {
      const more = sideAt(terms, end + 1);
      if (!more) break;
      end = more.next;
    }
    const noun = terms[end];
    const last = terms[end - 1]!;
    if (!noun || noun.sentence !== terms[i]!.sentence || last.post !== ' ' || !isPeople(noun)) continue;
    out.push({ start: terms[i]!.start, end: noun.end, name: document.text.slice(terms[i]!.start, noun.end), kind: 'group', country: null, titles: [], credit: false, rule: 'actors/faction' });
    i = end;
  }
  return out;
}

/** The political side that starts at term `i` ("centrist", or "left" "-" "wing" as compromise splits it), and the index after it. */
function sideAt(terms: readonly Term[], i: number): { next: number } | null {
  const term = terms[i];
  if (!term || !/^\p{Ll}/u.test(term.text)) return null;
  const after = terms[i + 1];
  if (term.post === '-' && after && POLITICAL_SIDES.has(`${term.normal}-${after.normal}`)) return { next: i + 2 };
  if (term.post === '-' || !POLITICAL_SIDES.has(term.normal)) return null;
  return { next: i + 1 };
}

/** "the Liberal Democrats' voters" is a party's; a side joined to a capitalised word before it is part of a name. */
function insideName(terms: readonly Term[], i: number): boolean {
  const previous = terms[i - 1];
  return previous !== undefined && previous.sentence === terms[i]!.sentence && /-$/.test(previous.post);
}

function isPeople(term: Term): boolean {
  return COLLECTIVE_NOUNS.has(term.normal) && /^\p{Ll}/u.test(term.text) && !/['’]s?$/.test(term.text);
}
