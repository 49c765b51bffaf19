import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';

describe('an article without a publication date', () => {
  it('keeps dates the text fixes and reports the ones it cannot resolve', () => {
    const { dates, diagnostics } = datesOf('The attack on Sunday lasted a week and followed the 2022 vote on 12 March 2024, he said last year.', null);
    expect(dates.map((d) => [d.text, d.value, d.kind])).toEqual([
      ['a week', 'P1W', 'duration'],
      ['2022', '2022', 'date'],
      ['12 March 2024', '2024-03-12', 'date'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([
      ['dates/unresolved', 'info', 14, 20],
      ['dates/unresolved', 'info', 88, 97],
    ]);
  });
});
