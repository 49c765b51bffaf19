import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { SOURCE_NOUNS } from './country-role.js';

/** Continents news writes as a bloc that acts: "Europe imposed sanctions", "sanctions ... from Europe". */
const ACTING_CONTINENTS: ReadonlySet<string> = new Set(['Europe', 'Africa', 'Asia']);
/** How far before "from" the thing a bloc gives may stand: "new sanctions, and not just from Europe". */
const SOURCE_REACH = 8;

/**
 * A continent acting as a bloc of states is a group, as a reader takes "Europe" in "Europe imposed new sanctions"
 * or "pressure ... not just from Europe": the subject of a verb of its own, or the source after "from" of something
 * states give (sanctions, aid, pressure). Elsewhere ("talks in Europe", "across Europe") it stays a place.
 */
export function findActingContinents(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const word = term.text.replace(/['’]s$/, '');
    if (!ACTING_CONTINENTS.has(word) || /['’]s$/.test(term.text) || partOfLongerName(terms, i)) continue;
    if (!actsAsSubject(terms, i) && !sourceAfterFrom(terms, i)) continue;
    out.push({ start: term.start, end: term.start + word.length, name: word, kind: 'group', country: null, titles: [], credit: false, rule: 'actors/acting-continent' });
  }
  return out;
}

/** "South Africa", "East Asia": the continent's word inside a longer name. */
function partOfLongerName(terms: readonly Term[], i: number): boolean {
  const previous = terms[i - 1];
  return previous !== undefined && previous.sentence === terms[i]!.sentence && previous.post === ' ' && /^\p{Lu}/u.test(previous.text);
}

/** Verbs that say what a place is or holds, not what a bloc does: "Europe accounts for a quarter of sales". */
const STATIVE_VERBS: ReadonlySet<string> = new Set(['accounts', 'accounted', 'represents', 'represented', 'makes', 'made', 'has', 'had', 'remains', 'remained', 'lies', 'lay', 'includes', 'included', 'contains', 'covers', 'spans', 'stretches', 'faces', 'faced', 'saw', 'sees', 'experienced', 'recorded', 'suffered', 'shivered', 'sweltered']);

/** "Europe imposed", "Europe must act": a tensed verb or a modal right after the name, in its sentence. */
function actsAsSubject(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1];
  const previous = terms[i - 1];
  if (!next || next.sentence !== terms[i]!.sentence || terms[i]!.post !== ' ') return false;
  // "in Europe rose": a place after a preposition is no subject.
  if (previous && previous.sentence === terms[i]!.sentence && previous.tags.has('Preposition')) return false;
  if (STATIVE_VERBS.has(next.normal)) return false;
  return next.tags.has('Modal') || (next.tags.has('Verb') && !next.tags.has('Copula') && !next.tags.has('Gerund') && (next.tags.has('PastTense') || /s$/.test(next.normal)));
}

/** "new sanctions, and not just from Europe": the source of something states give. */
function sourceAfterFrom(terms: readonly Term[], i: number): boolean {
  const from = terms[i - 1];
  if (from?.normal !== 'from' || from.sentence !== terms[i]!.sentence) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - SOURCE_REACH && terms[k]!.sentence === terms[i]!.sentence; k--) {
    if (SOURCE_NOUNS.has(terms[k]!.normal)) return true;
  }
  return false;
}
