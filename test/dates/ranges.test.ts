import { describe, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

const RANGES: DateCase[] = [
  ['Ukraine proposed further talks on a date between June 20 and 30, he said.', '2025-06-02', 'between June 20 and 30', '2025-06-20/2025-06-30', 'range'],
  ['Talks were held between 9 and 11 March.', '2025-06-02', 'between 9 and 11 March', '2025-03-09/2025-03-11', 'range'],
  ['The exercises run from 9 to 11 March.', '2025-06-02', 'from 9 to 11 March', '2026-03-09/2026-03-11', 'range'],
  ['The exercises ran from 9 to 11 March.', '2025-06-02', 'from 9 to 11 March', '2025-03-09/2025-03-11', 'range'],
  ['The festival ran June 20-30.', '2025-06-02', 'June 20-30', '2024-06-20/2024-06-30', 'range'],
  ['The festival will run June 20-30.', '2025-06-02', 'June 20-30', '2025-06-20/2025-06-30', 'range'],
  ['Inspectors visited from March 4 to April 2.', '2025-06-02', 'from March 4 to April 2', '2025-03-04/2025-04-02', 'range'],
  ['The border was shut between May 1 and June 3.', '2025-06-02', 'between May 1 and June 3', '2025-05-01/2025-06-03', 'range'],
  ['Output fell between 2014 and 2022.', '2025-06-02', 'between 2014 and 2022', '2014/2022', 'range'],
  ['He governed from 2014 to 2022.', '2025-06-02', 'from 2014 to 2022', '2014/2022', 'range'],
  ['The festival ran from December 28 to January 3.', '2025-06-02', 'from December 28 to January 3', '2024-12-28/2025-01-03', 'range'],
];

describe('ranges', () => {
  it.each(RANGES)('%s', (...c) => void expectDateCase(c as DateCase));
});
