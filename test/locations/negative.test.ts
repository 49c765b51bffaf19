import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { findLocations } from '../../src/locations/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, a location name that must not be found] */
const cases: Array<[string, string, string]> = [
  ['no place for a country acting', 'Russia presented a memo.', 'Russia'],
  ['no place for a country acted upon', 'There must be new pressure on Russia.', 'Russia'],
  ['no place for delegations from a state', 'Delegations from Russia and Ukraine have met.', 'Ukraine'],
  ['no place for a capital acting', 'He said Kyiv had made a show of it.', 'Kyiv'],
  ['no place for a nationality adjective', 'Drones hit Russian air bases in five Russian regions.', 'Russia'],
  ['no place for a continent adjective with people', 'European leaders met on Monday.', 'Europe'],
  ['no place from a credit', 'A truck burning (Igor Kobets/AP)\n\nThe story goes on.', 'AP'],
  ['no place from a person', 'Georgia Meloni spoke to reporters.', 'Georgia'],
  ['no place from a month', 'The talks on May 16 in Istanbul were the first.', 'May'],
  ['no place from a person after "at"', 'He spoke at length with Maria Lopez on Monday.', 'Maria Lopez'],
  ['no place from an organisation after "at"', 'Analysts at Brightline Research expect growth.', 'Brightline Research'],
  ['no place from the short name of an organisation', 'Brightwave Devices grew. Engineers at Brightwave were pleased.', 'Brightwave'],
  ['no place from an adjective after "in"', 'Interest in Olympic sports rose.', 'Olympic'],
  ['no city split at a place abbreviation', 'A crane fell in St. Petersburg, Florida.', 'Petersburg'],
  ['no place for a body named National X Center', 'Winds rose, the National Storm Center said.', 'National Storm Center'],
  ['no country for states listed as actors', 'Germany, Mexico, South Korea and Israel have sent crews.', 'Mexico'],
  ['no country for a state that gives help', 'The deal was brokered by Qatar with help from Egypt and the US.', 'Egypt'],
  ['no country for a state that receives aid', 'Britain said it would send aid to Ukraine.', 'Ukraine'],
  ['no place for a state owning its ministry', "Russia's Defence Ministry said 40 drones were downed.", 'Russia'],
  ['no place for a state owning its army', "Ukraine's Armed Forces said the bridge was hit.", 'Ukraine'],
  ['no country from a nationality that is also a spelling of the state', 'Hamas released 10 Thai farm workers.', 'Thailand'],
  ['no region from a nationality before a plural head', 'The bases lay in five Russian regions.', 'Russian'],
  ['no region from a nationality a small division shares', 'German two-year bond yields dropped.', 'German'],
  ['no region for a compass adjective that locates a named town', 'A girl in Arad in southern Israel was hurt.', 'southern Israel'],
  ['no landmark for a political base', 'He rallied the Trump base on Friday.', 'Trump base'],
  ['no landmark for a market', 'Sales in the US market rose.', 'US market'],
  ['no landmark for a state before a generic works', "The company's Texas plant was not affected.", 'Texas plant'],
  ['no US state from an abbreviation that is a word, alone', 'He met Miss. Jones on Friday.', 'Mississippi'],
  ['no river from a surname without "the"', 'Murray said the plan would work.', 'Murray'],
  ['no region from a capitalised compass word alone', 'Central banks met on Monday.', 'Central'],
  ['no region for a union district', 'Members of the Aerospace Workers District 12 walked out.', 'Aerospace Workers District'],
  ['no place for a state ranked by its action', "Russia's largest attack hit the grid.", 'Russia'],
  ['no town from an appositive that modifies a noun', 'Hartfield, a town councillor, spoke on Friday.', 'Hartfield'],
  ['no landmark from "works" as a verb', 'Jane Smith works at the bank.', 'Jane Smith works'],
  ['no city from a title before a person', 'Los Angeles Mayor Karen Bass spoke.', 'Los Angeles Mayor Karen Bass'],
  ['no geo-feature from a River person name', 'River Phoenix starred in the film.', 'River Phoenix'],
  // Round 6: roads, squares, ranges, lists, possessives.
  ['no road from a lower-case route', 'He mapped out a route to victory.', 'route'],
  ['no road from "Route" without a number', 'Route planners met on Monday.', 'Route'],
  ['no road from a paper size outside a road sentence', 'The A4 sheets jammed the printer.', 'A4'],
  ['no road from an aircraft code', 'The A350 landed safely on the runway after the flight near the road.', 'A350'],
  ['no landmark from a company named Square', 'Square Enix shares rose 5% on Monday.', 'Square Enix'],
  ['no landmark from a square deal', 'Workers said it was a square deal.', 'square deal'],
  ['no square without "the"', 'Zocalo Media raised funds.', 'Zocalo Media'],
  ['no range from a team of that name', 'The Rockies beat the Dodgers 5-3.', 'Rockies'],
  ['no region from a company listed with companies', 'Under the law, gatekeepers including Apple, Alphabet and Meta face fines.', 'Meta'],
  ['no town from an unknown name standing alone', 'Grande Prairie said the plan would work.', 'Grande Prairie'],
  ['no town from a pair with an unknown name the table lacks', 'He held his seat of Richmond and Northallerton.', 'Northallerton'],
  ['no town from names joined by a comma only', 'Supporters filled the Plaza, Mexico City’s main square.', 'Plaza'],
  ['no place for a navy named after its sea', "Russia's Black Sea Fleet was hit overnight.", 'Russia'],
  ['no city for a city-state where no body sits', 'Talks in Luxembourg ended on Monday.', 'Luxembourg City'],
  ['no place for a firm\'s short name acting', "Alaska Airlines agreed the deal. Alaska is paying $18 a share. Alaska's stock slipped.", 'Alaska'],
  ['no constituency from a seat in a chamber', 'She won a seat in Parliament in 2019.', 'Parliament'],
  ['no constituency from a month after "elected in"', 'He was elected in May with a large majority.', 'May'],
  ['no building without "the"', 'Apple building works stopped.', 'Apple building'],
];

describe('locations: negative', () => {
  it.each(cases)('%s', (_label, text, name) => {
    const document = documentOf(text);
    const locations = findLocations(document, findActors(document));
    expect(locations.filter((l) => l.name === name), JSON.stringify(locations, null, 1)).toEqual([]);
  });

  it('keeps the embassy of a state in the place it stands, not in that state', () => {
    const document = documentOf('Protesters gathered outside the US embassy on Friday.');
    const embassy = findLocations(document, findActors(document)).find((l) => l.name === 'US embassy');
    expect(embassy?.country ?? null).not.toBe('US');
  });

  it('keeps "the state of" a country for a state', () => {
    const document = documentOf('Officials of the state of Israel spoke in Jerusalem.');
    const israel = findLocations(document, findActors(document)).filter((l) => l.name === 'Israel');
    expect(israel.every((l) => l.kind === 'country')).toBe(true);
  });

  it('keeps a state after "elected in" a country, not a constituency', () => {
    const document = documentOf('He was elected in France last year.');
    const france = findLocations(document, findActors(document)).filter((l) => l.name === 'France');
    expect(france.map((l) => l.kind)).not.toContain('region');
  });

  it('keeps a city-state a country where no body sits in it', () => {
    const document = documentOf('Talks in Luxembourg ended on Monday.');
    const luxembourg = findLocations(document, findActors(document)).filter((l) => l.name === 'Luxembourg');
    expect(luxembourg.map((l) => l.kind)).toEqual(['country']);
  });

  it('never puts "the" or trailing punctuation in a place name or mention', () => {
    const document = documentOf('They met at the Ciragan Palace in Istanbul, then flew over the Crimean peninsula. In Vilnius, Lithuania, he spoke.');
    for (const l of findLocations(document, findActors(document))) {
      expect(l.name).not.toMatch(/^the\s|[,.;:]$/i);
      for (const m of l.mentions) expect(m.text).not.toMatch(/^the\s|[,.;:]$/i);
    }
  });
});
