import type nlp from 'compromise';
import type { Article, Sentence } from '../schema/index.js';
import type { Caption, Paragraph } from '../ingest/index.js';

/** The one compromise parse of an article. */
export type NlpView = ReturnType<typeof nlp>;

/** A word as compromise tagged it, with its offsets into `article.text`. */
export interface Term {
  /** Position in `document.terms`. */
  index: number;
  start: number;
  end: number;
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** compromise's normal form: lower case, no diacritics, no punctuation. */
  normal: string;
  /** Punctuation and white space before and after, as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

/**
 * Everything the extractors share about one article, built once: the text, one compromise parse, sentences,
 * terms, paragraphs and captions. Read-only: stages never change it.
 */
export interface ArticleDocument {
  readonly article: Article;
  readonly text: string;
  /** Noon UTC on the publication day: the reference for relative dates. Null when the article has no date. */
  readonly reference: Date | null;
  readonly view: NlpView;
  readonly paragraphs: readonly Paragraph[];
  readonly captions: readonly Caption[];
  readonly sentences: readonly Sentence[];
  readonly terms: readonly Term[];
  /** Index of the sentence holding this offset, or -1 when it falls between sentences. */
  sentenceAt(offset: number): number;
  /** The terms that lie within `[start, end)`. */
  termsIn(start: number, end: number): readonly Term[];
}
