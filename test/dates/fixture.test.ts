import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';
import { DateFactSchema } from '../../src/schema/index.js';
import { spanProblems } from '../../src/validate/spans.js';

const raw = readFileSync(new URL('../../fixtures/2025-06-02-istanbul-talks.txt', import.meta.url), 'utf8');
const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
const { document, dates } = datesOf(raw.slice(header[0].length), header[1]!);

describe('the Istanbul talks article', () => {
  it('finds no false dates', () => {
    const texts = dates.map((d) => d.text);
    for (const word of ['second', 'first', '6,000', '4,300', '2,500', '620', '472', '1,000', '339', 'third']) {
      expect(texts.filter((t) => t.includes(word)), word).toEqual([]);
    }
  });

  it('resolves the past-tense weekdays to the days before publication', () => {
    const weekdays = dates.filter((d) => /^(Sunday|Monday)$/.test(d.text)).map((d) => [d.text, d.value]);
    expect(weekdays).toEqual([
      ['Sunday', '2025-06-01'], ['Sunday', '2025-06-01'], ['Monday', '2025-06-02'], ['Monday', '2025-06-02'],
      ['Sunday', '2025-06-01'], ['Monday', '2025-06-02'],
    ]);
  });

  it('keeps every span true to the text, so validation drops nothing', () => {
    for (const d of dates) {
      expect(DateFactSchema.safeParse(d).success).toBe(true);
      expect(spanProblems(document.text, d)).toEqual([]);
    }
    expect(dates.map((d) => d.id)).toEqual(dates.map((_, i) => `d${i + 1}`));
  });
});
