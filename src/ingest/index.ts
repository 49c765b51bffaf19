import { z } from 'zod';
import type { Article, Diagnostic } from '../schema/index.js';
import { articleIdFor } from './article-id.js';
import { findCaptions, type Caption } from './captions.js';
import { parseDateHeader } from './header.js';
import { isIsoDay } from './iso-day.js';
import { splitParagraphs, type Paragraph } from './paragraphs.js';
import { checkArticleText } from './text-checks.js';

export type { Caption, CreditName } from './captions.js';
export type { Paragraph } from './paragraphs.js';
export { parseDateHeader } from './header.js';
export { isIsoDay } from './iso-day.js';

/** What `extract` accepts besides a plain string: the shape of a `.json` file or a `.jsonl` line. */
export const ArticleInputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  publishedAt: z.string().nullable().optional(),
  title: z.string().optional(),
  text: z.string({ error: 'an article needs "text": a string with the article body' }),
  source: z.string().optional(),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;

export interface IngestOptions {
  /** Overrides the article's own date (header or `publishedAt`). */
  publishedAt?: string | undefined;
  maxChars: number;
}

export interface IngestedArticle {
  article: Article;
  paragraphs: Paragraph[];
  captions: Caption[];
  diagnostics: Diagnostic[];
  /** False when the text cannot be read as an article (empty, binary, too large): extractors are skipped. */
  readable: boolean;
}

/** Turns raw input into an article: header read and removed, text normalised, paragraphs and captions found. */
export function ingest(input: string | ArticleInput, options: IngestOptions): IngestedArticle {
  const fields = typeof input === 'string' ? { text: input } : assertArticleInput(input);
  const raw = normaliseText(fields.text);
  const header = parseDateHeader(raw);
  const text = raw.slice(header.bodyStart);
  const diagnostics: Diagnostic[] = [...header.diagnostics];

  let publishedAt = options.publishedAt ?? fields.publishedAt ?? header.publishedAt;
  if (publishedAt != null && !isIsoDay(publishedAt)) {
    diagnostics.push({
      code: 'ingest/bad-published-at',
      severity: 'error',
      message: `publishedAt "${publishedAt}" is not a real day in YYYY-MM-DD form`,
      stage: 'ingest',
    });
    publishedAt = null;
  } else if (publishedAt == null && header.diagnostics.length === 0) {
    diagnostics.push({
      code: 'ingest/no-date',
      severity: 'warning',
      message: 'no publication date: relative dates stay unresolved; add a "date YYYY-MM-DD" first line or publishedAt',
      stage: 'ingest',
    });
  }

  const problems = checkArticleText(text, options);
  diagnostics.push(...problems);
  const readable = problems.length === 0;
  const paragraphs = readable ? splitParagraphs(text) : [];
  const article: Article = {
    id: fields.id != null ? String(fields.id) : articleIdFor(text),
    publishedAt: publishedAt ?? null,
    text,
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.source !== undefined && { source: fields.source }),
  };
  return { article, paragraphs, captions: readable ? findCaptions(text, paragraphs) : [], diagnostics, readable };
}

/** A byte-order mark and Windows line endings carry no meaning and would shift every offset; they go first. */
function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** API misuse (not a content problem): an object without a string `text`, a numeric title. Throws with what to pass. */
function assertArticleInput(input: unknown): z.output<typeof ArticleInputSchema> {
  const parsed = ArticleInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  throw new TypeError(`newsfacts: invalid article input (${problems.join('; ')}); pass a string or { text, publishedAt?, id?, title? }`);
}
