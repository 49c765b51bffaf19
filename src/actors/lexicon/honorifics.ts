/**
 * Forms of address: never part of a name nor a title ("Mr Zelensky" is Zelensky). Lower case, without the dot.
 * Ranks and offices ("Gen.", "Sen.") are titles, not forms of address: see RANK_ABBREVIATIONS in titles.ts.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'messrs',
  'madam', 'madame', 'monsieur', 'herr', 'frau', 'signor', 'senor', 'señor',
]);

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}
