import type { Span } from '../schema/index.js';

/** The span of the n-th (1-based) occurrence of `needle` in `text`, counting overlapping matches; null if absent. */
export function locateOccurrence(text: string, needle: string, occurrence = 1): Span | null {
  let from = 0;
  for (let seen = 0; ; from += 1) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    from = at;
    if (++seen === occurrence) return { start: at, end: at + needle.length };
  }
}

export { overlaps } from '../schema/span.js';
