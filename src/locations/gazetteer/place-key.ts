/**
 * The key places are looked up by: lower case, no diacritics, no apostrophes or hyphens, and one spelling for the
 * transliteration variants of Slavic names ("Zaporizhzhia" / "Zaporizhzhya", "Kyiv" / "Kyyiv"), so a name written
 * by a newsroom finds the gazetteer's spelling.
 */
export function placeKey(name: string): string {
  const cached = KEYS.get(name);
  if (cached !== undefined) return cached;
  // Names repeat across articles; a full cache is dropped rather than grown without bound over a long batch run.
  if (KEYS.size >= MAX_CACHED_KEYS) KEYS.clear();
  const key = keyOf(name);
  KEYS.set(name, key);
  return key;
}

const MAX_CACHED_KEYS = 50_000;
const KEYS = new Map<string, string>();

function keyOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters NFD does not split into a base and a mark: "Wrocław", "Tromsø", "Đakovo".
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[’'`.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/y(?=[aeiou])/g, 'i')
    .replace(/ii/g, 'i')
    .trim();
}
