import { describe, it } from 'vitest';
import { expectQuantity, type QuantityCase } from './expect-quantity.js';

/** Pence in pounds; dollar signs of other states; rate compounds ("370p-a-share"). Found by held-out set six. */
const cases: QuantityCase[] = [
  ['Shares closed 1.8% higher at 331p on Wednesday.', '331p', 3.31, 'GBP', 'exact', 'money'],
  ['The offer is made up of 360p in cash and a 10p dividend.', '10p', 0.1, 'GBP', 'exact', 'money'],
  ['The board backed the 370p-a-share offer.', '370p', 3.7, 'GBP', 'exact', 'money'],
  ['Petrol rose to $3-a-gallon in May.', '$3', 3, 'USD', 'exact', 'money'],
  ['The Cabinet would release NT$300 million in emergency funds.', 'NT$300 million', 300_000_000, 'TWD', 'exact', 'money'],
  ['The fund holds S$2 billion.', 'S$2 billion', 2_000_000_000, 'SGD', 'exact', 'money'],
  ['Fonterra paid NZ$8 a kilo.', 'NZ$8', 8, 'NZD', 'exact', 'money'],
];

describe('pence, other dollars and rate compounds', () => {
  it.each(cases)('%s', (...c) => {
    expectQuantity(c as QuantityCase);
  });
});
