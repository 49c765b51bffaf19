import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { VIOLENT_AGENTS } from './lexicon/collectives.js';

/**
 * People named by the violence they do ("gunmen shot dead two people", "ended with rioters storming the Capitol",
 * "where drug cartels fight"): the noun itself says they act, so they are a group wherever they stand bare. A noun
 * before them that says what kind they are ("drug cartels") is part of the name; a count ("two gunmen") makes them
 * counted people, and a capitalised word before them ("Hamas gunmen") leads a name other rules read.
 */
export function findAgentGroups(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (!VIOLENT_AGENTS.has(term.normal) || !/^\p{Ll}/u.test(term.text) || /['’]s?$/.test(term.text)) continue;
    const previous = sameSentence(terms, i - 1, term);
    const kindNoun = previous && isKindNoun(previous) ? previous : undefined;
    const before = kindNoun ? sameSentence(terms, i - 2, term) : previous;
    const ofCount = before?.normal === 'of' && terms[i - (kindNoun ? 3 : 2)] !== undefined && counts(terms[i - (kindNoun ? 3 : 2)]!);
    if (ofCount || before && (counts(before) || /^\p{Lu}/u.test(before.text) && !opens(before, terms[i - (kindNoun ? 3 : 2)]) || /-$/.test(before.post))) continue;
    const start = (kindNoun ?? term).start;
    out.push({ start, end: term.end, name: document.text.slice(start, term.end), kind: 'group', country: null, titles: [], credit: false, rule: 'actors/violent-agents' });
  }
  return out;
}

function sameSentence(terms: readonly Term[], i: number, term: Term): Term | undefined {
  const t = terms[i];
  return t && t.sentence === term.sentence && t.post === ' ' ? t : undefined;
}

/** "drug" in "drug cartels": a lower-case singular noun that says what the agents deal in. */
function isKindNoun(term: Term): boolean {
  return /^\p{Ll}+$/u.test(term.text) && term.tags.has('Noun') && term.tags.has('Singular') && !term.tags.has('Pronoun') && !term.tags.has('Date') && !term.tags.has('Value');
}

/** "two gunmen", "dozens of rioters" are counted people; "some", "many" and "several" count them too. */
function counts(term: Term): boolean {
  return term.tags.has('Value') || /^\d/.test(term.text) || ['some', 'many', 'several', 'few', 'dozens', 'hundreds', 'thousands'].includes(term.normal);
}

function opens(term: Term, previous: Term | undefined): boolean {
  return !previous || previous.sentence !== term.sentence;
}
