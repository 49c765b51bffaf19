import { z } from 'zod';

export const ExtractOptionsSchema = z.object({
  /** `YYYY-MM-DD`: overrides the article's own date header or `publishedAt`. */
  publishedAt: z.iso.date({ error: 'publishedAt must be a day in YYYY-MM-DD form' }).optional(),
  /** Include every token with its tags in the result (large; off by default). */
  tokens: z.boolean().default(false),
  /**
   * Articles longer than this are not parsed: they get an `ingest/too-large` diagnostic instead of facts. compromise
   * needs about 10 s and 1.5 GB of memory for 5 million characters; a real article has well under 100,000.
   */
  maxChars: z.number().int().positive().default(1_000_000),
});
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ResolvedExtractOptions = z.output<typeof ExtractOptionsSchema>;

/** Validates options at the edge; internal code trusts them. Misuse throws with what to pass instead. */
export function resolveOptions(options: ExtractOptions | undefined): ResolvedExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
  throw new TypeError(`newsfacts: invalid options (${problems.join('; ')})`);
}
