import { describe, expect, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

const RELATIVE: DateCase[] = [
  ['Inflation slowed last month.', '2025-06-02', 'last month', '2025-05', 'date'],
  ['Inflation slowed last year.', '2025-06-02', 'last year', '2024', 'date'],
  ['The ministry said earlier this week that talks were over.', '2025-06-04', 'earlier this week', '2025-W23', 'date'],
  ['Talks will resume next week.', '2025-06-02', 'next week', '2025-W24', 'date'],
  ['The bank cut rates last week.', '2025-06-02', 'last week', '2025-W22', 'date'],
  ['Elections are due next year.', '2025-06-02', 'next year', '2026', 'date'],
  ['Growth will slow this year.', '2025-06-02', 'this year', '2025', 'date'],
  ['The minister resigned yesterday.', '2025-06-02', 'yesterday', '2025-06-01', 'date'],
  ['The vote is today.', '2025-06-02', 'today', '2025-06-02', 'date'],
  ['The attack came two days ago.', '2025-06-02', 'two days ago', '2025-05-31', 'date'],
  ['Russian air defences downed 162 drones overnight.', '2025-06-02', 'overnight', '2025-06-01TNI', 'date'],
  ['Heavy rain is forecast overnight and will continue.', '2025-06-02', 'overnight', '2025-06-02TNI', 'date'],
  ['Sirens sounded last night.', '2025-06-02', 'last night', '2025-06-01TNI', 'date'],
  ['He spoke this morning.', '2025-06-02', 'this morning', '2025-06-02TMO', 'date'],
  ['Exports fell last summer.', '2025-06-02', 'last summer', '2024-SU', 'date'],
  ['The offensive is expected this summer.', '2025-06-02', 'this summer', '2025-SU', 'date'],
  ['The council meets every Monday.', '2025-06-02', 'every Monday', 'XXXX-WXX-1', 'set'],
  ['Reports are issued every week.', '2025-06-02', 'every week', 'P1W', 'set'],
];

describe('dates relative to publication', () => {
  it.each(RELATIVE)('%s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    if (fact.kind === 'date') expect(fact.anchor).toBe('publication');
  });
});
