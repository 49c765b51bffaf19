import { GoldenSchema, type GoldenInput } from '../eval/golden.js';
import { formatDiff, formatFixtureScores } from '../eval/format.js';
import { normalName } from '../eval/match.js';
import { FIELD_NAMES, scoreResult } from '../eval/score.js';
import type { Actor, DateFact, ExtractionResult, NewsEvent, QuantityFact } from '../schema/index.js';

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

export interface GoldenMatchOptions {
  /** Lowest relaxed F1 each field may have; 1 (the default) means every golden fact found and nothing extra. */
  minF1?: number;
  /** Fields to check; all by default. */
  fields?: readonly (typeof FIELD_NAMES)[number][];
}

const list = <T>(items: readonly T[], show: (x: T) => string) => (items.length === 0 ? '  (none)' : items.map((x) => `  ${show(x)}`).join('\n'));

export function toMatchGolden(result: ExtractionResult, golden: GoldenInput, options: GoldenMatchOptions = {}): MatcherResult {
  const minF1 = options.minF1 ?? 1;
  const scores = scoreResult(result, GoldenSchema.parse(golden));
  const fields = options.fields ?? FIELD_NAMES;
  const below = fields.filter((f) => scores[f].expected + scores[f].predicted > 0 && scores[f].relaxed.f1 < minF1);
  const name = result.article.id;
  return {
    pass: below.length === 0,
    message: () =>
      below.length === 0
        ? `expected ${name} not to match its golden file at F1 ${minF1}, but every field did\n${formatFixtureScores(name, scores)}`
        : `expected ${name} to match its golden file at F1 >= ${minF1}; below: ${below.join(', ')}\n${formatFixtureScores(name, scores)}\n${formatDiff(name, scores)}`,
  };
}

export function toContainDate(result: ExtractionResult, text: string, value?: string): MatcherResult {
  const same = result.dates.filter((d) => d.text === text);
  const pass = same.some((d) => value === undefined || d.value === value);
  const want = value === undefined ? `"${text}"` : `"${text}" = ${value}`;
  return { pass, message: () => `expected the result ${pass ? 'not ' : ''}to contain the date ${want}; dates:\n${list(result.dates, showDate)}` };
}

export function toContainQuantity(
  result: ExtractionResult,
  text: string,
  expected: Partial<Pick<QuantityFact, 'value' | 'unit' | 'modifier' | 'kind' | 'of' | 'direction'>> = {},
): MatcherResult {
  const pass = result.quantities.some((q) => q.text === text && Object.entries(expected).every(([k, v]) => q[k as keyof QuantityFact] === v));
  return {
    pass,
    message: () => `expected the result ${pass ? 'not ' : ''}to contain the quantity "${text}" ${JSON.stringify(expected)}; quantities:\n${list(result.quantities, showQuantity)}`,
  };
}

export function toContainActor(
  result: ExtractionResult,
  name: string,
  expected: Partial<Pick<Actor, 'kind' | 'country' | 'credit'>> & { titles?: string[] } = {},
): MatcherResult {
  const { titles, ...fields } = expected;
  const pass = result.actors.some(
    (a) =>
      [a.name, ...a.aliases].some((n) => normalName(n) === normalName(name)) &&
      Object.entries(fields).every(([k, v]) => a[k as keyof Actor] === v) &&
      (titles ?? []).every((t) => a.titles.some((x) => normalName(x) === normalName(t))),
  );
  return {
    pass,
    message: () => `expected the result ${pass ? 'not ' : ''}to contain the actor ${name} ${JSON.stringify(expected)}; actors:\n${list(result.actors, showActor)}`,
  };
}

export function toContainEvent(
  result: ExtractionResult,
  expected: Partial<Pick<NewsEvent, 'type' | 'date' | 'text' | 'context'>> & { participants?: string[] },
): MatcherResult {
  const { participants, ...fields } = expected;
  const actorNames = new Map(result.actors.map((a) => [a.id, [a.name, ...a.aliases].map(normalName)]));
  const pass = result.events.some(
    (e) =>
      Object.entries(fields).every(([k, v]) => e[k as keyof NewsEvent] === v) &&
      (participants ?? []).every((n) => e.participants.some((p) => actorNames.get(p.actor)?.includes(normalName(n)))),
  );
  const displayName = new Map(result.actors.map((a) => [a.id, a.name]));
  const showEvent = (e: NewsEvent) =>
    `${e.type} "${e.text}" ${e.date ?? '-'} [${e.participants.map((p) => `${displayName.get(p.actor) ?? p.actor}:${p.role}`).join(', ')}]`;
  return {
    pass,
    message: () => `expected the result ${pass ? 'not ' : ''}to contain the event ${JSON.stringify(expected)}; events:\n${list(result.events, showEvent)}`,
  };
}

const showDate = (d: DateFact) => `"${d.text}" = ${d.value} (${d.kind})`;
const showQuantity = (q: QuantityFact) => `"${q.text}" = ${q.value} ${q.unit ?? ''} (${q.modifier}, ${q.kind})`;
const showActor = (a: Actor) => `${a.name} (${a.kind}${a.country ? `, ${a.country}` : ''}${a.credit ? ', credit' : ''}) titles: ${a.titles.join('; ') || '-'}`;
