import type { ArticleDocument, Term } from '../document/index.js';

/** A term of one sentence as the quantity rules read it. */
export interface Word {
  readonly text: string;
  readonly normal: string;
  readonly start: number;
  readonly end: number;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

/**
 * The words of every sentence, in order. compromise splits "3km" and "3-4" into a term plus empty terms that carry
 * the following punctuation; those are folded into the word before so that `post` always tells what follows.
 */
export function wordsBySentence(document: ArticleDocument): Word[][] {
  const out: Word[][] = document.sentences.map(() => []);
  for (const term of document.terms) {
    const words = out[term.sentence];
    if (!words) continue;
    const last = words[words.length - 1];
    if (term.text === '' && last) {
      words[words.length - 1] = { ...last, post: last.post + term.pre + term.post };
      continue;
    }
    if (term.text !== '') words.push(...splitRate(term));
  }
  return out;
}

/** "370p-a-share", "$3-a-gallon", "50p-per-litre": compromise keeps a rate compound as one term. */
const RATE_COMPOUND = /^([^\s-]*\d[^\s-]*)-(a|an|per)-(\p{L}+)$/iu;

/** The words of a rate compound ("370p", "a", "share", joined by hyphens), or the term as one word. */
function splitRate(term: Term): Word[] {
  const match = RATE_COMPOUND.exec(term.text);
  if (!match) return [toWord(term)];
  const [, amount, per, noun] = match as unknown as [string, string, string, string];
  const at = (offset: number, text: string, tags: string[], pre: string, post: string): Word => ({
    text, normal: text.toLowerCase(), start: term.start + offset, end: term.start + offset + text.length, pre, post, tags: new Set(tags),
  });
  return [
    at(0, amount, ['Value', 'Cardinal', 'NumericValue'], term.pre, '-'),
    at(amount.length + 1, per, ['Determiner'], '', '-'),
    at(amount.length + per.length + 2, noun, ['Noun', 'Singular'], '', term.post),
  ];
}

function toWord(term: Term): Word {
  return { text: term.text, normal: term.normal, start: term.start, end: term.end, pre: term.pre, post: term.post, tags: term.tags };
}

/** True when the word is glued to the next by a hyphen ("620-mile", "twenty-one"). */
export function hyphenatedToNext(word: Word): boolean {
  return word.post === '-';
}
