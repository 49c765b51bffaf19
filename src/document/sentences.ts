import type { Sentence } from '../schema/index.js';
import type { Caption, Paragraph } from '../ingest/index.js';
import type { CompromiseTerm } from './build.js';
import type { NlpView } from './types.js';

/**
 * Sentences from compromise's split, cut again at paragraph breaks (compromise usually splits there, but a
 * caption without a full stop must never run into the next paragraph) and trimmed of white space.
 */
export function splitSentences(
  view: NlpView,
  text: string,
  paragraphs: readonly Paragraph[],
  captions: readonly Caption[],
): Sentence[] {
  const captionOf = new Map(captions.map((c) => [c.paragraph, c]));
  const sentences: Sentence[] = [];
  let p = 0;
  for (const terms of view.document as CompromiseTerm[][]) {
    if (terms.length === 0) continue;
    const first = terms[0]!;
    const last = terms[terms.length - 1]!;
    let start = first.offset.start - first.pre.length;
    let end = last.offset.start + last.offset.length + last.post.length;
    while (start < end) {
      while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
      const paragraph = paragraphs[p];
      if (!paragraph) break;
      const from = Math.max(start, paragraph.start);
      const to = Math.min(end, paragraph.end);
      if (to > from) sentences.push(makeSentence(text, from, to, paragraph.index, captionOf.get(paragraph.index)));
      start = to === end ? end : paragraph.end;
    }
  }
  return sentences.map((s, index) => ({ ...s, index }));
}

function makeSentence(text: string, from: number, to: number, paragraph: number, caption: Caption | undefined): Sentence {
  const slice = text.slice(from, to);
  const start = from + (slice.length - slice.trimStart().length);
  const end = to - (slice.length - slice.trimEnd().length);
  const credit = caption && caption.credit.start >= start && caption.credit.end <= end ? caption.credit : null;
  return { index: 0, start, end, text: text.slice(start, end), paragraph, caption: caption !== undefined, credit };
}
