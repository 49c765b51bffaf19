import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { ACCREDITED_BODIES, COLLECTIVE_NOUNS, STATE_BODIES, STATE_BODY_HEADS } from './lexicon/collectives.js';
import { nationOf } from './nation-of.js';

/** How far past the nationality a collective noun may stand: "Russian military bloggers". */
const MAX_PHRASE_WORDS = 3;
const STOP_TAGS = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'Adverb'];

/**
 * Collectives and state bodies named by nationality: "Russian forces" and "Kyiv officials" are groups of that
 * state; "Ukraine's air force" and "the Ukrainian security service" are its organisations.
 */
export function findNationalPhrases(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const bodies = new Map<ActorCandidate, string>();
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const nation = nationOf(terms[i]!);
    // "the Nato-Ukraine Council": a state inside a hyphenated name leads no phrase.
    if (!nation || terms[i]!.post !== ' ' || coordinated(terms, i) || /-$/.test(terms[i - 1]?.post ?? '')) continue;
    const found = longestPhrase(document, terms, i);
    if (!found) continue;
    const { end, words, kind } = found;
    // "10 Thai farm workers", "some 2000 Hawaiian workers": people counted, not a group acting as one.
    const before = terms[i - 1];
    if (kind === 'group' && (nation.possessive || (before !== undefined && (before.tags.has('Value') || /^\d/.test(before.text))))) continue;
    if (kind === 'organization' && describesName(document, terms[i]!, end)) continue;
    const first = terms[i]!;
    // Organisations keep the words as written: "Russia’s Defence Ministry", "UK government" (without "the").
    const name = document.text.slice(first.start, end);
    out.push({ start: first.start, end, name, kind, country: nation.country.code, titles: [], credit: false, rule: `actors/national-${kind}${kind === 'group' ? `-${nation.via}` : ''}` });
    bodies.set(out[out.length - 1]!, `${nation.country.code}|${words.toLowerCase()}`);
    i = terms.findIndex((t) => t.start >= end) - 1;
    if (i < 0) break;
  }
  return sameBodyOneName(out, bodies);
}

/**
 * "the Ukrainian air force" and "Ukraine’s air force" are one body: every mention takes the name without the
 * possessive where the text has one, so that they merge.
 */
function sameBodyOneName(found: readonly ActorCandidate[], bodies: ReadonlyMap<ActorCandidate, string>): ActorCandidate[] {
  const names = new Map<string, string>();
  for (const c of found) {
    const key = bodies.get(c);
    if (c.kind === 'organization' && key && (!names.has(key) || /['’]s\s/.test(names.get(key)!))) names.set(key, c.name);
  }
  return found.map((c) => {
    const key = bodies.get(c);
    return c.kind === 'organization' && key ? { ...c, name: names.get(key)! } : c;
  });
}

function longestPhrase(document: ArticleDocument, terms: readonly Term[], i: number): { end: number; words: string; kind: 'group' | 'organization' } | null {
  let best: { end: number; words: string; kind: 'group' | 'organization' } | null = null;
  for (let j = i + 1; j < terms.length && j <= i + MAX_PHRASE_WORDS; j++) {
    const term = terms[j]!;
    // compromise reads "forces" after "U.S." as a verb: a collective noun ends the phrase whatever its tag.
    if (term.sentence !== terms[i]!.sentence || (STOP_TAGS.some((tag) => term.tags.has(tag)) && !COLLECTIVE_NOUNS.has(term.normal))) break;
    const span = document.text.slice(terms[i + 1]!.start, term.end);
    const words = span.replace(/['’]s$/, '');
    const lower = words.toLowerCase();
    if (COLLECTIVE_NOUNS.has(term.normal) || COLLECTIVE_NOUNS.has(lower)) best = { end: term.end, words, kind: namedBody(terms, i, j) ? 'organization' : 'group' };
    else if ((STATE_BODIES.includes(lower) || isStateBodyPhrase(terms, i + 1, j)) && !nounFollows(terms, j)) {
      best = { end: accreditedTo(document, terms, j) ?? term.end - (span.length - words.length), words, kind: 'organization' };
    }
    if (!/^ $/.test(term.post)) break;
  }
  return best;
}

/**
 * "the Canadian Armed Forces", "the Israel Defense Forces": capitalised words after the nationality make the phrase one
 * body's proper name ("Syrian Democratic Forces" too), an organisation; "Canadian forces" in lower case is a group of
 * that state's people.
 */
function namedBody(terms: readonly Term[], i: number, j: number): boolean {
  // "Iran's Revolutionary Guards": after a possessive the capitalised words are the body's own name, read by the name rules.
  return !/['’]s$/.test(terms[i]!.text) && terms.slice(i + 1, j + 1).every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * "disaster agency", "war cabinet", "central bank": up to two lower-case modifiers before a state body's head (a
 * capitalised body is a name of its own: "Jordan's State Broadcasting Authority"). A superlative ("Germany's largest bank") describes a company, not a body of the state.
 */
function isStateBodyPhrase(terms: readonly Term[], from: number, to: number): boolean {
  const head = terms[to]!;
  if (!STATE_BODY_HEADS.has(head.normal.replace(/['’]s$/, '')) || !/^\p{Ll}/u.test(head.text) || to - from > 2) return false;
  return terms.slice(from, to).every((t) => /^\p{Ll}/u.test(t.text) && !t.tags.has('Superlative') && !t.tags.has('Comparative') && !/['’]s$/.test(t.text) && t.post === ' ');
}

/** "Iran's mission to the United Nations": where a mission is accredited belongs to its name. */
function accreditedTo(document: ArticleDocument, terms: readonly Term[], j: number): number | null {
  const head = terms[j]!;
  if (!ACCREDITED_BODIES.has(head.normal) || head.post !== ' ' || terms[j + 1]?.normal !== 'to') return null;
  let k = j + 2;
  if (terms[k]?.normal === 'the') k++;
  let last = -1;
  while (terms[k] && terms[k]!.sentence === head.sentence && /^\p{Lu}/u.test(terms[k]!.text) && (last < 0 || terms[k - 1]!.post === ' ')) last = k++;
  return last < 0 ? null : terms[last]!.end - (/['’]s$/.test(terms[last]!.text) ? 2 : 0);
}

/**
 * "according to Magen David Adom, Israel's ambulance service.", "The French data protection regulator, CNIL,": a
 * body's description set beside its name is no second actor.
 */
function describesName(document: ArticleDocument, first: Term, end: number): boolean {
  const before = document.text.slice(Math.max(0, first.start - 40), first.start);
  const after = document.text.slice(end, end + 40);
  const theBefore = /(?:^|\s)the\s+$/i.test(before) ? before.replace(/\s*the\s+$/i, ' ') : before;
  if (/\p{Lu}[\p{L}.]*,\s+$/u.test(theBefore) && /^\s*(?:[.;]|$)/.test(after)) return true;
  return /^,\s+(?:the\s+)?\p{Lu}/u.test(after);
}

/** "military" in "Russia's military power" modifies the noun after it: not the state body. */
function nounFollows(terms: readonly Term[], j: number): boolean {
  const next = terms[j + 1];
  return next !== undefined && terms[j]!.post === ' ' && next.tags.has('Noun') && !/^\p{Lu}/u.test(next.text) && !next.tags.has('Pronoun');
}

/** "Russian and Ukrainian delegations": two collectives in one phrase, neither a single group. */
function coordinated(terms: readonly Term[], i: number): boolean {
  return terms[i - 1]?.normal === 'and' && nationOf(terms[i - 2] ?? terms[i]!) !== null && i >= 2;
}
