import type { ArticleDocument, Term } from '../../document/index.js';
import { ANNOUNCING_VERBS, DIRECTIVE_VERBS, PROSPECTIVE_VERBS } from '../lexicon.js';

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
/** "is published on June 10": a present passive is a timetable, whatever the participle's tag. */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re"]);
const PROGRESSIVE_BE = new Set(['is', 'are', 'am', 'was', 'were', "'s", "'re", 'be', 'been']);
/** compromise tags the preposition of "held on" as a verb particle. */
/** A verb further away than this governs another phrase ("will receive $38.50 ... closing price on Tuesday"). */
const VERB_WINDOW = 10;
/** How far back a past or future verb may still date a phrase when the window holds only a bare present. */
const WIDE_VERB_WINDOW = 24;
/** How far back from "to" the verb a purpose clause belongs to may be ("deployed troops and batteries lent by X to protect"). */
const GOVERNING_WINDOW = 12;
const ADJACENT_FILLER = ['Preposition', 'Adverb', 'Determiner', 'Particle'];
const QUOTE = /["“”]/;
/** compromise tags some plural nouns after these as verbs ("the talks", "further talks"). */
const NOUN_CONTEXT_TAGS = ['Determiner', 'Adjective', 'Possessive', 'Value', 'Preposition'];

export function directionAt(document: ArticleDocument, start: number, end: number): Direction | null {
  const sentence = document.sentences[document.sentenceAt(start)];
  if (!sentence) return null;
  const terms = document.termsIn(sentence.start, sentence.end);
  const allBefore = upToQuote(terms.filter((t) => t.end <= start).reverse(), 'pre', 'post');
  const before = allBefore.slice(0, VERB_WINDOW);
  // "returns from Wednesday's general election showing the party set to lose": a date in a possessive dates the noun
  // after it, and the verbs after that noun belong to another clause; only the verbs before it govern the phrase.
  const possessive = terms.some((t) => t.start < end && t.end >= end && /['’]s$/.test(t.text));
  const after = possessive ? [] : upToQuote(terms.filter((t) => t.start >= end), 'post', 'pre').slice(0, VERB_WINDOW);
  // "he said on Monday", "met again on Monday": a verb right before the date's preposition governs it.
  // The date then dates that verb's own event, so "agreed on Tuesday" is past; "scheduled for Monday" still looks ahead.
  // "wages, which are due in the spring": "due" is an adjective that schedules, whatever its verb's tense.
  if (before.slice(0, 3).some((t) => t.normal === 'due')) return 'future';
  const adjacent = before.find((t) => !ADJACENT_FILLER.some((tag) => t.tags.has(tag)));
  if (adjacent && isVerb(adjacent, terms)) {
    // "The commission said results were expected at the weekend": reported speech shifts "are expected" back to
    // "were expected"; the expectation still looks ahead from the report.
    if (backshiftedExpectation(adjacent, terms)) return 'future';
    const linksForward = before.slice(0, before.indexOf(adjacent)).some((t) => t.normal === 'for' || t.normal === 'until');
    return verbGroupDirection(adjacent, terms, linksForward, linksForward);
  }
  // "who won the election and takes office on May 20": a verb and its one-word object right before the date's
  // preposition govern it, before any verb further off.
  // "announced a ceasefire for Sunday": a forward link leaves the object's verb to the rules below.
  const forward = before.slice(0, before.indexOf(adjacent ?? before[0]!)).some((t) => t.normal === 'for' || t.normal === 'until');
  const objectVerb = adjacent && !forward && objectNoun(adjacent) ? before.slice(before.indexOf(adjacent) + 1).find((t) => !t.tags.has('Determiner')) : undefined;
  // Only a verb whose form shows its tense ("takes", "held"): "party headquarters" is no verb and its object.
  const tensed = objectVerb !== undefined && ((objectVerb.tags.has('PresentTense') && /s$/.test(objectVerb.normal)) || objectVerb.tags.has('PastTense'));
  if (objectVerb && tensed && isVerb(objectVerb, terms) && !REPORTING_VERBS.has(objectVerb.normal)) {
    return verbGroupDirection(objectVerb, terms, false, false);
  }
  // "announced a truce for Friday": a forward link lets an announcing verb look ahead from any distance.
  const linksForward = ['for', 'until'].includes(before.find((t) => !t.tags.has('Determiner'))?.normal ?? '');
  const candidates = [...before, ...after].filter((t) => isVerb(t, terms) || isBareAuxiliary(t, terms));
  const readings = candidates.map((verb) => ({ verb, direction: isVerb(verb, terms) ? verbGroupDirection(verb, terms, true, linksForward) : auxiliaryDirection(verb) }));
  const reported = readings.filter((r) => !REPORTING_VERBS.has(r.verb.normal));
  return (
    reported.find((r) => r.direction !== 'present')?.direction ??
    reported.find((r) => r.direction === 'present' && r.verb.end <= start)?.direction ??
    distantTense(allBefore.slice(VERB_WINDOW, WIDE_VERB_WINDOW), terms) ??
    reported.find((r) => r.direction === 'present')?.direction ??
    readings[0]?.direction ??
    null
  );
}

/** A prospective participle after "was"/"were", in a clause a verb of saying earlier in the sentence reports. */
function backshiftedExpectation(verb: Term, terms: readonly Term[]): boolean {
  const at = terms.indexOf(verb);
  if (!isProspective(verb.normal, false) || !['was', 'were'].includes(terms[at - 1]?.normal ?? '')) return false;
  return terms.slice(0, at - 1).some((t) => REPORTING_VERBS.has(t.normal) && t.tags.has('Verb'));
}

/** A lower-case singular common noun: the object of the verb before it ("takes office", "holds talks"). */
function objectNoun(term: Term): boolean {
  return /^\p{Ll}+$/u.test(term.text) && term.tags.has('Noun') && !['Pronoun', 'Date', 'Value', 'Verb'].some((t) => term.tags.has(t));
}

/**
 * "won the most seats in the second round of the snap election on Sunday, pushing ...": a long object can put the
 * clause's verb beyond the window, while a noun misread as a present verb after the date ("the ruling party") sits
 * inside it. A past or future verb further back still outweighs a bare present after the date, which in news is
 * most often such a misreading; a present before the date ("holds its congress on Sunday") keeps its timetable.
 */
function distantTense(farBefore: readonly Term[], terms: readonly Term[]): Direction | undefined {
  const verb = farBefore.find((t) => isVerb(t, terms) && !REPORTING_VERBS.has(t.normal));
  if (!verb) return undefined;
  const direction = verbGroupDirection(verb, terms, false);
  return direction === 'present' ? undefined : direction;
}

/**
 * "had run dry overnight": compromise tags some participles after an auxiliary as nouns, and "was cold overnight"
 * has no verb after its copula; the auxiliary's own tense is then the verb group's.
 */
function isBareAuxiliary(term: Term, terms: readonly Term[]): boolean {
  if (!PAST_AUXILIARIES.has(term.normal) && !FUTURE_AUXILIARIES.has(term.normal)) return false;
  const next = terms[terms.indexOf(term) + 1];
  return !!next && !next.tags.has('Verb');
}

function auxiliaryDirection(term: Term): Direction {
  return PAST_AUXILIARIES.has(term.normal) ? 'past' : 'future';
}

/** Terms up to a quotation mark: a verb inside a quotation does not govern a date outside it, nor the reverse. */
function upToQuote(ordered: readonly Term[], farSide: 'pre' | 'post', nearSide: 'pre' | 'post'): Term[] {
  const out: Term[] = [];
  for (const term of ordered) {
    if (QUOTE.test(term[nearSide])) break;
    out.push(term);
    if (QUOTE.test(term[farSide])) break;
  }
  return out;
}

function isVerb(term: Term, terms: readonly Term[]): boolean {
  // A gerund ("Fighting intensified") carries no tense of its own, unless a form of "be" makes it a progressive
  // ("is preparing", "were fleeing").
  if (!term.tags.has('Verb') || ['Auxiliary', 'Modal', 'Particle'].some((t) => term.tags.has(t))) return false;
  if (term.tags.has('Gerund') && !PROGRESSIVE_BE.has(terms[terms.indexOf(term) - 1]?.normal ?? '')) return false;
  if (term.tags.has('PresentTense') && term.normal.endsWith('s')) {
    const previous = terms[terms.indexOf(term) - 1];
    if (previous && NOUN_CONTEXT_TAGS.some((t) => previous.tags.has(t))) return false;
  }
  return true;
}

/** Reads the verb with the auxiliaries before it: "will meet", "was being prepared", "agreed to meet". */
function verbGroupDirection(verb: Term, terms: readonly Term[], prospective = true, announced = false): Direction {
  if (prospective && isProspective(verb.normal, announced)) return 'future';
  let i = terms.indexOf(verb) - 1;
  while (i >= 0 && isAuxiliaryLike(terms[i]!)) {
    const word = terms[i]!.normal;
    if (FUTURE_AUXILIARIES.has(word)) return 'future';
    if (PAST_AUXILIARIES.has(word)) return 'past';
    if (PRESENT_AUXILIARIES.has(word)) return 'present';
    if (word === 'to') {
      // "agreed to meet on Friday": the infinitive takes the direction of the verb it completes.
      // "deployed troops to protect": look past the object for the verb the purpose clause belongs to.
      const governing = terms.slice(Math.max(0, i - GOVERNING_WINDOW), i).reverse().find((t) => isVerb(t, terms));
      if (governing) {
        // "had scheduled the trial to begin on March 4": a plan in the past perfect has been overtaken, and its date
        // is read as past like any other ("had planned to meet on Friday" before the talks collapsed).
        if (isPastPerfect(governing, terms)) return 'past';
        return isProspective(governing.normal, true) || isDirective(governing.normal) ? 'future' : verbGroupDirection(governing, terms);
      }
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

function isPastPerfect(verb: Term, terms: readonly Term[]): boolean {
  let i = terms.indexOf(verb) - 1;
  while (i >= 0 && (terms[i]!.tags.has('Adverb') || terms[i]!.tags.has('Negative'))) i--;
  return terms[i]?.normal === 'had';
}

function isDirective(word: string): boolean {
  return [word, word.replace(/e?d$/, ''), word.replace(/d$/, ''), word.replace(/e?s$/, '')].some((s) => DIRECTIVE_VERBS.has(s));
}

/** Crude stemming is enough for a short list of regular verbs: "proposed", "plans", "scheduling", "planned". */
function isProspective(word: string, announced: boolean): boolean {
  const stems = [word, word.replace(/e?d$/, ''), word.replace(/d$/, ''), word.replace(/(.)\1ed$/, '$1'), word.replace(/e?s$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')];
  return stems.some((s) => PROSPECTIVE_VERBS.has(s) || (announced && ANNOUNCING_VERBS.has(s)));
}
