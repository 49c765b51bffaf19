import { describe, expect, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

const DURATIONS: DateCase[] = [
  ['Kyiv officials would need a week to review the document.', '2025-06-02', 'a week', 'P1W', 'duration'],
  ['The talks came after two weeks of shelling.', '2025-06-02', 'two weeks', 'P2W', 'duration'],
  ['The discussion lasted barely an hour.', '2025-06-02', 'barely an hour', 'PT1H', 'duration', 'less-than'],
  ['The raid took over a year and a half to prepare.', '2025-06-02', 'over a year and a half', 'P18M', 'duration', 'more-than'],
  ['There was no progress towards ending the three-year-old war.', '2025-06-02', 'three-year-old', 'P3Y', 'duration'],
  ['Prices doubled in six months.', '2025-06-02', 'six months', 'P6M', 'duration'],
  ['Storms are forecast over the next 24 hours.', '2025-06-02', 'the next 24 hours', 'PT24H', 'duration'],
  ['Rescuers searched for almost 30 hours.', '2025-06-02', 'almost 30 hours', 'PT30H', 'duration', 'less-than'],
  ['They met for a second round of talks in just over two weeks.', '2025-06-02', 'just over two weeks', 'P2W', 'duration', 'more-than'],
  ['Some towns waited more than a day for help.', '2023-02-08', 'more than a day', 'P1D', 'duration', 'more-than'],
  ['A three-month state of emergency was declared.', '2023-02-08', 'three-month', 'P3M', 'duration'],
  ['The siege lasted about 90 minutes.', '2025-06-02', 'about 90 minutes', 'PT90M', 'duration', 'approx'],
  ['The queue took half an hour.', '2025-06-02', 'half an hour', 'PT30M', 'duration'],
  ['He served two and a half years in prison.', '2025-06-02', 'two and a half years', 'P30M', 'duration'],
  ['A 30-day truce was agreed.', '2025-06-02', '30-day', 'P30D', 'duration'],
  ['The war has lasted more than a decade.', '2025-06-02', 'more than a decade', 'P10Y', 'duration', 'more-than'],
  ['Sales fell over the past two weeks.', '2025-06-02', 'the past two weeks', 'P2W', 'duration'],
  ['A second tremor hit about nine hours later.', '2023-02-08', 'about nine hours', 'PT9H', 'duration', 'approx'],
];

describe('durations', () => {
  it.each(DURATIONS)('%s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    expect(fact.anchor).toBe('absolute');
  });
});
