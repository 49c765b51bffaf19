import type { Term } from '../document/index.js';
import type { DateFact, Location, QuantityFact, Span } from '../schema/index.js';
import { DATE_PREPOSITIONS, PLACE_PREPOSITIONS, SCOPE_PREPOSITIONS, SPEECH_VERBS } from './cue-words.js';
import { termBefore, within, type EventScope } from './scope.js';

/**
 * Where an event may take its date and place from: its object side, and its subject side only when it is the first
 * event of the sentence ("Russia on Sunday fired"); otherwise that side holds the previous event's own
 * circumstances ("The talks in Turkey unfolded a day after ... attacks").
 */
const zonesOf = (scope: EventScope): Span[] => (scope.previous === null ? [scope.right, scope.left] : [scope.right]);

/** A country is the least precise place; a city or region named beside it says more. */
const KIND_RANK: Readonly<Record<string, number>> = { landmark: 0, city: 0, region: 1, 'geo-feature': 1, other: 2, country: 3 };

/** Distance from the trigger, so the nearest fact wins among equals. */
const distance = (span: Span, trigger: Span): number => (span.start >= trigger.end ? span.start - trigger.end : trigger.start - span.end);

/**
 * The date of the event: a date or time in its scope (not a duration or a recurrence), preferring one attached by
 * a preposition ("on Sunday", "in 2023") and the nearest. A date after a reporting verb on the object side dates
 * the report ("officials said on Monday"), not the event. Null when the scope has none.
 */
export function dateOf(scope: EventScope, dates: readonly DateFact[]): DateFact | null {
  const trigger = scope.draft.main;
  const candidates = dates.filter((d) => d.kind !== 'duration' && d.kind !== 'set' && zonesOf(scope).some((z) => within(d, z)));
  const ranked = candidates
    .map((d) => {
      const before = termBefore(scope.terms, d.start);
      if (before?.normal === 'since') return null; // "since its invasion in 2022" starts a period, it dates nothing here
      const twoBack = before ? termBefore(scope.terms, before.start) : undefined;
      if (d.start > trigger.end && [before, twoBack].some((t) => t && SPEECH_VERBS.has(t.normal))) return null;
      const attached = before && DATE_PREPOSITIONS.has(before.normal) ? 0 : 1;
      return { d, rank: attached * 10_000 + distance(d, trigger) };
    })
    .filter((x): x is { d: DateFact; rank: number } => x !== null)
    .sort((a, b) => a.rank - b.rank);
  return ranked[0]?.d ?? null;
}

/** Where it happened: a place mention in scope, preferring "in X", "at X", "around X", then the nearest. */
export function locationOf(scope: EventScope, locations: readonly Location[]): Location | null {
  const trigger = scope.draft.main;
  const ranked = locations
    .flatMap((l) => l.mentions.map((m) => ({ l, m })))
    .filter(({ m }) => zonesOf(scope).some((z) => within(m, z)))
    .map(({ l, m }) => {
      const before = termBefore(scope.terms, m.start);
      const attached = before && PLACE_PREPOSITIONS.has(before.normal) ? 0 : 1;
      return { l, rank: attached * 100_000 + (KIND_RANK[l.kind] ?? 2) * 10_000 + distance(m, trigger) };
    })
    .sort((a, b) => a.rank - b.rank);
  return ranked[0]?.l ?? null;
}

/**
 * The counts of what the event affected (killed, downed, swapped): counts, ratios, fractions and sums of money on
 * its object side, and on its subject side only when the verb is passive ("three people were killed"). Measures
 * ("4,300 miles") and counts of where ("over eight regions") are setting, not toll.
 */
export function quantitiesOf(scope: EventScope, quantities: readonly QuantityFact[], dates: readonly DateFact[]): QuantityFact[] {
  const trigger = scope.draft.main;
  const zones = isPassiveOrIntransitive(trigger.terms[0]!, scope.terms) ? [scope.right, scope.left] : [scope.right];
  return quantities.filter((q) => {
    if (!['count', 'ratio', 'fraction', 'money'].includes(q.kind)) return false;
    if (!zones.some((z) => within(q, z)) || dates.some((d) => q.start < d.end && q.end > d.start)) return false;
    const before = termBefore(scope.terms, q.start);
    return !(before && SCOPE_PREPOSITIONS.has(before.normal));
  });
}

function isPassiveOrIntransitive(head: Term, terms: readonly Term[]): boolean {
  const before = termBefore(terms, head.start);
  return before !== undefined && (before.tags.has('Copula') || before.normal === 'being' || before.normal === 'been');
}
