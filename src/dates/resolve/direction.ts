import type { ArticleDocument, Term } from '../../document/index.js';
import { PROSPECTIVE_VERBS } from '../lexicon.js';

/**
 * Which way from publication a date without a year points, read from the verb that governs it: `past` (on or before
 * publication), `future` (after it), `present` (a timetable: "talks begin on Tuesday"), or null when the sentence
 * has no verb to go by.
 */
export type Direction = 'past' | 'future' | 'present';

/** Verbs that only frame a report; the reported verb says more ("officials said an attack on Sunday damaged"). */
const REPORTING_VERBS = new Set(['say', 'said', 'says', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'report', 'reported', 'reports', 'claim', 'claimed', 'claims', 'state', 'stated', 'states']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'wo', 'would', 'could', 'might']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** compromise tags some plural nouns after these as verbs ("the talks", "further talks"). */
const NOUN_CONTEXT_TAGS = ['Determiner', 'Adjective', 'Possessive', 'Value', 'Preposition'];

export function directionAt(document: ArticleDocument, start: number, end: number): Direction | null {
  const sentence = document.sentences[document.sentenceAt(start)];
  if (!sentence) return null;
  const terms = document.termsIn(sentence.start, sentence.end);
  const before = terms.filter((t) => t.end <= start).reverse();
  const after = terms.filter((t) => t.start >= end);
  const candidates = [...before, ...after].filter((t) => isVerb(t, terms));
  const readings = candidates.map((verb) => ({ verb, direction: verbGroupDirection(verb, terms) }));
  const reported = readings.filter((r) => !REPORTING_VERBS.has(r.verb.normal));
  return (
    reported.find((r) => r.direction !== 'present')?.direction ??
    reported.find((r) => r.direction === 'present')?.direction ??
    readings[0]?.direction ??
    null
  );
}

function isVerb(term: Term, terms: readonly Term[]): boolean {
  if (!term.tags.has('Verb') || term.tags.has('Auxiliary') || term.tags.has('Modal')) return false;
  if (term.tags.has('PresentTense') && term.normal.endsWith('s')) {
    const previous = terms[terms.indexOf(term) - 1];
    if (previous && NOUN_CONTEXT_TAGS.some((t) => previous.tags.has(t))) return false;
  }
  return true;
}

/** Reads the verb with the auxiliaries before it: "will meet", "was being prepared", "agreed to meet". */
function verbGroupDirection(verb: Term, terms: readonly Term[]): Direction {
  if (isProspective(verb.normal)) return 'future';
  let i = terms.indexOf(verb) - 1;
  while (i >= 0 && isAuxiliaryLike(terms[i]!)) {
    const word = terms[i]!.normal;
    if (FUTURE_AUXILIARIES.has(word)) return 'future';
    if (PAST_AUXILIARIES.has(word)) return 'past';
    if (word === 'to') {
      // "agreed to meet on Friday": the infinitive takes the direction of the verb it completes.
      const governing = terms[i - 1];
      if (governing && governing.tags.has('Verb')) return isProspective(governing.normal) ? 'future' : verbGroupDirection(governing, terms);
      return 'future';
    }
    i--;
  }
  if (verb.tags.has('PastTense')) return 'past';
  if (verb.tags.has('FutureTense')) return 'future';
  return 'present';
}

function isAuxiliaryLike(term: Term): boolean {
  return term.tags.has('Auxiliary') || term.tags.has('Modal') || term.tags.has('Copula') || term.tags.has('Adverb') ||
    term.tags.has('Negative') || term.normal === 'to' || term.normal === 'been' || term.normal === 'being';
}

/** Crude stemming is enough for a short list of regular verbs: "proposed", "plans", "scheduling", "planned". */
function isProspective(word: string): boolean {
  const stems = [word, word.replace(/e?d$/, ''), word.replace(/d$/, ''), word.replace(/(.)\1ed$/, '$1'), word.replace(/e?s$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')];
  return stems.some((s) => PROSPECTIVE_VERBS.has(s));
}
