import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, ExtractionResultSchema, type ExtractionResult } from '../index.js';
import { scoreCorpus, type CorpusScores } from '../eval/corpus.js';
import { formatCorpusScores, formatDiff, formatFixtureScores } from '../eval/format.js';
import { FIELD_NAMES, type FieldName } from '../eval/score.js';
import { loadFixtureDir } from './load-fixtures.js';
import { decodeUtf8 } from './read-input.js';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

/** Scores differ in the last digits between machines only through float sums; below this is not a regression. */
const TOLERANCE = 0.0005;

export interface Baseline {
  version: 1;
  /** Micro-averaged relaxed F1 per field over the corpus. */
  fields: Record<string, number>;
  /** Relaxed F1 per fixture and field, so a drop in one article shows even when the corpus average holds. */
  fixtures?: Record<string, Record<string, number>>;
}

export function evalCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
      'min-f1': { type: 'string' },
      baseline: { type: 'string' },
      'save-baseline': { type: 'string' },
      results: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('eval takes one FIXTURES_DIR (or one fixture\'s NAME.txt or NAME.golden.json)');
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) throw new UsageError(`--min-f1 takes a number from 0 to 1, not "${values['min-f1']}"`);
  const baseline = values.baseline === undefined ? undefined : readBaseline(values.baseline);

  const fixtures = loadFixtureDir(positionals[0]!);
  const entries = fixtures.map((f) => ({
    name: f.name,
    golden: f.golden,
    result: values.results ? readResult(values.results, f.name) : extract({ id: f.name, text: f.raw }),
  }));
  const corpus = scoreCorpus(entries);

  if (values.json) io.stdout(`${JSON.stringify(corpus, null, 2)}\n`);
  else {
    for (const f of corpus.fixtures) {
      io.stdout(`${formatFixtureScores(f.name, f.scores)}\n`);
      if (values.diff) io.stdout(`${formatDiff(f.name, f.scores)}\n`);
    }
    io.stdout(formatCorpusScores(corpus));
  }
  if (values['save-baseline']) writeFileSync(values['save-baseline'], `${JSON.stringify(baselineOf(corpus), null, 2)}\n`);

  const failures = [...belowMinimum(corpus, minF1), ...regressions(corpus, baseline)];
  for (const failure of failures) io.stderr(`newsfacts eval: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

export function baselineOf(corpus: CorpusScores): Baseline {
  return {
    version: 1,
    fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, round(corpus.fields[f].micro.relaxed.f1)])),
    fixtures: Object.fromEntries(
      corpus.fixtures.map((x) => [x.name, Object.fromEntries(FIELD_NAMES.map((f) => [f, round(x.scores[f].relaxed.f1)]))]),
    ),
  };
}

function belowMinimum(corpus: CorpusScores, minF1: number | undefined): string[] {
  if (minF1 === undefined) return [];
  return FIELD_NAMES.filter((f) => corpus.fields[f].micro.expected > 0 && corpus.fields[f].micro.relaxed.f1 < minF1).map(
    (f) => `${f}: F1 ${round(corpus.fields[f].micro.relaxed.f1)} is below --min-f1 ${minF1}`,
  );
}

function regressions(corpus: CorpusScores, baseline: Baseline | undefined): string[] {
  if (!baseline) return [];
  const fell = (now: number, before: number) => now < before - TOLERANCE;
  const known = (f: string): f is FieldName => (FIELD_NAMES as readonly string[]).includes(f);
  const failures = Object.entries(baseline.fields)
    .filter(([f, before]) => known(f) && fell(corpus.fields[f].micro.relaxed.f1, before))
    .map(([f, before]) => `${f}: F1 fell from ${before} to ${round(corpus.fields[f as FieldName].micro.relaxed.f1)} (baseline)`);
  for (const fixture of corpus.fixtures) {
    for (const [f, before] of Object.entries(baseline.fixtures?.[fixture.name] ?? {})) {
      if (known(f) && fell(fixture.scores[f].relaxed.f1, before)) {
        failures.push(`${fixture.name} ${f}: F1 fell from ${before} to ${round(fixture.scores[f].relaxed.f1)} (baseline)`);
      }
    }
  }
  return failures;
}

function readBaseline(path: string): Baseline {
  if (!existsSync(path)) throw new UsageError(`no such baseline file: ${path}`);
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
    if (json.version !== 1 || typeof json.fields !== 'object') throw new Error('expected { "version": 1, "fields": { ... } }');
    return json;
  } catch (error) {
    throw new UsageError(`${path} is not a baseline: ${(error as Error).message}`);
  }
}

function readResult(dir: string, name: string): ExtractionResult {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) throw new UsageError(`--results: no result ${path} for fixture ${name}`);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(readFileSync(path), path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ExtractionResultSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new UsageError(`${path} is not an ExtractionResult (${problems.join('; ')})`);
  }
  return parsed.data;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
