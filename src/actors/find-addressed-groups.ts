import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { COLLECTIVE_NOUNS } from './lexicon/collectives.js';
import { countryByDemonym } from '../locations/gazetteer/countries.js';

/** Verbs of appeal: the people after them are asked to act ("urged residents not to return"). */
const APPEAL_VERBS: ReadonlySet<string> = new Set(['urge', 'urged', 'urges', 'urging', 'implored', 'implores', 'exhorted', 'exhorts', 'asked', 'asks', 'encouraged', 'encourages', 'begged', 'begs']);
/** Two-word appeals: "called on voters to", "appealed to residents to". */
const APPEAL_PHRASES: ReadonlySet<string> = new Set(['called on', 'calls on', 'calling on', 'appealed to', 'appeals to', 'appealing to']);

/**
 * People an appeal addresses: "urged residents not to return", "He urged Americans to deliver their own verdict",
 * "called on voters to". The appeal makes them the party asked to act, an identifiable collective, where the same
 * noun elsewhere ("govern for all Mexicans", "many residents") is only people in general. A nationality's plural
 * ("Americans") gives the group its country.
 */
export function findAddressedGroups(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const at = appealEnd(terms, i);
    if (at === null) continue;
    // "asked South Africans to": a nationality of two words is one noun.
    const pair = twoWordPeople(terms, at);
    const noun = terms[pair ? at + 1 : at];
    const after = noun && terms[noun.index + 1] && terms[noun.index + 1]!.normal === 'not' ? terms[noun.index + 2] : terms[(noun?.index ?? 0) + 1];
    if (!noun || !after || noun.sentence !== terms[i]!.sentence || after.sentence !== noun.sentence || after.normal !== 'to' || noun.post !== ' ') continue;
    const people = pair ?? peopleOf(noun);
    if (!people) continue;
    const start = terms[at]!.start;
    out.push({ start, end: noun.end, name: document.text.slice(start, noun.end), kind: 'group', country: people.country, titles: [], credit: false, rule: 'actors/addressed-group' });
  }
  return out;
}

/** The index of the word an appeal at `i` addresses, or null where `i` opens no appeal. */
function appealEnd(terms: readonly Term[], i: number): number | null {
  const term = terms[i]!;
  const next = terms[i + 1];
  if (APPEAL_VERBS.has(term.normal) && term.post === ' ') return i + 1;
  if (next && term.post === ' ' && next.post === ' ' && APPEAL_PHRASES.has(`${term.normal} ${next.normal}`)) return i + 2;
  return null;
}

/** "South Africans", "North Koreans": a two-word nationality's plural at `at`, with its state. */
function twoWordPeople(terms: readonly Term[], at: number): { country: string | null } | null {
  const first = terms[at];
  const second = terms[at + 1];
  if (!first || !second || first.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !/^\p{Lu}\p{Ll}+s$/u.test(second.text)) return null;
  const state = countryByDemonym(`${first.text} ${second.text.slice(0, -1)}`);
  return state ? { country: state.code } : null;
}

/** A lower-case collective ("residents") or a nationality's plural ("Americans", "Israelis"). */
function peopleOf(term: Term): { country: string | null } | null {
  if (/['’]/.test(term.text)) return null;
  if (/^\p{Ll}/u.test(term.text)) return COLLECTIVE_NOUNS.has(term.normal) ? { country: null } : null;
  const singular = /^\p{Lu}\p{Ll}+s$/u.test(term.text) ? countryByDemonym(term.text.slice(0, -1)) : null;
  return singular ? { country: singular.code } : null;
}
