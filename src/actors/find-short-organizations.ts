import type { ArticleDocument } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { isTitleWord } from './lexicon/titles.js';
import { isOrganizationHead } from './lexicon/organization-heads.js';
import { nationOf } from './nation-of.js';

/** Rules that read a one-word name as an organisation from the words around one mention: its other mentions follow. */
const DESCRIBED_RULES: ReadonlySet<string> = new Set(['actors/described-organization', 'actors/company-use', 'actors/traded-company', 'actors/listed-company']);

/**
 * A one-word company the text describes once ("Streamwell, the fitness company") is that company wherever the word
 * recurs. A lone capitalised word that is the first word of exactly one organisation already found ("Acme" after "Acme
 * Devices") is that organisation, as a surname is its person. Words that name a state, a title or an organisation
 * type ("National", "Federal", "Bank") are too general to stand for one organisation.
 */
export function findShortOrganizationMentions(document: ArticleDocument, found: readonly ActorCandidate[]): ActorCandidate[] {
  const byFirstWord = new Map<string, ActorCandidate[]>();
  for (const c of found) {
    // "Downing" is no short name of "Downing Street": a seat of government is named in full.
    const described = !c.name.includes(' ') && DESCRIBED_RULES.has(c.rule);
    if (c.kind !== 'organization' || c.credit || (!c.name.includes(' ') && !described) || c.rule === 'actors/seat-of-government') continue;
    const first = c.name.split(/\s+/)[0]!;
    if (!byFirstWord.get(first)?.some((o) => o.name === c.name)) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), c]);
  }
  const credits = document.captions.map((c) => c.credit);
  const out: ActorCandidate[] = [];
  for (const t of document.terms) {
    const word = t.text.replace(/['’]s$/, '');
    const owners = byFirstWord.get(word);
    if (!owners || owners.length !== 1 || credits.some((c) => t.start >= c.start && t.start < c.end)) continue;
    // "European music fans" after "European Commission": a word of nationality describes, it names no organisation.
    if (nationOf(t) || t.tags.has('Demonym') || isTitleWord(word) || isOrganizationHead(word)) continue;
    const owner = owners[0]!;
    // "Royal Mail's headquarters", where the full name's reading failed: the full name is the mention, not its first word.
    const full = document.text.startsWith(owner.name, t.start) && !/^[\p{L}\d]/u.test(document.text.slice(t.start + owner.name.length));
    out.push({ start: t.start, end: t.start + (full ? owner.name.length : word.length), name: owner.name, kind: 'organization', country: owner.country, titles: [], credit: false, rule: 'actors/organization-short-name' });
  }
  return out;
}

/**
 * "the Election Commission said", after "the Election Commission of India": the words before "of" of an organisation
 * the article named in full stand for it, as a surname for its person. Only a name of two words or more: "Bank"
 * alone is too general.
 */
export function withFullInstitutionNames(found: readonly ActorCandidate[]): ActorCandidate[] {
  const full = found.filter((c) => c.kind === 'organization' && !c.credit && c.name.includes(' of '));
  return found.map((c) => {
    if (c.kind !== 'organization' || c.credit || !c.name.includes(' ') || c.name.includes(' of ')) return c;
    const owners = [...new Set(full.filter((f) => f.name.startsWith(`${c.name} of `)).map((f) => f.name))];
    const owner = owners.length === 1 ? full.find((f) => f.name === owners[0]) : undefined;
    return owner ? { ...c, name: owner.name, country: c.country ?? owner.country } : c;
  });
}
