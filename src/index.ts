/**
 * newsfacts: English news articles in, checked and typed facts out. Every fact points back to its exact
 * characters in `article.text`.
 *
 * This entry imports no `node:` module, so it runs in browsers and edge workers; file and stream code lives in
 * the CLI.
 *
 * @packageDocumentation
 */
import { createPipeline } from './pipeline/index.js';
import type { ArticleInput } from './ingest/index.js';
import type { ExtractOptions } from './pipeline/index.js';
import type { ExtractionResult } from './schema/index.js';

export * from './schema/index.js';
export { createPipeline, defaultStages, ExtractOptionsSchema, emptyFacts } from './pipeline/index.js';
export type { Pipeline, PipelineConfig, Stage, ExtractOptions, ResolvedExtractOptions } from './pipeline/index.js';
export type { ArticleDocument, Term, NlpView } from './document/index.js';
export { ArticleInputSchema, type ArticleInput, type Caption, type CreditName, type Paragraph } from './ingest/index.js';
export { GoldenSchema, type Golden, type GoldenInput } from './eval/golden.js';
export { scoreResult, FIELD_NAMES, type FieldScore, type FixtureScores, type FieldName, type DiffEntry } from './eval/score.js';
export { scoreCorpus, type CorpusScores, type CorpusEntry } from './eval/corpus.js';
export { checkGolden } from './eval/golden-check.js';

const defaultPipeline = createPipeline();

/**
 * Extracts the facts of one article: synchronous, validated by zod. Pass a string (optionally starting with a
 * `date YYYY-MM-DD` line) or `{ text, publishedAt?, id?, title? }`. Content problems (no date, empty text) are
 * reported in `result.diagnostics`; only misuse (a number instead of text, bad options) throws.
 *
 * @example
 * const result = extract({ text, publishedAt: '2025-06-02' });
 * result.dates[0]; // { text: 'Sunday', value: '2025-06-01', kind: 'date', ... }
 */
export function extract(input: string | ArticleInput, options?: ExtractOptions): ExtractionResult {
  return defaultPipeline.extract(input, options);
}
