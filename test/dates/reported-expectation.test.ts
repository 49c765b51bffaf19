import { describe, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

/** Reported speech shifts "are expected" to "were expected"; the expectation still looks ahead. Published Thursday. */
const REPORTED: DateCase[] = [
  ['The commission said final results were expected at the weekend.', '2024-05-30', 'the weekend', '2024-W22-WE', 'date'],
  ['Officials told reporters the ruling was expected on Monday.', '2024-05-30', 'Monday', '2024-06-03', 'date'],
  // Without a verb of saying, a past expectation is the writer's own past.
  ['The ruling was expected on Monday but came a day late.', '2024-05-30', 'Monday', '2024-05-27', 'date'],
];

describe('expectations in reported speech', () => {
  it.each(REPORTED)('%s', (...c) => {
    expectDateCase(c as DateCase);
  });
});
