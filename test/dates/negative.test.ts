import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';

/** [sentence, words that must not be (part of) a date] */
const NOT_DATES: [string, string][] = [
  ['Delegations met for a second round of direct peace talks.', 'second'],
  ['They held the first direct talks since the war began.', 'first'],
  ['Children were forcibly deported and must be returned; they may be located.', 'may'],
  ['Officials may meet again soon.', 'may'],
  ['Thousands plan to march on the capital.', 'march'],
  ['Theresa May said the deal was done.', 'May'],
  ['The sun rose over the ruined city.', 'sun'],
  ['The regions lie more than 2,500 miles from Ukraine.', '2,500'],
  ['Inflation rose 4.2% in the year.', '4.2'],
  ['The army sent 2000 troops to the border.', '2000'],
  ['The delegations agreed to swap the bodies of 6,000 soldiers.', '6,000'],
  ['The bodies of 2000 soldiers were returned.', '2000'],
  ['Fighting continued along the 620-mile front line.', '620'],
  ['Defences damaged 52 out of 80 drones.', '52'],
  ['Rates were cut by 5 percent at 5 banks.', '5'],
  ['The US-led efforts have so far failed.', 'so far'],
  ['Recent comments indicate they remain far apart.', 'Recent'],
  ['Ukraine has struck air bases since early in the war.', 'early'],
  ['The talks unfolded a day after a string of attacks.', 'day after'],
  ['The effort destroyed nearly a third of the fleet.', 'third'],
  ['He pursued the matter for weeks.', 'weeks'],
  ['Sat down with the team, he said nothing.', 'Sat'],
  ['Once a year the council reviews the budget.', 'a year'],
  ['The 2000 soldiers in the unit were redeployed.', '2000'],
  ['It costs 1500 km of cable.', '1500'],
  ['There were shortcomings in the first hours of the response.', 'hours'],
  ['Aid will arrive in the coming days.', 'days'],
  ['They like to walk in the evening.', 'evening'],
  ['Los Angeles will stage the next Summer Games in 2028.', 'Summer'],
  ['The Midnight Express left the station.', 'Midnight'],
  ['The election day was calm.', 'election day'],
  ['Crews worked from 6 to 9 in the yard.', '6 to 9'],
  ['Officials said days earlier that the dam was safe.', 'days'],
];

describe('things that are not dates', () => {
  it.each(NOT_DATES)('%s', (text, word) => {
    const { dates } = datesOf(text);
    const hits = dates.filter((d) => d.text.includes(word));
    expect(hits, JSON.stringify(dates)).toEqual([]);
  });

  it('finds nothing at all in prose without time words', () => {
    const { dates } = datesOf('Russia presented a memo setting out the Kremlin’s terms for ending hostilities.');
    expect(dates).toEqual([]);
  });
});

/** [sentence, publication day, words, kind they must not take] */
const NOT_RATES: [string, string, string, string][] = [
  ['The truce was extended by a day.', '2023-11-24', 'a day', 'set'],
  ['Rescuers found 20 survivors a day after the quake.', '2023-02-08', 'a day', 'set'],
  ['Crews spent a week in the 1990s ruins.', '2025-06-02', 'a week', 'set'],
];

/** [story sentence, publication day, weekday, value it must not take]: only captions read present as past. */
const NOT_CAPTIONS: [string, string, string, string][] = [
  ['Polls open in the northern regions on Saturday.', '2025-06-02', 'Saturday', '2025-05-31'],
  ['The new ferry will sail to the island on Thursday (weather permitting).', '2025-06-02', 'Thursday', '2025-05-29'],
];

describe('readings that must not be taken', () => {
  it.each(NOT_RATES)('not a rate: %s', (text, publishedAt, words, kind) => {
    const { dates } = datesOf(text, publishedAt);
    expect(dates.filter((d) => d.text === words && d.kind === kind), JSON.stringify(dates)).toEqual([]);
  });
  it.each(NOT_CAPTIONS)('not a caption: %s', (text, publishedAt, words, value) => {
    const { document, dates } = datesOf(text, publishedAt);
    expect(document.sentences.some((s) => s.caption)).toBe(false);
    expect(dates.filter((d) => d.text === words && d.value === value), JSON.stringify(dates)).toEqual([]);
  });
});
