import { z } from 'zod';
import { SpanSchema } from './span.js';

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Index of the paragraph (block separated by a blank line) the sentence belongs to. */
  paragraph: z.number().int().nonnegative(),
  /** A photo caption, not part of the story. */
  caption: z.boolean(),
  /** For a caption: the span of its parenthesised credit, e.g. `(Jane Doe/AP)`. */
  credit: SpanSchema.extend({ text: z.string() }).nullable().optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const TokenSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** compromise part-of-speech tags, e.g. `["ProperNoun", "Noun"]`. */
  tags: z.array(z.string()),
});
export type Token = z.infer<typeof TokenSchema>;
