import type { ArticleDocument, Term } from '../document/index.js';
import { countryByCapital, countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';
import { citiesNamed, provinceNamed } from '../locations/gazetteer/cities.js';
import { isHonorific } from './lexicon/honorifics.js';
import { SEATS_OF_GOVERNMENT } from './lexicon/seats-of-government.js';
import { isRankAbbreviation, isTitleHead, isTitleWord, TITLE_HEADS } from './lexicon/titles.js';

export interface TitleFound {
  title: string;
  /** Where the title starts: mentions of the person never include it. */
  start: number;
  country: string | null;
}

/**
 * The title written right before a name: "Defence minister Ben Wallace", "Turkish President Recep Y", "Kremlin
 * spokesman Dmitry P", "Secretary-General Antonio G", "Rear Adm. Daniel H". A run of title words, nationality
 * adjectives, seats of government and acronyms of bodies that ends in a title head.
 */
export function titleBefore(document: ArticleDocument, firstNameTerm: number): TitleFound | null {
  const terms = document.terms;
  // "Secretary of State Antony B", "Minister for Europe Jane D": the office a head takes with "of" or "for".
  const office = officeBefore(terms, firstNameTerm);
  let k = office ? office.head - 1 : firstNameTerm - 1;
  if (office) return withWordsBefore(document, terms, k, office.head, firstNameTerm);
  let start = -1;
  let country: string | null = null;
  while (k >= 0 && terms[k]!.sentence === terms[firstNameTerm]!.sentence && joinsTitle(terms[k]!)) {
    const term = terms[k]!;
    const owner = isTitleWord(term.text) ? null : titleOwner(term.text);
    if (!isTitleWord(term.text) && !owner) break;
    if (owner?.country) country = owner.country;
    start = k;
    k--;
  }
  if (start < 0) return null;
  const words = terms.slice(start, firstNameTerm);
  if (!words.some((t) => isTitleHead(t.text))) return null;
  // "Kremlin", "FEMA" own a title only when a title word follows them: "the Kremlin Jane Doe" has none.
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "Rear Adm." keeps the full stop of its abbreviation.
  const end = isRankAbbreviation(last.text) && last.post.startsWith('.') ? last.end + 1 : last.end;
  return { title: document.text.slice(first.start, end), start: first.start, country };
}

/** The title that ends right before `firstNameTerm`, from `head` on, with the title words and owners before it. */
function withWordsBefore(document: ArticleDocument, terms: readonly Term[], k: number, head: number, firstNameTerm: number): TitleFound {
  let start = head;
  let country: string | null = null;
  while (k >= 0 && terms[k]!.sentence === terms[firstNameTerm]!.sentence && joinsTitle(terms[k]!)) {
    const owner = isTitleWord(terms[k]!.text) ? null : titleOwner(terms[k]!.text);
    if (!isTitleWord(terms[k]!.text) && !owner) break;
    if (owner?.country) country = owner.country;
    start = k;
    k--;
  }
  const last = terms[firstNameTerm - 1]!;
  return { title: document.text.slice(terms[start]!.start, last.end), start: terms[start]!.start, country };
}

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Most capitalised words an office after "of"/"for" runs to: "National Intelligence", "Foreign and Commonwealth Affairs". */
const MAX_OFFICE_WORDS = 4;

/**
 * "Secretary of State", "Minister of Foreign Affairs", "Director of National Intelligence", "Chief of Staff": a
 * title head, "of" or "for", and the capitalised words of the office, right before the name at `firstNameTerm`.
 */
function officeBefore(terms: readonly Term[], firstNameTerm: number): { head: number } | null {
  const sentence = terms[firstNameTerm]?.sentence;
  let k = firstNameTerm - 1;
  let words = 0;
  while (k >= 0 && words < MAX_OFFICE_WORDS && terms[k]!.sentence === sentence && terms[k]!.post === ' ' && /^\p{Lu}/u.test(terms[k]!.text)) {
    k--;
    words++;
  }
  const connector = terms[k];
  const head = terms[k - 1];
  if (words === 0 || !connector || !head || connector.sentence !== sentence || !['of', 'for'].includes(connector.text) || head.post !== ' ' || connector.post !== ' ') return null;
  return isTitleHead(head.text) && /^\p{Lu}/u.test(head.text) ? { head: k - 1 } : null;
}

/**
 * Where the person's name starts in a run that holds an office: "Secretary of State Antony Blinken" and "US
 * Secretary of State Antony Blinken" give the index of "Antony"; so does "State Antony Blinken" where "Secretary of"
 * stands before the run (a head that opens a sentence is not read into the run). The name starts at its first word
 * tagged as a given name, or else is the last two words. Null where the run holds no office.
 */
export function nameAfterOffice(document: ArticleDocument, terms: readonly Term[]): number | null {
  let office = -1;
  for (let h = 0; h < Math.min(3, terms.length - 2); h++) {
    if (isTitleHead(terms[h]!.text) && ['of', 'for'].includes(terms[h + 1]!.text)) office = h + 2;
  }
  if (office < 0 && terms.length >= 2) {
    const connector = document.terms[terms[0]!.index - 1];
    const head = document.terms[terms[0]!.index - 2];
    if (connector && head && head.sentence === terms[0]!.sentence && ['of', 'for'].includes(connector.text) && isTitleHead(head.text) && /^\p{Lu}/u.test(head.text)) office = 0;
  }
  if (office < 0) return null;
  // compromise tags office words as people ("Staff", "Intelligence"); a given name is the surer mark.
  const given = terms.findIndex((t, i) => i > office && GIVEN_NAME_TAGS.some((tag) => t.tags.has(tag)));
  const start = given > 0 ? given : terms.length - 2;
  return start > office && start - office <= MAX_OFFICE_WORDS ? start : null;
}

/** A word joins the title run after it by a space, a hyphen ("Secretary-General") or a rank's full stop ("Adm. "). */
function joinsTitle(term: Term): boolean {
  return term.post === ' ' || term.post === '-' || (term.post === '. ' && isRankAbbreviation(term.text));
}

/**
 * A capitalised word that says whose office a title is: a nationality or state ("Turkish", "US"), a region or a
 * city ("Florida", "Paris"), a seat of government ("Kremlin") or an acronym of a body ("FEMA", "SNP").
 */
function titleOwner(word: string): { country: string | null } | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const bare = word.replace(/['’]s$/, '');
  const seat = SEATS_OF_GOVERNMENT.get(bare);
  if (seat) return { country: seat.country };
  const nation = nationalWordCountry(bare);
  if (nation) return { country: nation };
  return ACRONYM.test(bare) ? { country: null } : null;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

const DETERMINER = /^(?:the|a|an|his|her|its|their|our)\s+/i;
/** Where an appositive title ends: a comma, a clause, the end of the sentence. */
const APPOSITIVE_END = /[,;:.!?()“”"]|\s(?:who|which|that|said|says|told|and)\s/;
/** "Alaska's chief executive", "the union's president": the owner before a title is not part of it. */
const POSSESSIVE_OWNER = /^(?:\p{Lu}[\p{L}.-]*\s+)*[\p{L}.-]+['’]s\s+/u;
const HEAD_WORDS = [...TITLE_HEADS].join('|');
/** How many words may qualify a title head before it: "the SNP leader", "the European Commission president". */
const MAX_QUALIFIERS = 3;
/**
 * "X, the country's commissioner for children's rights, ...", "Lakeshore's chief operating officer, X": a title
 * after a determiner or a possessive owner (captured, for the country it gives).
 */
const TITLE_BEFORE_COMMA = new RegExp(`(?:\\b(?:the|a|an|its|his|her|their)\\s+|(?:\\b(\\p{Lu}[\\p{L}.-]*)|\\b\\p{Ll}+)[’']s\\s+)((?:[\\p{L}-]+\\s+){0,${MAX_QUALIFIERS}}(?:${HEAD_WORDS})\\b(?:\\s+(?:of|for|on|at|to)\\s+[^,.;]{1,50})?),\\s*((?:[\\p{L}.-]+\\s+){0,3})$`, 'iu');

/** The title set beside a name by commas: "Jane Doe, head of the national security service, who ...". */
export function titleAfter(document: ArticleDocument, nameEnd: number, sentenceEnd: number): TitleFound | null {
  const rest = document.text.slice(nameEnd, sentenceEnd);
  const comma = /^,\s+/.exec(rest);
  if (!comma) return null;
  let phrase = rest.slice(comma[0].length);
  const end = APPOSITIVE_END.exec(phrase);
  if (end) phrase = phrase.slice(0, end.index);
  phrase = phrase.replace(DETERMINER, '').trim();
  const country = demonymIn(phrase);
  phrase = phrase.replace(POSSESSIVE_OWNER, '');
  if (!startsWithTitle(phrase.split(/\s+/))) return null;
  if (phrase.split(/\s+/).length > 9) return null;
  return { title: phrase, start: nameEnd, country };
}

/** Verbs of taking, holding or leaving an office, before "as" and the office: "resigned as president". */
const OFFICE_AS = /^\s+(?:(?:has|had|who)\s+)?(?:resigned|served|serves|stepped down|stood down|quit|retired|was sworn in|was elected|was re-elected|was appointed|was named|took office|returns|returned)\s+as\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/** "Jacob Zuma resigned as president", "X, who served as defence minister": the office a verb of office names. */
export function titleAs(document: ArticleDocument, nameEnd: number, sentenceEnd: number): TitleFound | null {
  const rest = document.text.slice(nameEnd, sentenceEnd).replace(/^,/, '');
  const match = OFFICE_AS.exec(rest);
  if (!match) return null;
  const words = match[1]!.replace(DETERMINER, '').split(/\s+/);
  // The office ends at its last title head: "president in 2018" is "president".
  let last = -1;
  words.forEach((w, i) => { if (isTitleHead(w)) last = i; });
  if (last < 0 || !startsWithTitle(words.slice(0, last + 1)) || !words.slice(0, last).every((w) => isTitleWord(w) || /^\p{Lu}/u.test(w))) return null;
  return { title: words.slice(0, last + 1).join(' '), start: nameEnd, country: demonymIn(words.slice(0, last + 1).join(' ')) };
}

/**
 * A title head within the first words, every word before it a title word or a capitalised qualifier: "chief
 * executive", "US President", "American sprinter", "Bavarian premier", "SNP leader", "swimming star".
 */
function startsWithTitle(words: readonly string[]): boolean {
  for (let i = 0; i < Math.min(words.length, MAX_QUALIFIERS + 1); i++) {
    const word = words[i]!;
    if (isTitleHead(word) || (i + 1 < words.length && isTitleHead(`${word} ${words[i + 1]}`))) return true;
    if (!isTitleWord(word) && !/^\p{Lu}/u.test(word) && !(i === 0 && /ing$/.test(word) && words.length > 1)) return false;
  }
  return false;
}

/** The title written before a name and set off by a comma: "the country's commissioner for children's rights, Maria X". */
export function titleBeforeComma(document: ArticleDocument, nameStart: number, sentenceStart: number): TitleFound | null {
  const before = document.text.slice(Math.max(sentenceStart, nameStart - 120), nameStart);
  const match = TITLE_BEFORE_COMMA.exec(before);
  // "His running mate, Senator JD Vance": a title or honorific may stand between the comma and the name.
  if (!match || !(match[3] ?? '').split(/\s+/).filter(Boolean).every((w) => isTitleWord(w) || isHonorific(w))) return null;
  const title = match[2]!.trim();
  const owner = match[1] ? nationalWordCountry(match[1]) : null;
  return { title, start: nameStart - before.length + before.lastIndexOf(title), country: demonymIn(title) ?? owner };
}

/**
 * The state a title names: "Ukrainian delegation", "Qatar's foreign ministry", "Florida Governor" (a first-level
 * region stands for its country). Words of several capitals ("United States") are read as one.
 */
export function demonymIn(phrase: string): string | null {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[,.;:]$/, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const pair = i + 1 < words.length && /^\p{Lu}/u.test(words[i + 1]!) ? nationalWordCountry(`${words[i]} ${words[i + 1]}`) : null;
    const found = pair ?? nationalWordCountry(words[i]!);
    if (found) return found;
  }
  return null;
}

/**
 * The country of a capitalised word (or two) in a title: a nationality, a country, a first-level region ("Florida
 * Governor") or a sizeable city ("Paris mayor", "Los Angeles Fire Chief"): an office of a place is of its state.
 */
export function nationalWordCountry(word: string): string | null {
  const bare = word.replace(/['’]s$/, '');
  if (!/^\p{Lu}/u.test(bare) || ACRONYM_NOT_PLACE.has(bare)) return null;
  const region = COMMON_WORD_REGIONS.test(bare) ? null : provinceNamed(bare);
  const city = citiesNamed(bare)[0];
  return countryByDemonym(bare)?.code ?? countryByName(bare)?.code ?? region?.country ?? countryByCapital(bare)?.code ?? (city && city.population >= TITLE_CITY_POPULATION ? city.country : null);
}

/** Towns below this size share their names with surnames and common words too often to name an office's state. */
const TITLE_CITY_POPULATION = 250_000;
/** Capitalised words of titles that the city table also holds as towns. */
const ACRONYM_NOT_PLACE: ReadonlySet<string> = new Set(['Commons', 'Lords', 'House', 'Senate', 'Minister', 'President']);

/** Regions named by a common word ("Western" in Sierra Leone, "Delta" in Nigeria): in a title they are no region. */
export const COMMON_WORD_REGIONS = /^(?:(?:north|south|east|west)(?:ern)?|central|coast|delta|capital|island|islands|lakes|valley|mountain|maritime|coastal|upper|lower|plateau|highlands|littoral|savanes|national|federal|sea)$/i;

export function isPersonTagged(term: Term): boolean {
  return ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((t) => term.tags.has(t)) && !term.tags.has('Honorific');
}
