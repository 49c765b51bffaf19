import { z } from 'zod';
import {
  ActorKindSchema,
  CountryCodeSchema,
  DateFactSchema,
  EventContextSchema,
  EventRoleSchema,
  EventTypeSchema,
  IsoDaySchema,
  LocationKindSchema,
  QuantityFactSchema,
} from '../schema/index.js';

/**
 * Which occurrence of `text` in the article a golden fact means, 1-based, when the same words occur more than once.
 * Offsets are optional in a golden file: the scorer finds the span from text + occurrence.
 */
const located = {
  text: z.string().min(1),
  occurrence: z.number().int().positive().default(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
};

/** A golden date: the contract's fields that a reader can state, located by text; the anchor is optional. */
export const GoldenDateSchema = DateFactSchema.pick({ kind: true, value: true, modifier: true })
  .extend({ ...located, anchor: DateFactSchema.shape.anchor.optional(), note: z.string().optional() });

/** A golden quantity: the contract's value fields, located by text. */
export const GoldenQuantitySchema = QuantityFactSchema.pick({
  value: true, min: true, max: true, of: true, modifier: true, unit: true, direction: true, kind: true,
}).extend({ ...located, note: z.string().optional() });

/** A mention: its text, and which occurrence when the words occur more than once. */
const GoldenMentionSchema = z.union([z.string().min(1), z.object({ text: z.string().min(1), occurrence: z.number().int().positive() })]);

export const GoldenActorSchema = z.object({
  name: z.string().min(1),
  kind: ActorKindSchema,
  titles: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  country: CountryCodeSchema.nullable().optional(),
  credit: z.boolean().default(false),
  mentions: z.array(GoldenMentionSchema).default([]),
  note: z.string().optional(),
});

export const GoldenLocationSchema = z.object({
  name: z.string().min(1),
  kind: LocationKindSchema,
  country: CountryCodeSchema.nullable().optional(),
  mentions: z.array(GoldenMentionSchema).default([]),
  note: z.string().optional(),
});

export const GoldenEventSchema = z.object({
  type: EventTypeSchema,
  /** The trigger word or phrase. */
  ...located,
  date: z.string().nullable().default(null),
  /** Actor names as in the golden `actors[].name`. */
  participants: z.array(z.object({ actor: z.string().min(1), role: EventRoleSchema })).default([]),
  /** A location name as in the golden `locations[].name`. */
  location: z.string().nullable().default(null),
  /** Quantities as in the golden `quantities[]`: the text, with its occurrence where the text repeats ("two"). */
  quantities: z.array(GoldenMentionSchema).default([]),
  context: EventContextSchema.optional(),
  negated: z.boolean().optional(),
  note: z.string().optional(),
});

/** A hand annotation of one article, in the field names of ExtractionResult. */
export const GoldenSchema = z.object({
  article: z.object({ id: z.string().optional(), publishedAt: IsoDaySchema.nullable(), title: z.string().optional() }),
  /** The full text of each photo caption paragraph, credit included. */
  captions: z.array(z.string()).default([]),
  dates: z.array(GoldenDateSchema),
  quantities: z.array(GoldenQuantitySchema),
  actors: z.array(GoldenActorSchema),
  locations: z.array(GoldenLocationSchema),
  events: z.array(GoldenEventSchema),
  notes: z.array(z.string()).optional(),
});
export type Golden = z.output<typeof GoldenSchema>;
export type GoldenInput = z.input<typeof GoldenSchema>;
