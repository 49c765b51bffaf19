import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './expect-quantity.js';

/** `[input, text]`: the input must yield no quantity whose text covers `text` (`*`: no quantity at all). */
const cases: [string, string][] = [
  // articles, pronouns, vague words
  ['The talks lasted barely an hour.', '*'],
  ['A memo was presented at a meeting.', '*'],
  ['No one was hurt in the blast.', '*'],
  ['They blamed one another for the failure.', '*'],
  ['Both sides agreed to talk again.', '*'],
  ['Many people and several groups and most officials fled.', '*'],
  ['He said a few words.', '*'],
  // pence and rate compounds: a clock time or a page is no money
  ['The vote closes at 3pm.', '3pm'],
  ['The 4x4 overturned on the A9.', '4x4'],
  // years, dates, times
  ['Many people fled in 2022.', '2022'],
  ['The 2022 invasion changed everything.', '2022'],
  ['The previous talks on May 16 in Istanbul were the first.', '16'],
  ['They met on 16 May and again later.', '16'],
  ['Ukraine proposed further talks on a date between June 20 and 30.', '*'],
  ['The court met at 10:30am on Tuesday.', '*'],
  ['The 1990s were hard years.', '*'],
  ['The report came out on Oct. 30, then shares jumped.', '*'],
  ['Soldiers will reinforce the river between 20 and 30 September.', '*'],
  ['Lyles won in 9.79 seconds.', '*'],
  ['It dumped roughly five months’ worth of rain.', 'five'],
  // durations and ages
  ['Delegations met again in just over two weeks.', 'two'],
  ['It ended the three-year-old war.', 'three'],
  ['A six-year-old girl was among the dead.', 'six'],
  ['They agreed a 10-day ceasefire.', '10'],
  ['The raid took over a year and a half to prepare.', '*'],
  ['He spoke for two hours.', '*'],
  ['Lyles won by five thousandths of a second.', 'five'],
  ['He served 3 years in prison.', '3'],
  ['Police arrested three men, aged 20 to 25.', '20'],
  // ordinals that are not quantities
  ['At first, officials denied it.', '*'],
  ['She came second.', '*'],
  ['Revenue for the third quarter rose.', 'third'],
  ['The chipmaker reported third-quarter results.', 'third'],
  ['It expects to close in the first half of 2025.', '*'],
  ['First Minister John Swinney conceded.', '*'],
  ['The 7th Circuit ruled against him.', '*'],
  ['The target, first set in 2014, was met.', '*'],
  // names and scores
  ['Covid-19 killed millions.', '*'],
  ['A Boeing 737 crashed on take-off.', '*'],
  ['Article 5 applies to all members.', '*'],
  ['The S&P 500 rose.', '500'],
  ['He spoke outside 10 Downing Street.', '*'],
  ['Biden convened leaders of the Group of Seven.', '*'],
  ['F-16 jets flew over the city.', '*'],
  ['The bill passed 52-48.', '*'],
  ['Manchester United won 3-1.', '*'],
  ['Trump led the popular vote 50.3% to 47.7%.', '50.3% to'],
  ['Noah Lyles won the 100 metres by a whisker.', '*'],
  ['Great Britain won eight fewer titles than the 22 won there.', '22 won'],
  // fixed compounds: the ordinal names a kind of thing, it orders nothing
  ['First responders pulled survivors from the rubble.', '*'],
  ['The first lady opened the clinic.', '*'],
  ['Volunteers gave first aid to the injured.', '*'],
  ['Reporters gathered first-hand accounts.', '*'],
  ['Buyers turned to second-hand cars.', '*'],
  ['Data went to a third party without consent.', '*'],
  ['He flew first class to Geneva.', '*'],
  // a scale word before a number that is no level
  ['The firm moved to level 300 of the tower.', 'level 300'],
  // "over" as a place, not a modifier
  ['Air defences downed drones over eight Russian regions.', 'over eight'],
  ['A report about two plans for the port was leaked.', 'about two'],
];

describe('quantities: not quantities', () => {
  it.each(cases)('%s (not %s)', (input, text) => {
    const { quantities } = quantitiesOf(input);
    const shown = JSON.stringify(quantities.map((q) => q.text));
    if (text === '*') expect(quantities, shown).toEqual([]);
    else expect(quantities.filter((q) => q.text.includes(text)), shown).toEqual([]);
  });
});
