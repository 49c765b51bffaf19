import { describe, expect, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

const MONTH_DAYS: DateCase[] = [
  ['The previous talks on May 16 in Istanbul were the first.', '2025-06-02', 'May 16', '2025-05-16', 'date'],
  ['The previous talks on 16 May in Istanbul were the first.', '2025-06-02', '16 May', '2025-05-16', 'date'],
  ['The election was held on November 5.', '2025-06-02', 'November 5', '2024-11-05', 'date'],
  ['The election was held on 5 November.', '2025-06-02', '5 November', '2024-11-05', 'date'],
  ['The election will be held on November 5.', '2025-06-02', 'November 5', '2025-11-05', 'date'],
  ['The vote will take place on 12 March.', '2025-06-02', '12 March', '2026-03-12', 'date'],
  ['The ceasefire began on March 12.', '2025-06-02', 'March 12', '2025-03-12', 'date'],
  ['The report is published on June 10.', '2025-06-02', 'June 10', '2025-06-10', 'date'],
  ['The treaty was signed on 12 March 2024.', '2025-06-02', '12 March 2024', '2024-03-12', 'date'],
  ['The treaty was signed on March 12, 2024.', '2025-06-02', 'March 12, 2024', '2024-03-12', 'date'],
  ['The accord was signed on 1st June.', '2025-06-02', '1st June', '2025-06-01', 'date'],
  ['Prices rose in January 2023.', '2025-06-02', 'January 2023', '2023-01', 'date'],
  ['Prices rose in March.', '2025-06-02', 'March', '2025-03', 'date'],
  ['Prices will rise in September.', '2025-06-02', 'September', '2025-09', 'date'],
  ['Troops withdrew in December.', '2025-06-02', 'December', '2024-12', 'date'],
  // A directive verb's infinitive looks ahead; the verb alone dates its own act.
  ['The senator urged voters to turn out in November.', '2024-07-02', 'November', '2024-11', 'date'],
  ['Union leaders asked members to ratify the deal in October.', '2024-09-16', 'October', '2024-10', 'date'],
  ['The governor urged calm in a televised address in March.', '2024-07-02', 'March', '2024-03', 'date'],
  // A plan in the past perfect has been overtaken: its date is past.
  ['The judge had scheduled the trial to begin on March 4, but it was put on hold.', '2024-07-02', 'March 4', '2024-03-04', 'date'],
  ['The judge scheduled the trial to begin on March 4.', '2024-07-02', 'March 4', '2025-03-04', 'date'],
];

const YEARS: DateCase[] = [
  ['The court issued an arrest warrant in 2023 for the president.', '2025-06-02', '2023', '2023', 'date'],
  ['It was the first talks since the early weeks of Moscow’s 2022 invasion.', '2025-06-02', '2022', '2022', 'date'],
  ["It was the first talks since Moscow's 2022 invasion.", '2025-06-02', '2022', '2022', 'date'],
  ['He lost the 2019 election.', '2025-06-02', '2019', '2019', 'date'],
  ['Fighting has raged since 2014.', '2025-06-02', '2014', '2014', 'date'],
  ['The plant will close by 2030.', '2025-06-02', '2030', '2030', 'date'],
  ['The deal will close in fiscal 2025.', '2024-10-31', 'fiscal 2025', '2025', 'date'],
  ['Revenue rose in the third quarter of 2023.', '2024-10-31', 'the third quarter of 2023', '2023-Q3', 'date'],
  ['It expects to complete the deal in the first half of 2025.', '2024-03-25', 'the first half of 2025', '2025-H1', 'date'],
  ['Prices peaked in the 1990s.', '2025-06-02', '1990s', '199', 'date'],
  ['Fuel ran short in the winter of 2022.', '2025-06-02', 'the winter of 2022', '2022-WI', 'date'],
];

const QUARTERS: DateCase[] = [
  ['Revenue rose 12% in the third quarter.', '2024-10-31', 'the third quarter', '2024-Q3', 'date'],
  ['Third-quarter profit fell.', '2024-10-31', 'Third-quarter', '2024-Q3', 'date'],
  ['Q3 sales beat forecasts.', '2024-10-31', 'Q3', '2024-Q3', 'date'],
  ['Results for the fourth quarter will follow.', '2024-10-31', 'the fourth quarter', '2024-Q4', 'date'],
];

const MODIFIED: DateCase[] = [
  ['Debt had tripled by the end of 2024.', '2025-06-02', 'the end of 2024', '2024', 'date', 'end'],
  ['Fighting eased in early March.', '2025-06-02', 'early March', '2025-03', 'date', 'start'],
  ['Growth is forecast to return by mid-2025.', '2025-06-02', 'mid-2025', '2025', 'date', 'mid'],
  ['The offensive began in late 2023.', '2025-06-02', 'late 2023', '2023', 'date', 'end'],
  ['Talks stalled at the start of 2024.', '2025-06-02', 'the start of 2024', '2024', 'date', 'start'],
  ['The deal was struck in mid-March.', '2025-06-02', 'mid-March', '2025-03', 'date', 'mid'],
  ['The law took effect in late January 2023.', '2025-06-02', 'late January 2023', '2023-01', 'date', 'end'],
];

describe('month-days, months and years', () => {
  it.each(MONTH_DAYS)('%s', (...c) => void expectDateCase(c as DateCase));
  it.each(YEARS)('%s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    expect(fact.anchor).toBe('absolute');
  });
  it.each(QUARTERS)('%s', (...c) => void expectDateCase(c as DateCase));
  it.each(MODIFIED)('%s', (...c) => void expectDateCase(c as DateCase));
});
