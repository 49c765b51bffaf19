import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { nationOf } from './nation-of.js';

/** Words that name a state's armed service on their own: "criticised the military". */
const ARMED_SERVICES: ReadonlySet<string> = new Set(['military', 'army', 'navy']);

/**
 * "the military", "the army", "the navy" used as a noun are a state's armed forces when the sentence or the one
 * before names the state ("Many Russian bloggers criticised the military"). The name is the bare noun, as written.
 * With no state in reach the phrase stays unread: a military of unknown country is no identifiable actor.
 */
export function findArmedForces(document: ArticleDocument): ActorCandidate[] {
  const terms = document.terms;
  const out: ActorCandidate[] = [];
  for (const t of terms) {
    const previous = terms[t.index - 1];
    const next = terms[t.index + 1];
    if (!ARMED_SERVICES.has(t.normal) || t.text !== t.text.toLowerCase() || previous?.normal !== 'the' || previous.sentence !== t.sentence) continue;
    // "the military defences", "the army chief": the word modifies a noun, it is no actor itself.
    if (next && next.sentence === t.sentence && /^\s*$/.test(t.post) && next.tags.has('Noun')) continue;
    const country = nationNear(document, t);
    if (!country) continue;
    out.push({ start: t.start, end: t.end, name: t.text, kind: 'organization', country, titles: [], credit: false, rule: 'actors/armed-forces' });
  }
  return out;
}

/** The last state named before the word in its sentence, else in the sentence before. */
export function nationNear(document: ArticleDocument, word: Term): string | null {
  const before = document.terms.filter((t) => t.index < word.index && t.sentence === word.sentence);
  const previous = document.terms.filter((t) => t.sentence === word.sentence - 1);
  for (const scope of [before, previous]) {
    for (let i = scope.length - 1; i >= 0; i--) {
      const nation = nationOf(scope[i]!);
      if (nation && nation.via !== 'capital') return nation.country.code;
    }
  }
  return null;
}
