import { z } from 'zod';

const offset = z.number().int().nonnegative();

/**
 * A half-open `[start, end)` span of UTF-16 code units into `article.text`, the unit chrono-node and compromise
 * already use. Every fact that carries a span also carries its `text`, and `article.text.slice(start, end) === text`.
 */
export const SpanSchema = z.object({ start: offset, end: offset });
export type Span = z.infer<typeof SpanSchema>;

/** A span with the text it covers and the index of the sentence it sits in. */
export const MentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Provenance: which rule produced a fact (`chrono/ENWeekdayParser`, `quantities/ratio`), so a wrong value can be traced. */
export const RuleSchema = z.string().min(1).optional();

/** Whether two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
