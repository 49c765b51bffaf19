import { describe, it } from 'vitest';
import { expectDateCase, type DateCase } from './support.js';

/** A tensed verb and its one-word object right before the date's preposition govern the date. */
const OBJECT_VERB: DateCase[] = [
  ['The president-elect, who won the Jan. 13 election and takes office on May 20, toured the city.', '2024-04-04', 'May 20', '2024-05-20', 'date'],
  ['The chancellor holds talks on Friday with union leaders.', '2024-06-03', 'Friday', '2024-06-07', 'date'],
  ['The premier chaired meetings on Monday before flying out.', '2024-06-05', 'Monday', '2024-06-03', 'date'],
  // "party headquarters": a noun that compromise may read as a verb is no verb with an object.
  ['Modi told supporters at party headquarters on Tuesday night that voters had trusted him.', '2024-06-05', 'Tuesday night', '2024-06-04TNI', 'date'],
];

describe('a verb and its object govern the date after them', () => {
  it.each(OBJECT_VERB)('%s', (...c) => {
    expectDateCase(c as DateCase);
  });
});
