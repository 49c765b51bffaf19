import { describe, expect, it } from 'vitest';
import { createPipeline, defaultStages, extract, type Stage } from '../../src/index.js';

const text = 'date 2025-06-02 Russia fired drones at Ukraine on Sunday.';

describe('extract', () => {
  it('reads the header, strips it from the text and keeps the date', () => {
    const result = extract(text);
    expect(result.article.publishedAt).toBe('2025-06-02');
    expect(result.article.text).toBe('Russia fired drones at Ukraine on Sunday.');
    expect(result.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('takes an object; publishedAt there wins over nothing, the option wins over both', () => {
    expect(extract({ id: 'x1', text: 'Plain.', publishedAt: '2024-01-05' }).article).toMatchObject({ id: 'x1', publishedAt: '2024-01-05' });
    expect(extract({ text: 'date 2025-06-02 Plain.' }).article.publishedAt).toBe('2025-06-02');
    expect(extract(text, { publishedAt: '2020-02-02' }).article.publishedAt).toBe('2020-02-02');
  });

  it('gives a text without id a stable id', () => {
    expect(extract('Same text.').article.id).toBe(extract('Same text.').article.id);
    expect(extract('Same text.').article.id).not.toBe(extract('Other text.').article.id);
  });

  it('tokens are opt-in', () => {
    expect(extract(text).tokens).toBeUndefined();
    const tokens = extract(text, { tokens: true }).tokens!;
    expect(tokens.map((t) => t.text).slice(0, 3)).toEqual(['Russia', 'fired', 'drones']);
    expect(tokens[1]?.tags).toContain('PastTense');
  });

  it('normalises Windows line endings and a byte-order mark before any offset is taken', () => {
    const result = extract('\uFEFFdate 2025-06-02\r\nFirst.\r\n\r\nSecond.');
    expect(result.article.text).toBe('First.\n\nSecond.');
    expect(result.sentences.map((s) => [s.text, s.paragraph])).toEqual([['First.', 0], ['Second.', 1]]);
  });
});

describe('createPipeline', () => {
  const marker: Stage = {
    name: 'marker',
    run: (document, facts) => ({
      ...facts,
      diagnostics: [...facts.diagnostics, { code: 'marker/seen', severity: 'info', message: `${document.sentences.length} sentences` }],
    }),
  };

  it('runs custom stages after the defaults, on the same document', () => {
    const result = createPipeline({ stages: [...defaultStages, marker] }).extract(text);
    expect(result.diagnostics).toContainEqual({ code: 'marker/seen', severity: 'info', message: '1 sentences' });
  });

  it('a stage that throws costs its own facts, not the article', () => {
    const broken: Stage = { name: 'broken', run: () => { throw new Error('boom'); } };
    const result = createPipeline({ stages: [broken, marker] }).extract(text);
    expect(result.diagnostics.map((d) => [d.code, d.stage])).toContainEqual(['pipeline/stage-failed', 'broken']);
    expect(result.diagnostics.find((d) => d.code === 'pipeline/stage-failed')?.message).toMatch(/boom/);
    expect(result.diagnostics.map((d) => d.code)).toContain('marker/seen');
  });

  it('refuses something that is not a stage, saying what a stage is', () => {
    expect(() => createPipeline({ stages: [{ name: 'x' } as never] })).toThrow(/\{ name: string, run\(document, facts\) \}/);
  });

  it('keeps its own copy of the stage list', () => {
    const stages = [marker];
    const pipeline = createPipeline({ stages });
    stages.push(marker);
    expect(pipeline.stages).toHaveLength(1);
  });
});
