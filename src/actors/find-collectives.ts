import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { COLLECTIVE_MODIFIERS, COLLECTIVE_NOUNS, SUBJECT_COLLECTIVES } from './lexicon/collectives.js';

const ACRONYM = /^\p{Lu}[\p{Lu}a-z]{1,5}$/u;
/** What may follow a sentence-opening collective for it to be the subject: "Critics said", "Protesters outside". */
const SUBJECT_NEXT = ['Verb', 'Adverb', 'Auxiliary', 'Modal', 'Copula', 'Preposition', 'Adjective'];

/**
 * Unnamed groups that no nationality names: a collective led by an organisation ("Nato leaders", "EU leaders",
 * "Acme shareholders"), by a level of government or a political side ("regional officials", "Republican
 * lawmakers"), or a collective opening a sentence as its subject ("Critics said"). `organizations` are the names of
 * organisations found in the article, whose first word may lead a collective.
 */
export function findCollectives(document: ArticleDocument, organizations: ReadonlySet<string>): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const next = terms[i + 1];
    if (next && next.sentence === term.sentence && term.post === ' ' && isCollective(next) && leadsCollective(term, terms[i - 1], organizations)) {
      out.push(group(document, term.start, next.end, 'actors/collective-modified'));
      i++;
    } else if (opensSentence(term, terms[i - 1]) && SUBJECT_COLLECTIVES.has(term.normal) && isSubject(term, next)) {
      out.push(group(document, term.start, term.end, 'actors/collective-subject'));
    }
  }
  return out;
}

function isCollective(term: Term): boolean {
  return COLLECTIVE_NOUNS.has(term.normal) && /^\p{Ll}/u.test(term.text) && !/['’]s?$/.test(term.text);
}

/** "Nato", "EU", "regional", "Republican", or the first word of an organisation of the article ("Acme"). */
function leadsCollective(term: Term, previous: Term | undefined, organizations: ReadonlySet<string>): boolean {
  if (/['’]s?$/.test(term.text)) return false;
  if (COLLECTIVE_MODIFIERS.has(term.normal)) return true;
  if (!/^\p{Lu}/u.test(term.text) || opensSentence(term, previous) && !term.tags.has('Acronym') && !organizations.has(term.text)) return false;
  if (term.tags.has('Acronym') || organizations.has(term.text)) return true;
  // "Nato leaders": a name compromise knows as no person and no place leads the collective as its organisation.
  return ACRONYM.test(term.text) && term.tags.has('ProperNoun') && !['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City'].some((tag) => term.tags.has(tag));
}

function opensSentence(term: Term, previous: Term | undefined): boolean {
  return !previous || previous.sentence !== term.sentence || /[“"‘(]$/.test(term.pre);
}

function isSubject(term: Term, next: Term | undefined): boolean {
  if (!next || next.sentence !== term.sentence || !/^\s*$/.test(term.post) || /^\p{Lu}/u.test(next.text)) return false;
  return SUBJECT_NEXT.some((tag) => next.tags.has(tag));
}

function group(document: ArticleDocument, start: number, end: number, rule: string): ActorCandidate {
  return { start, end, name: document.text.slice(start, end), kind: 'group', country: null, titles: [], credit: false, rule };
}
