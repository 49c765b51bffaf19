// Regression-testing your own extractor with the newsfacts harness:
//   npx vitest run examples/regression-harness
// The same results can be scored from the command line: write each result to DIR/NAME.json, then
//   newsfacts eval fixtures --results DIR --baseline baseline.json
import 'newsfacts/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEEKDAY, weekdayExtractor } from './weekday-extractor.mjs';

const fixture = (name) => new URL(`../../fixtures/${name}`, import.meta.url);
const text = readFileSync(fixture('2025-06-02-istanbul-talks.txt'), 'utf8');
const golden = JSON.parse(readFileSync(fixture('2025-06-02-istanbul-talks.golden.json'), 'utf8'));
const result = weekdayExtractor.extract(text);

describe('my weekday extractor', () => {
  it('resolves a past-tense weekday to the day before publication', () => {
    expect(result).toContainDate('Sunday', '2025-06-01');
  });

  it('matches every weekday date of the golden file, and invents none', () => {
    // Score only what this extractor claims to do: the golden's weekday dates.
    const weekdays = { ...golden, dates: golden.dates.filter((d) => new RegExp(`^${WEEKDAY.source}$`).test(d.text)) };
    expect(result).toMatchGolden(weekdays, { fields: ['dates'], minF1: 1 });
  });

  it('is far from the full golden file, and the harness says so', () => {
    expect(() => expect(result).toMatchGolden(golden, { fields: ['dates'], minF1: 0.9 })).toThrow(/below: dates/);
  });
});
