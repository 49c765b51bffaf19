import type { ParsedResult } from 'chrono-node';
import type { DateKind, DateModifier } from '../schema/index.js';

/**
 * Our parsers and refiners pass what they know to the fact builder through chrono's tag sets, the one place chrono
 * carries extra data through its refiners (merges clone components, tags included). A tag is `key:value`;
 * provenance tags (`dates/year`) follow chrono's `parser/ENWeekdayParser` form.
 */
export type TagKey = 'kind' | 'value' | 'modifier' | 'part' | 'relative' | 'anchor';

export function tag(key: TagKey, value: string): string {
  return `${key}:${value}`;
}

/** The last value given for a key: a refiner that sharpens a parser's tag just adds a newer one (sets keep order). */
export function readTag(result: ParsedResult, key: TagKey): string | null {
  const prefix = `${key}:`;
  let found: string | null = null;
  for (const t of result.tags()) if (t.startsWith(prefix)) found = t.slice(prefix.length);
  return found;
}

export function readKind(result: ParsedResult): DateKind | null {
  return readTag(result, 'kind') as DateKind | null;
}

export function readModifier(result: ParsedResult): DateModifier | null {
  return readTag(result, 'modifier') as DateModifier | null;
}

/** The rule that made a result: our `dates/...` tag, else chrono's `parser/X` as `chrono/X`. */
export function ruleOf(result: ParsedResult, fallback: string): string {
  const tags = [...result.tags()];
  const own = tags.find((t) => t.startsWith('dates/'));
  if (own) return own;
  const parser = tags.find((t) => t.startsWith('parser/'));
  return parser ? `chrono/${parser.slice('parser/'.length)}` : fallback;
}

/** chrono's `clone()` drops tags; ours carry the reading, so a refiner that rewrites a result keeps them. */
export function cloneWithTags<T extends ParsedResult & { clone(): T; addTags(tags: Set<string>): unknown }>(result: T): T {
  const copy = result.clone();
  copy.addTags(result.tags());
  return copy;
}
