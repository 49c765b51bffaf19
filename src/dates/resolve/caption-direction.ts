import type { ArticleDocument } from '../../document/index.js';
import type { Direction } from './direction.js';

/** Only an explicit future makes a caption look ahead ("The bridge, seen on Monday, will reopen on Friday"). */
const FUTURE_WORDS = new Set(['will', 'shall', "'ll"]);

/**
 * A photo caption describes a picture already taken, in the present tense by convention ("A crane hangs over an
 * office building on Thursday"), so its bare weekday is the latest such day, not the next one: its present tense,
 * and even a planning verb ("Residents prepare to leave on Tuesday"), reads as past. Null for a story sentence,
 * whose verbs decide.
 */
export function captionDirection(document: ArticleDocument, start: number): Direction | null {
  const sentence = document.sentences[document.sentenceAt(start)];
  if (!sentence?.caption) return null;
  const terms = document.termsIn(sentence.start, sentence.end);
  return terms.some((t) => FUTURE_WORDS.has(t.normal)) ? 'future' : 'past';
}
