import type { ExtractionResult, Span } from '../schema/index.js';
import type { Golden } from './golden.js';
import { locateOccurrence, overlaps } from './locate.js';
import { matchByName, matchBySpan, type Matching } from './match.js';

export interface FieldScore {
  /** Golden facts found / predicted facts / golden facts. */
  matched: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the matched facts, the share whose value (date value, quantity value + unit, actor kind) is right. */
  valueAccuracy: number | null;
  missing: string[];
  extra: string[];
  wrong: string[];
}

export type Scores = Record<'dates' | 'quantities' | 'actors' | 'locations' | 'events', FieldScore>;

/**
 * Scores a result against a hand annotation, per field. Spanned facts (dates, quantities, event triggers) match by
 * overlapping span ("relaxed" matching: "on Sunday" finds "Sunday"); actors and locations match by name or alias.
 */
export function scoreResult(result: ExtractionResult, golden: Golden): Scores {
  const text = result.article.text;
  const spanOf = (g: { text: string; occurrence: number }): Span => locateOccurrence(text, g.text, g.occurrence) ?? { start: -1, end: -1 };
  const dates = matchBySpan(golden.dates, result.dates, spanOf, overlaps);
  const quantities = matchBySpan(golden.quantities, result.quantities, spanOf, overlaps);
  const events = matchBySpan(golden.events, result.events, spanOf, (a, b) => overlaps(a, b));
  const actors = matchByName(golden.actors, result.actors);
  const locations = matchByName(golden.locations, result.locations);
  return {
    dates: fieldScore(dates, (g, p) => g.value === p.value, (g) => `${g.text} = ${g.value}`, (p) => `${p.text} = ${p.value}`),
    quantities: fieldScore(
      quantities,
      (g, p) => Math.abs(g.value - p.value) < 1e-3 * Math.max(1, Math.abs(g.value)) && (g.unit ?? null) === (p.unit ?? null),
      (g) => `${g.text} = ${g.value} ${g.unit ?? ''}`.trimEnd(),
      (p) => `${p.text} = ${p.value} ${p.unit ?? ''}`.trimEnd(),
    ),
    actors: fieldScore(actors, (g, p) => g.kind === p.kind && g.credit === p.credit, (g) => `${g.name} (${g.kind})`, (p) => `${p.name} (${p.kind})`),
    locations: fieldScore(locations, (g, p) => g.kind === p.kind, (g) => `${g.name} (${g.kind})`, (p) => `${p.name} (${p.kind})`),
    events: fieldScore(events, (g, p) => g.type === p.type, (g) => `${g.type} ${g.text}`, (p) => `${p.type} ${p.text}`),
  };
}

function fieldScore<G, P>(
  m: Matching<G, P>,
  valueRight: (g: G, p: P) => boolean,
  describeGolden: (g: G) => string,
  describePredicted: (p: P) => string,
): FieldScore {
  const matched = m.pairs.length;
  const precision = m.predicted === 0 ? (m.expected === 0 ? 1 : 0) : matched / m.predicted;
  const recall = m.expected === 0 ? 1 : matched / m.expected;
  const wrongPairs = m.pairs.filter(([g, p]) => !valueRight(g, p));
  return {
    matched,
    predicted: m.predicted,
    expected: m.expected,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    valueAccuracy: matched === 0 ? null : (matched - wrongPairs.length) / matched,
    missing: m.missing.map(describeGolden),
    extra: m.extra.map(describePredicted),
    wrong: wrongPairs.map(([g, p]) => `expected ${describeGolden(g)}, got ${describePredicted(p)}`),
  };
}
