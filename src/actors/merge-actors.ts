import type { ArticleDocument } from '../document/index.js';
import type { Actor } from '../schema/index.js';
import { overlaps, type ActorCandidate } from './candidate.js';
import { isOrganizationHead, PARTY_PLURALS } from './lexicon/organization-heads.js';

/**
 * Keeps the first of overlapping candidates: callers pass them in priority order (credits, then national phrases,
 * then names), so "Ukraine's air force" wins over "Ukraine" inside it.
 */
export function dropOverlaps(prioritised: readonly ActorCandidate[]): ActorCandidate[] {
  const kept: ActorCandidate[] = [];
  for (const c of prioritised) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * One actor per entity: mentions of the same name merge; a person's shorter forms ("Zelensky", "Mr Zelensky")
 * join the fullest name that ends with them. Credits never merge with story actors.
 */
export function mergeActors(document: ArticleDocument, found: readonly ActorCandidate[]): Actor[] {
  const candidates = oneCountryPerBody(found.filter((c) => !lowerCaseShortName(document, c)));
  const groups: ActorCandidate[][] = [];
  const byKey = new Map<string, ActorCandidate[]>();
  const people = [...candidates].filter((c) => c.kind === 'person').sort((a, b) => words(b.name).length - words(a.name).length);
  const personKey = new Map<ActorCandidate, string>();
  const fullNames: string[] = [];
  for (const p of people) {
    const full = fullNames.find((f) => p.credit === false && endsWithWords(f, p.name)) ?? knightedFirstName(document, p, fullNames);
    if (full) personKey.set(p, `person|${full}`);
    else {
      fullNames.push(p.name);
      personKey.set(p, `person|${p.name}`);
    }
  }
  const organizationNames = new Map<string, ActorCandidate>();
  for (const c of candidates) if (c.kind === 'organization' && !c.credit && !organizationNames.has(c.name)) organizationNames.set(c.name, c);
  for (const c of candidates) {
    const key = c.credit ? `credit|${c.name}` : (personKey.get(c) ?? shortOrganizationKey(c, organizationNames) ?? entityKey(c));
    let group = byKey.get(key);
    if (!group) {
      group = [];
      byKey.set(key, group);
      groups.push(group);
    }
    group.push(c);
  }
  groups.sort((a, b) => a[0]!.start - b[0]!.start);
  return groups.map((g, i) => toActor(document, g, `a${i + 1}`));
}

/** "eastern" in "the eastern city" is no short name of "eastern government": a lower-case word names nothing. */
function lowerCaseShortName(document: ArticleDocument, c: ActorCandidate): boolean {
  return c.rule === 'actors/organization-short-name' && /^\p{Ll}/u.test(document.text.slice(c.start, c.end));
}

/**
 * "the eastern government" is one body in every sentence, though only one sentence names its state: mentions of a
 * state body by the same common noun take the one country any of them found, so that they merge.
 */
function oneCountryPerBody(candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const countries = new Map<string, Set<string>>();
  for (const c of candidates) if (c.rule === 'actors/state-body' && c.country) countries.set(c.name.toLowerCase(), (countries.get(c.name.toLowerCase()) ?? new Set()).add(c.country));
  return candidates.map((c) => {
    const found = c.rule === 'actors/state-body' && !c.country ? countries.get(c.name.toLowerCase()) : undefined;
    return found?.size === 1 ? { ...c, country: [...found][0]! } : c;
  });
}

function toActor(document: ArticleDocument, group: readonly ActorCandidate[], id: string): Actor {
  const mentions = [...group]
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, text: document.text.slice(c.start, c.end), sentence: document.sentenceAt(c.start) }));
  // A state body named by a description ("Qatar's foreign ministry", "the UK government") has no proper name: it is
  // called as the text first writes it, and other wordings ("the British government") are its aliases.
  const name = group.every((c) => c.rule === 'actors/national-organization') ? mentions[0]!.text : nameOf(group);
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
  const titles = [...new Set(group.flatMap((c) => c.titles))];
  const first = group[0]!;
  return {
    id,
    name,
    kind: first.kind,
    titles,
    aliases,
    country: group.find((c) => c.country)?.country ?? null,
    credit: first.credit,
    mentions,
  };
}

/**
 * A company's short name joins its full name: "Acme" is "Acme Devices" where the article names both. Only one
 * longer organisation may start with it, or the short name stays its own.
 */
function shortOrganizationKey(c: ActorCandidate, organizations: ReadonlyMap<string, ActorCandidate>): string | null {
  if (c.kind !== 'organization' || c.credit || c.name.includes(' ')) return null;
  const longer = [...organizations.values()].filter((o) => o.name.startsWith(`${c.name} `));
  if (longer.length === 1) return entityKey(longer[0]!);
  // "the Commission" after "the European Commission": a bare head word is the one organisation of the article it ends.
  // Only a singular institution's head: "Democrats" in "Socialists and Democrats" is a party's name, not a short one.
  const headed = isOrganizationHead(c.name) && !PARTY_PLURALS.has(c.name.toLowerCase()) && !/[^s]s$/.test(c.name) ? [...organizations.values()].filter((o) => o.name.endsWith(` ${c.name}`) && !o.name.includes(' of ')) : [];
  if (headed.length === 1) return entityKey(headed[0]!);
  // "FEMA" is the "Federal Emergency Management Agency", "ECB" the "European Central Bank": an acronym made of the
  // initials of exactly one organisation of the article is that organisation.
  if (!ACRONYM.test(c.name)) return null;
  const expanded = [...organizations.values()].filter((o) => initialsOf(o.name) === c.name);
  return expanded.length === 1 ? entityKey(expanded[0]!) : null;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Small words acronyms leave out: "Organization of the Petroleum Exporting Countries" is OPEC. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'on', 'in', 'de']);

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * "Sir Keir" is "Keir Starmer": British usage puts a knight's or dame's first name after the honorific. The one
 * full name of the article that starts with that first name.
 */
function knightedFirstName(document: ArticleDocument, p: ActorCandidate, fullNames: readonly string[]): string | undefined {
  if (p.credit || p.name.includes(' ') || !/^(?:Sir|Dame)\s/.test(document.text.slice(p.start, p.end))) return undefined;
  const matches = fullNames.filter((f) => f.split(/\s+/)[0] === p.name && f.includes(' '));
  return matches.length === 1 ? matches[0] : undefined;
}

function words(name: string): string[] {
  return name.split(/[\s-]+/).filter(Boolean);
}

/** A person's name without a generation suffix ("III", "Jr."): the surname is the word before it. */
export function withoutGeneration(name: string): string {
  return name.replace(/\s+(?:II|III|IV|Jr\.?|Sr\.?)$/, '');
}

/** "Volodymyr Zelensky" ends with "Zelensky"; "Maria Lopez-Garcia" ends with "Lopez-Garcia". */
function endsWithWords(full: string, short: string): boolean {
  // "John J. Ray III" is "Ray": a generation's suffix is no surname.
  const f = withoutGeneration(full).split(/\s+/);
  const s = short.split(/\s+/);
  if (s.length < f.length && s.every((w, i) => f[f.length - s.length + i] === w)) return true;
  // "Ansari" is "Majed al-Ansari": a surname without its hyphenated Arabic article.
  return s.length === 1 && f.length > 1 && /^(?:al|el|ad|ar|as|ash|at|az|ul)-/.test(f[f.length - 1]!) && f[f.length - 1]!.replace(/^\p{Ll}+-/u, '') === s[0];
}

/**
 * Groups of one state named by its capital or its nationality are one group ("Kyiv officials", "Ukrainian
 * officials"); a state is one actor whatever name stands for it.
 */
function entityKey(c: ActorCandidate): string {
  if (c.kind === 'country') return `country|${c.country}`;
  if (c.kind === 'group' && c.rule.startsWith('actors/national-group')) return `group|${c.country ?? ''}|${c.name.split(/\s+/).slice(1).join(' ').toLowerCase()}`;
  return `${c.kind}|${c.country ?? ''}|${c.name.toLowerCase()}`;
}

/** The fullest form in the text: a group by its nationality, a state by the name the text uses most. */
function nameOf(group: readonly ActorCandidate[]): string {
  const first = group[0]!;
  if (first.kind === 'country') {
    const forms = group.filter((c) => c.rule === 'actors/country-acting').map((c) => c.name);
    return mostFrequent(forms) ?? first.name;
  }
  if (first.kind === 'group') return group.find((c) => c.rule === 'actors/national-group-demonym')?.name ?? first.name;
  return group.map((c) => c.name).reduce((a, b) => (words(b).length > words(a).length ? b : a));
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
