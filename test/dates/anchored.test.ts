import { describe, expect, it } from 'vitest';
import { datesOf, expectDateCase, type DateCase } from './support.js';

// 2025-06-02 is a Monday; 2023-02-08 a Wednesday; 2024-09-16 a Monday; 2024-08-11 a Sunday.

/** A clock time and its day are two facts; the time takes the day it was written with. */
const TIME_ON_DAY: [...DateCase, string, string][] = [
  ['The strike hit at 11.42pm local time on Saturday.', '2025-06-02', '11.42pm', '2025-05-31T23:42', 'time', undefined, 'Saturday', '2025-05-31'],
  ['The blast came at 4.17am on Monday, police said.', '2023-02-08', '4.17am', '2023-02-06T04:17', 'time', undefined, 'Monday', '2023-02-06'],
  ['The hearing resumes at 10 a.m. on March 28.', '2025-03-14', '10 a.m.', '2025-03-28T10:00', 'time', undefined, 'March 28', '2025-03-28'],
  ['The hearing resumes at 10am on 28 March.', '2025-03-14', '10am', '2025-03-28T10:00', 'time', undefined, '28 March', '2025-03-28'],
  ['The polls closed on Thursday at 10pm.', '2024-07-05', '10pm', '2024-07-04T22:00', 'time', undefined, 'Thursday', '2024-07-04'],
  ['The ship sank on March 12, 2024 at 11.42pm.', '2025-06-02', '11.42pm', '2024-03-12T23:42', 'time', undefined, 'March 12, 2024', '2024-03-12'],
  ['Results were released at 4:30 p.m. ET on Wednesday.', '2024-10-31', '4:30 p.m.', '2024-10-30T16:30', 'time', undefined, 'Wednesday', '2024-10-30'],
  ['Voting will close at 8pm on Friday.', '2025-06-02', '8pm', '2025-06-06T20:00', 'time', undefined, 'Friday', '2025-06-06'],
  ['The deadline is noon on Friday.', '2025-06-02', 'noon', '2025-06-06T12:00', 'time', undefined, 'Friday', '2025-06-06'],
  ['He landed yesterday at 5pm.', '2025-06-02', '5pm', '2025-06-01T17:00', 'time', undefined, 'yesterday', '2025-06-01'],
];

/** Loosened clock times, and the day a time without one takes. */
const LOOSE_TIMES: DateCase[] = [
  ['He conceded defeat at about 4.40am.', '2024-07-05', 'about 4.40am', '2024-07-05T04:40', 'time', 'approx'],
  ['The king received him around midday.', '2024-07-05', 'around midday', '2024-07-05T12:00', 'time', 'approx'],
  ['He won early Wednesday. He will be sworn in on Jan. 20. Speaking shortly after 2:30 a.m., he claimed a mandate.', '2024-11-06', 'shortly after 2:30 a.m.', '2024-11-06T02:30', 'time', 'more-than'],
  ['Polls shut just before 10pm.', '2025-06-02', 'just before 10pm', '2025-06-02T22:00', 'time', 'less-than'],
];

/** "later"/"earlier" counted from the time or date just given. */
const SHIFTS: DateCase[] = [
  ['The first quake struck at 4.17am on Monday. A second hit about nine hours later.', '2023-02-08', 'about nine hours later', '2023-02-06T13:17', 'time', 'approx'],
  ['The raid began at 10pm on Saturday. Troops withdrew six hours later.', '2025-06-02', 'six hours later', '2025-06-01T04:00', 'time'],
  ['Revenue for the third quarter rose 4% from a year earlier.', '2024-10-31', 'a year earlier', '2023-Q3', 'date'],
  ['He was first elected in 2019. Two years later he resigned.', '2025-06-02', 'Two years later', '2021', 'date'],
  ['The dam broke on 14 September. Three days later the river crested.', '2024-09-20', 'Three days later', '2024-09-17', 'date'],
  ['Sales slumped in March 2023 and recovered two months later.', '2025-06-02', 'two months later', '2023-05', 'date'],
];

/** Days and periods known by the tense or by a day named before them. */
const PERIODS: DateCase[] = [
  ['Residents fled on Sunday, and the town was flooded by the evening.', '2024-09-16', 'the evening', '2024-09-15TEV', 'date'],
  ['The talks began on Tuesday and broke down in the night.', '2025-06-02', 'the night', '2025-05-27TNI', 'date'],
  ['Heavy rain fell over the weekend.', '2024-09-16', 'the weekend', '2024-W37-WE', 'date'],
  ['The river will crest at the weekend.', '2024-09-16', 'the weekend', '2024-W38-WE', 'date'],
  ['The city is preparing for floods at the weekend.', '2024-09-16', 'the weekend', '2024-W38-WE', 'date'],
  ['Crowds gathered over the weekend.', '2024-08-11', 'the weekend', '2024-W32-WE', 'date'],
  ["Leaders congratulated him on Election Day's outcome.", '2024-11-06', 'Election Day', '2024-11-05', 'date'],
  ['Voters go to the polls on Election Day.', '2024-03-01', 'Election Day', '2024-11-05', 'date'],
  ['Turnout on Election Day was high.', '2020-11-10', 'Election Day', '2020-11-03', 'date'],
  ['Shoppers crowded malls after Thanksgiving.', '2024-12-10', 'Thanksgiving', '2024-11-28', 'date'],
  ['Drones were launched overnight into Sunday.', '2024-04-14', 'overnight into Sunday', '2024-04-13TNI', 'date'],
  ['The pipes had run dry overnight.', '2025-01-08', 'overnight', '2025-01-07TNI', 'date'],
  ['Macron called a snap election on Sunday night.', '2024-06-10', 'Sunday night', '2024-06-09TNI', 'date'],
  ['Wage figures are due in the spring.', '2024-01-25', 'the spring', '2024-SP', 'date'],
  ['The economy grew in the last three months of 2023.', '2024-01-25', 'the last three months of 2023', '2023-Q4', 'date'],
  ['Output fell in the first six months of 2022.', '2024-01-25', 'the first six months of 2022', '2022-H1', 'date'],
  ['The bank will slow purchases in the second half of the year.', '2024-01-25', 'the second half of the year', '2024-H2', 'date'],
  ['He will step down before the end of the year.', '2024-07-05', 'the end of the year', '2024', 'date', 'end'],
  ['The bank raised rates in 2022, starting in July.', '2024-01-25', 'July', '2022-07', 'date'],
  ['The bank will shrink holdings in the second half of the year, before stopping in December.', '2024-01-25', 'December', '2024-12', 'date'],
  ['Figures on Thursday showed output fell in March.', '2024-01-25', 'March', '2023-03', 'date'],
  ['The bank will cut rates as soon as April.', '2024-01-25', 'April', '2024-04', 'date'],
  ['The party gained 8 points on 2019.', '2024-06-10', '2019', '2019', 'date'],
  ['The bank sells €7.5 billion a month.', '2024-01-25', 'a month', 'P1M', 'set'],
  ['Over 19 days the capital hosted the Games.', '2024-08-11', '19 days', 'P19D', 'duration'],
  ['The build took over two weeks.', '2024-08-11', 'over two weeks', 'P2W', 'duration', 'more-than'],
];

const RANGES: DateCase[] = [
  ['Across the bloc, which voted from 6 to 9 June, turnout rose.', '2024-06-10', 'from 6 to 9 June', '2024-06-06/2024-06-09', 'range'],
  ['Voters in the bloc cast ballots from June 6 to 9.', '2024-06-10', 'from June 6 to 9', '2024-06-06/2024-06-09', 'range'],
  ['Allies deployed tanks and guns lent by partners to guard the summit on Tuesday and Wednesday.', '2023-07-12', 'Tuesday and Wednesday', '2023-07-11/2023-07-12', 'range'],
  ['The strike will run on Friday and Saturday.', '2025-06-02', 'Friday and Saturday', '2025-06-06/2025-06-07', 'range'],
];

describe('clock times and their days', () => {
  it.each(TIME_ON_DAY)('%s', (input, published, text, value, kind, modifier, dayText, dayValue) => {
    const time = expectDateCase([input, published, text, value, kind, modifier]);
    expect(time.anchor).toBe('relative');
    expectDateCase([input, published, dayText, dayValue, 'date']);
  });
  it.each(LOOSE_TIMES)('%s', (...c) => void expectDateCase(c as DateCase));
});

describe('later and earlier', () => {
  it.each(SHIFTS)('%s', (...c) => {
    expect(expectDateCase(c as DateCase).anchor).toBe('relative');
  });
  it('states a length when nothing before can be counted from', () => {
    const { dates } = datesOf('A second tremor hit about nine hours later.', '2023-02-08');
    expect(dates.map((d) => [d.text, d.value, d.kind])).toEqual([['about nine hours', 'PT9H', 'duration']]);
  });
});

describe('periods fixed by tense or by a day named before', () => {
  it.each(PERIODS)('%s', (...c) => void expectDateCase(c as DateCase));
  it.each(RANGES)('%s', (...c) => void expectDateCase(c as DateCase));
});
