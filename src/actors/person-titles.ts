import type { ArticleDocument, Term } from '../document/index.js';
import { countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';
import { provinceNamed } from '../locations/gazetteer/cities.js';
import { isTitleHead, isTitleWord, TITLE_HEADS } from './lexicon/titles.js';

export interface TitleFound {
  title: string;
  /** Where the title starts: mentions of the person never include it. */
  start: number;
  country: string | null;
}

/**
 * The title written right before a name: "Defence minister Ben Wallace", "Turkish President Recep Y". A run of
 * title words and nationality adjectives that ends in a title head.
 */
export function titleBefore(document: ArticleDocument, firstNameTerm: number): TitleFound | null {
  const terms = document.terms;
  let k = firstNameTerm - 1;
  let start = -1;
  let country: string | null = null;
  while (k >= 0 && terms[k]!.sentence === terms[firstNameTerm]!.sentence && terms[k]!.post === ' ') {
    const term = terms[k]!;
    const nation = /^\p{Lu}/u.test(term.text) && !isTitleWord(term.text) ? nationalWordCountry(term.text) : null;
    if (!isTitleWord(term.text) && !nation) break;
    if (nation) country = nation;
    start = k;
    k--;
  }
  if (start < 0) return null;
  const words = terms.slice(start, firstNameTerm);
  if (!words.some((t) => isTitleHead(t.text))) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { title: document.text.slice(first.start, last.end), start: first.start, country };
}

const DETERMINER = /^(?:the|a|an|his|her|its|their|our)\s+/i;
/** Where an appositive title ends: a comma, a clause, the end of the sentence. */
const APPOSITIVE_END = /[,;:.!?()“”"]|\s(?:who|which|that|said|says|told|and)\s/;
const HEAD_WORDS = [...TITLE_HEADS].join('|');
/** "X, the country's commissioner for children's rights, ...": a title after a determiner or a possessive. */
const TITLE_BEFORE_COMMA = new RegExp(`(?:\\b(?:the|a|an|its|his|her|their)\\s+|[’']s\\s+)((?:[\\p{L}-]+\\s+)?(?:${HEAD_WORDS})\\b(?:\\s+(?:of|for|on|at|to)\\s+[^,.;]{1,50})?),\\s*$`, 'iu');

/** The title set beside a name by commas: "Jane Doe, head of the national security service, who ...". */
export function titleAfter(document: ArticleDocument, nameEnd: number, sentenceEnd: number): TitleFound | null {
  const rest = document.text.slice(nameEnd, sentenceEnd);
  const comma = /^,\s+/.exec(rest);
  if (!comma) return null;
  let phrase = rest.slice(comma[0].length);
  const end = APPOSITIVE_END.exec(phrase);
  if (end) phrase = phrase.slice(0, end.index);
  phrase = phrase.replace(DETERMINER, '').trim();
  const head = /^[\p{L}-]+/u.exec(phrase)?.[0] ?? '';
  const second = /^[\p{L}-]+\s+([\p{L}-]+)/u.exec(phrase)?.[1] ?? '';
  if (!isTitleHead(head) && !(isTitleWord(head) && isTitleHead(second))) return null;
  if (phrase.split(/\s+/).length > 9) return null;
  return { title: phrase, start: nameEnd, country: demonymIn(phrase) };
}

/** The title written before a name and set off by a comma: "the country's commissioner for children's rights, Maria X". */
export function titleBeforeComma(document: ArticleDocument, nameStart: number, sentenceStart: number): TitleFound | null {
  const before = document.text.slice(Math.max(sentenceStart, nameStart - 120), nameStart);
  const match = TITLE_BEFORE_COMMA.exec(before);
  if (!match) return null;
  const title = match[1]!.trim();
  return { title, start: nameStart - before.length + before.lastIndexOf(title), country: demonymIn(title) };
}

/**
 * The state a title names: "Ukrainian delegation", "Qatar's foreign ministry", "Florida Governor" (a first-level
 * region stands for its country). Words of several capitals ("United States") are read as one.
 */
function demonymIn(phrase: string): string | null {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[,.;:]$/, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const pair = i + 1 < words.length ? countryByName(`${words[i]} ${words[i + 1]}`) : null;
    const found = pair?.code ?? nationalWordCountry(words[i]!);
    if (found) return found;
  }
  return null;
}

/** The country of one capitalised word in a title: a nationality, a country, or a first-level region. */
function nationalWordCountry(word: string): string | null {
  const bare = word.replace(/['’]s$/, '');
  const region = COMMON_WORD_REGIONS.test(bare) ? null : provinceNamed(bare);
  return countryByDemonym(bare)?.code ?? countryByName(bare)?.code ?? region?.country ?? null;
}

/** Regions named by a common word ("Western" in Sierra Leone, "Delta" in Nigeria): in a title they are no region. */
const COMMON_WORD_REGIONS = /^(?:(?:north|south|east|west)(?:ern)?|central|coast|delta|capital|island|islands|lakes|valley|mountain)$/i;

export function isPersonTagged(term: Term): boolean {
  return ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((t) => term.tags.has(t)) && !term.tags.has('Honorific');
}
