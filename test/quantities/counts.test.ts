import { describe, it } from 'vitest';
import { expectQuantity, type QuantityCase } from './expect-quantity.js';

const cases: QuantityCase[] = [
  // digits, spelled-out numbers, magnitudes
  ['The delegations agreed to swap the bodies of 6,000 soldiers.', '6,000', 6000, 'soldier', 'exact', 'count'],
  ['He said 339 children were named on the list.', '339', 339, 'child', 'exact', 'count'],
  // coordinated modifiers share the counted noun
  ['Within two days, more than 200 left-wing and centrist candidates withdrew.', 'more than 200', 200, 'candidate', 'more-than', 'count'],
  ['The scheme helped 4,000 small and medium firms.', '4,000', 4000, 'firm', 'exact', 'count'],
  ['Nineteen soldiers died in the attack.', 'Nineteen', 19, 'soldier', 'exact', 'count'],
  ['Twenty-one people were hurt.', 'Twenty-one', 21, 'person', 'exact', 'count'],
  ['One hundred and five people were hurt.', 'One hundred and five', 105, 'person', 'exact', 'count'],
  ['Half of the 1.2 million residents fled.', '1.2 million', 1200000, 'resident', 'exact', 'count'],
  ['A dozen people were hurt.', 'A dozen', 12, 'person', 'exact', 'count'],
  ['They sent two dozen medics.', 'two dozen', 24, 'medic', 'exact', 'count'],
  ['More than four million people rely on aid.', 'More than four million', 4000000, 'person', 'more-than', 'count'],
  ['2000 troops were sent to the border.', '2000', 2000, 'troop', 'exact', 'count'],
  ['The 30 countries signed the pact.', '30', 30, 'country', 'exact', 'count'],
  ['He won 22,500 votes.', '22,500', 22500, 'vote', 'exact', 'count'],
  // head noun: adjectives, nationalities, compounds, "of"
  ['Air defences downed 162 Ukrainian drones overnight.', '162', 162, 'drone', 'exact', 'count'],
  ['The drones were launched in five Russian regions.', 'five', 5, 'region', 'exact', 'count'],
  ['They destroyed more than 40 warplanes at air bases.', 'more than 40', 40, 'warplane', 'more-than', 'count'],
  ['The raid struck simultaneously in three time zones.', 'three', 3, 'time zone', 'exact', 'count'],
  ['The EU mobilised help from 19 member states.', '19', 19, 'member state', 'exact', 'count'],
  ['A team of 77 search and rescue specialists landed.', '77', 77, 'specialist', 'exact', 'count'],
  ['Russia fired 40 long-range missiles.', '40', 40, 'missile', 'exact', 'count'],
  ['They exchanged seven seriously wounded troops.', 'seven', 7, 'troop', 'exact', 'count'],
  ['Police said one of the attackers was shot.', 'one', 1, 'attacker', 'exact', 'count'],
  ['Two of the drones were shot down.', 'Two', 2, 'drone', 'exact', 'count'],
  ['the two sides met again on Monday', 'two', 2, 'side', 'exact', 'count'],
  // apposition, "others", elliptical counts
  ['Russia fired the biggest number of drones — 472 — at Ukraine.', '472', 472, 'drone', 'exact', 'count'],
  ['Shelling killed three people and wounded 19 others.', '19', 19, 'person', 'exact', 'count'],
  ['A strike killed five people and wounded nine others, officials said.', 'nine', 9, 'person', 'exact', 'count'],
  ['The talks led to a swap of prisoners, with 1,000 on both sides being exchanged.', '1,000', 1000, 'prisoner', 'exact', 'count'],
  ['8,574 people had been killed, and the toll in Syria reached at least 2,500 across the north.', 'at least 2,500', 2500, 'person', 'at-least', 'count'],
  ['A mudslide hit a group of 40 volunteers, killing two and injuring 19 others.', 'two', 2, 'volunteer', 'exact', 'count'],
  ['Gunmen opened fire in the market, killing 3.', '3', 3, 'person', 'exact', 'count'],
  ['The Americans ended with 40 golds, ahead of Australia on 18.', '18', 18, 'gold', 'exact', 'count'],
  ['They won 65 medals, one more than at Tokyo.', 'one', 1, 'medal', 'exact', 'count'],
  // vague plurals
  ['Rescue teams from dozens of countries dug through the rubble.', 'dozens', 24, 'country', 'at-least', 'count'],
  ['Tens of thousands of people have been injured.', 'Tens of thousands', 20000, 'person', 'at-least', 'count'],
  ['She spoke before thousands of supporters.', 'thousands', 2000, 'supporter', 'at-least', 'count'],
  // a vague amount of a currency is money
  ['Losses could run into hundreds of millions of euros.', 'hundreds of millions of euros', 200000000, 'EUR', 'at-least', 'money'],
  ['The scheme cost taxpayers billions of dollars.', 'billions of dollars', 2000000000, 'USD', 'at-least', 'money'],
  ['Some 1.5m people were affected.', 'Some 1.5m', 1500000, 'person', 'about', 'count'],
  // hyphenated counts
  ['The 12-coach express derailed.', '12-coach', 12, 'coach', 'exact', 'count'],
  ['A girl was pulled from the rubble of a five-storey building.', 'five-storey', 5, 'storey', 'exact', 'count'],
  ['They hold 52 seats in the 100-member chamber.', '100-member', 100, 'member', 'exact', 'count'],
  ['He unseated a three-term Democrat.', 'three-term', 3, 'term', 'exact', 'count'],
  // modifiers
  ['Some 300 people gathered in the square.', 'Some 300', 300, 'person', 'about', 'count'],
  ['At least 12 civilians were killed.', 'At least 12', 12, 'civilian', 'at-least', 'count'],
  ['Up to 5,000 workers may lose their jobs.', 'Up to 5,000', 5000, 'worker', 'up-to', 'count'],
  ['Fewer than 100 tanks remain.', 'Fewer than 100', 100, 'tank', 'less-than', 'count'],
  ['Almost 2,000 homes were destroyed.', 'Almost 2,000', 2000, 'home', 'nearly', 'count'],
  ['Around 400 people were evacuated.', 'Around 400', 400, 'person', 'about', 'count'],
  ['Roughly 70 villages were flooded.', 'Roughly 70', 70, 'village', 'about', 'count'],
  ['It struck just over 300 targets.', 'just over 300', 300, 'target', 'more-than', 'count'],
  ['Barely 20 volunteers turned up.', 'Barely 20', 20, 'volunteer', 'less-than', 'count'],
  ['No more than 15 trucks crossed the border.', 'No more than 15', 15, 'truck', 'at-most', 'count'],
  ['The agency said approximately 250 families were displaced.', 'approximately 250', 250, 'family', 'about', 'count'],
];

describe('quantities: counts', () => {
  it.each(cases)('%s -> %s', (...c) => expectQuantity(c as QuantityCase));
});
