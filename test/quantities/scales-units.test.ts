import { describe, it } from 'vitest';
import { expectQuantity, type QuantityCase } from './expect-quantity.js';

const cases: QuantityCase[] = [
  // a scale word before the level: the scale word is the unit
  ['The storm strengthened into a Category 4 hurricane on Monday.', 'Category 4', 4, 'category', 'exact', 'measure'],
  ['Forecasters warned of a Force 9 gale in the Channel.', 'Force 9', 9, 'force', 'exact', 'measure'],
  ['Authorities issued a Level 3 alert for the valley.', 'Level 3', 3, 'level', 'exact', 'measure'],
  ['Officials raised the threat to level 4 on Friday.', 'level 4', 4, 'level', 'exact', 'measure'],
  ['A magnitude 5.9 tremor shook the coast.', 'magnitude 5.9', 5.9, 'magnitude', 'exact', 'measure'],
  // units keep the text's spelling
  ['The agency stored 12 million liters of fuel.', '12 million liters', 12000000, 'liter', 'exact', 'measure'],
  ['Crews pumped 3,000 litres of water.', '3,000 litres', 3000, 'litre', 'exact', 'measure'],
  ['The fence runs for 40 kilometers along the border.', '40 kilometers', 40, 'kilometer', 'exact', 'measure'],
  ['The wall stands 6 meters tall.', '6 meters', 6, 'meter', 'exact', 'measure'],
  // pounds: a weight by its context, sterling otherwise
  ['Police seized 450 pounds of heroin at the port.', '450 pounds', 450, 'pound', 'exact', 'measure'],
  ['The newborn weighed 7 pounds at birth.', '7 pounds', 7, 'pound', 'exact', 'measure'],
  ['She paid 20 pounds for a ticket.', '20 pounds', 20, 'GBP', 'exact', 'money'],
  ['The council won 300 pounds of compensation.', '300 pounds', 300, 'GBP', 'exact', 'money'],
  ['Ministers pledged 5 million pounds of aid.', '5 million pounds', 5000000, 'GBP', 'exact', 'money'],
  // ratios with "every"
  ['One in every four adults smokes.', 'One in every four', 1, 'adult', 'exact', 'ratio', { of: 4 }],
  // a distance moved has no direction; a level that changes keeps it
  ['The coach plunged 40 metres into a gorge.', '40 metres', 40, 'metre', 'exact', 'measure'],
  ['A worker fell 20 feet from scaffolding.', '20 feet', 20, 'foot', 'exact', 'measure'],
  ['The lake rose 3 metres overnight.', '3 metres', 3, 'metre', 'exact', 'measure', { direction: 'up' }],
  ['The Elbe rose 2 metres to 7.5 metres.', '2 metres', 2, 'metre', 'exact', 'measure', { direction: 'up' }],
  // an ordinal in a fixed compound orders again before "of"
  ['The first class of cadets graduated in June.', 'first', 1, 'class', 'exact', 'ordinal'],
];

describe('quantities: scales, unit spellings, pounds, distances', () => {
  it.each(cases)('%s -> %s', (...c) => expectQuantity(c as QuantityCase));
});
