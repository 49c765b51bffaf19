/**
 * First words that make a capitalised name a place, whatever the gazetteer knows: "Lower Silesia", "St Pölten",
 * "Santa Monica", "Los Angeles County". Lower case, without a full stop.
 */
export const PLACE_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'lower', 'upper', 'greater', 'st', 'saint', 'sainte', 'san', 'santa', 'santo', 'são', 'los', 'las', 'fort', 'port',
  'mount', 'mt', 'lake', 'cape', 'wadi', 'loch', 'isle', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
]);

/** Last words of a capitalised name that make it a region ("Los Angeles County") or a geographic feature. */
export const PLACE_NAME_REGION_HEADS: ReadonlySet<string> = new Set([
  'county', 'province', 'oblast', 'district', 'prefecture', 'borough', 'parish', 'state',
  // "the Pacific Northwest", "the American Midwest": a compound compass word after a name is a part of a country.
  'northwest', 'northeast', 'southwest', 'southeast', 'midwest',
]);
export const PLACE_NAME_FEATURE_HEADS: ReadonlySet<string> = new Set(['valley', 'heights', 'hills', 'mountains', 'peninsula', 'desert', 'foothills', 'plains', 'coast', 'bend', 'bay', 'island', 'islands', 'canyon', 'lake', 'river', 'sea', 'gulf', 'strait', 'ridge', 'highlands']);

/**
 * First words that name a natural feature by its kind, as English writes rivers, mountains and valleys of many
 * countries: "the River Severn", "Mount Etna", "Lake Victoria", "Wadi Hanifa" (Arabic for a river valley). "River"
 * names a river only after "the" ("River Phoenix" is an actor), so it is no place prefix of its own.
 */
export const FEATURE_NAME_PREFIXES: ReadonlySet<string> = new Set(['mount', 'mt', 'lake', 'cape', 'river', 'wadi', 'loch', 'isle']);

/** Prepositions after which an unknown capitalised name is a settlement: "fire near Altadena", "a dam at Xville". */
export const SETTLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'into', 'outside', 'above', 'below', 'around']);

/** Whether a name is shaped like a place: a place prefix or a place head word. */
export function isPlaceShaped(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase().replace(/\.$/, '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length < 2) return false;
  return PLACE_NAME_PREFIXES.has(first) || PLACE_NAME_REGION_HEADS.has(last) || PLACE_NAME_FEATURE_HEADS.has(last);
}
