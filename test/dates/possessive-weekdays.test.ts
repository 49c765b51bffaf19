import { describe, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

/**
 * A weekday in a possessive dates the noun after it; the verbs of a clause after that noun do not govern it.
 * Published Thursday 2024-05-30.
 */
const POSSESSIVE: DateCase[] = [
  ["The party was heading for its worst result, with partial returns from Wednesday's general election showing it set to lose its majority.", '2024-05-30', 'Wednesday', '2024-05-29', 'date'],
  ["Counting from Tuesday's vote continued, leaving the governor likely to concede.", '2024-05-30', 'Tuesday', '2024-05-28', 'date'],
  // The verb before the possessive still looks ahead where it does.
  ["Both candidates will campaign hard before Sunday's vote.", '2024-05-30', 'Sunday', '2024-06-02', 'date'],
];

describe('weekdays in a possessive', () => {
  it.each(POSSESSIVE)('%s', (...c) => {
    expectDateCase(c as DateCase);
  });
});
