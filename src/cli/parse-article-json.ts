import { ArticleInputSchema, type ArticleInput } from '../ingest/index.js';
import { UsageError } from './usage-error.js';

/** One JSON article `{ id?, publishedAt?, title?, text }`, with a one-line error that says what is wrong. */
export function parseArticleJson(json: string, source: string): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ArticleInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  throw new UsageError(`${source} is not an article (${problems.join('; ')}); expected { "text": "...", "publishedAt"?: "YYYY-MM-DD", "id"?, "title"? }`);
}
