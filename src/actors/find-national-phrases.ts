import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { COLLECTIVE_NOUNS, STATE_BODIES } from './lexicon/collectives.js';
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
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const nation = nationOf(terms[i]!);
    if (!nation || terms[i]!.post !== ' ' || coordinated(terms, i)) continue;
    const found = longestPhrase(document, terms, i);
    if (!found) continue;
    const { end, words, kind } = found;
    if (kind === 'group' && nation.possessive) continue;
    const first = terms[i]!;
    const demonym = nation.country.demonym ?? nation.word;
    const name = kind === 'group' ? document.text.slice(first.start, end) : `${nation.via === 'demonym' ? nation.word : demonym} ${words}`;
    out.push({ start: first.start, end, name, kind, country: nation.country.code, titles: [], credit: false, rule: `actors/national-${kind}${kind === 'group' ? `-${nation.via}` : ''}` });
    i = terms.findIndex((t) => t.start >= end) - 1;
    if (i < 0) break;
  }
  return out;
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
    if (COLLECTIVE_NOUNS.has(term.normal) || COLLECTIVE_NOUNS.has(lower)) best = { end: term.end, words, kind: 'group' };
    else if (STATE_BODIES.includes(lower) && !nounFollows(terms, j)) best = { end: term.end - (span.length - words.length), words, kind: 'organization' };
    if (!/^ $/.test(term.post)) break;
  }
  return best;
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
