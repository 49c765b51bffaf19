import type { ExtractionResult, Span } from '../schema/index.js';
import type { Golden } from './golden.js';
import { locateOccurrence } from './locate.js';
import { matchByName, matchBySpan, normalName, type Matching } from './match.js';
import { accuracy, prf, type Prf } from './prf.js';
import { scoreEventArguments } from './event-arguments.js';

export const FIELD_NAMES = [
  'dates', 'quantities', 'actors', 'actors.person', 'actors.organization', 'actors.country', 'actors.group', 'locations', 'events',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface DiffEntry {
  change: 'missing' | 'extra' | 'wrong';
  /** The fact as a person reads it: `Sunday = 2025-06-01`. */
  fact: string;
  /** For `wrong`: what the extractor said instead. */
  got?: string;
  /** The sentence the fact sits in, when it has one. */
  sentence: string | null;
}

export interface FieldScore {
  expected: number;
  predicted: number;
  /** Exact spans (dates, quantities, event triggers) or exact canonical names (actors, locations). */
  strict: Prf & { matched: number };
  /** Overlapping spans, or any shared name or alias. The accuracies and the diff are over relaxed matches. */
  relaxed: Prf & { matched: number };
  /** Of the relaxed matches, the share right in each attribute (value, unit, kind, titles, aliases, arguments…). */
  accuracy: Record<string, number | null>;
  diff: DiffEntry[];
}

export type FixtureScores = Record<FieldName, FieldScore>;

/** Scores one result against its hand annotation, field by field. */
export function scoreResult(result: ExtractionResult, golden: Golden): FixtureScores {
  const text = result.article.text;
  const sentenceOf = (span: Span | null) =>
    span ? (result.sentences.find((s) => s.start <= span.start && span.start < s.end)?.text ?? null) : null;
  const spanOf = (g: { text: string; occurrence: number }) => locateOccurrence(text, g.text, g.occurrence);
  const sentenceAt = (i: number) => result.sentences[i]?.text ?? null;
  const nameSentence = (mentions: readonly { sentence: number }[]) => sentenceAt(mentions[0]?.sentence ?? -1);

  const spanned = <G extends { text: string; occurrence: number }, P extends Span & { text: string; sentence: number }>(
    g: readonly G[], p: readonly P[], show: (x: G | P) => string, checks: Record<string, (g: G, p: P) => boolean>,
    compatible?: (g: G, p: P) => boolean,
  ) => field(matchBySpan(g, p, spanOf, 'strict', compatible), matchBySpan(g, p, spanOf, 'relaxed', compatible),
    g.length, p.length, checks, show, (x) => sentenceOf(spanOf(x)), (x) => sentenceAt(x.sentence));

  const named = <G extends { name: string; aliases?: readonly string[] }, P extends { name: string; aliases?: readonly string[]; mentions: { sentence: number }[] }>(
    g: readonly G[], p: readonly P[], show: (x: G | P) => string, checks: Record<string, (g: G, p: P) => boolean>,
  ) => field(matchByName(g, p, 'strict'), matchByName(g, p, 'relaxed'), g.length, p.length, checks, show, () => null, (x) => nameSentence(x.mentions));

  const sameSet = (a: readonly string[], b: readonly string[]) => {
    const want = new Set(a.map(normalName));
    const have = new Set(b.map(normalName));
    return want.size === have.size && [...want].every((x) => have.has(x));
  };
  const actorChecks = {
    kind: (g: Golden['actors'][number], p: ExtractionResult['actors'][number]) => g.kind === p.kind && g.credit === p.credit,
    country: (g: Golden['actors'][number], p: ExtractionResult['actors'][number]) => g.country === undefined || (g.country ?? null) === (p.country ?? null),
    titles: (g: Golden['actors'][number], p: ExtractionResult['actors'][number]) => sameSet(g.titles, p.titles),
    aliases: (g: Golden['actors'][number], p: ExtractionResult['actors'][number]) => sameSet(g.aliases, p.aliases),
  };
  const showActor = (x: { name: string; kind: string }) => `${x.name} (${x.kind})`;
  const byKind = (kind: string) => named(golden.actors.filter((a) => a.kind === kind), result.actors.filter((a) => a.kind === kind), showActor, actorChecks);

  const quantityValue = (g: { value: number }, p: { value: number }) => Math.abs(g.value - p.value) <= 1e-3 * Math.max(1, Math.abs(g.value));
  const scores: FixtureScores = {
    dates: spanned(golden.dates, result.dates, (x) => `${x.text} = ${x.value}`, {
      value: (g, p) => sameDateValue(g.value, p.value),
      kind: (g, p) => g.kind === p.kind,
    }),
    quantities: spanned(golden.quantities, result.quantities, (x) => `${x.text} = ${x.value}${x.unit ? ` ${x.unit}` : ''}`, {
      value: quantityValue,
      unit: (g, p) => (g.unit ?? null) === (p.unit ?? null),
      modifier: (g, p) => g.modifier === p.modifier,
      kind: (g, p) => g.kind === p.kind,
    }),
    actors: named(golden.actors, result.actors, showActor, actorChecks),
    'actors.person': byKind('person'),
    'actors.organization': byKind('organization'),
    'actors.country': byKind('country'),
    'actors.group': byKind('group'),
    locations: named(golden.locations, result.locations, (x) => `${x.name} (${x.kind})`, {
      kind: (g, p) => g.kind === p.kind,
      country: (g, p) => g.country === undefined || (g.country ?? null) === (p.country ?? null),
    }),
    events: spanned(golden.events, result.events, (x) => `${x.type} "${x.text}"`, {}, (g, p) => g.type === p.type),
  };
  scores.events.accuracy.arguments = scoreEventArguments(result, golden, spanOf);
  return scores;
}

function field<G, P>(
  strict: Matching<G, P>,
  relaxed: Matching<G, P>,
  expected: number,
  predicted: number,
  checks: Record<string, (g: G, p: P) => boolean>,
  show: (x: G | P) => string,
  goldenSentence: (g: G) => string | null,
  predictedSentence: (p: P) => string | null,
): FieldScore {
  const accuracyOf: Record<string, number | null> = {};
  for (const [name, check] of Object.entries(checks)) accuracyOf[name] = accuracy(relaxed.pairs.map(([g, p]) => check(g, p)));
  const wrong = relaxed.pairs.filter(([g, p]) => Object.values(checks).some((check) => !check(g, p)));
  return {
    expected,
    predicted,
    strict: { ...prf(strict.pairs.length, predicted, expected), matched: strict.pairs.length },
    relaxed: { ...prf(relaxed.pairs.length, predicted, expected), matched: relaxed.pairs.length },
    accuracy: accuracyOf,
    diff: [
      ...relaxed.missing.map((g): DiffEntry => ({ change: 'missing', fact: show(g), sentence: goldenSentence(g) })),
      ...relaxed.extra.map((p): DiffEntry => ({ change: 'extra', fact: show(p), sentence: predictedSentence(p) })),
      ...wrong.map(([g, p]): DiffEntry => ({ change: 'wrong', fact: show(g), got: show(p), sentence: goldenSentence(g) ?? predictedSentence(p) })),
    ],
  };
}

/**
 * Date values are equal as strings, and durations in years and months also by their length: "six and a half
 * years" written P6Y6M or P78M is the same length (ISO 8601 allows both; TIMEX3 annotators write either).
 */
export function sameDateValue(gold: string, predicted: string): boolean {
  if (gold === predicted) return true;
  const months = (v: string): number | null => {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(v);
    return m && (m[1] !== undefined || m[2] !== undefined) ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) : null;
  };
  const [a, b] = [months(gold), months(predicted)];
  return a !== null && a === b;
}
