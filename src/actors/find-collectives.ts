import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { BARE_COLLECTIVES, COLLECTIVE_MODIFIERS, COLLECTIVE_NOUNS, MEMBER_MODIFIERS, SUBJECT_COLLECTIVES } from './lexicon/collectives.js';
import { PARTY_PLURALS } from './lexicon/organization-heads.js';

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
    // "National Guard troops": the last word of a longer name leads nothing; the name is the actor.
    if (terms[i - 1] && !opensSentence(terms[i - 1]!, terms[i - 2]) && isInsideName(term, terms[i - 1]!)) continue;
    if (next && next.sentence === term.sentence && term.post === ' ' && isCollective(next) && DESCRIPTION.test(term.text)) {
      // "a U.S.-led coalition": the description is no part of the group's name.
      out.push(group(document, next.start, next.end, 'actors/collective-described'));
      i++;
    } else if (next && next.sentence === term.sentence && term.post === ' ' && isCollective(next) && leadsCollective(term, terms[i - 1], organizations)) {
      out.push(group(document, term.start, next.end, 'actors/collective-modified'));
      i++;
    } else if (next && next.sentence === term.sentence && term.post === ' ' && MEMBER_MODIFIERS.has(term.text) && PARTY_PLURALS.has(next.normal) && /^\p{Lu}/u.test(next.text)) {
      out.push(group(document, term.start, next.end - (/['’]s?$/.test(next.text) ? next.text.length - next.text.replace(/['’]s?$/, '').length : 0), 'actors/party-members'));
      i++;
    } else if (isBare(term, terms[i - 1], next)) {
      out.push(group(document, term.start, term.end, 'actors/collective-bare'));
    } else if (opensSentence(term, terms[i - 1]) && SUBJECT_COLLECTIVES.has(term.normal) && isSubject(term, next)) {
      out.push(group(document, term.start, term.end, 'actors/collective-subject'));
    }
  }
  return out;
}

const DESCRIPTION = /-(?:led|backed|run|allied)$/;
/** Tags of a word that leaves the noun after it bare: a verb, a preposition, a conjunction. */
const BARE_BEFORE = ['Verb', 'Preposition', 'Conjunction', 'Auxiliary', 'Modal', 'Copula'];
const ACTING = ['Verb', 'Auxiliary', 'Modal'];

/**
 * "urged regulators to", "from regulators in Europe", "said soldiers would": a bare collective after a verb, a
 * preposition or "the", or before its own verb. A number or a modifier before it makes it counted or another group.
 */
function isBare(term: Term, previous: Term | undefined, next: Term | undefined): boolean {
  if (!BARE_COLLECTIVES.has(term.text) || (previous && previous.sentence === term.sentence && /-$/.test(previous.post))) return false;
  // "analysts at Morningstar": staff of a named organisation, which is the actor.
  if (next?.normal === 'at' && next.sentence === term.sentence) return false;
  if (!previous || previous.sentence !== term.sentence || !/^\s+$/.test(previous.post)) return false;
  if (previous.normal === 'the' || (BARE_BEFORE.some((tag) => previous.tags.has(tag)) && !previous.tags.has('Value'))) return true;
  const acts = next !== undefined && next.sentence === term.sentence && /^\s+$/.test(term.post) && ACTING.some((tag) => next.tags.has(tag)) && !next.tags.has('Noun');
  // "the $16.5 billion analysts had expected": money before the collective belongs to the clause, not to a count.
  return acts && previous.tags.has('Value') && /^(?:billion|million|trillion|thousand)$/.test(previous.normal);
}

function isCollective(term: Term): boolean {
  return COLLECTIVE_NOUNS.has(term.normal) && /^\p{Ll}/u.test(term.text) && !/['’]s?$/.test(term.text);
}

/** "Nato", "EU", "regional", "Republican", or the first word of an organisation of the article ("Acme"). */
function leadsCollective(term: Term, previous: Term | undefined, organizations: ReadonlySet<string>): boolean {
  if (/['’]s?$/.test(term.text)) return false;
  if (COLLECTIVE_MODIFIERS.has(term.normal)) return true;
  // "National Guard troops": the last word of a longer name leads nothing; the name is the actor.
  if (!/^\p{Lu}/u.test(term.text) || opensSentence(term, previous) && !term.tags.has('Acronym') && !organizations.has(term.text)) return false;
  if (term.tags.has('Acronym') || organizations.has(term.text)) return true;
  // "Nato leaders": a name compromise knows as no person and no place leads the collective as its organisation.
  return ACRONYM.test(term.text) && term.tags.has('ProperNoun') && !['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City'].some((tag) => term.tags.has(tag));
}

function isInsideName(term: Term, previous: Term): boolean {
  return previous.sentence === term.sentence && previous.post === ' ' && /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(term.text) && !previous.tags.has('Adverb');
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
