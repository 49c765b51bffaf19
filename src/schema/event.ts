import { z } from 'zod';
import { RuleSchema } from './span.js';
import { EVENT_TYPE_NAMES } from './event-types.js';

export const EventTypeSchema = z.enum(EVENT_TYPE_NAMES);
export const EventRoleSchema = z.enum(['source', 'target', 'participant']);
export const EventContextSchema = z.enum(['reported', 'future', 'historical', 'hypothetical']);

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  /** The trigger word or phrase. */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The evidence sentence. */
  sentence: z.number().int().nonnegative(),
  /** A value as in `dates[].value`. */
  date: z.string().nullable(),
  participants: z.array(z.object({ actor: z.string(), role: EventRoleSchema })),
  /** A location id. */
  location: z.string().nullable(),
  /** Quantity ids. */
  quantities: z.array(z.string()),
  context: EventContextSchema.optional(),
  /** Whether the text reports the event as not happening ("produced no progress", "was not made public"). */
  negated: z.boolean().optional(),
  rule: RuleSchema,
});
export type NewsEvent = z.infer<typeof EventSchema>;
export type EventRole = z.infer<typeof EventRoleSchema>;
