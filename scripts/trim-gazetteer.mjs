/**
 * The gazetteer packages ship fields we never read (world-countries: translations into 25 languages, currencies,
 * borders; city-timezones: coordinates and time zones). tsup inlines their JSON into the bundle, so this esbuild
 * plugin keeps only the fields src/locations/gazetteer reads, and emits the table as one JSON.parse of a string,
 * which V8 parses faster than the same data as an object literal.
 *
 * The field lists below must cover every field the gazetteer source reads (see the WorldCountry and CityRecord
 * interfaces there). test/build/trimmed-gazetteer.test.ts guards it: a bundle built with this plugin must give the
 * same results as the source on every fixture.
 */

/** @param {Record<string, any>} c a world-countries record */
function trimCountry(c) {
  return {
    name: { common: c.name.common, official: c.name.official },
    cca2: c.cca2,
    cca3: c.cca3,
    capital: c.capital,
    altSpellings: c.altSpellings,
    independent: c.independent,
    ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}),
  };
}

/** @param {Record<string, any>} c a city-timezones record */
function trimCity(c) {
  return { city: c.city, city_ascii: c.city_ascii, pop: c.pop, country: c.country, iso2: c.iso2, province: c.province };
}

const TRIMS = [
  { filter: /[\\/]world-countries[\\/]countries\.json$/, trim: trimCountry },
  { filter: /[\\/]city-timezones[\\/]data[\\/]cityMap\.json$/, trim: trimCity },
];

/** @returns {import('esbuild').Plugin} */
export function trimGazetteer() {
  return {
    name: 'trim-gazetteer',
    setup(build) {
      for (const { filter, trim } of TRIMS) {
        build.onLoad({ filter }, async (args) => {
          const { readFile } = await import('node:fs/promises');
          const rows = JSON.parse(await readFile(args.path, 'utf8'));
          if (!Array.isArray(rows)) throw new Error(`trim-gazetteer: ${args.path} is not an array of records`);
          const json = JSON.stringify(rows.map(trim));
          return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
        });
      }
    },
  };
}
