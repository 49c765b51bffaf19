import { describe, expect, it } from 'vitest';
import { createPipeline, type Facts, type Stage } from '../../src/index.js';

const text = 'date 2025-06-02 Russia fired 472 drones at Ukraine on Sunday.';
const body = 'Russia fired 472 drones at Ukraine on Sunday.';

/** A stage that adds whatever facts a test hands it, as a faulty extractor would. */
const adding = (add: Partial<Facts>): Stage => ({
  name: 'faulty',
  run: (_d, facts) => ({
    ...facts,
    dates: [...facts.dates, ...(add.dates ?? [])],
    quantities: [...facts.quantities, ...(add.quantities ?? [])],
    actors: [...facts.actors, ...(add.actors ?? [])],
    events: [...facts.events, ...(add.events ?? [])],
  }),
});

const date = (start: number, end: number, textOf: string) => ({
  id: 'd1', text: textOf, start, end, sentence: 0, kind: 'date' as const, value: '2025-06-01', anchor: 'publication' as const,
});

describe('validate drops facts that break the contract and says so', () => {
  it('keeps a fact whose span is right', () => {
    const start = body.indexOf('Sunday');
    const result = createPipeline({ stages: [adding({ dates: [date(start, start + 6, 'Sunday')] })] }).extract(text);
    expect(result.dates).toHaveLength(1);
    expect(result.diagnostics.filter((d) => d.stage === 'validate')).toEqual([]);
  });

  const broken: [label: string, add: Partial<Facts>, code: string, message: RegExp][] = [
    ['a span off by one', { dates: [date(body.indexOf('Sunday') + 1, body.indexOf('Sunday') + 7, 'Sunday')] }, 'validate/span-mismatch', /is "unday\."/],
    ['a span past the end', { dates: [date(40, 400, 'Sunday')] }, 'validate/span-mismatch', /outside the text/],
    ['an unknown date kind', { dates: [{ ...date(38, 44, 'Sunday'), kind: 'weekday' as never }] }, 'validate/invalid-fact', /kind/],
    ['a quantity without a number', { quantities: [{ id: 'q1', text: '472', start: 13, end: 16, sentence: 0, value: 'many' as never, modifier: 'exact', unit: 'drone', kind: 'count' }] }, 'validate/invalid-fact', /value/],
    ['an actor mention that points elsewhere', { actors: [{ id: 'a1', name: 'Russia', kind: 'country', titles: [], aliases: [], credit: false, mentions: [{ start: 1, end: 7, text: 'Russia', sentence: 0 }] }] }, 'validate/span-mismatch', /mention 0/],
    ['a country code that is not ISO', { actors: [{ id: 'a1', name: 'Russia', kind: 'country', country: 'RUS', titles: [], aliases: [], credit: false, mentions: [{ start: 0, end: 6, text: 'Russia', sentence: 0 }] }] }, 'validate/invalid-fact', /alpha-2/],
  ];
  it.each(broken)('%s', (_label, add, code, message) => {
    const result = createPipeline({ stages: [adding(add)] }).extract(text);
    expect(result.dates.length + result.quantities.length + result.actors.length).toBe(0);
    const diagnostic = result.diagnostics.find((d) => d.code === code);
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(message);
  });

  it('removes event references to facts that are not there', () => {
    const event = {
      id: 'e1', type: 'ASSAULT' as const, text: 'fired', start: 7, end: 12, sentence: 0, date: null,
      participants: [{ actor: 'a9', role: 'source' as const }], location: 'l9', quantities: ['q9'],
    };
    const result = createPipeline({ stages: [adding({ events: [event] })] }).extract(text);
    expect(result.events[0]).toMatchObject({ participants: [], location: null, quantities: [] });
    expect(result.diagnostics.filter((d) => d.code === 'validate/dangling-reference')).toHaveLength(3);
  });
});
