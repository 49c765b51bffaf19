/**
 * Nouns for one person of a nation, written before a name in sports and feature copy ("the Swede Armand X", "Briton
 * Jane Roe"). They are not part of the name; they give the person's country. The adjective forms ("Swedish") are the
 * gazetteer's demonyms; these nouns differ from them.
 */
export const NATIONALITY_NOUNS: ReadonlyMap<string, string> = new Map([
  ['briton', 'GB'], ['swede', 'SE'], ['dane', 'DK'], ['finn', 'FI'], ['pole', 'PL'], ['scot', 'GB'], ['turk', 'TR'],
  ['spaniard', 'ES'], ['frenchman', 'FR'], ['frenchwoman', 'FR'], ['dutchman', 'NL'], ['dutchwoman', 'NL'],
  ['englishman', 'GB'], ['englishwoman', 'GB'], ['irishman', 'IE'], ['irishwoman', 'IE'], ['welshman', 'GB'],
  ['welshwoman', 'GB'], ['scotsman', 'GB'], ['scotswoman', 'GB'], ['kiwi', 'NZ'], ['aussie', 'AU'], ['swiss', 'CH'],
  ['icelander', 'IS'], ['new zealander', 'NZ'], ['filipino', 'PH'], ['filipina', 'PH'], ['luxembourger', 'LU'],
]);

export function nationalityNounCountry(word: string): string | null {
  return NATIONALITY_NOUNS.get(word.toLowerCase()) ?? null;
}
