import type { ExtractionResult } from '../schema/index.js';
import type { Golden } from './golden.js';
import { prf, type Prf } from './prf.js';
import { FIELD_NAMES, scoreResult, type FieldName, type FixtureScores } from './score.js';

export interface CorpusEntry {
  name: string;
  result: ExtractionResult;
  golden: Golden;
}

export interface CorpusFieldScore {
  /** Counts summed over fixtures, then P/R/F1 (each fact weighs the same). */
  micro: { strict: Prf; relaxed: Prf; expected: number; predicted: number };
  /** Mean of the per-fixture relaxed F1 over fixtures that have facts of this field (each article weighs the same). */
  macroF1: number | null;
  /** Each accuracy averaged over all matched facts of all fixtures. */
  accuracy: Record<string, number | null>;
}

export interface CorpusScores {
  fixtures: { name: string; scores: FixtureScores }[];
  fields: Record<FieldName, CorpusFieldScore>;
}

export function scoreCorpus(entries: readonly CorpusEntry[]): CorpusScores {
  const fixtures = entries.map((e) => ({ name: e.name, scores: scoreResult(e.result, e.golden) }));
  const fields = {} as Record<FieldName, CorpusFieldScore>;
  for (const field of FIELD_NAMES) {
    const all = fixtures.map((f) => f.scores[field]);
    const sum = (pick: (s: (typeof all)[number]) => number) => all.reduce((n, s) => n + pick(s), 0);
    const expected = sum((s) => s.expected);
    const predicted = sum((s) => s.predicted);
    const withFacts = all.filter((s) => s.expected + s.predicted > 0);
    const accuracy: Record<string, number | null> = {};
    for (const name of Object.keys(all[0]?.accuracy ?? {})) {
      // Weighted by matches: an accuracy over 20 matched facts counts 20 times one over a single match.
      let weight = 0;
      let total = 0;
      for (const s of all) {
        const value = s.accuracy[name];
        if (value == null) continue;
        weight += s.relaxed.matched;
        total += value * s.relaxed.matched;
      }
      accuracy[name] = weight === 0 ? null : total / weight;
    }
    fields[field] = {
      micro: {
        strict: prf(sum((s) => s.strict.matched), predicted, expected),
        relaxed: prf(sum((s) => s.relaxed.matched), predicted, expected),
        expected,
        predicted,
      },
      macroF1: withFacts.length === 0 ? null : withFacts.reduce((n, s) => n + s.relaxed.f1, 0) / withFacts.length,
      accuracy,
    };
  }
  return { fixtures, fields };
}
