import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { findLocations } from '../../src/locations/index.js';
import { documentOf } from '../support/document.js';
import { expectLocation, type LocationCase } from './expect-location.js';

function locationsOf(text: string) {
  const document = documentOf(text);
  return { document, locations: findLocations(document, findActors(document)) };
}

/** [label, text, location expected: name, kind, country, mention texts] */
const cases: LocationCase[] = [
  ['country after "in"', 'The talks in Turkey unfolded.', { name: 'Turkey', kind: 'country', country: 'TR' }],
  ['country after "deep inside"', 'Bases deep inside Russia were hit.', { name: 'Russia', kind: 'country', country: 'RU' }],
  ['country after "miles from"', 'It lies 4,300 miles from Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA' }],
  ['country after "areas of"', 'Strikes hit civilian areas of Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA' }],
  ['country after a city and comma', 'He spoke in Vilnius, Lithuania, on Monday.', { name: 'Lithuania', kind: 'country', country: 'LT' }],
  ['city from the gazetteer', 'He spoke in Vilnius, Lithuania, on Monday.', { name: 'Vilnius', kind: 'city', country: 'LT' }],
  ['city used as a modifier', 'The Istanbul meeting ended.', { name: 'Istanbul', kind: 'city', country: 'TR' }],
  ['city with transliteration variant', 'Shelling around the southern city of Zaporizhzhia killed five.', { name: 'Zaporizhzhia', kind: 'city', country: 'UA' }],
  ['city named by "city of" only', 'Fighting near the town of Nowheresk went on.', { name: 'Nowheresk', kind: 'city', country: null }],
  ['capital as a place', 'The talks were held in Moscow.', { name: 'Moscow', kind: 'city', country: 'RU' }],
  ['ambiguous city: article country wins', 'Canada said the storm hit London, Ontario, and Canada braced for more. Canada again.', { name: 'London', kind: 'city', country: 'CA' }],
  ['ambiguous city: largest by default', 'The summit opened in London.', { name: 'London', kind: 'city', country: 'GB' }],
  ['region with possessive country', 'Russian forces shelled Ukraine’s southern Kherson region.', { name: 'Kherson region', kind: 'region', country: 'UA', mentions: ['Kherson region'] }],
  ['region from a city name', 'A truck was burning in the Irkutsk region, far away.', { name: 'Irkutsk region', kind: 'region', country: 'RU' }],
  ['province (admin-1 gazetteer gives its state)', 'Floods hit Sichuan province overnight.', { name: 'Sichuan province', kind: 'region', country: 'CN' }],
  ['landmark with "in City"', 'Delegations met at the Ciragan Palace in Istanbul.', { name: 'Ciragan Palace', kind: 'landmark', country: 'TR' }],
  ['landmark: square', 'Crowds gathered in Tahrir Square on Friday.', { name: 'Tahrir Square', kind: 'landmark', country: null }],
  ['landmark: airport', 'Flights left Heathrow Airport late.', { name: 'Heathrow Airport', kind: 'landmark', country: null }],
  ['geo-feature: Arctic', 'Bases deep inside Russia, including the remote Arctic regions, were hit.', { name: 'Arctic', kind: 'geo-feature', country: 'RU' }],
  ['geo-feature: adjective as place', 'Bases in the remote Arctic, Siberian and Far East regions were hit.', { name: 'Siberia', kind: 'geo-feature', country: 'RU', mentions: ['Siberian'] }],
  ['geo-feature: Far East', 'Bases in the remote Arctic, Siberian and Far East regions were hit.', { name: 'Far East', kind: 'geo-feature', country: null }],
  ['geo-feature: peninsula', 'Drones flew over the Crimean peninsula overnight.', { name: 'Crimean peninsula', kind: 'geo-feature', country: 'UA' }],
  ['geo-feature: sea', 'Ships sailed into the Black Sea.', { name: 'Black Sea', kind: 'geo-feature', country: null }],
  ['geo-feature: river', 'Troops crossed the Dnipro river at night.', { name: 'Dnipro river', kind: 'geo-feature', country: null }],
  ['city whose letter NFD keeps (ł)', 'Water reached Łódź and then Wrocław overnight.', { name: 'Wrocław', kind: 'city', country: 'PL' }],
  ['admin-1 region by name', 'Rain fell across Lower Saxony on Sunday.', { name: 'Lower Saxony', kind: 'region', country: 'DE' }],
  ['place shape: County head is a region', 'The fire tore through San Bernardino County.', { name: 'San Bernardino County', kind: 'region', country: null }],
  ['place shape: Valley head is a geo-feature', 'Winds swept the Coachella Valley overnight.', { name: 'Coachella Valley', kind: 'geo-feature', country: null }],
  ['place shape: Saint + name is a city', 'Crews worked near St Albans on Monday.', { name: 'St Albans', kind: 'city', country: null }],
  ['unknown name after "near" is a settlement', 'The fire spread near Oakvale overnight.', { name: 'Oakvale', kind: 'city', country: null }],
  ['country mentioned twice keeps both', 'Children from Ukraine were taken. It is 2,500 miles from Ukraine.', { name: 'Ukraine', kind: 'country', country: 'UA', mentions: ['Ukraine', 'Ukraine'] }],
  ['region outweighs a small town of its name', 'Storms hit Florida on Tuesday.', { name: 'Florida', kind: 'region', country: 'US' }],
  ['a US state named like a country in a US article', 'President Joe Biden said the United States would help. The United States agreed. Voters in Georgia and the United States voted.', { name: 'Georgia', kind: 'region', country: 'US' }],
  ['city qualified by its region', 'A crane fell in St. Petersburg, Florida, on Thursday.', { name: 'St. Petersburg', kind: 'city', country: 'US' }],
  ['qualified mention settles every mention', 'St. Petersburg got rain. A crane fell in St. Petersburg, Florida, later.', { name: 'St. Petersburg', kind: 'city', country: 'US', mentions: ['St. Petersburg', 'St. Petersburg'] }],
  ['unqualified city keeps the largest', 'The ballet toured St. Petersburg in May.', { name: 'St. Petersburg', kind: 'city', country: 'RU' }],
  ['feature after a possessive region', 'The storm struck Florida’s Gulf Coast overnight.', { name: 'Gulf Coast', kind: 'geo-feature', country: 'US' }],
  ['ocean from the gazetteer', 'The storm moved out over the Atlantic by morning.', { name: 'Atlantic', kind: 'geo-feature', country: null }],
  ['gulf from the gazetteer', 'It strengthened over the Gulf of Mexico.', { name: 'Gulf of Mexico', kind: 'geo-feature', country: null }],
  ['county in a local article takes its state', 'Rain hit Tampa and Orlando, Florida. Roads in Polk County flooded near Orlando and Tampa.', { name: 'Polk County', kind: 'region', country: 'US' }],
  ['county in an article spread over states stays unplaced', 'Floods hit Berlin, Paris and Rome. Roads in Polk County flooded.', { name: 'Polk County', kind: 'region', country: null }],
  ['landmark: field', 'Crews gathered at Tropicana Field on Monday.', { name: 'Tropicana Field', kind: 'landmark', country: null }],
  // Landmarks by a lower-case head after the name.
  ['landmark: lower-case crossing', 'Aid trucks queued at the Rafah crossing on Monday.', { name: 'Rafah crossing', kind: 'landmark', country: null, mentions: ['Rafah crossing'] }],
  ['landmark: prison', 'Israel then freed 24 women from Ofer prison and other jails.', { name: 'Ofer prison', kind: 'landmark', country: 'IL', mentions: ['Ofer prison'] }],
  ['landmark: modifier + head', 'Missiles hit Nevatim air base in the Negev.', { name: 'Nevatim air base', kind: 'landmark', country: null, mentions: ['Nevatim air base'] }],
  ['landmark: dam with city after "in"', 'The Kakhovka dam in Kherson was breached.', { name: 'Kakhovka dam', kind: 'landmark', country: 'UA' }],
  ['landmark: foreign first word', 'Gold came at the Stade de France on Sunday.', { name: 'Stade de France', kind: 'landmark', country: null, mentions: ['Stade de France'] }],
  // Regions.
  ['region: compass noun before a state', 'Aid to north-west Syria has barely trickled in.', { name: 'north-west Syria', kind: 'region', country: 'SY', mentions: ['north-west Syria'] }],
  ['region: a list before a plural head', 'Tusk declared a disaster for the Lower Silesia, Opole and Silesia regions.', { name: 'Opole', kind: 'region', country: 'PL', mentions: ['Opole'] }],
  ['region: admin-1 division with a lower-case head', 'The Moravian-Silesian region faced the gravest situation.', { name: 'Moravian-Silesian region', kind: 'region', country: 'CZ' }],
  ['region: constituent country of the UK', 'Labour swept Scotland on Thursday.', { name: 'Scotland', kind: 'region', country: 'GB' }],
  ['region: AP state abbreviation after a town', 'Supporters cheered in West Palm Beach, Fla. (Jane Roe/Reuters)\n\nThe story goes on.', { name: 'Florida', kind: 'region', country: 'US', mentions: ['Fla.'] }],
  // Geo-features.
  ['geo-feature: compass + continent', 'The death toll from flooding in central Europe rose.', { name: 'Central Europe', kind: 'geo-feature', country: null, mentions: ['central Europe'] }],
  ['geo-feature: Gulf of + city', 'A low formed over the Gulf of Genoa last week.', { name: 'Gulf of Genoa', kind: 'geo-feature', country: 'IT', mentions: ['Gulf of Genoa'] }],
  ['geo-feature: bare river after "the"', 'Budapest prepared for the Danube to crest.', { name: 'Danube', kind: 'geo-feature', country: null, mentions: ['Danube'] }],
  ['geo-feature: lower-case foothills', 'In the San Gabriel foothills, the fire spread.', { name: 'San Gabriel foothills', kind: 'geo-feature', country: null }],
  ['geo-feature: Bend head', 'Helene came ashore in the Big Bend on September 26.', { name: 'Big Bend', kind: 'geo-feature', country: null }],
  // Countries in a place role.
  ['country: destination of a trip', 'The mayor cut short a trip to Ghana.', { name: 'Ghana', kind: 'country', country: 'GH' }],
  ['country: border with', 'The summit was held 20 miles from the border with Belarus.', { name: 'Belarus', kind: 'country', country: 'BY' }],
  ['country: coordinated with a region', 'Spending will rise for capacity in Arizona and Malaysia.', { name: 'Malaysia', kind: 'country', country: 'MY' }],
  ['country: where an election is held, named as written', 'Labour has won the UK general election by a landslide.', { name: 'UK', kind: 'country', country: 'GB', mentions: ['UK'] }],
  ['country: possessive before a person', "Algeria's Imane Khelif won boxing gold.", { name: 'Algeria', kind: 'country', country: 'DZ' }],
  // States from context.
  ['city: state from an appositive nationality', 'In Jindires, a Syrian town near the border, rescuers dug.', { name: 'Jindires', kind: 'city', country: 'SY' }],
  ['city: state from "X, in Y"', 'Crowds greeted buses in Beitunia, in the occupied West Bank.', { name: 'Beitunia', kind: 'city', country: 'PS' }],
  ['city: state from the only state named in its sentence', 'In Poland, residents fled to the hills near Klodzkowo.', { name: 'Klodzkowo', kind: 'city', country: 'PL' }],
  ['city: capital without its district suffix', 'She flew back to Washington on Tuesday.', { name: 'Washington', kind: 'city', country: 'US' }],
  // Round 5: heads before and after names, appositives, qualifiers.
  ['geo-feature: leading River head', 'Sewage flowed into the River Severn overnight.', { name: 'River Severn', kind: 'geo-feature', country: null, mentions: ['River Severn'] }],
  ['geo-feature: leading Wadi head', 'Floodwater tore down Wadi Hanifa overnight.', { name: 'Wadi Hanifa', kind: 'geo-feature', country: null }],
  ['geo-feature: leading Mount head', 'Ash rose from Mount Etna on Sunday.', { name: 'Mount Etna', kind: 'geo-feature', country: null }],
  ['region: trailing compound compass word', 'Rain soaked the Pacific Southwest on Monday.', { name: 'Pacific Southwest', kind: 'region', country: null }],
  ['country: Britain', 'Prices rose in Britain last month.', { name: 'Britain', kind: 'country', country: 'GB', mentions: ['Britain'] }],
  ['country: a ranking within the state', "The firm is Britain's largest water company.", { name: 'Britain', kind: 'country', country: 'GB' }],
  ['country: most + adjective ranking', "Lagos, Nigeria's most populous city, flooded.", { name: 'Nigeria', kind: 'country', country: 'NG' }],
  ['landmark: modified works head', 'Pipes burst at the Hartfield sewage works on Friday.', { name: 'Hartfield sewage works', kind: 'landmark', country: null, mentions: ['Hartfield sewage works'] }],
  ['landmark: lower-case head after a name read as a person', 'At dawn the Ahmed Kassem dam gave way.', { name: 'Ahmed Kassem dam', kind: 'landmark', country: null }],
  ['landmark: South Asian building head', 'Ministers were sworn in at Vigyan Bhavan.', { name: 'Vigyan Bhavan', kind: 'landmark', country: null }],
  ['region: a state written after "Town, "', 'Workers struck in Tacoma, Washington, on Friday.', { name: 'Washington', kind: 'region', country: 'US' }],
  ['city: a province named after its city', 'Aid flew to Benghazi on Tuesday.', { name: 'Benghazi', kind: 'city', country: 'LY' }],
  ['region: appositive constituency', 'The party lost Hartfield, the constituency that includes the port.', { name: 'Hartfield', kind: 'region', country: null }],
  ['geo-feature: a company alias inside a place-shaped name', 'Severn Power raised bills. Severn said it would invest. Homes in the Severn Valley flooded.', { name: 'Severn Valley', kind: 'geo-feature', country: null, mentions: ['Severn Valley'] }],
  ['landmark: foreign first word after a person reading', 'Fans filled the Stade de France on Sunday.', { name: 'Stade de France', kind: 'landmark', country: null }],
  ['city: a mid-size namesake abroad yields to the state the article is about', 'Israel said Israel had won. Israel and Israel again. Israel. A girl near Arad, in the Negev desert, was hurt.', { name: 'Arad', kind: 'city', country: 'IL' }],
];

describe('locations', () => {
  it.each(cases)('%s', (_label, text, expected) => expectLocation(text, expected));
});
