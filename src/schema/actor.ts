import { z } from 'zod';
import { MentionSchema } from './span.js';

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "UA"');

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'group']);

export const ActorSchema = z.object({
  id: z.string(),
  /** The fullest form of the name in the text. */
  name: z.string().min(1),
  kind: ActorKindSchema,
  titles: z.array(z.string()),
  aliases: z.array(z.string()),
  country: CountryCodeSchema.nullable().optional(),
  /** True for photo and agency credits: named in the article, but not actors of the story. */
  credit: z.boolean(),
  mentions: z.array(MentionSchema).min(1),
});
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
