import { placeKey } from './place-key.js';

export interface GeoFeature {
  /** The usual English name, without "the". */
  name: string;
  kind: 'geo-feature' | 'region';
  country: string | null;
}

/**
 * Major rivers of the world that news names bare ("the Danube crested"), with the state where one state holds the
 * whole river. Rivers that share a name with a state or a country (Jordan, Congo, Ohio, Colorado) are left out.
 */
const RIVERS: ReadonlyArray<[string, string | null]> = [
  ['Danube', null], ['Rhine', null], ['Seine', 'FR'], ['Loire', 'FR'], ['Rhone', null], ['Thames', 'GB'], ['Severn', 'GB'],
  ['Shannon', 'IE'], ['Elbe', null], ['Oder', null], ['Vistula', 'PL'], ['Po', 'IT'], ['Tiber', 'IT'], ['Ebro', 'ES'],
  ['Tagus', null], ['Volga', 'RU'], ['Dnieper', null], ['Dniester', null], ['Nile', null], ['Zambezi', null], ['Limpopo', null],
  ['Tigris', null], ['Euphrates', null], ['Indus', null], ['Ganges', null], ['Brahmaputra', null], ['Yangtze', 'CN'],
  ['Mekong', null], ['Irrawaddy', 'MM'], ['Amur', null], ['Yenisei', 'RU'], ['Mississippi River', 'US'], ['Hudson', 'US'],
  ['Potomac', 'US'], ['Rio Grande', null], ['Yukon', null], ['Orinoco', null], ['Parana', null], ['Murray', 'AU'],
];

/**
 * Named regions and features of the world that no city or country table holds, with the adjective news uses for
 * them ("Siberian regions" are places in Siberia). Keys are names and adjectives; a country where the feature lies
 * within one state.
 */
const FEATURES: ReadonlyArray<[readonly string[], GeoFeature]> = [
  [['Arctic'], { name: 'Arctic', kind: 'geo-feature', country: null }],
  [['Antarctic', 'Antarctica'], { name: 'Antarctica', kind: 'geo-feature', country: null }],
  [['Far East'], { name: 'Far East', kind: 'geo-feature', country: null }],
  [['Middle East'], { name: 'Middle East', kind: 'geo-feature', country: null }],
  [['Siberia', 'Siberian'], { name: 'Siberia', kind: 'geo-feature', country: 'RU' }],
  [['Crimea', 'Crimean'], { name: 'Crimea', kind: 'geo-feature', country: 'UA' }],
  [['Donbas', 'Donbass'], { name: 'Donbas', kind: 'region', country: 'UA' }],
  [['Caucasus', 'Caucasian'], { name: 'Caucasus', kind: 'geo-feature', country: null }],
  [['Balkans', 'Balkan'], { name: 'Balkans', kind: 'geo-feature', country: null }],
  [['Baltic', 'Baltics'], { name: 'Baltic', kind: 'geo-feature', country: null }],
  [['Sahel'], { name: 'Sahel', kind: 'geo-feature', country: null }],
  [['Sahara', 'Saharan'], { name: 'Sahara', kind: 'geo-feature', country: null }],
  [['Gaza Strip', 'Gaza'], { name: 'Gaza', kind: 'region', country: 'PS' }],
  [['West Bank'], { name: 'West Bank', kind: 'region', country: 'PS' }],
  [['Kashmir', 'Kashmiri'], { name: 'Kashmir', kind: 'region', country: null }],
  [['Scandinavia', 'Scandinavian'], { name: 'Scandinavia', kind: 'geo-feature', country: null }],
  [['Mediterranean'], { name: 'Mediterranean', kind: 'geo-feature', country: null }],
  [['Black Sea'], { name: 'Black Sea', kind: 'geo-feature', country: null }],
  [['Red Sea'], { name: 'Red Sea', kind: 'geo-feature', country: null }],
  [['South China Sea'], { name: 'South China Sea', kind: 'geo-feature', country: null }],
  [['Gulf of Mexico'], { name: 'Gulf of Mexico', kind: 'geo-feature', country: null }],
  [['Caribbean'], { name: 'Caribbean', kind: 'geo-feature', country: null }],
  [['Atlantic', 'Atlantic Ocean'], { name: 'Atlantic', kind: 'geo-feature', country: null }],
  [['Pacific', 'Pacific Ocean'], { name: 'Pacific', kind: 'geo-feature', country: null }],
  [['Indian Ocean'], { name: 'Indian Ocean', kind: 'geo-feature', country: null }],
  [['North Sea'], { name: 'North Sea', kind: 'geo-feature', country: null }],
  [['Baltic Sea'], { name: 'Baltic Sea', kind: 'geo-feature', country: null }],
  [['Persian Gulf', 'Gulf'], { name: 'Gulf', kind: 'geo-feature', country: null }],
  [['Himalayas', 'Himalayan'], { name: 'Himalayas', kind: 'geo-feature', country: null }],
  [['Amazon', 'Amazonian'], { name: 'Amazon', kind: 'geo-feature', country: null }],
  [['Europe', 'European'], { name: 'Europe', kind: 'geo-feature', country: null }],
  [['Africa', 'African'], { name: 'Africa', kind: 'geo-feature', country: null }],
  [['Asia', 'Asian'], { name: 'Asia', kind: 'geo-feature', country: null }],
  [['North America'], { name: 'North America', kind: 'geo-feature', country: null }],
  [['South America', 'Latin America'], { name: 'Latin America', kind: 'geo-feature', country: null }],
  [['Oceania'], { name: 'Oceania', kind: 'geo-feature', country: null }],
];

/** Adjectives that are a place only where they modify a place noun ("Siberian regions", not "European officials"). */
const ADJECTIVE_ONLY = new Set(['siberian', 'crimean', 'caucasian', 'balkan', 'saharan', 'amazonian', 'kashmiri', 'scandinavian', 'european', 'african', 'asian', 'himalayan']);

const BY_KEY: ReadonlyMap<string, GeoFeature> = new Map(FEATURES.flatMap(([keys, f]) => keys.map((k) => [placeKey(k), f] as const)));

/** The feature a name or adjective names, and whether the word is only an adjective (a place only before a place noun). */
export function geoFeatureNamed(words: string): { feature: GeoFeature; adjective: boolean } | null {
  const key = placeKey(words);
  const feature = BY_KEY.get(key);
  return feature ? { feature, adjective: ADJECTIVE_ONLY.has(key) } : null;
}

const RIVERS_BY_KEY: ReadonlyMap<string, GeoFeature> = new Map(RIVERS.map(([name, country]) => [placeKey(name), { name: name.replace(/ River$/, ''), kind: 'geo-feature', country }]));

/**
 * The river a bare name is: only to be asked where "the" stands before it ("the Danube", "the Hudson"), since alone
 * the name may be a surname ("Murray", "Hudson"). Kept apart from geoFeatureNamed, which actors ask of every name.
 */
export function riverNamed(name: string): GeoFeature | null {
  return RIVERS_BY_KEY.get(placeKey(name)) ?? null;
}

/**
 * Mountain ranges news names bare ("the Alps") or after a nationality ("the Canadian Rockies", "the Swiss Alps"),
 * with the state where one state holds the whole range. Asked only after "the" or a nationality: "Rockies" alone
 * is also a baseball team.
 */
const MOUNTAIN_RANGES: ReadonlyArray<[readonly string[], string | null]> = [
  [['Rockies', 'Rocky Mountains'], null], [['Alps'], null], [['Andes'], null], [['Pyrenees'], null], [['Urals', 'Ural Mountains'], 'RU'],
  [['Carpathians', 'Carpathian Mountains'], null], [['Appalachians', 'Appalachian Mountains'], 'US'], [['Dolomites'], 'IT'],
  [['Apennines'], 'IT'], [['Himalayas'], null], [['Hindu Kush'], null], [['Atlas Mountains'], null], [['Sierra Nevada'], null],
  [['Cascades', 'Cascade Range'], null], [['Tatras', 'Tatra Mountains'], null], [['Balkan Mountains'], null], [['Zagros', 'Zagros Mountains'], 'IR'],
  [['Caucasus Mountains'], null], [['Karakoram'], null], [['Pamirs'], null], [['Altai'], null], [['Highlands'], null],
];

const RANGES_BY_KEY: ReadonlyMap<string, GeoFeature> = new Map(
  MOUNTAIN_RANGES.flatMap(([names, country]) => names.map((n) => [placeKey(n), { name: names[0]!, kind: 'geo-feature' as const, country }] as const)),
);

/** The mountain range a name is ("Rockies", "Alps"), to be asked only after "the" or a nationality. */
export function mountainRangeNamed(name: string): GeoFeature | null {
  return RANGES_BY_KEY.get(placeKey(name)) ?? null;
}
