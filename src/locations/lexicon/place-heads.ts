/** Head words of named buildings and sites: "Dolmabahce Palace", "Maidan Square", "Kakhovka Dam". Lower case. */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set([
  'palace', 'square', 'bridge', 'airport', 'stadium', 'arena', 'cathedral', 'church', 'mosque', 'temple', 'synagogue',
  'monastery', 'abbey', 'hotel', 'dam', 'port', 'harbour', 'harbor', 'station', 'terminal', 'tower', 'castle', 'fort',
  'fortress', 'citadel', 'museum', 'gallery', 'theatre', 'theater', 'hall', 'plaza', 'park', 'gardens', 'garden',
  'cemetery', 'memorial', 'monument', 'base', 'airbase', 'airfield', 'prison', 'refinery', 'mine', 'plant', 'embassy',
  'street', 'avenue', 'boulevard', 'road', 'highway', 'motorway', 'crossing', 'checkpoint', 'building', 'centre',
  'center', 'field', 'mall', 'market', 'bazaar', 'campus', 'zoo', 'pier', 'wharf', 'lighthouse', 'pipeline', 'tunnel',
]);

/** Lower-case heads after a name that make it a natural feature: "Crimean peninsula", "Dnipro river". */
export const GEO_FEATURE_HEADS: ReadonlySet<string> = new Set([
  'peninsula', 'sea', 'river', 'mountains', 'mountain', 'mount', 'island', 'islands', 'lake', 'bay', 'gulf', 'strait',
  'straits', 'desert', 'valley', 'coast', 'basin', 'delta', 'ocean', 'canal', 'plateau', 'steppe', 'forest', 'hills',
  'range', 'archipelago', 'channel', 'lagoon', 'glacier', 'volcano', 'reservoir', 'estuary', 'plain', 'plains',
]);

/** Lower-case heads after a name that make it an administrative region: "Kherson region", "Irkutsk oblast". */
export const REGION_HEADS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'state', 'district', 'county', 'prefecture', 'governorate', 'territory', 'krai',
  'republic', 'canton', 'department', 'municipality', 'emirate', 'voivodeship', 'raion', 'borough', 'parish',
]);

export function isLandmarkHead(word: string): boolean {
  return LANDMARK_HEADS.has(word.toLowerCase());
}
