import { LED_BODY_HEADS } from './lexicon/organization-heads.js';
import type { ArticleDocument, Term } from '../document/index.js';
import { isHonorific } from './lexicon/honorifics.js';
import { isPersonTagged } from './person-titles.js';

/** Verbs of saying that news writes right after a person's name: "Jane Roe said", "said Jane Roe". */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'recalled', 'explained', 'insisted', 'admitted', 'acknowledged']);
/** ", who", ", 54,": an appositive only people take (organisations take "which"; ages are people's). */
const PERSON_APPOSITIVE = /^,\s+(?:who\b|\d{1,3}(?:,|\s+and\b))/;

/**
 * Whether the text gives a capitalised run some sign of being a person's name beyond its capitals: a given name or
 * surname compromise knows, a person's initial ("N. Chandrababu Naidu"), a later "Mr X" / "Ms X" on its last word,
 * an appositive only people take (", who", an age), or a verb of saying next to it. Two unknown capitalised words
 * ("Thames Water", "Lok Sabha", "Pacific Northwest") are as often an organisation or a place: without such a sign
 * the run is no person. Titles are evidence too; the caller checks them.
 */
export function hasPersonEvidence(document: ArticleDocument, terms: readonly Term[], end: number): boolean {
  if (terms.some(isPersonTagged)) return true;
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  if (terms.length > 1 && /^\p{Lu}$/u.test(first.text) && first.post.startsWith('.')) return true;
  if (addressedElsewhere(document, last) || (terms.length > 1 && surnameSpeaksElsewhere(document, last))) return true;
  const sentence = document.sentences[first.sentence];
  if (sentence && PERSON_APPOSITIVE.test(document.text.slice(end, sentence.end))) return true;
  // "Marine Le Pen": a particle written as a word of its own; "Castilla-La Mancha" joins it with a hyphen, as regions do.
  if (terms.slice(1, -1).some((t, i) => isNameParticle(t) && terms[i]!.post === ' ' && !terms[i + 2]!.tags.has('Place'))) return true;
  if (sentence && roleAppositive(document.text.slice(end, sentence.end))) return true;
  if (terms.length === 2 && leaderOfBody(document, first)) return true;
  return spokeNext(document, first, last);
}

/** "the Samajwadi Party of Akhilesh Yadav": two names right after a party's "of" are its leader's. */
function leaderOfBody(document: ArticleDocument, first: Term): boolean {
  const of = document.terms[first.index - 1];
  const head = document.terms[first.index - 2];
  return of?.normal === 'of' && head !== undefined && head.sentence === first.sentence && /^\p{Lu}/u.test(head.text) && LED_BODY_HEADS.has(head.normal);
}

/** Particles inside family names: "Marine Le Pen", "Ursula von der Leyen", "Mohammed bin Salman". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'ben', 'al', 'el', 'dos', 'das']);

function isNameParticle(term: Term): boolean {
  return NAME_PARTICLES.has(term.normal);
}

/** A role noun that only people take: "a hydrologist", "the chief economist", "a veteran anchorman", "a Canadian". */
const PERSON_ROLE_NOUN = /^(?:\p{L}[\p{L}-]*(?:ist|ian|man|woman|person)|.*\b(?:minister|spokesman|spokeswoman|official|director|mayor|governor|president|chief executive|founder|lawyer|professor|researcher|economist|analyst)s?)$/u;

/** ", the eastern health minister,", ", a hydrologist at X": the role in a short appositive after the name. */
function roleAppositive(after: string): boolean {
  const phrase = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s*(?:[,.;]|$|\s+(?:at|of|for|in|with|who)\b))/u.exec(after);
  if (!phrase) return false;
  const words = phrase[1]!.split(/\s+/);
  return PERSON_ROLE_NOUN.test(words[words.length - 1]!) || PERSON_ROLE_NOUN.test(phrase[1]!);
}

/** "Mr Kharge", "Ms. Doe": an honorific before the run's last word anywhere in the article. */
export function addressedElsewhere(document: ArticleDocument, last: Term): boolean {
  return honorificSurnames(document).has(bare(last.text));
}

const HONORIFIC_SURNAMES = new WeakMap<ArticleDocument, ReadonlySet<string>>();

/** Every word an honorific stands before in the same sentence ("Mr Zelensky"), found once per document. */
function honorificSurnames(document: ArticleDocument): ReadonlySet<string> {
  let found = HONORIFIC_SURNAMES.get(document);
  if (found) return found;
  const terms = document.terms;
  const words = new Set<string>();
  for (let i = 1; i < terms.length; i++) {
    if (isHonorific(terms[i - 1]!.text) && terms[i - 1]!.sentence === terms[i]!.sentence) words.add(bare(terms[i]!.text));
  }
  found = words;
  HONORIFIC_SURNAMES.set(document, found);
  return found;
}

/** "Rustem Umarov led the team. Later Umarov said ...": the last word alone, elsewhere, as the one who speaks. */
function surnameSpeaksElsewhere(document: ArticleDocument, last: Term): boolean {
  const surname = bare(last.text);
  return document.terms.some((t) => t.index !== last.index && t.text === surname && /^\p{Lu}/u.test(t.text) && spokeNext(document, t, t));
}

/** "Jane Roe said", "said Jane Roe": a verb of saying right after the name or right before it. */
function spokeNext(document: ArticleDocument, first: Term, last: Term): boolean {
  const next = document.terms[last.index + 1];
  const before = document.terms[first.index - 1];
  const after = next !== undefined && next.sentence === last.sentence && /^\s+$/.test(last.post) && SPEECH_VERBS.has(next.normal);
  // "..., said Jane Roe, the ...": inverted only where the name closes the clause ("said Acme Water had" is reported speech).
  const inverted = before !== undefined && before.sentence === first.sentence && /^\s+$/.test(before.post) && SPEECH_VERBS.has(before.normal) && /^[,.]/.test(last.post);
  return after || inverted;
}

function bare(word: string): string {
  return word.replace(/['’]s$/, '').replace(/\.$/, '');
}
