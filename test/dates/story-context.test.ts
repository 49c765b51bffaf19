import { describe, expect, it } from 'vitest';
import { datesOf, expectDateCase, type DateCase } from './support.js';

// 2024-10-11 is a Friday; 2023-11-24 a Friday; 2025-06-02 a Monday.

/** A photo caption (a short paragraph ending in a credit) shows a moment already past, whatever its tense. */
const CAPTIONS: DateCase[] = [
  ['Floodwater covers a highway near the river.\n\nA fallen tree blocks a road in Tampa, Florida, on Thursday (Jane Roe/AP)', '2024-10-11', 'Thursday', '2024-10-10', 'date'],
  ['Voters queue early.\n\nVoters queue outside a polling station in Leeds on Monday (John Doe/Reuters)', '2025-06-02', 'Monday', '2025-06-02', 'date'],
  ['Crews cleared the debris.\n\nResidents prepare to leave their homes on Tuesday (Jane Roe/AP)', '2024-10-11', 'Tuesday', '2024-10-08', 'date'],
  ['The bridge was damaged.\n\nThe bridge, seen here, will reopen on Sunday (Jane Roe/AP)', '2024-10-11', 'Sunday', '2024-10-13', 'date'],
];

/**
 * Verbs of a public act ("announce", "pledge") date the act when a date follows their object; they look ahead only
 * through an infinitive or a "for" date.
 */
const ANNOUNCED: DateCase[] = [
  ['The spokesman announced the start time in Geneva on Thursday after more delays.', '2023-11-24', 'Thursday', '2023-11-23', 'date'],
  ['The ministry pledged $2 billion in aid on Sunday.', '2025-06-02', 'Sunday', '2025-06-01', 'date'],
  ['The company announced on Tuesday that it would cut jobs.', '2023-11-24', 'Tuesday', '2023-11-21', 'date'],
  ['The rebels vowed to attack the city on Sunday.', '2025-06-02', 'Sunday', '2025-06-08', 'date'],
  ['The government announced a ceasefire for Sunday.', '2025-06-02', 'Sunday', '2025-06-08', 'date'],
  ['The airline plans a new route to Lisbon on Sunday.', '2025-06-02', 'Sunday', '2025-06-08', 'date'],
];

/** A clock time without a day takes the last named day whose part of the day can hold it. */
const TIME_ON_PART: DateCase[] = [
  ['The storm struck on Wednesday night. By Thursday morning it had moved on. It made landfall at about 8:30 p.m. ET.', '2024-10-11', 'about 8:30 p.m.', '2024-10-09T20:30', 'time', 'approx'],
  ['Rain began on Monday evening. By Tuesday morning rivers had risen. The dam broke at 6 a.m.', '2025-06-02', '6 a.m.', '2025-05-27T06:00', 'time'],
  ['Talks ran through Sunday night. The deal was signed at 11 p.m.', '2025-06-02', '11 p.m.', '2025-06-01T23:00', 'time'],
];

/** "N days earlier" counts from the last dated happening, once its time has found its day. */
const SHIFT_FROM_HAPPENING: DateCase[] = [
  ['The storm struck on Wednesday night. By Thursday morning it had moved on. It made landfall at about 8:30 p.m. ET. Two days earlier it had been far stronger.', '2024-10-11', 'Two days earlier', '2024-10-07', 'date'],
];

/** "200 lorries a day": after a count of things, "a day" is a rate. */
const COUNTED_RATES: DateCase[] = [
  ['Officials said 200 lorries a day would enter the territory.', '2023-11-24', 'a day', 'P1D', 'set'],
  ['The airline runs three flights a week to the island.', '2025-06-02', 'a week', 'P1W', 'set'],
];

describe('dates read from the story around them', () => {
  it.each(CAPTIONS)('caption: %s', (...c) => {
    expectDateCase(c as DateCase);
  });
  it.each(ANNOUNCED)('announcing verb: %s', (...c) => {
    expectDateCase(c as DateCase);
  });
  it.each(TIME_ON_PART)('time on a fitting part of a day: %s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    expect(fact.anchor).toBe('relative');
  });
  it.each(SHIFT_FROM_HAPPENING)('shift: %s', (...c) => {
    const fact = expectDateCase(c as DateCase);
    expect(fact.anchor).toBe('relative');
  });
  it.each(COUNTED_RATES)('counted rate: %s', (...c) => {
    expectDateCase(c as DateCase);
  });

  it('marks the caption sentence and keeps the credit out of the date', () => {
    const { document, dates } = datesOf(CAPTIONS[0]![0], '2024-10-11');
    const thursday = dates.find((d) => d.text === 'Thursday')!;
    expect(document.sentences[thursday.sentence]?.caption).toBe(true);
    expect(dates.map((d) => d.text)).toEqual(['Thursday']);
  });
});
