import type { ArticleDocument } from '../../src/document/index.js';
import type { Actor, DateFact, Facts, Location, Mention, NewsEvent, QuantityFact } from '../../src/schema/index.js';

/** A substring of the article, and which occurrence of it (1-based) when it occurs more than once. */
export type Place = string | { text: string; occurrence: number };

export interface FactsSpec {
  actors?: { name: string; kind?: Actor['kind']; credit?: boolean; mentions?: Place[] }[];
  dates?: { text: Place; value: string; kind?: DateFact['kind'] }[];
  quantities?: { text: Place; value?: number; unit?: string | null; kind?: QuantityFact['kind'] }[];
  locations?: { name: string; kind?: Location['kind']; mentions?: Place[] }[];
}

/** Locates a substring in the article body: the span the extractors would have given it. */
export function mentionOf(document: ArticleDocument, place: Place): Mention {
  const { text, occurrence } = typeof place === 'string' ? { text: place, occurrence: 1 } : place;
  let start = -1;
  for (let k = 0; k < occurrence; k++) {
    start = document.text.indexOf(text, start + 1);
    if (start < 0) throw new Error(`test facts: "${text}" (occurrence ${occurrence}) is not in the text`);
  }
  return { start, end: start + text.length, text, sentence: document.sentenceAt(start) };
}

/**
 * Hand-made facts for one document, as the dates, quantities, actors and locations stages would hand them to the
 * events stage. Actors default to mentions of their own name; ids are a1.., d1.., q1.., l1...
 */
export function factsOf(document: ArticleDocument, spec: FactsSpec): Facts {
  const at = (p: Place) => mentionOf(document, p);
  return {
    actors: (spec.actors ?? []).map((a, i) => ({
      id: `a${i + 1}`, name: a.name, kind: a.kind ?? 'country', titles: [], aliases: [], credit: a.credit ?? false,
      mentions: (a.mentions ?? [a.name]).map(at),
    })),
    dates: (spec.dates ?? []).map((d, i) => ({
      id: `d${i + 1}`, ...at(d.text), kind: d.kind ?? 'date', value: d.value, anchor: 'publication' as const,
    })),
    quantities: (spec.quantities ?? []).map((q, i) => {
      const m = at(q.text);
      return { id: `q${i + 1}`, ...m, value: q.value ?? Number(m.text.replace(/,/g, '')), modifier: 'exact' as const, unit: q.unit ?? null, kind: q.kind ?? 'count' };
    }),
    locations: (spec.locations ?? []).map((l, i) => ({
      id: `l${i + 1}`, name: l.name, kind: l.kind ?? 'city', mentions: (l.mentions ?? [l.name]).map(at),
    })),
    events: [],
    diagnostics: [],
  };
}

/** An event with its references turned back into names and texts, for readable expectations. */
export interface ReadableEvent {
  type: string;
  text: string;
  participants: string[];
  date: string | null;
  location: string | null;
  quantities: string[];
  context: string | undefined;
  negated: boolean;
}

export function readable(event: NewsEvent, facts: Facts): ReadableEvent {
  const actor = (id: string) => facts.actors.find((a) => a.id === id)?.name ?? id;
  return {
    type: event.type,
    text: event.text,
    participants: event.participants.map((p) => `${actor(p.actor)}:${p.role}`),
    date: event.date,
    location: facts.locations.find((l) => l.id === event.location)?.name ?? null,
    quantities: event.quantities.map((id) => facts.quantities.find((q) => q.id === id)?.text ?? id),
    context: event.context,
    negated: event.negated ?? false,
  };
}
