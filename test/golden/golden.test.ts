import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreCorpus } from '../../src/eval/corpus.js';
import { formatCorpusScores, formatFixtureScores } from '../../src/eval/format.js';
import { checkGolden } from '../../src/eval/golden-check.js';
import { FIELD_NAMES, type FieldName } from '../../src/eval/score.js';
import { loadFixtures } from './fixtures.js';
import floors from './floors.json' with { type: 'json' };

const fixtures = loadFixtures().filter((f) => f.golden !== null);
const entries = fixtures.map((f) => ({ name: f.name, golden: f.golden!, result: extract({ id: f.name, text: f.raw }) }));

describe.each(entries)('golden fixture $name', ({ name, golden, result }) => {
  it('the golden file agrees with its article', () => {
    expect(checkGolden(result.article.text, golden)).toEqual([]);
    expect(result.article.publishedAt).toBe(golden.article.publishedAt);
  });

  it('finds exactly the annotated captions', () => {
    const captions = result.sentences.filter((s) => s.caption);
    const paragraphs = [...new Set(captions.map((s) => s.paragraph))].map((p) =>
      captions.filter((s) => s.paragraph === p).map((s) => s.text).join(' '),
    );
    expect(paragraphs).toEqual(golden.captions);
  });

  it('marks every annotated photo credit as a credit, never as a story actor', () => {
    const credits = golden.actors.filter((a) => a.credit);
    const found = result.actors.filter((a) => a.credit).map((a) => a.name);
    for (const c of credits) expect(found, `credit ${c.name}`).toContain(c.name);
    const creditSpans = result.sentences.flatMap((s) => (s.credit ? [s.credit] : []));
    for (const a of result.actors.filter((x) => !x.credit)) {
      for (const m of a.mentions) {
        expect(creditSpans.some((c) => m.start >= c.start && m.end <= c.end), `story actor ${a.name} inside a credit`).toBe(false);
      }
    }
  });
});

describe('scores on the golden corpus', () => {
  const corpus = scoreCorpus(entries);
  // Printed so a run shows where each field stands; the floors below make a drop fail.
  for (const f of corpus.fixtures) console.log(formatFixtureScores(f.name, f.scores));
  console.log(formatCorpusScores(corpus));

  /**
   * Relaxed F1 per fixture and field that the extractors have reached; raise them as they improve, never lower.
   * Per fixture, so adding a harder article adds floors of its own instead of lowering a corpus average.
   */
  const reached = floors as Record<string, Partial<Record<FieldName, number>>>;
  const cases = corpus.fixtures.flatMap((f) =>
    FIELD_NAMES.filter((field) => reached[f.name]?.[field] !== undefined).map((field) => [f.name, field, f.scores[field].relaxed.f1] as const),
  );
  it('every fixture has floors', () => {
    expect(Object.keys(reached).sort()).toEqual(corpus.fixtures.map((f) => f.name).sort());
  });
  it.each(cases)('%s %s F1 stays at or above its floor', (name, field, f1) => {
    expect(f1).toBeGreaterThanOrEqual(reached[name]![field]!);
  });
});

describe('README', () => {
  it('shows the current corpus scores (regenerate with `npm run readme:scores`)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- scores:start -->\n```text\n([\s\S]*?)```\n<!-- scores:end -->/.exec(readme);
    expect(block?.[1]).toBe(formatCorpusScores(scoreCorpus(entries)));
  });
});
