import { z } from 'zod';
import { RuleSchema } from './span.js';

export const QuantityModifierSchema = z.enum([
  'exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most', 'nearly', 'up-to',
]);
export const QuantityKindSchema = z.enum(['count', 'money', 'percent', 'measure', 'fraction', 'ratio', 'ordinal']);

export const QuantityFactSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  /** 6000 for "6,000"; 0.3333 for "a third"; 3100000000 for "$3.1 billion". */
  value: z.number(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  /** 80 in "52 out of 80". */
  of: z.number().nullable().optional(),
  modifier: QuantityModifierSchema,
  /** Singular, lower case: "soldier", "mile", "percent", "USD", "km". */
  unit: z.string().nullable(),
  direction: z.enum(['up', 'down']).nullable().optional(),
  kind: QuantityKindSchema,
  rule: RuleSchema,
});
export type QuantityFact = z.infer<typeof QuantityFactSchema>;
export type QuantityModifier = z.infer<typeof QuantityModifierSchema>;
export type QuantityKind = z.infer<typeof QuantityKindSchema>;
