import type { ArticleDocument, Term } from '../document/index.js';
import { COLLECTIVE_NOUNS } from './lexicon/collectives.js';

/**
 * "Data center sales", "new Cloud services": a capitalised word inside a noun phrase, before the noun it describes,
 * says what kind of thing the noun is. Read where a singular common noun follows (plural nouns are too often verbs
 * the tagger misreads: "Russia attacks"), or where a lower-case adjective before it opens the phrase. Callers use it
 * only for words whose capital proves no name (the annotation keeps "EU help", "LSEG data" as actors).
 */
function usedAsModifier(document: ArticleDocument, word: Term): boolean {
  if (/['’]s$/.test(word.text) || word.post !== ' ') return false;
  const next = document.terms[word.index + 1];
  if (!next || next.sentence !== word.sentence || !/^\p{Ll}/u.test(next.text)) return false;
  const nounAfter = next.tags.has('Noun') && (next.tags.has('Singular') || next.tags.has('Uncountable')) && !['Verb', 'Gerund', 'Pronoun', 'Adverb'].some((t) => next.tags.has(t));
  // "Rescue workers", "Union members": a plural noun for people is no verb the tagger misread.
  if (nounAfter || COLLECTIVE_NOUNS.has(next.normal)) return true;
  const before = document.terms[word.index - 1];
  return before !== undefined && before.sentence === word.sentence && before.post === ' ' && /^\p{Ll}/u.test(before.text) && before.tags.has('Adjective') && !before.tags.has('Noun');
}

/**
 * "Data center sales climbed": a common word the tagger calls an organisation, capitalised only because it opens the
 * sentence, before the noun it describes. Acronyms and states named attributively stay actors ("according to LSEG
 * data", "tighter US export rules", "EU help": the annotation counts the body behind the thing).
 */
export function commonWordAsModifier(document: ArticleDocument, word: Term): boolean {
  const before = document.terms[word.index - 1];
  // "HUALIEN, Taiwan — Rescue workers": after a dateline's dash the story's first word is capitalised as a sentence's.
  const sentenceInitial = !before || before.sentence !== word.sentence || /\s[—–]\s*$/.test(before.post);
  return sentenceInitial && /^\p{Lu}\p{Ll}+$/u.test(word.text) && usedAsModifier(document, word);
}
