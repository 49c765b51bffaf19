import { z } from 'zod';
import { MentionSchema } from './span.js';
import { CountryCodeSchema } from './actor.js';

export const LocationKindSchema = z.enum(['country', 'region', 'city', 'landmark', 'geo-feature', 'other']);

export const LocationSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  kind: LocationKindSchema,
  country: CountryCodeSchema.nullable().optional(),
  mentions: z.array(MentionSchema).min(1),
});
export type Location = z.infer<typeof LocationSchema>;
export type LocationKind = z.infer<typeof LocationKindSchema>;
