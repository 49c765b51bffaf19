import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SentenceSchema, TokenSchema } from './sentence.js';
import { DateFactSchema } from './date.js';
import { QuantityFactSchema } from './quantity.js';
import { ActorSchema } from './actor.js';
import { LocationSchema } from './location.js';
import { EventSchema } from './event.js';
import { DiagnosticSchema } from './diagnostic.js';

/**
 * Version of the result contract. Adding a field is a minor bump; renaming or removing one is a major bump with a
 * migration note in the README.
 */
export const SCHEMA_VERSION = '1.0.0';

export const ExtractionResultSchema = z.object({
  schemaVersion: z.string(),
  article: ArticleSchema,
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema).optional(),
  dates: z.array(DateFactSchema),
  quantities: z.array(QuantityFactSchema),
  actors: z.array(ActorSchema),
  locations: z.array(LocationSchema),
  events: z.array(EventSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

/** The fact lists that stages produce and refine; everything in a result but the article and its parse. */
export type Facts = Pick<ExtractionResult, 'dates' | 'quantities' | 'actors' | 'locations' | 'events' | 'diagnostics'>;
