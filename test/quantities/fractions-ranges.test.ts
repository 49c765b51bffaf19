import { describe, it } from 'vitest';
import { expectQuantity, type QuantityCase } from './expect-quantity.js';

const cases: QuantityCase[] = [
  // fractions
  ['The effort destroyed nearly a third of Moscow’s strategic bomber fleet.', 'nearly a third', 0.3333, 'fleet', 'nearly', 'fraction'],
  ['Net income fell by a third, to $2.4 billion.', 'a third', 0.3333, null, 'exact', 'fraction', { direction: 'down' }],
  ['Two thirds of voters backed the plan.', 'Two thirds', 0.6667, 'voter', 'exact', 'fraction'],
  ['Labour won almost two-thirds of the seats.', 'almost two-thirds', 0.6667, 'seat', 'nearly', 'fraction'],
  ['Half of the residents fled.', 'Half', 0.5, 'resident', 'exact', 'fraction'],
  ['More than half of the population voted.', 'More than half', 0.5, 'population', 'more-than', 'fraction'],
  ['Three quarters of the wells were dry.', 'Three quarters', 0.75, 'well', 'exact', 'fraction'],
  ['A cut of a quarter of a percentage point is likely.', 'a quarter of a percentage point', 0.25, 'percentage point', 'exact', 'measure', { direction: 'down' }],
  // ratios and multipliers
  ['Air defences damaged 52 out of 80 drones launched by Russia.', '52 out of 80', 52, 'drone', 'exact', 'ratio', { of: 80 }],
  ['He reached the threshold of at least 270 of 538 electoral votes.', 'at least 270 of 538', 270, 'vote', 'at-least', 'ratio', { of: 538 }],
  ['Only 11 of the 31 allies met the target.', '11 of the 31', 11, 'ally', 'exact', 'ratio', { of: 31 }],
  ['One in five adults smokes.', 'One in five', 1, 'adult', 'exact', 'ratio', { of: 5 }],
  ['Prices are nearly nine times as high.', 'nearly nine times', 9, null, 'nearly', 'ratio'],
  // ranges
  ['Between 20 and 30 troops were wounded.', 'Between 20 and 30', 20, 'troop', 'exact', 'count', { min: 20, max: 30 }],
  ['The storm damaged 2 to 3 million homes.', '2 to 3 million', 2000000, 'home', 'exact', 'count', { min: 2000000, max: 3000000 }],
  // ordinals
  ['Delegations met for a second round of direct peace talks.', 'second', 2, 'round', 'exact', 'ordinal'],
  ['They were the first direct peace negotiations since the invasion.', 'first', 1, 'negotiation', 'exact', 'ordinal'],
  ['It is the third-largest city in Europe.', 'third-largest', 3, 'city', 'exact', 'ordinal'],
  ['It would combine the fifth- and 10th-largest U.S. airlines.', '10th-largest', 10, 'airline', 'exact', 'ordinal'],
  ['It would combine the fifth- and 10th-largest U.S. airlines.', 'fifth', 5, 'airline', 'exact', 'ordinal'],
  ['It was the first time the unit had topped $9 billion.', 'first', 1, 'time', 'exact', 'ordinal'],
  ['They are due back in court for a second hearing.', 'second', 2, 'hearing', 'exact', 'ordinal'],
  ['Survival rates fall sharply after the third day.', 'third', 3, 'day', 'exact', 'ordinal'],
  ['A second tremor, of magnitude 7.5, hit later, bringing down buildings that had survived the first.', 'first', 1, 'tremor', 'exact', 'ordinal'],
  ['China was in second place. Japan were third with 20 golds.', 'third', 3, 'place', 'exact', 'ordinal'],
  ['Labour won a majority of 174, the second-largest the party has ever won.', 'second-largest', 2, 'majority', 'exact', 'ordinal'],
  ['He was the fifth Tory prime minister since 2010.', 'fifth', 5, 'prime minister', 'exact', 'ordinal'],
  // measures
  ['The regions lie more than 4,300 miles from Ukraine.', 'more than 4,300 miles', 4300, 'mile', 'more-than', 'measure'],
  ['Fighting continued along the 620-mile front line.', '620-mile', 620, 'mile', 'exact', 'measure'],
  ['The storm brought 10 mm of rain.', '10 mm', 10, 'mm', 'exact', 'measure'],
  ['As much as 370mm of rain fell.', 'As much as 370mm', 370, 'mm', 'up-to', 'measure'],
  ['Output reached 500,000 barrels per day.', '500,000 barrels per day', 500000, 'barrel per day', 'exact', 'measure'],
  ['A magnitude 6.2 earthquake struck.', 'magnitude 6.2', 6.2, 'magnitude', 'exact', 'measure'],
  ['They travelled 3km on foot.', '3km', 3, 'km', 'exact', 'measure'],
  ['Temperatures dropped to minus 5C overnight.', 'minus 5C', -5, 'celsius', 'exact', 'measure'],
  ['She cleared 6.25 metres to win.', '6.25 metres', 6.25, 'metre', 'exact', 'measure'],
  ['Temperatures reached 40 degrees.', '40 degrees', 40, 'degree', 'exact', 'measure'],
  // a rate over an area or a distance
  ['The agency said 180 litres per square metre fell in a day.', '180 litres per square metre', 180, 'litre per square metre', 'exact', 'measure'],
  ['New cars must emit less than 95 grams per kilometre.', 'less than 95 grams per kilometre', 95, 'gram per kilometre', 'less-than', 'measure'],
  // a preposition after a noun still modifies a number with its own unit
  ['The village lies in a valley about 40km north of the capital.', 'about 40km', 40, 'km', 'about', 'measure'],
  ['Inflation in the euro area stayed above 5% for a year.', 'above 5%', 5, 'percent', 'more-than', 'percent'],
];

describe('quantities: fractions, ratios, ranges, ordinals and measures', () => {
  it.each(cases)('%s -> %s', (...c) => expectQuantity(c as QuantityCase));
});
