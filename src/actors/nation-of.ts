import type { Term } from '../document/index.js';
import { countryByCapital, countryByDemonym, countryByName, type CountryEntry } from '../locations/gazetteer/countries.js';

export interface Nation {
  country: CountryEntry;
  /** How the word names the state: "Russian", "Moscow", "Russia". */
  via: 'demonym' | 'capital' | 'country';
  possessive: boolean;
  /** The word without its possessive ’s. */
  word: string;
}

/** The state a capitalised word stands for, if any: a nationality adjective, a capital, or a country's name. */
export function nationOf(term: Term): Nation | null {
  if (!/^\p{Lu}/u.test(term.text)) return null;
  const possessive = /['’]s$/.test(term.text);
  const word = possessive ? term.text.slice(0, -2) : term.text;
  if (!possessive) {
    const byDemonym = countryByDemonym(word);
    if (byDemonym) return { country: byDemonym, via: 'demonym', possessive, word };
  }
  const byCountry = countryByName(word);
  if (byCountry) return { country: byCountry, via: 'country', possessive, word };
  const byCapital = countryByCapital(word);
  if (byCapital && (term.tags.has('City') || term.tags.has('Place') || term.tags.has('ProperNoun'))) return { country: byCapital, via: 'capital', possessive, word };
  return null;
}
