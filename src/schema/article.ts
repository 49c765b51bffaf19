import { z } from 'zod';

/** `YYYY-MM-DD`, a real calendar day. */
export const IsoDaySchema = z.iso.date();

export const ArticleSchema = z.object({
  id: z.string().min(1),
  publishedAt: IsoDaySchema.nullable(),
  title: z.string().optional(),
  /** The article body: the `date` header line removed, line endings normalised to `\n`. Every offset points here. */
  text: z.string(),
  /** Where the article came from: a file path, `stdin`, or what the caller passed. */
  source: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
