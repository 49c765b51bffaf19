import nlp from 'compromise';
import type { Sentence } from '../schema/index.js';
import type { IngestedArticle } from '../ingest/index.js';
import { splitSentences } from './sentences.js';
import type { ArticleDocument, NlpView, Term } from './types.js';

/** Parses the article once with compromise; every stage reads this document and none parses again. */
export function buildDocument(ingested: IngestedArticle): ArticleDocument {
  const { article, paragraphs, captions } = ingested;
  const text = article.text;
  const view = nlp(text) as NlpView;
  view.compute('offset');

  const sentences: Sentence[] = splitSentences(view, text, paragraphs, captions);
  const starts = sentences.map((s) => s.start);
  const sentenceAt = (offset: number): number => {
    const i = upperBound(starts, offset) - 1;
    return i >= 0 && offset < sentences[i]!.end ? i : -1;
  };

  const terms: Term[] = [];
  for (const sentence of view.document as CompromiseTerm[][]) {
    for (const t of sentence) {
      const start = t.offset.start;
      terms.push({
        index: terms.length,
        start,
        end: start + t.offset.length,
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        sentence: sentenceAt(start),
      });
    }
  }
  const termStarts = terms.map((t) => t.start);
  const termsIn = (start: number, end: number): Term[] => {
    const out: Term[] = [];
    for (let i = lowerBound(termStarts, start); i < terms.length && terms[i]!.end <= end; i++) out.push(terms[i]!);
    return out;
  };

  return {
    article,
    text,
    reference: article.publishedAt ? new Date(`${article.publishedAt}T12:00:00Z`) : null,
    view,
    paragraphs,
    captions,
    sentences,
    terms,
    sentenceAt,
    termsIn,
  };
}

/** The fields of compromise's internal term objects that we read (after `compute('offset')`). */
export interface CompromiseTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { index: number; start: number; length: number };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value + 1);
}
