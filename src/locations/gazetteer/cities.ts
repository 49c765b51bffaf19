import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import { placeKey } from './place-key.js';
import { dominantCountry } from './dominant-country.js';

/** The fields of city-timezones' table (Natural Earth populated places) that we read. */
interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}

export interface CityEntry {
  name: string;
  country: string;
  population: number;
}

/**
 * Small places share names with common words and surnames ("Mobile", "Reading", "Lincoln"): only towns above this
 * size are found by name alone. A place named with "the city of" or "the town of" needs no gazetteer.
 */
const MIN_POPULATION = 30_000;

function buildCities(): ReadonlyMap<string, readonly CityEntry[]> {
  const byKey = new Map<string, CityEntry[]>();
  for (const c of cityMap as unknown as CityRecord[]) {
    if (c.pop < MIN_POPULATION) continue;
    const entry = { name: c.city, country: c.iso2, population: c.pop };
    for (const key of new Set([placeKey(c.city), placeKey(c.city_ascii)])) {
      const list = byKey.get(key) ?? [];
      list.push(entry);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  return byKey;
}

const CITIES = buildCities();

/** Every town of the table, whatever its size: asked only where the context already says a town is meant. */
function buildTowns(): ReadonlyMap<string, readonly CityEntry[]> {
  const byKey = new Map<string, CityEntry[]>();
  for (const c of cityMap as unknown as CityRecord[]) {
    const entry = { name: c.city, country: c.iso2, population: c.pop };
    for (const key of new Set([placeKey(c.city), placeKey(c.city_ascii)])) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return byKey;
}

const TOWNS = buildTowns();

/** Every town of that name the table holds, small ones too ("Hinton", pop. 10,000): for names a context calls towns. */
export function townsNamed(name: string): readonly CityEntry[] {
  return TOWNS.get(placeKey(name)) ?? [];
}

/** Every city of that name above the population threshold, largest first. */
export function citiesNamed(name: string): readonly CityEntry[] {
  return CITIES.get(placeKey(name)) ?? [];
}

/**
 * The city a name most likely means in this article: one in a country the article names (most named first), else
 * the largest. "Georgia" and "Paris" are resolved by the countries around them.
 */
export function resolveCity(name: string, countryWeights: ReadonlyMap<string, number>): CityEntry | null {
  const candidates = citiesNamed(name);
  let best: CityEntry | null = null;
  let bestWeight = 0;
  for (const c of candidates) {
    const weight = countryWeights.get(c.country) ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [c, weight];
  }
  if (best) return best;
  const largest = candidates[0] ?? null;
  // "Arad" in an article about Israel: a mid-size town abroad is less likely than a namesake in the state the
  // article is about, too small for our table. Its state is left for the context to give.
  if (largest && largest.population < WORLD_CITY_POPULATION && dominantCountry(countryWeights)) return null;
  return largest;
}

/** Cities this big ("London", "Genoa") keep their own state wherever the article is set. */
const WORLD_CITY_POPULATION = 300_000;


/**
 * States, provinces and regions that hold a city of the table ("California", "Lower Silesia"), each with the
 * state of its most populous city. Only provinces whose cities add up to a sizeable population count.
 */
function buildProvinces(): ReadonlyMap<string, ProvinceEntry> {
  // Per name and state first: "Florida" is a US state and a department of Uruguay; the bigger one keeps the name.
  const totals = new Map<string, ProvinceEntry>();
  for (const c of cityMap as unknown as CityRecord[]) {
    if (!c.province) continue;
    const key = `${placeKey(c.province)}|${c.iso2}`;
    const entry = totals.get(key);
    if (!entry) totals.set(key, { name: c.province, country: c.iso2, population: c.pop });
    else entry.population += c.pop;
  }
  const byName = new Map<string, ProvinceEntry>();
  for (const [key, entry] of totals) {
    const name = key.slice(0, key.lastIndexOf('|'));
    const known = byName.get(name);
    if (!known || entry.population > known.population) byName.set(name, entry);
  }
  return byName;
}

function keepSizeable(byName: ReadonlyMap<string, ProvinceEntry>): ReadonlyMap<string, ProvinceEntry> {
  return new Map([...byName].filter(([, e]) => e.population >= MIN_POPULATION * 10));
}

export interface ProvinceEntry {
  name: string;
  country: string;
  /** The summed population of its cities in the table: how big a region it is. */
  population: number;
}

const PROVINCES = keepSizeable(buildProvinces());

/** The first-level region of that name, if the table knows one. */
export function provinceNamed(name: string): ProvinceEntry | null {
  return PROVINCES.get(placeKey(name)) ?? null;
}

/**
 * Whether a name means the region rather than a town of the same name: "Florida" is the US state, not the town in
 * Uruguay, since the region is many times the size of every such town. "New York" and "Santiago" stay cities.
 */
export function regionOutweighsCities(name: string): boolean {
  const province = provinceNamed(name);
  if (!province) return false;
  return citiesNamed(name).every((c) => c.population * REGION_TO_CITY < province.population);
}

/** How many times bigger than a same-named town a region must be for its name to mean the region. */
const REGION_TO_CITY = 5;
