import { describe, expect, it } from 'vitest';
import { datesOf, expectDateCase, type DateCase } from './support.js';

// 2025-06-02 is a Monday; 2023-02-08 a Wednesday.
const PAST: DateCase[] = [
  ['Kyiv officials said a surprise drone attack on Sunday damaged 40 warplanes.', '2025-06-02', 'Sunday', '2025-06-01', 'date'],
  ['Russia on Sunday fired the biggest number of drones at Ukraine.', '2025-06-02', 'Sunday', '2025-06-01', 'date'],
  ['Erdogan said the fact that the two sides met again on Monday was an achievement.', '2025-06-02', 'Monday', '2025-06-02', 'date'],
  ['"That is what will push it toward diplomacy," he said on Monday in Vilnius.', '2025-06-02', 'Monday', '2025-06-02', 'date'],
  ['Because Sunday’s drones were launched from trucks, defences had no time.', '2025-06-02', 'Sunday', '2025-06-01', 'date'],
  ['The minister resigned on Friday.', '2025-06-02', 'Friday', '2025-05-30', 'date'],
  ['A British team landed in Adana on Tuesday and was sent on to Hatay.', '2023-02-08', 'Tuesday', '2023-02-07', 'date'],
  ['The agency said on Wednesday that 8,574 people had been killed.', '2023-02-08', 'Wednesday', '2023-02-08', 'date'],
  ['The quake struck on Monday, officials said.', '2023-02-08', 'Monday', '2023-02-06', 'date'],
  ['Troops had withdrawn last Friday.', '2025-06-02', 'last Friday', '2025-05-30', 'date'],
  ['Protesters gathered on Saturday night in the capital.', '2025-06-02', 'Saturday night', '2025-05-31TNI', 'date'],
  ['Fighting intensified late on Tuesday, the army said.', '2025-06-02', 'late on Tuesday', '2025-05-27', 'date', 'end'],
  ['Shelling resumed early on Sunday.', '2025-06-02', 'early on Sunday', '2025-06-01', 'date', 'start'],
  ['Rescuers worked through Monday morning.', '2023-02-08', 'Monday morning', '2023-02-06TMO', 'date'],
  ['In a communique agreed on Tuesday, members said they would invite Ukraine.', '2023-07-12', 'Tuesday', '2023-07-11', 'date'],
  ['Troops were deployed to protect the gathering on Tuesday and Wednesday.', '2023-07-12', 'Tuesday and Wednesday', '2023-07-11/2023-07-12', 'range'],
  ['The quake struck at 4.17am local time.', '2023-02-08', '4.17am', '2023-02-08T04:17', 'time'],
  // The governing verb is far back; a noun-modifier verb form ("the snap election") must not stand in for it.
  ['The opposition won the most seats in the second round of the snap parliamentary election on Sunday, pushing the ruling party into third place.', '2024-07-08', 'Sunday', '2024-07-07', 'date'],
  ['Workers began a strike at the main assembly plant of the car maker on Thursday, halting output.', '2024-09-16', 'Thursday', '2024-09-12', 'date'],
];

const FUTURE: DateCase[] = [
  ['The delegations will meet on Monday.', '2025-06-02', 'Monday', '2025-06-02', 'date'],
  ['The delegations will meet on Sunday.', '2025-06-02', 'Sunday', '2025-06-08', 'date'],
  ['Biden will give a speech on Wednesday evening before flying on.', '2023-07-12', 'Wednesday evening', '2023-07-12TEV', 'date'],
  ['The two sides will meet again on Friday in Geneva.', '2025-06-02', 'Friday', '2025-06-06', 'date'],
  ['Talks are expected to resume next Friday.', '2025-06-02', 'next Friday', '2025-06-06', 'date'],
  ['They agreed to meet on Thursday.', '2025-06-02', 'Thursday', '2025-06-05', 'date'],
  ['Ministers would travel to Brussels on Wednesday.', '2025-06-02', 'Wednesday', '2025-06-04', 'date'],
  ['Voting begins on Saturday.', '2025-06-02', 'Saturday', '2025-06-07', 'date'],
  ['The summit is due to open on Tuesday.', '2023-02-08', 'Tuesday', '2023-02-14', 'date'],
  ['Parliament will vote on Wednesday morning.', '2025-06-02', 'Wednesday morning', '2025-06-04TMO', 'date'],
  // A present before the date is a timetable even when a past verb stands further back in a relative clause.
  ['The ruling party, which won the last general election by a landslide, opens its annual congress in the capital on Sunday.', '2024-07-08', 'Sunday', '2024-07-14', 'date'],
];

describe('weekdays resolve by tense from the publication day', () => {
  it.each(PAST)('past: %s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    expect(fact.anchor).toBe('publication');
  });
  it.each(FUTURE)('future: %s', (...c) => {
    expectDateCase(c as DateCase);
  });

  it('tags the rule that resolved a weekday by tense', () => {
    const { dates } = datesOf('They met on Sunday. They will meet on Sunday.');
    expect(dates.map((d) => [d.text, d.value, d.rule])).toEqual([
      ['Sunday', '2025-06-01', 'dates/past-weekday'],
      ['Sunday', '2025-06-08', 'dates/future-weekday'],
    ]);
  });

  it('gives ids in text order and offsets of the weekday without "on"', () => {
    const { dates } = datesOf('They met on Sunday and talked on Monday.');
    expect(dates.map((d) => [d.id, d.text, d.start, d.end])).toEqual([
      ['d1', 'Sunday', 12, 18],
      ['d2', 'Monday', 33, 39],
    ]);
  });
});
