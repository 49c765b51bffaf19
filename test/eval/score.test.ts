import { describe, expect, it } from 'vitest';
import { GoldenSchema, scoreResult, type ExtractionResult, type GoldenInput } from '../../src/index.js';
import { sameDateValue } from '../../src/eval/score.js';
import { scoreCorpus } from '../../src/eval/corpus.js';

const text = 'Russia fired 472 drones at Ukraine on Sunday. Mr Zelensky met Nato leaders in Vilnius on Monday.';
const span = (t: string, occurrence = 1) => {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(t, at + 1);
  return { start: at, end: at + t.length, text: t };
};

function resultWith(facts: Partial<ExtractionResult>): ExtractionResult {
  return {
    schemaVersion: '1.0.0',
    article: { id: 't', publishedAt: '2025-06-02', text },
    sentences: [
      { index: 0, start: 0, end: 45, text: text.slice(0, 45), paragraph: 0, caption: false },
      { index: 1, start: 46, end: text.length, text: text.slice(46), paragraph: 0, caption: false },
    ],
    dates: [], quantities: [], actors: [], locations: [], events: [], diagnostics: [],
    ...facts,
  };
}
const date = (t: string, value: string, id = 'd1') => ({ id, ...span(t), sentence: 0, kind: 'date' as const, value, anchor: 'publication' as const });
const golden = (g: Partial<GoldenInput>) => GoldenSchema.parse({ article: { publishedAt: '2025-06-02' }, dates: [], quantities: [], actors: [], locations: [], events: [], ...g });

describe('scoreResult: precision and recall on known pairs', () => {
  it('empty against empty is perfect, with nothing to judge', () => {
    const s = scoreResult(resultWith({}), golden({})).dates;
    expect(s.relaxed).toEqual({ precision: 1, recall: 1, f1: 1, matched: 0 });
    expect(s.accuracy.value).toBeNull();
  });

  it('nothing predicted against two golden dates: recall 0, precision 0', () => {
    const s = scoreResult(resultWith({}), golden({ dates: [{ text: 'Sunday', kind: 'date', value: '2025-06-01' }, { text: 'Monday', kind: 'date', value: '2025-06-02' }] })).dates;
    expect(s.relaxed).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(s.diff.map((d) => [d.change, d.fact])).toEqual([['missing', 'Sunday = 2025-06-01'], ['missing', 'Monday = 2025-06-02']]);
  });

  it('a perfect result', () => {
    const s = scoreResult(resultWith({ dates: [date('Sunday', '2025-06-01')] }), golden({ dates: [{ text: 'Sunday', kind: 'date', value: '2025-06-01' }] })).dates;
    expect(s.strict).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(s.accuracy.value).toBe(1);
    expect(s.diff).toEqual([]);
  });

  it('one right, one wrong value, one extra, one missing', () => {
    const result = resultWith({ dates: [date('Sunday', '2025-06-01', 'd1'), date('Monday', '2025-06-09', 'd2'), { ...date('472', '0472', 'd3') }] });
    const s = scoreResult(result, golden({
      dates: [
        { text: 'Sunday', kind: 'date', value: '2025-06-01' },
        { text: 'Monday', kind: 'date', value: '2025-06-02' },
        { text: 'Vilnius', kind: 'date', value: 'made-up' },
      ],
    })).dates;
    expect(s.relaxed).toMatchObject({ matched: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(s.accuracy.value).toBe(0.5);
    expect(s.diff.map((d) => d.change).sort()).toEqual(['extra', 'missing', 'wrong']);
    expect(s.diff.find((d) => d.change === 'wrong')).toMatchObject({ fact: 'Monday = 2025-06-02', got: 'Monday = 2025-06-09', sentence: text.slice(46) });
  });

  it('strict needs the exact span, relaxed takes an overlap', () => {
    const s = scoreResult(resultWith({ dates: [{ ...date('Sunday', '2025-06-01'), ...span('on Sunday') }] }), golden({ dates: [{ text: 'Sunday', kind: 'date', value: '2025-06-01' }] })).dates;
    expect(s.strict.recall).toBe(0);
    expect(s.relaxed.recall).toBe(1);
  });

  it('actors match through aliases and are scored per kind, with title and alias accuracy', () => {
    const mention = (t: string) => ({ ...span(t), sentence: 1 });
    const result = resultWith({
      actors: [
        { id: 'a1', name: 'Zelensky', kind: 'person', titles: [], aliases: ['Mr Zelensky'], credit: false, mentions: [mention('Mr Zelensky')] },
        { id: 'a2', name: 'Nato', kind: 'group', titles: [], aliases: [], credit: false, mentions: [mention('Nato')] },
      ],
    });
    const scores = scoreResult(result, golden({
      actors: [
        { name: 'Volodymyr Zelensky', kind: 'person', titles: ['Ukrainian President'], aliases: ['Mr Zelensky', 'Zelensky'] },
        { name: 'Nato', kind: 'organization' },
      ],
    }));
    expect(scores.actors.strict.matched).toBe(1);
    expect(scores.actors.relaxed.matched).toBe(2);
    expect(scores.actors.accuracy).toMatchObject({ kind: 0.5, titles: 0.5, aliases: 0.5 });
    expect(scores['actors.person'].relaxed).toMatchObject({ precision: 1, recall: 1 });
    expect(scores['actors.organization'].relaxed).toMatchObject({ recall: 0 });
  });

  it('events match on type and trigger; arguments are checked against the matched facts', () => {
    const mention = (t: string, sentence = 0) => ({ ...span(t), sentence });
    const result = resultWith({
      actors: [
        { id: 'a1', name: 'Russia', kind: 'country', titles: [], aliases: [], credit: false, mentions: [mention('Russia')] },
        { id: 'a2', name: 'Ukraine', kind: 'country', titles: [], aliases: [], credit: false, mentions: [mention('Ukraine')] },
      ],
      quantities: [{ id: 'q1', ...span('472'), sentence: 0, value: 472, modifier: 'exact', unit: 'drone', kind: 'count' }],
      events: [
        { id: 'e1', type: 'ASSAULT', ...span('fired'), sentence: 0, date: '2025-06-01', participants: [{ actor: 'a1', role: 'source' }, { actor: 'a2', role: 'source' }], location: null, quantities: ['q1'] },
        { id: 'e2', type: 'CONSULT', ...span('met'), sentence: 1, date: null, participants: [], location: null, quantities: [] },
      ],
    });
    const scores = scoreResult(result, golden({
      quantities: [{ text: '472', value: 472, unit: 'drone', modifier: 'exact', kind: 'count' }],
      actors: [{ name: 'Russia', kind: 'country' }, { name: 'Ukraine', kind: 'country' }],
      events: [
        { type: 'ASSAULT', text: 'fired', date: '2025-06-01', participants: [{ actor: 'Russia', role: 'source' }, { actor: 'Ukraine', role: 'target' }], quantities: ['472'] },
        { type: 'AGREE', text: 'met' },
      ],
    }));
    expect(scores.events.relaxed).toMatchObject({ matched: 1, precision: 0.5, recall: 0.5 });
    // Russia source right, Ukraine target wrong (said source), date right, location null right, 472 right: 4 of 5.
    expect(scores.events.accuracy.arguments).toBe(0.8);
  });
});

describe('scoreCorpus', () => {
  it('micro sums counts; macro averages fixture F1', () => {
    const g = golden({ dates: [{ text: 'Sunday', kind: 'date', value: '2025-06-01' }, { text: 'Monday', kind: 'date', value: '2025-06-02' }] });
    const corpus = scoreCorpus([
      { name: 'perfect', result: resultWith({ dates: [date('Sunday', '2025-06-01'), date('Monday', '2025-06-02', 'd2')] }), golden: g },
      { name: 'empty', result: resultWith({}), golden: g },
    ]);
    expect(corpus.fields.dates.micro.relaxed).toMatchObject({ precision: 1, recall: 0.5 });
    expect(corpus.fields.dates.macroF1).toBe(0.5);
    expect(corpus.fields.dates.accuracy.value).toBe(1);
  });
});

describe('sameDateValue: date values compared by what they mean', () => {
  const cases: [gold: string, predicted: string, same: boolean][] = [
    ['2025-06-01', '2025-06-01', true],
    ['P6Y6M', 'P78M', true],
    ['P18M', 'P1Y6M', true],
    ['P2Y', 'P24M', true],
    ['P3Y', 'P3M', false],
    ['P1W', 'P7D', false],
    ['2025-06', 'P2025M', false],
    ['PT90M', 'PT1H30M', false],
  ];
  it.each(cases)('%s vs %s: %s', (gold, predicted, same) => {
    expect(sameDateValue(gold, predicted)).toBe(same);
  });
});
