import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.js';
import { extract, type ExtractionResult, type Stage, createPipeline } from '../../src/index.js';

const text = 'date 2025-06-02 Russia fired 472 drones at Ukraine on Sunday.';
const body = text.slice('date 2025-06-02 '.length);
const at = (t: string) => ({ start: body.indexOf(t), end: body.indexOf(t) + t.length, text: t, sentence: 0 });

/** Facts fixed by hand, so the matchers are tested apart from the extractors. */
const known: Stage = {
  name: 'known',
  run: (_d, facts) => ({
    ...facts,
    dates: [{ id: 'd1', ...at('Sunday'), kind: 'date', value: '2025-06-01', anchor: 'publication' }],
    quantities: [{ id: 'q1', ...at('472'), value: 472, modifier: 'exact', unit: 'drone', kind: 'count' }],
    actors: [
      { id: 'a1', name: 'Russia', kind: 'country', country: 'RU', titles: [], aliases: ['Moscow'], credit: false, mentions: [at('Russia')] },
      { id: 'a2', name: 'Ukraine', kind: 'country', country: 'UA', titles: [], aliases: [], credit: false, mentions: [at('Ukraine')] },
    ],
    events: [{ id: 'e1', type: 'ASSAULT', ...at('fired'), date: '2025-06-01', participants: [{ actor: 'a1', role: 'source' }, { actor: 'a2', role: 'target' }], location: null, quantities: ['q1'] }],
  }),
};
const result: ExtractionResult = createPipeline({ stages: [known] }).extract(text);

const golden = {
  article: { publishedAt: '2025-06-02' },
  dates: [{ text: 'Sunday', kind: 'date' as const, value: '2025-06-01' }],
  quantities: [{ text: '472', value: 472, unit: 'drone', modifier: 'exact' as const, kind: 'count' as const }],
  actors: [{ name: 'Russia', kind: 'country' as const }, { name: 'Ukraine', kind: 'country' as const }],
  locations: [],
  events: [{ type: 'ASSAULT' as const, text: 'fired', date: '2025-06-01', participants: [{ actor: 'Russia', role: 'source' as const }] }],
};

describe('newsfacts/vitest matchers pass where they should', () => {
  it('toMatchGolden', () => expect(result).toMatchGolden(golden));
  it('toContainDate', () => expect(result).toContainDate('Sunday', '2025-06-01'));
  it('toContainQuantity', () => expect(result).toContainQuantity('472', { value: 472, unit: 'drone' }));
  it('toContainActor by alias, with kind', () => expect(result).toContainActor('Moscow', { kind: 'country', country: 'RU' }));
  it('toContainEvent', () => expect(result).toContainEvent({ type: 'ASSAULT', date: '2025-06-01', participants: ['Russia', 'Ukraine'] }));
  it('.not inverts', () => expect(result).not.toContainDate('Monday'));
});

describe('newsfacts/vitest matchers fail where they should, showing what was found', () => {
  const cases: [label: string, run: () => void, message: RegExp][] = [
    ['a missing golden date', () => expect(result).toMatchGolden({ ...golden, dates: [...golden.dates, { text: 'drones', kind: 'date', value: 'x' }] }), /below: dates[\s\S]*- dates +drones = x/],
    ['a wrong date value', () => expect(result).toContainDate('Sunday', '2025-06-08'), /"Sunday" = 2025-06-01 \(date\)/],
    ['a wrong unit', () => expect(result).toContainQuantity('472', { unit: 'missile' }), /"472" = 472 drone/],
    ['a wrong actor kind', () => expect(result).toContainActor('Russia', { kind: 'person' }), /Russia \(country, RU\)/],
    ['a missing title', () => expect(result).toContainActor('Russia', { titles: ['President'] }), /titles: -/],
    ['a wrong event type', () => expect(result).toContainEvent({ type: 'CONSULT' }), /ASSAULT "fired" 2025-06-01 \[Russia:source, Ukraine:target\]/],
  ];
  it.each(cases)('%s', (_label, run, message) => {
    expect(run).toThrow(message);
  });

  it('toMatchGolden with minF1 lets a partial result through', () => {
    const partial = { ...golden, dates: [...golden.dates, { text: 'drones', kind: 'date' as const, value: 'x' }] };
    expect(result).toMatchGolden(partial, { minF1: 0.6 });
    expect(() => expect(result).toMatchGolden(partial, { minF1: 0.7 })).toThrow(/below: dates/);
  });

  it('runs on a real extraction too', () => {
    expect(extract(text)).toContainDate('Sunday', '2025-06-01');
  });
});
