import { buildDocument, type ArticleDocument } from '../../src/document/index.js';
import { ingest } from '../../src/ingest/index.js';

/** The shared document of a text, as the pipeline builds it: for unit-testing one stage in isolation. */
export function documentOf(text: string, publishedAt: string | null = '2025-06-02'): ArticleDocument {
  const ingested = ingest({ text, publishedAt }, { maxChars: 1_000_000 });
  return buildDocument(ingested);
}
