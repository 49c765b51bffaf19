/**
 * The key places are looked up by: lower case, no diacritics, no apostrophes or hyphens, and one spelling for the
 * transliteration variants of Slavic names ("Zaporizhzhia" / "Zaporizhzhya", "Kyiv" / "Kyyiv"), so a name written
 * by a newsroom finds the gazetteer's spelling.
 */
export function placeKey(name: string): string {
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
