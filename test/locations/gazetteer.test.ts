import { describe, expect, it } from 'vitest';
import { countryByCapital, countryByDemonym, countryByName } from '../../src/locations/gazetteer/countries.js';
import { citiesNamed, resolveCity } from '../../src/locations/gazetteer/cities.js';
import { geoFeatureNamed, riverNamed } from '../../src/locations/gazetteer/geo-features.js';
import { regionsNamed, resolveRegion } from '../../src/locations/gazetteer/regions.js';
import { dominantCountry } from '../../src/locations/gazetteer/dominant-country.js';
import { usStateAbbreviation, standsAlone } from '../../src/locations/lexicon/us-state-abbreviations.js';

describe('gazetteer', () => {
  it.each([
    ['Turkey', 'TR'], ['Türkiye', 'TR'], ['Russia', 'RU'], ['Russian Federation', 'RU'], ['US', 'US'], ['United States', 'US'],
    ['the United Kingdom', 'GB'], ['UK', 'GB'], ['U.S.', 'US'], ['U.K.', 'GB'], ['Ivory Coast', 'CI'], ['South Korea', 'KR'], ['Lithuania', 'LT'],
  ])('country name %s -> %s', (name, code) => expect(countryByName(name)?.code).toBe(code));

  it.each([['Turkish', 'TR'], ['Ukrainian', 'UA'], ['Russian', 'RU'], ['British', 'GB'], ['American', 'US'], ['Chinese', 'CN'], ['Georgian', 'GE']])(
    'demonym %s -> %s',
    (word, code) => expect(countryByDemonym(word)?.code).toBe(code),
  );

  it.each([['Kyiv', 'UA'], ['Moscow', 'RU'], ['Beijing', 'CN'], ['Vilnius', 'LT'], ['Ankara', 'TR']])('capital %s -> %s', (city, code) =>
    expect(countryByCapital(city)?.code).toBe(code),
  );

  it.each([['Istanbul', 'TR'], ['Zaporizhzhia', 'UA'], ['Irkutsk', 'RU'], ['Kherson', 'UA']])('city %s -> %s', (city, code) =>
    expect(resolveCity(city, new Map())?.country).toBe(code),
  );

  it('resolves an ambiguous city by the countries the article names', () => {
    expect(resolveCity('London', new Map())?.country).toBe('GB');
    expect(resolveCity('London', new Map([['CA', 3]]))?.country).toBe('CA');
  });

  it('ignores places below the population threshold and words that are no city', () => {
    expect(citiesNamed('Defence')).toEqual([]);
    expect(countryByName('AP')).toBeNull();
  });

  it.each([['Siberian', 'Siberia', true], ['Arctic', 'Arctic', false], ['Far East', 'Far East', false], ['Crimean', 'Crimea', true]])(
    'feature %s -> %s',
    (word, name, adjective) => expect(geoFeatureNamed(word)).toMatchObject({ feature: { name }, adjective }),
  );

  it.each([['Lower Silesia', 'PL'], ['Lower Austria', 'AT'], ['Scotland', 'GB'], ['Opole', 'PL'], ['Moravian-Silesian', 'CZ'], ['Sichuan', 'CN']])(
    'admin-1 region %s -> %s',
    (name, code) => expect(resolveRegion(name, new Map())?.country).toBe(code),
  );

  it('resolves a region several states share by the article, and never reads a bare compass word as one', () => {
    expect(resolveRegion('Florida', new Map([['US', 3]]))?.country).toBe('US');
    expect(resolveRegion('Florida', new Map())).toBeNull();
    expect(regionsNamed('Central')).toEqual([]);
  });

  it.each([['Danube', null], ['Seine', 'FR'], ['Thames', 'GB']])('river %s -> %s', (name, code) => expect(riverNamed(name)?.country).toBe(code));

  it.each([[[['IL', 25], ['IR', 10]], 'IL'], [[['FR', 11], ['US', 6]], null], [[['US', 2]], null]] as const)('dominant country of %j -> %s', (weights, code) =>
    expect(dominantCountry(new Map(weights as unknown as [string, number][]))).toBe(code),
  );

  it.each([['Fla.', 'Florida', true], ['Calif', 'California', true], ['Miss.', 'Mississippi', false], ['Foo.', null, false]] as const)(
    'US state abbreviation %s -> %s (alone: %s)',
    (word, state, alone) => {
      expect(usStateAbbreviation(word)).toBe(state);
      expect(standsAlone(word)).toBe(alone);
    },
  );
});
