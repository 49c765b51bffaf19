import type { ArticleDocument, Term } from '../document/index.js';
import { FINANCIAL_CENTRES } from './lexicon/seats-of-government.js';
import { isOrganizationHead } from './lexicon/organization-heads.js';
import { overlaps, type ActorCandidate } from './candidate.js';
import { nationOf } from './nation-of.js';
import { isPersonTagged } from './person-titles.js';

/** Words telling a share price's move after "X shares": "Apple shares closed lower", "Acme stock jumped". */
const PRICE_MOVES: ReadonlySet<string> = new Set([
  'closed', 'ended', 'finished', 'fell', 'rose', 'jumped', 'slid', 'dropped', 'gained', 'climbed', 'tumbled', 'surged',
  'sank', 'slumped', 'soared', 'plunged', 'rallied', 'dipped', 'edged', 'traded', 'opened', 'were', 'have', 'had', 'are',
]);

/** Rules that read a single word as a company by how the text uses it. */
const COMPANY_RULES: ReadonlySet<string> = new Set(['actors/company-use', 'actors/described-organization', 'actors/traded-company', 'actors/listed-company']);

/**
 * "Apple shares closed 2.5 per cent lower": a capitalised word whose shares move is a listed company, even where it
 * opens the sentence and the tagger reads it as a common noun. A sentence-initial word counts only when the article
 * also writes it capitalised mid-sentence (a name, not "Technology shares fell"); markets ("Tokyo shares", "European
 * shares"), states and sector heads ("Bank shares") are no company.
 */
export function findTradedCompanies(document: ArticleDocument): ActorCandidate[] {
  const terms = document.terms;
  const out: ActorCandidate[] = [];
  for (const t of terms) {
    const [noun, move] = [terms[t.index + 1], terms[t.index + 2]];
    if (!noun || !move || noun.sentence !== t.sentence || move.sentence !== t.sentence || t.post !== ' ' || noun.post !== ' ') continue;
    if (!['shares', 'stock'].includes(noun.normal) || !PRICE_MOVES.has(move.normal) || !isCompanyWord(t)) continue;
    if (sentenceInitial(terms, t) && !terms.some((o) => o.text === t.text && !sentenceInitial(terms, o))) continue;
    out.push({ start: t.start, end: t.end, name: t.text, kind: 'organization', country: null, titles: [], credit: false, rule: 'actors/traded-company' });
  }
  return out;
}

/**
 * "six so-called gatekeepers, including Apple, Alphabet and Meta": single capitalised words listed with a company
 * the article reads as one are companies too; a list joins things of one kind. A word that names a state, a person's
 * first name, or another actor already found keeps its own reading.
 */
export function findListedCompanies(document: ArticleDocument, found: readonly ActorCandidate[]): ActorCandidate[] {
  const terms = document.terms;
  const companies = found.filter((c) => c.kind === 'organization' && COMPANY_RULES.has(c.rule) && !c.name.includes(' '));
  const out: ActorCandidate[] = [];
  const names = new Set(companies.map((c) => c.name));
  // Every use of the company's word counts, not only the one its cue was read at.
  for (const at of terms.filter((t) => names.has(t.text.replace(/['’]s$/, '')))) {
    for (const member of listMembers(terms, at)) {
      if (!isCompanyWord(member) || member.tags.has('FirstName') || [...found, ...out].some((c) => overlaps(c, member))) continue;
      out.push({ start: member.start, end: member.end, name: member.text, kind: 'organization', country: null, titles: [], credit: false, rule: 'actors/listed-company' });
    }
  }
  return out;
}

/**
 * The other single words of the list "A, B and C" that `at` belongs to, in its sentence. Only a list closed by "and"
 * or "or" is one; its first member may not open the sentence or follow a preposition ("In Cupertino, Apple and
 * Google said": an opening phrase, not a member).
 */
function listMembers(terms: readonly Term[], at: Term): Term[] {
  const before: Term[] = [];
  for (let k = at.index; k > 0; ) {
    const link = linkBefore(terms, k);
    if (!link) break;
    before.unshift(terms[link.member]!);
    k = link.member;
  }
  const after: Term[] = [];
  for (let k = at.index; k < terms.length; ) {
    const link = linkAfter(terms, k);
    if (!link) break;
    after.push(terms[link.member]!);
    k = link.member;
  }
  const chain = [...before, at, ...after];
  const closed = chain.some((m, i) => i > 0 && ['and', 'or'].includes(terms[m.index - 1]!.normal));
  const opener = terms[chain[0]!.index - 1];
  if (!closed || sentenceInitial(terms, chain[0]!) || (opener?.tags.has('Preposition') && chain[0] !== at && chain[0]!.post === ', ')) return [];
  return [...before, ...after].filter((m) => !m.tags.has('Date') && !m.tags.has('Value'));
}

const LIST_WORD = (t: Term | undefined): boolean => t !== undefined && /^\p{Lu}[\p{L}\d&-]*$/u.test(t.text);

function linkBefore(terms: readonly Term[], k: number): { member: number } | null {
  const t = terms[k]!;
  const before = terms[k - 1];
  if (before && before.sentence === t.sentence && before.post === ', ' && LIST_WORD(before) && isSingleWord(terms, k - 1)) return { member: k - 1 };
  const conj = terms[k - 1];
  const member = terms[k - 2];
  if (conj && member && ['and', 'or'].includes(conj.normal) && member.sentence === t.sentence && /^,? $/.test(member.post) && LIST_WORD(member) && isSingleWord(terms, k - 2)) return { member: k - 2 };
  return null;
}

function linkAfter(terms: readonly Term[], k: number): { member: number } | null {
  const t = terms[k]!;
  const next = terms[k + 1];
  if (t.post === ', ' && next && next.sentence === t.sentence && LIST_WORD(next) && isSingleWord(terms, k + 1)) return { member: k + 1 };
  const conj = terms[k + 1];
  const member = terms[k + 2];
  if (/^,? $/.test(t.post) && conj && member && ['and', 'or'].includes(conj.normal) && member.sentence === t.sentence && LIST_WORD(member) && isSingleWord(terms, k + 2)) return { member: k + 2 };
  return null;
}

/** A list member of one word: not the first or last word of a longer capitalised name ("Meta Platforms"). */
function isSingleWord(terms: readonly Term[], k: number): boolean {
  const [before, after] = [terms[k - 1], terms[k + 1]];
  const joinedBefore = before !== undefined && before.post === ' ' && /^\p{Lu}/u.test(before.text) && before.sentence === terms[k]!.sentence;
  const joinedAfter = after !== undefined && terms[k]!.post === ' ' && /^\p{Lu}/u.test(after.text) && after.sentence === terms[k]!.sentence;
  return !joinedBefore && !joinedAfter;
}

function isCompanyWord(t: Term): boolean {
  const word = t.text.replace(/['’]s$/, '');
  if (!/^\p{Lu}/u.test(word) || nationOf(t) || t.tags.has('Demonym') || FINANCIAL_CENTRES.has(word) || isOrganizationHead(word)) return false;
  return !(isPersonTagged(t) && t.tags.has('FirstName'));
}

function sentenceInitial(terms: readonly Term[], t: Term): boolean {
  const previous = terms[t.index - 1];
  return !previous || previous.sentence !== t.sentence || /[“"‘(]$/.test(t.pre);
}
