import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import { placeKey } from './place-key.js';

/** The fields of world-countries (mledoze/countries, ODbL) that we read. */
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital: string[];
  altSpellings: string[];
  independent?: boolean;
  demonyms?: Record<string, { f: string; m: string }>;
}

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The usual English name ("Turkey", not "Republic of Türkiye"). */
  name: string;
  demonym: string | null;
  capitals: readonly string[];
}

/**
 * English names newsrooms use where world-countries' common name differs (it follows each state's own preference).
 * city-timezones (Natural Earth) spells countries the way English news does, so its names are added as aliases.
 */
const NEWS_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CV: 'Cape Verde', SZ: 'Eswatini', MK: 'North Macedonia', US: 'United States', MM: 'Myanmar' };

/**
 * Names news writes for a state that world-countries lists under no spelling: "Britain" is how most English news
 * names the United Kingdom ("Britain pledged", "Britain's largest water company").
 */
const NEWS_ALIASES: Readonly<Record<string, string>> = { Britain: 'GB' };

/**
 * Native spellings world-countries lists that, without their accents, are English words: "Ísland" (Iceland) would
 * make every "Island" in a name ("the Central Cross-Island Highway", "Rhode Island") a mention of Iceland.
 */
const ENGLISH_WORD_SPELLINGS: ReadonlySet<string> = new Set(['island']);

/** Short forms that are names only in capitals: "US", "UK", "UAE", "DRC". */
const UPPER_CASE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC']);

function buildCountries(): { entries: ReadonlyMap<string, CountryEntry>; byName: ReadonlyMap<string, string>; byDemonym: ReadonlyMap<string, string>; byCapital: ReadonlyMap<string, string> } {
  const entries = new Map<string, CountryEntry>();
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const byCapital = new Map<string, string>();
  // Sovereign states first: "American" is the United States, not American Samoa.
  const ordered = [...(worldCountries as unknown as WorldCountry[])].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of ordered) {
    const demonym = c.demonyms?.['eng']?.m ?? null;
    const name = NEWS_NAMES[c.cca2] ?? c.name.common;
    entries.set(c.cca2, { code: c.cca2, name, demonym, capitals: c.capital });
    // "Thai" is among Thailand's spellings, but news writes it as the nationality ("Thai farm workers"), never the state.
    const demonyms = new Set([demonym, c.demonyms?.['eng']?.f].filter((d): d is string => Boolean(d)).map(placeKey));
    for (const alias of [name, c.name.common, c.name.official, ...c.altSpellings]) {
      if (demonyms.has(placeKey(alias)) || ENGLISH_WORD_SPELLINGS.has(placeKey(alias))) continue;
      if (alias.length > 3 || UPPER_CASE_ALIASES.has(alias)) byName.set(alias.length <= 3 ? alias : placeKey(alias), c.cca2);
    }
    if (demonym) for (const d of new Set([demonym, c.demonyms?.['eng']?.f ?? demonym])) if (!byDemonym.has(placeKey(d))) byDemonym.set(placeKey(d), c.cca2);
    // "Washington D.C." is written "Washington" as often: the capital without its district suffix is the capital too.
    for (const capital of c.capital) for (const key of new Set([capital, capital.replace(/,?\s+D\.?C\.?$/, '')])) byCapital.set(placeKey(key), c.cca2);
  }
  for (const [alias, code] of Object.entries(NEWS_ALIASES)) byName.set(placeKey(alias), code);
  for (const city of cityMap as unknown as { country: string; iso2: string }[]) {
    const key = placeKey(city.country);
    if (!byName.has(key) && !city.country.includes('(')) byName.set(key, city.iso2);
  }
  return { entries, byName, byDemonym, byCapital };
}

const COUNTRIES = buildCountries();

/** The country a name stands for: "Ukraine", "the United States", "US", "Russian Federation". */
export function countryByName(name: string): CountryEntry | null {
  // "U.S." and "U.K." are the dotted spellings of the capital-letter aliases.
  const bare = name.replace(/^the\s+/i, '').replace(/^((?:\p{Lu}\.){2,3})$/u, (m) => m.replace(/\./g, ''));
  const code = UPPER_CASE_ALIASES.has(bare) ? COUNTRIES.byName.get(bare) : bare.length > 3 ? COUNTRIES.byName.get(placeKey(bare)) : undefined;
  return code ? (COUNTRIES.entries.get(code) ?? null) : null;
}

/** The country of a demonym or national adjective: "Turkish" is TR, "Ukrainian" UA. */
export function countryByDemonym(word: string): CountryEntry | null {
  const code = COUNTRIES.byDemonym.get(placeKey(word));
  return code ? (COUNTRIES.entries.get(code) ?? null) : null;
}

/** The country whose capital this is: capitals stand for governments ("Moscow said", "Kyiv officials"). */
export function countryByCapital(city: string): CountryEntry | null {
  const code = COUNTRIES.byCapital.get(placeKey(city));
  return code ? (COUNTRIES.entries.get(code) ?? null) : null;
}

export function countryByCode(code: string): CountryEntry | null {
  return COUNTRIES.entries.get(code) ?? null;
}
