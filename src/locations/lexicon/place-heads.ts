/** Head words of named buildings and sites: "Dolmabahce Palace", "Maidan Square", "Kakhovka Dam". Lower case. */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set([
  'palace', 'square', 'bridge', 'airport', 'stadium', 'arena', 'cathedral', 'church', 'mosque', 'temple', 'synagogue',
  'monastery', 'abbey', 'hotel', 'dam', 'port', 'harbour', 'harbor', 'station', 'terminal', 'tower', 'castle', 'fort',
  'fortress', 'citadel', 'museum', 'gallery', 'theatre', 'theater', 'hall', 'plaza', 'park', 'gardens', 'garden',
  'cemetery', 'memorial', 'monument', 'base', 'airbase', 'airfield', 'prison', 'refinery', 'mine', 'plant', 'embassy',
  'street', 'avenue', 'boulevard', 'road', 'highway', 'motorway', 'crossing', 'checkpoint', 'building', 'centre',
  'center', 'field', 'mall', 'market', 'bazaar', 'campus', 'zoo', 'pier', 'wharf', 'lighthouse', 'pipeline', 'tunnel',
  // Heads of South Asian building names that English news keeps: "Rashtrapati Bhavan", "Taj Mahal", "Jama Masjid".
  'bhavan', 'bhawan', 'mahal', 'masjid', 'mandir', 'gurdwara',
]);

/** Lower-case heads after a name that make it a natural feature: "Crimean peninsula", "Dnipro river". */
export const GEO_FEATURE_HEADS: ReadonlySet<string> = new Set([
  'peninsula', 'sea', 'river', 'mountains', 'mountain', 'mount', 'island', 'islands', 'lake', 'bay', 'gulf', 'strait',
  'straits', 'desert', 'valley', 'coast', 'basin', 'delta', 'ocean', 'canal', 'plateau', 'steppe', 'forest', 'hills',
  'range', 'archipelago', 'channel', 'lagoon', 'glacier', 'volcano', 'reservoir', 'estuary', 'plain', 'plains',
  'foothills', 'highlands', 'lowlands', 'wetlands', 'marshes', 'canyon', 'falls', 'creek', 'fjord', 'ravine', 'gorge',
]);

/**
 * Lower-case words that may stand between a name and its landmark head: "Nevatim air base", "Zaporizhzhia
 * nuclear power plant", "Rafah border crossing".
 */
export const LANDMARK_HEAD_MODIFIERS: ReadonlySet<string> = new Set([
  'air', 'naval', 'military', 'army', 'nuclear', 'power', 'border', 'international', 'oil', 'gas', 'hydroelectric',
  'railway', 'rail', 'train', 'bus', 'ferry', 'refugee', 'detention', 'police', 'coal', 'steel', 'chemical', 'water',
  'treatment', 'sewage', 'waste', 'desalination', 'pumping', 'football', 'olympic', 'city', 'main', 'central', 'ski', 'car', 'assembly', 'container', 'cargo',
]);

/** Landmark heads that a demonym names: "the Iranian consulate", "the US embassy" are buildings, not states. */
export const STATE_BUILDING_HEADS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'consulate-general', 'legation', 'mission']);

/**
 * First words of landmark names in the languages news keeps untranslated: "Stade de France", "Palais Garnier",
 * "Estadio Azteca", "Piazza San Marco". Lower case, without diacritics (looked up by placeKey).
 */
export const FOREIGN_LANDMARK_FIRST_WORDS: ReadonlySet<string> = new Set([
  'stade', 'estadio', 'stadio', 'palais', 'palacio', 'palazzo', 'chateau', 'castillo', 'castello',
  'schloss', 'piazza', 'plaza', 'praca', 'plac', 'parc', 'parque', 'parco', 'musee', 'museo', 'gare', 'aeroport',
  'aeropuerto', 'aeroporto', 'flughafen', 'pont', 'ponte', 'puente', 'basilique', 'basilica', 'cathedrale', 'duomo',
]);

/** Plural heads after a list of names, each a region: "the Lower Silesia, Opole and Silesia regions". */
export const PLURAL_REGION_HEADS: ReadonlySet<string> = new Set(['regions', 'provinces', 'oblasts', 'states', 'counties', 'districts', 'prefectures', 'governorates', 'voivodeships', 'departments', 'cantons']);
/** Plural heads after a list of names, each a feature: "the Oder and Vistula rivers". */
export const PLURAL_FEATURE_HEADS: ReadonlySet<string> = new Set(['rivers', 'seas', 'lakes', 'islands', 'mountains', 'valleys']);

/** Lower-case heads after a name that make it an administrative region: "Kherson region", "Irkutsk oblast". */
export const REGION_HEADS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'state', 'district', 'county', 'prefecture', 'governorate', 'territory', 'krai',
  'republic', 'canton', 'department', 'municipality', 'emirate', 'voivodeship', 'raion', 'borough', 'parish',
  'constituency',
]);

export function isLandmarkHead(word: string): boolean {
  return LANDMARK_HEADS.has(word.toLowerCase());
}
