import { describe, it } from 'vitest';
import { expectQuantity, type QuantityCase } from './expect-quantity.js';

const cases: QuantityCase[] = [
  // money: signs, words, magnitudes
  ['The deal was worth $3.1 billion.', '$3.1 billion', 3100000000, 'USD', 'exact', 'money'],
  ['The company paid 5 million euros in fines.', '5 million euros', 5000000, 'EUR', 'exact', 'money'],
  ['It cost £1.2bn to build.', '£1.2bn', 1200000000, 'GBP', 'exact', 'money'],
  ['Shareholders will receive $38.50 a share.', '$38.50', 38.5, 'USD', 'exact', 'money'],
  ['The UK pledged an initial £5 million in aid.', '£5 million', 5000000, 'GBP', 'exact', 'money'],
  ['Washington promised US$4bn in aid.', 'US$4bn', 4000000000, 'USD', 'exact', 'money'],
  ['Fines of more than €1,000 were imposed.', 'more than €1,000', 1000, 'EUR', 'more-than', 'money'],
  ['The fund was topped up by 300 million euros.', '300 million euros', 300000000, 'EUR', 'exact', 'money', { direction: 'up' }],
  ['The cash portion, about $2.8 billion, comes from the balance sheet.', 'about $2.8 billion', 2800000000, 'USD', 'about', 'money'],
  ['The shares were up about 5%, near $156.', 'near $156', 156, 'USD', 'about', 'money'],
  ['It had annual sales of less than $600 million.', 'less than $600 million', 600000000, 'USD', 'less-than', 'money'],
  ['The airline, which lost $260 million last year, needed a partner.', '$260 million', 260000000, 'USD', 'exact', 'money'],
  ['Revenue will be $18 billion to $19 billion.', '$18 billion to $19 billion', 18000000000, 'USD', 'exact', 'money', { min: 18000000000, max: 19000000000 }],
  ['It cost between $2 and $3 billion.', 'between $2 and $3 billion', 2000000000, 'USD', 'exact', 'money', { min: 2000000000, max: 3000000000 }],
  ['Villagers earn 200,000 roubles a year.', '200,000 roubles', 200000, 'RUB', 'exact', 'money'],
  ['Oil rose $2 to $85.40 a barrel.', '$2', 2, 'USD', 'exact', 'money', { direction: 'up' }],
  ['Oil rose $2 to $85.40 a barrel.', '$85.40', 85.4, 'USD', 'exact', 'money'],
  ['It will cost $3-4bn.', '$3-4bn', 3000000000, 'USD', 'exact', 'money', { min: 3000000000, max: 4000000000 }],
  ['A sum of 2 billion won was paid.', '2 billion won', 2000000000, 'KRW', 'exact', 'money'],
  // percentages
  ['The Fed held rates at 5.25%-5.5% again.', '5.25%-5.5%', 5.25, 'percent', 'exact', 'percent', { min: 5.25, max: 5.5 }],
  ['Sales climbed 31% to $9.8 billion.', '31%', 31, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['Sales climbed 31% to $9.8 billion.', '$9.8 billion', 9800000000, 'USD', 'exact', 'money'],
  ['Trump led the popular vote 50.3% to 47.7%.', '47.7%', 47.7, 'percent', 'exact', 'percent'],
  ['Revenue rose 4.2% from a year earlier.', '4.2%', 4.2, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['Exports jumped 12 percent.', '12 percent', 12, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['Inflation hit 10.1 per cent.', '10.1 per cent', 10.1, 'percent', 'exact', 'percent'],
  ['Unemployment rose to 5.1%.', '5.1%', 5.1, 'percent', 'exact', 'percent'],
  ['Roughly 40% of the grid is down.', 'Roughly 40%', 40, 'percent', 'about', 'percent'],
  ['China made up just over 11% of revenue.', 'just over 11%', 11, 'percent', 'more-than', 'percent'],
  ['The stock closed down 2.3% at $148.62.', '2.3%', 2.3, 'percent', 'exact', 'percent', { direction: 'down' }],
  ['The shares then jumped as much as 7% after hours.', 'as much as 7%', 7, 'percent', 'up-to', 'percent', { direction: 'up' }],
  ['It added to a gain of nearly 40% this year.', 'nearly 40%', 40, 'percent', 'nearly', 'percent', { direction: 'up' }],
  ['Spending should rise by up to 15%.', 'up to 15%', 15, 'percent', 'up-to', 'percent', { direction: 'up' }],
  ['They saw a 4.2% rise in prices.', '4.2%', 4.2, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['The economy grew at an annualised rate of 3.3% last quarter.', '3.3%', 3.3, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['Turnout was 18 to 25 percent.', '18 to 25 percent', 18, 'percent', 'exact', 'percent', { min: 18, max: 25 }],
  ['Prices rose 3-4 percent.', '3-4 percent', 3, 'percent', 'exact', 'percent', { min: 3, max: 4, direction: 'up' }],
  ['The rate stays at 5.25% to 5.5%.', '5.25% to 5.5%', 5.25, 'percent', 'exact', 'percent', { min: 5.25, max: 5.5 }],
  // points
  ['Gross margin slipped to 49.5%, down 3 points from a year ago.', '3 points', 3, 'point', 'exact', 'percent', { direction: 'down' }],
  ['Their share dropped 19.9 points to 23.7%.', '19.9 points', 19.9, 'point', 'exact', 'percent', { direction: 'down' }],
  ['The Dow jumped more than 1,500 points, or 3.6%, its best day.', 'more than 1,500 points', 1500, 'point', 'more-than', 'measure', { direction: 'up' }],
  ['The Dow jumped more than 1,500 points, or 3.6%, its best day.', '3.6%', 3.6, 'percent', 'exact', 'percent', { direction: 'up' }],
  ['Bond yields dropped 12 basis points.', '12 basis points', 12, 'basis point', 'exact', 'measure', { direction: 'down' }],
  ['Markets price about 130 basis points of cuts by December.', 'about 130 basis points', 130, 'basis point', 'about', 'measure', { direction: 'down' }],
];

describe('quantities: money and percentages', () => {
  it.each(cases)('%s -> %s', (...c) => expectQuantity(c as QuantityCase));
});
