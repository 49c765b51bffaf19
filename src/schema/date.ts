import { z } from 'zod';
import { RuleSchema } from './span.js';

export const DateKindSchema = z.enum(['date', 'time', 'range', 'duration', 'set']);
export const DateModifierSchema = z.enum(['approx', 'more-than', 'less-than', 'start', 'mid', 'end']);
/** How a value was fixed: written out in full, relative to another date in the text, or relative to publication. */
export const DateAnchorSchema = z.enum(['absolute', 'relative', 'publication']);

export const DateFactSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  kind: DateKindSchema,
  /** ISO 8601 / TIMEX3 value: `2025-06-01`, `2025-06`, `2023`, `2025-W23`, `2025-06-20/2025-06-30`, `P1W`, `PT1H`. */
  value: z.string().min(1),
  modifier: DateModifierSchema.nullable().optional(),
  anchor: DateAnchorSchema,
  rule: RuleSchema,
});
export type DateFact = z.infer<typeof DateFactSchema>;
export type DateKind = z.infer<typeof DateKindSchema>;
export type DateModifier = z.infer<typeof DateModifierSchema>;
