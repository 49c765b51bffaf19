import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { ACRONYM_COLLECTIVE, BARE_COLLECTIVES, SINGULAR_BODIES, COLLECTIVE_MODIFIERS, SCENE_WORK_MODIFIERS, COLLECTIVE_NOUNS, MEMBER_MODIFIERS, SUBJECT_COLLECTIVES } from './lexicon/collectives.js';
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
    if (SCENE_WORK_MODIFIERS.has(term.normal) || definedByClause(terms, i)) continue;
    if (next && next.sentence === term.sentence && term.post === ' ' && isCollective(next) && DESCRIPTION.test(term.text)) {
      // "a U.S.-led coalition": the description is no part of the group's name.
      out.push(group(document, next.start, next.end, 'actors/collective-described'));
      i++;
    } else if (next && next.sentence === term.sentence && term.post === ' ' && isCollective(next) && leadsCollective(term, terms[i - 1], organizations) && !counted(terms[i - 1]) && !countedThroughOther(terms, i) && !hyphenJoined(terms[i - 1], term)) {
      out.push(group(document, term.start, next.end, 'actors/collective-modified'));
      i++;
    } else if (next && next.sentence === term.sentence && term.post === ' ' && MEMBER_MODIFIERS.has(term.text) && PARTY_PLURALS.has(next.normal) && /^\p{Lu}/u.test(next.text)) {
      out.push(group(document, term.start, next.end - (/['’]s?$/.test(next.text) ? next.text.length - next.text.replace(/['’]s?$/, '').length : 0), 'actors/party-members'));
      i++;
    } else if (actingBody(term, terms[i - 1], next)) {
      out.push(group(document, term.start, term.end, 'actors/acting-body'));
    } else if (isBare(term, terms[i - 1], next)) {
      out.push(group(document, term.start, term.end, 'actors/collective-bare'));
    } else if (opensSentence(term, terms[i - 1]) && SUBJECT_COLLECTIVES.has(bareWord(term)) && isSubject(term, next)) {
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
 * Words that leave a plural noun after them a whole noun phrase: "the", an owner's "its"/"their" ("its
 * shareholders" are the company's), and "that", which before a plural can only open a clause ("that voters had").
 */
const BARE_OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'that']);

/**
 * "four years after voters turned him out of office": a time clause tells the background of the story, and the
 * collective in it is no party to the news.
 */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'until', 'since', 'when', 'while', 'once']);

/** The word as the lexicons list it: lower case, so that a sentence's first word and "MPs" match. */
function bareWord(term: Term): string {
  return term.text.toLowerCase();
}

/**
 * "former members who cancel", "Investors who expect rates to fall": a plural that a "who" clause restricts names a
 * class of people, not a body that acts. Set off by a comma ("creditors, who are owed") the clause only describes.
 */
function definedByClause(terms: readonly Term[], i: number): boolean {
  const end = COLLECTIVE_NOUNS.has(terms[i + 1]?.normal ?? '') && terms[i]!.post === ' ' ? i + 1 : i;
  const after = terms[end + 1];
  return after !== undefined && after.sentence === terms[i]!.sentence && terms[end]!.post === ' ' && (after.normal === 'who' || after.normal === 'whose');
}

/** "two other former executives", "three more union members": a count before "other"/"more" counts the people too. */
function countedThroughOther(terms: readonly Term[], i: number): boolean {
  const between = terms[i - 1];
  const count = terms[i - 2];
  return between !== undefined && count !== undefined && ['other', 'more', 'additional', 'further'].includes(between.normal) && (count.tags.has('Value') || /^\d/.test(count.text));
}

/** "some 2000 Hawaiian workers", "7,400 striking nurses": people counted by a figure are no group acting as one. */
function counted(previous: Term | undefined): boolean {
  return previous !== undefined && /^[\d$£€]/.test(previous.text);
}

/**
 * "urged regulators to", "from regulators in Europe", "said soldiers would", "its shareholders", "insisted that
 * shareholders": a bare collective after a verb, a preposition, "the", an owner or a "that" clause's opening, or
 * before its own verb. A number or a modifier before it makes it counted or another group.
 */
function isBare(term: Term, previous: Term | undefined, next: Term | undefined): boolean {
  // "the International Association of Machinists": a capitalised plural inside a sentence is part of a name.
  if (!BARE_COLLECTIVES.has(bareWord(term)) || !(/^\p{Ll}/u.test(term.text) || ACRONYM_COLLECTIVE.test(term.text)) || /['’]s?$/.test(term.text) || (previous && previous.sentence === term.sentence && /-$/.test(previous.post))) return false;
  // "analysts at Morningstar": staff of a named organisation, which is the actor.
  if (next?.normal === 'at' && next.sentence === term.sentence) return false;
  if (!previous || previous.sentence !== term.sentence || !/^\s+$/.test(previous.post)) return false;
  if (TIME_CLAUSE_OPENERS.has(previous.normal)) return false;
  if (BARE_OPENERS.has(previous.normal) || (BARE_BEFORE.some((tag) => previous.tags.has(tag)) && !previous.tags.has('Value'))) return true;
  const acts = next !== undefined && next.sentence === term.sentence && /^\s+$/.test(term.post) && ACTING.some((tag) => next.tags.has(tag)) && !next.tags.has('Noun');
  // "the $16.5 billion analysts had expected": money before the collective belongs to the clause, not to a count.
  return acts && previous.tags.has('Value') && /^(?:billion|million|trillion|thousand)$/.test(previous.normal);
}

/** "A jury convicted", "the panel ruled": a body of people named by a singular noun, as the subject of a verb. */
function actingBody(term: Term, previous: Term | undefined, next: Term | undefined): boolean {
  if (!SINGULAR_BODIES.has(term.normal) || !/^\p{Ll}/u.test(term.text) || !previous || !['a', 'an', 'the'].includes(previous.normal) || previous.sentence !== term.sentence) return false;
  return next !== undefined && next.sentence === term.sentence && /^\s+$/.test(term.post) && ACTING.some((tag) => next.tags.has(tag)) && !next.tags.has('Noun');
}

/** "Anti-conservative voters": a modifier joined by a hyphen to the word before it is only part of a longer word. */
function hyphenJoined(previous: Term | undefined, term: Term): boolean {
  return previous !== undefined && previous.sentence === term.sentence && /-$/.test(previous.post);
}

function isCollective(term: Term): boolean {
  return COLLECTIVE_NOUNS.has(term.normal) && (/^\p{Ll}/u.test(term.text) || ACRONYM_COLLECTIVE.test(term.text)) && !/['’]s?$/.test(term.text);
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
