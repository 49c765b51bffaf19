import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import { placeKey } from './place-key.js';

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
  return best ?? candidates[0] ?? null;
}

/**
 * States, provinces and regions that hold a city of the table ("California", "Lower Silesia"), each with the
 * state of its most populous city. Only provinces whose cities add up to a sizeable population count.
 */
function buildProvinces(): ReadonlyMap<string, { name: string; country: string }> {
  const totals = new Map<string, { name: string; country: string; population: number }>();
  for (const c of cityMap as unknown as CityRecord[]) {
    if (!c.province) continue;
    const key = placeKey(c.province);
    const entry = totals.get(key);
    if (!entry) totals.set(key, { name: c.province, country: c.iso2, population: c.pop });
    else entry.population += c.pop;
  }
  return new Map([...totals].filter(([, e]) => e.population >= MIN_POPULATION * 10).map(([k, e]) => [k, { name: e.name, country: e.country }]));
}

const PROVINCES = buildProvinces();

/** The first-level region of that name, if the table knows one. */
export function provinceNamed(name: string): { name: string; country: string } | null {
  return PROVINCES.get(placeKey(name)) ?? null;
}
