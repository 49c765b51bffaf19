import { describe, it } from 'vitest';
import { expectLocation, type LocationCase } from './expect-location.js';

/** Round 6 rules: numbered roads, squares, ranges, small towns, city-states, divisions, place roles. */
const cases: LocationCase[] = [
  // Numbered roads: a capitalised road head and a number, or a road code in a sentence about roads.
  // Place roles after "out of" and after a transport link's "to".
  ['country: "out of" a country is a place', 'Flights into or out of the United States were cancelled.', { name: 'United States', kind: 'country', country: 'US' }],
  ['city: a rail line to a capital', 'The high-speed rail line to Madrid will stay closed for weeks.', { name: 'Madrid', kind: 'city', country: 'ES' }],
  // A country's possessive before a party places the party's politics there.
  ['country: possessive before a party', "France's left-wing New Popular Front won the most seats.", { name: 'France', kind: 'country', country: 'FR' }],
  ['country: possessive before a ruling party', "India's ruling Bharatiya Janata Party lost its majority.", { name: 'India', kind: 'country', country: 'IN' }],
  ['road: Highway + number', 'Traffic crawled along Highway 16 overnight.', { name: 'Highway 16', kind: 'landmark', country: null, mentions: ['Highway 16'] }],
  ['road: Interstate + number', 'Interstate 95 was closed for hours.', { name: 'Interstate 95', kind: 'landmark', country: null }],
  ['road: Route + number', 'They drove Route 66 to the coast.', { name: 'Route 66', kind: 'landmark', country: null }],
  ['road: motorway code in a traffic sentence', 'Traffic on the M25 was slow after a lorry overturned.', { name: 'M25', kind: 'landmark', country: null, mentions: ['M25'] }],
  ['road: A-road code with a road word', 'Police closed two lanes of the A40 near the junction.', { name: 'A40', kind: 'landmark', country: null }],
  ['road: named road in apposition is the same road', 'Cars fled along Highway 16, the Yellowhead Highway, toward the east.', { name: 'Highway 16', kind: 'landmark', country: null, mentions: ['Highway 16', 'Yellowhead Highway'] }],
  // Squares and ranges.
  ['landmark: a square named by its own word after "the"', 'Crowds filled the Zócalo on Sunday night.', { name: 'Zócalo', kind: 'landmark', country: null, mentions: ['Zócalo'] }],
  ['geo-feature: a range after a nationality', 'Fire swept a town in the heart of the Canadian Rockies.', { name: 'Canadian Rockies', kind: 'geo-feature', country: 'CA' }],
  ['geo-feature: another range after a nationality', 'Snow fell across the Swiss Alps.', { name: 'Swiss Alps', kind: 'geo-feature', country: 'CH' }],
  ['geo-feature: a bare range after "in the"', 'Three climbers died in the Alps on Monday.', { name: 'Alps', kind: 'geo-feature', country: null }],
  // Small towns: a list of towns, a pair with a town of the table, a town qualified by its province.
  ['city: an unknown name in a list of towns', 'Evacuees sheltered in Edmonton, Grande Prairie and Calgary.', { name: 'Grande Prairie', kind: 'city', country: 'CA' }],
  ['city: a small town of the table paired with a town', 'Cars fled toward Hinton and Edmonton.', { name: 'Hinton', kind: 'city', country: 'CA' }],
  ['city: a small town qualified by its province', 'The fire reached Hinton, Alberta, on Monday.', { name: 'Hinton', kind: 'city', country: 'CA' }],
  // Same-named states and cities, divisions, protected areas.
  ['city: a city-state named as a body\'s seat', 'Apple will appeal at the General Court in Luxembourg.', { name: 'Luxembourg', kind: 'city', country: 'LU' }],
  ['country: a city-state otherwise', 'Storms swept across Luxembourg on Monday.', { name: 'Luxembourg', kind: 'country', country: 'LU' }],
  ['region: "the state of X" though X is also a city', 'Gunmen shot two people in the central state of Puebla.', { name: 'Puebla', kind: 'region', country: 'MX' }],
  ['region: a national park', 'Rangers closed Yellowstone National Park on Friday.', { name: 'Yellowstone National Park', kind: 'region', country: null }],
  ['region: a division with and without its head word is one place', 'Waves hit Ishikawa prefecture. Homes in Ishikawa lost power.', { name: 'Ishikawa prefecture', kind: 'region', country: 'JP', mentions: ['Ishikawa prefecture', 'Ishikawa'] }],
  ['landmark: "the Name building"', 'She spoke at the Berlaymont building in Brussels.', { name: 'Berlaymont building', kind: 'landmark', country: 'BE' }],
  // Constituencies: a seat named in election news is an area, "and" may stand inside its name.
  ['region: a seat whose name holds "and"', 'Sunak held his own seat of Richmond and Northallerton.', { name: 'Richmond and Northallerton', kind: 'region', country: null, mentions: ['Richmond and Northallerton'] }],
  ['region: "elected in" a town names its seat', 'Nigel Farage was elected in Clacton at his eighth attempt.', { name: 'Clacton', kind: 'region', country: null }],
  ['region: "MP for" a seat', 'Jeremy Corbyn, the MP for Islington North, won again.', { name: 'Islington North', kind: 'region', country: null }],
  // Countries and capitals in a place role.
  ['country: possessive before a named feature', "The quake struck Japan's Noto Peninsula on Monday.", { name: 'Japan', kind: 'country', country: 'JP' }],
  ['city: a capital\'s possessive before a named site', "A jet landed at Tokyo's Haneda Airport on Tuesday.", { name: 'Tokyo', kind: 'city', country: 'JP' }],
  ['country: the state of a dateline', 'WAJIMA, Japan — The death toll rose on Wednesday.', { name: 'Japan', kind: 'country', country: 'JP' }],
  ['city: an unknown name after "residents of"', 'Residents of Nowaskowo were told to leave on Sunday.', { name: 'Nowaskowo', kind: 'city', country: null }],
  ['region: a state a firm is named after, where the state is the place', 'Florida Power & Light restored power. Milton was the third hurricane to strike Florida this year.', { name: 'Florida', kind: 'region', country: 'US', mentions: ['Florida'] }],
  ['country: a state whose history it is', "It was the bloodiest campaign in Mexico's modern history.", { name: 'Mexico', kind: 'country', country: 'MX' }],
];

describe('locations: round 6 rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectLocation(text, expected));
});
