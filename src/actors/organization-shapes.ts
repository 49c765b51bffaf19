import type { ArticleDocument, Term } from '../document/index.js';
import { countryByName } from '../locations/gazetteer/countries.js';
import type { ActorCandidate } from './candidate.js';
import { isPossessiveName, NOT_ORGANIZATION_ACRONYMS } from './lexicon/known-organizations.js';
import { NOT_PERSON_HEADS } from './lexicon/not-person-names.js';
import { nationOf } from './nation-of.js';
import { isPersonTagged } from './person-titles.js';

/** An acronym as companies write one: "TD", "BNP", "S&P", "AT&T". */
const ACRONYM_WORD = /^(?:\p{Lu}{2,5}|\p{Lu}{1,2}&\p{Lu}{1,2})$/u;
/** Lower-case nouns after a name that make it a coalition of parties or states: "the opposition INDIA bloc". */
const BLOC_HEADS: ReadonlySet<string> = new Set(['bloc', 'alliance', 'coalition', 'front']);
/** Words before a name that make it a stock index, not an actor: "the benchmark BSE Sensex", "the blue-chip FTSE 100". */
const INDEX_DESCRIBERS: ReadonlySet<string> = new Set(['benchmark', 'blue-chip', 'broader', 'tech-heavy', 'index']);

/**
 * "TD Cowen", "BNP Paribas", "UBS Wealth": a run led by an acronym, with no person's name in it, is a company. A
 * state's acronym ("US Treasury" is read by its head; "UK Smith" by the title rules) never leads one.
 */
export function isAcronymLedName(terms: readonly Term[]): boolean {
  const first = terms[0]!;
  if (terms.length < 2 || terms.length > 3 || !ACRONYM_WORD.test(first.text) || first.post !== ' ') return false;
  // "NFL Draft", "FA Cup": an event named after its organiser is no organisation.
  if (NOT_ORGANIZATION_ACRONYMS.has(first.text) || nationOf(first) !== null || NOT_PERSON_HEADS.has(terms[terms.length - 1]!.normal)) return false;
  return !terms.some((t) => isPersonTagged(t) && (t.tags.has('FirstName') || t.tags.has('Honorific'))) && terms.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
}

/** "the benchmark BSE Sensex plunged": a name a describing word makes a market index. */
export function isNamedIndex(document: ArticleDocument, first: Term): boolean {
  const before = document.terms[first.index - 1];
  return before !== undefined && before.sentence === first.sentence && INDEX_DESCRIBERS.has(before.normal);
}

/** "the 737 MAX", "the A320 NEO": capitals right after a model number name a product's version. */
export function isModelDesignation(document: ArticleDocument, first: Term): boolean {
  const before = document.terms[first.index - 1];
  return before !== undefined && before.sentence === first.sentence && before.post === ' ' && /\d/.test(before.text);
}

/**
 * "the opposition INDIA bloc": a country's name written in capitals before "bloc" or "alliance" is the acronym of a
 * coalition, not the state; the name keeps the head, since the acronym alone reads as the country. Returns the
 * head term.
 */
export function acronymBlocHead(document: ArticleDocument, terms: readonly Term[]): Term | null {
  const word = terms[0]!;
  const country = terms.length === 1 ? countryByName(word.text) : null;
  if (!country || !/^\p{Lu}{3,}$/u.test(word.text) || country.name.toUpperCase() === country.name) return null;
  const next = document.terms[word.index + 1];
  return next !== undefined && next.sentence === word.sentence && word.post === ' ' && BLOC_HEADS.has(next.normal) && /^\p{Ll}/u.test(next.text) ? next : null;
}

/**
 * Shapes that settle a name before any other reading: "Moody's" (a company whose name ends in ’s), "INDIA bloc" (a
 * coalition's acronym, not the state), "the benchmark BSE Sensex" (an index: no actor). Undefined when none applies.
 */
export function ownNameShape(document: ArticleDocument, terms: readonly Term[], base: Omit<ActorCandidate, 'kind' | 'rule'>): ActorCandidate | null | undefined {
  const first = terms[0]!;
  if (terms.length === 1 && isPossessiveName(first.text)) return { ...base, kind: 'organization', rule: 'actors/possessive-name' };
  // "Janata Dal (United)": only parties carry a bracketed qualifier in their name (the name finder keeps it).
  if (terms.length > 1 && document.text[base.end - 1] === ')') return { ...base, kind: 'organization', rule: 'actors/bracket-qualified' };
  const bloc = acronymBlocHead(document, terms);
  if (bloc) return { ...base, end: bloc.end, name: document.text.slice(base.start, bloc.end), kind: 'organization', rule: 'actors/acronym-bloc' };
  return isNamedIndex(document, first) ? null : undefined;
}
