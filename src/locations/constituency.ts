import type { ArticleDocument } from '../document/index.js';
import type { LocationCandidate } from './candidate.js';
import { countryByName } from './gazetteer/countries.js';

/** A capitalised name of up to four words: "Clacton", "South West Norfolk", "Islington North". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}`;

/**
 * Where election news names a seat, the place is the constituency, an area (a region, as the guide has no
 * constituency kind), even where a town shares its name (plural "seats in Bihar" count a state's seats, no seat's name): "his own seat of Richmond and Northallerton" (one seat,
 * "and" inside its name), "a seat in Varanasi", "was elected in Clacton", "the MP for Islington North".
 */
const SEAT = new RegExp(String.raw`\b(?:seat|constituency) (?:of|in) (${NAME}(?: and ${NAME})?)|\b(?:re-)?elected in (${NAME})|\bMP for (${NAME})`, 'gu');

/** Bodies one holds a seat in, never a constituency: "a seat in Parliament", "seats in Congress". */
const CHAMBERS = /^(?:Parliament|Congress|Senate|Assembly|House|Commons|Lords|Cabinet|Council|Bundestag|Duma|Knesset|Lok Sabha|Rajya Sabha|Dail|Sejm|Riksdag|Storting)\b/;

/** Months and days that follow "elected in": "elected in May", "elected in 2019" (no capital), "elected in January". */
const DATE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

export function findConstituencies(document: ArticleDocument): LocationCandidate[] {
  const found: LocationCandidate[] = [];
  for (const sentence of document.sentences) {
    for (const m of sentence.text.matchAll(SEAT)) {
      const text = (m[1] ?? m[2] ?? m[3])!;
      // "elected in France": a state is no seat.
      if (CHAMBERS.test(text) || DATE_WORDS.test(text) || countryByName(text)) continue;
      const start = sentence.start + m.index + m[0].length - text.length;
      found.push({ start, end: start + text.length, name: text, kind: 'region', country: null, rule: 'locations/constituency' });
    }
  }
  return found;
}
