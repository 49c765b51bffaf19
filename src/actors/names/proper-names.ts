import { caseTitleSpans } from '../case-names.js';
import type { ArticleDocument, Term } from '../../document/index.js';
import { HEADS_BEFORE_OF, PARTY_PLURALS, LED_BODY_HEADS } from '../lexicon/organization-heads.js';
import { isPossessiveName, KNOWN_ORGANIZATIONS } from '../lexicon/known-organizations.js';
import { institutionJoinLength } from './institution-joins.js';
import { SEATS_OF_GOVERNMENT } from '../lexicon/seats-of-government.js';
import { nationOf } from '../nation-of.js';
import { citiesNamed } from '../../locations/gazetteer/cities.js';

/** A run of capitalised words read as one name: "Recep Tayyip Erdogan", "Ministry of Defence", "Dolmabahce Palace". */
export interface ProperName {
  /** Offsets of the name as written; a trailing possessive ’s is left outside. */
  start: number;
  end: number;
  terms: readonly Term[];
  sentence: number;
  possessive: boolean;
}

/** Tags of words that are capitalised for a reason other than being a name. */
const NOT_NAME_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Date', 'Value', 'Auxiliary', 'Copula'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Country', 'City', 'Acronym'];
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s?$/;
/** Abbreviations that open place names and keep their full stop: "St. Louis", "Mt. Hood". Lower case. */
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'ft', 'mt', 'pt']);
/** Possessives that live inside names rather than end them: "European People's Party", "Workers' Party". */
const NAME_POSSESSIVES = /^(?:People|Workers|Citizens|Farmers|Women|Children|Veterans)['’]s?$/;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'la', 'al', 'bin', 'van', 'von', 'der']);

/** Capitalised name runs of the article, outside caption credits (credits are read by the caption parser). */
export function findProperNames(document: ArticleDocument): ProperName[] {
  // Actors, parties and locations all read the same runs: found once per document.
  let found = PROPER_NAMES.get(document);
  if (!found) {
    found = properNamesOf(document);
    PROPER_NAMES.set(document, found);
  }
  return [...found];
}

const PROPER_NAMES = new WeakMap<ArticleDocument, readonly ProperName[]>();

function properNamesOf(document: ArticleDocument): ProperName[] {
  const credits = document.captions.map((c) => c.credit);
  const inCredit = (t: Term): boolean => credits.some((c) => t.start >= c.start && t.start < c.end);
  const names: ProperName[] = [];
  const terms = document.terms;
  let i = 0;
  while (i < terms.length) {
    const first = terms[i]!;
    // "HUALIEN, Taiwan — Rescue workers ...": the story opens after a dateline's dash, as at a sentence start.
    const previous = afterDateline(terms, i) ? undefined : terms[i - 1];
    if (!(isNameWord(first, previous) || startsName(terms, i)) || inCredit(first)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < terms.length && !inCredit(terms[j + 1]!)) {
      const joined = institutionJoinLength(terms, i, j);
      if (joined === 0 && !continuesName(terms, j)) break;
      j += joined || connectorLength(terms, j) + 1;
    }
    names.push(makeName(terms.slice(i, j + 1)));
    i = j + 1;
  }
  // "Trump v. United States" titles a case: its words name no one acting and no place, for actors and locations alike.
  const cases = caseTitleSpans(document);
  return cases.length === 0 ? names : names.filter((n) => !cases.some((c) => n.terms[0]!.start < c.end && c.start < n.end));
}

/** Whether term `i` follows the dash of a dateline ("JOHANNESBURG —", "HUALIEN, Taiwan —") at its sentence's start. */
function afterDateline(terms: readonly Term[], i: number): boolean {
  const previous = terms[i - 1];
  if (!previous || previous.sentence !== terms[i]!.sentence || !/\s[—–]\s*$/.test(previous.post)) return false;
  let k = i - 1;
  while (k > 0 && terms[k - 1]!.sentence === terms[i]!.sentence) k--;
  return i - k <= 4 && /^\p{Lu}{3,}/u.test(terms[k]!.text) && terms.slice(k, i).every((t) => /^\p{Lu}/u.test(t.text));
}

function isNameWord(term: Term, previous: Term | undefined): boolean {
  if (!CAPITALISED.test(term.text)) return false;
  if (NOT_NAME_TAGS.some((tag) => term.tags.has(tag))) return false;
  const sentenceInitial = !previous || previous.sentence !== term.sentence || /[“"‘(]$/.test(term.pre);
  // At the start of a sentence every word is capitalised: only words compromise knows as names count there, words our
  // lexicons name ("Kremlin spokesman ...", "Republicans also captured"), and brand-shaped words ("AccuWeather").
  return !sentenceInitial || NAME_TAGS.some((tag) => term.tags.has(tag)) || namesOnItsOwn(term) || isPossessiveName(term.text);
}

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

function namesOnItsOwn(term: Term): boolean {
  const word = term.text.replace(/['’]s$/, '');
  return SEATS_OF_GOVERNMENT.has(word) || KNOWN_ORGANIZATIONS.has(word.toLowerCase()) || PARTY_PLURALS.has(word.toLowerCase()) || INNER_CAPITAL.test(word) || isBigCity(term, word);
}

/** Cities this big are names wherever they stand, even opening a sentence: "Tampa has not taken a direct hit". */
const SENTENCE_START_CITY_POPULATION = 500_000;

/** "Nice to see" opens a sentence as a word: the tagger's reading as a describing word or a verb wins. */
function isBigCity(term: Term, word: string): boolean {
  if (['Adjective', 'Adverb', 'Verb', 'Determiner'].some((tag) => term.tags.has(tag))) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && citiesNamed(word).some((c) => c.population >= SENTENCE_START_CITY_POPULATION);
}

/** A sentence-initial word that compromise does not know opens a name when a known name follows: "Oleksii Reznikov led". */
function startsName(terms: readonly Term[], i: number): boolean {
  const first = terms[i]!;
  const next = terms[i + 1];
  if (next && first.post === ' ' && CAPITALISED.test(first.text) && isArticleParticle(terms, i + 1)) return !NOT_NAME_TAGS.some((tag) => first.tags.has(tag));
  if (!next || first.post !== ' ' || next.sentence !== first.sentence || !CAPITALISED.test(first.text)) return false;
  if (NOT_NAME_TAGS.some((tag) => first.tags.has(tag)) || first.tags.has('Plural') || first.tags.has('Adjective')) return false;
  // "Reform UK won": an acronym or a place after the first word carries the name too.
  return (next.tags.has('ProperNoun') || next.tags.has('Acronym')) && isNameWord(next, first);
}

function continuesName(terms: readonly Term[], j: number): boolean {
  const current = terms[j]!;
  const next = terms[j + 1]!;
  if (next.sentence !== current.sentence) return false;
  if (POSSESSIVE.test(current.text)) return current.post === ' ' && (NAME_POSSESSIVES.test(current.text) || isPossessiveName(current.text) || brandBeforeAcronym(current, next)) && isNameWord(next, current);
  // "Citizens' Movement": the tokenizer leaves a plural's apostrophe outside the word, in the space after it.
  if (/^['’] $/.test(current.post) && NAME_POSSESSIVES.test(`${current.text}'`)) return isNameWord(next, current);
  if (/^ ?\($/.test(current.post + next.pre) && isBracketQualifier(next)) return true;
  // "the Red Cross (ICRC)": a bracket opens an alias, not more of the name.
  if (/[([“"‘]/.test(next.pre)) return false;
  if (current.post === ' ' && LOCAL_UNIT_WORDS.has(current.normal) && /^\d{1,5}$/.test(next.text)) return true;
  // A middle initial keeps its full stop inside the name: "Donald J. Trump", "George W. Bush".
  // "two leaders: N. Chandrababu Naidu": an initial may open the name too, after a colon or a comma.
  const previous = terms[j - 1];
  const initial = /^\p{Lu}$/u.test(current.text) && current.post === '. ' && (!previous || previous.sentence !== current.sentence || /^(?: |[:;,] )$/.test(previous.post));
  // "St. Petersburg", "Ft. Lauderdale": a place-name abbreviation keeps its full stop inside the name.
  const placeAbbreviation = PLACE_ABBREVIATIONS.has(current.normal.replace(/\.$/, '')) && current.post === '. ' && CAPITALISED.test(current.text);
  if (!/^(?: ?|-)$/.test(current.post) && !initial && !placeAbbreviation) return false;
  if (continuesThroughConnector(terms, j)) return true;
  if (current.post === ' ' && isArticleParticle(terms, j + 1)) return true;
  if (isHyphenedGivenName(terms, j)) return true;
  // "John J. Ray III", "Charles III": a generation's numeral ends a name.
  if (current.post === ' ' && GENERATION_NUMERALS.has(next.text) && ['Person', 'FirstName', 'LastName'].some((tag) => current.tags.has(tag))) return true;
  return isNameWord(next, current);
}

/** "Ministry of Defence", "Bank of England": a head that takes "of" joins the name after it. */
function continuesThroughConnector(terms: readonly Term[], j: number): boolean {
  return connectorLength(terms, j) > 0;
}

/** How many lower-case connector words join the name at `j` to the next capitalised word: "von der Leyen" is 2. */
function connectorLength(terms: readonly Term[], j: number): number {
  const second = terms[j + 2];
  // "Florida Power & Light", "Johnson & Johnson": an ampersand between capitalised words joins one company's name.
  if (terms[j + 1]?.text === '&' && terms[j]!.post === ' ' && terms[j + 1]!.post === ' ' && capitalisedNameAt(terms, j + 2, terms[j]!)) return 1;
  // "International Committee of the Red Cross", "Ministry of the Interior": a head that takes "of the".
  if (terms[j + 1]?.normal === 'of' && second?.normal === 'the' && terms[j + 1]!.post === ' ' && second.post === ' ' && HEADS_BEFORE_OF.has(terms[j]!.normal) && capitalisedNameAt(terms, j + 3, terms[j]!)) return 2;
  if (second && terms[j + 1]!.post === ' ' && terms[j + 1]!.normal !== 'of' && CONNECTORS.has(terms[j + 1]!.normal) && /^\p{Ll}/u.test(second.text) && connectorAt(terms, j + 1)) return 2;
  return connectorAt(terms, j) ? 1 : 0;
}

function capitalisedNameAt(terms: readonly Term[], k: number, current: Term): boolean {
  const after = terms[k];
  return after !== undefined && CAPITALISED.test(after.text) && after.sentence === current.sentence && !NOT_NAME_TAGS.some((t) => after.tags.has(t));
}

function connectorAt(terms: readonly Term[], j: number): boolean {
  const current = terms[j]!;
  const connector = terms[j + 1];
  const after = terms[j + 2];
  if (!connector || !after || connector.post !== ' ' || !CONNECTORS.has(connector.normal)) return false;
  if (connector.normal === 'of' && !HEADS_BEFORE_OF.has(current.normal)) return false;
  // "the Freedom Party of John Smith": a person's given name after "of" names the leader, not more of the party.
  if (connector.normal === 'of' && current.normal !== 'church' && after.tags.has('FirstName') && !after.tags.has('Place')) return false;
  // "the Samajwadi Party of Akhilesh Yadav": two unknown capitalised words closing a party's "of" are its leader.
  if (connector.normal === 'of' && LED_BODY_HEADS.has(current.normal) && leaderAfterOf(terms, j + 2)) return false;
  // "Group of Seven": a spelled-out number closes a name after "of".
  const number = after.tags.has('TextValue') && connector.normal === 'of';
  return CAPITALISED.test(after.text) && after.sentence === current.sentence && (number || !NOT_NAME_TAGS.some((t) => after.tags.has(t)));
}

/**
 * Whether the words from `k` are a person's two names and nothing more: two capitalised words, neither a state,
 * a nationality nor a place the gazetteers hold, then a lower-case word or a stop. "Party of India" and "Party of
 * European Socialists" keep their "of".
 */
function leaderAfterOf(terms: readonly Term[], k: number): boolean {
  const [given, family, after] = [terms[k], terms[k + 1], terms[k + 2]];
  if (!given || !family || given.sentence !== family.sentence || given.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(family.text)) return false;
  if (after && after.sentence === family.sentence && /^\s+$/.test(family.post) && /^\p{Lu}/u.test(after.text)) return false;
  return ![given, family].some((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('Demonym') || t.tags.has('Organization') || nationOf(t) !== null);
}

/**
 * "Moody's RMS": a possessive inside a company's name, before an acronym. A state's or a person's
 * possessive ("Russia's FSB", "Putin's FSB") owns the body after it instead.
 */
function brandBeforeAcronym(current: Term, next: Term): boolean {
  const person = ['Person', 'FirstName', 'LastName', 'Honorific'].some((tag) => current.tags.has(tag));
  return /^\p{Lu}{2,6}$/u.test(next.text) && /['’]s$/.test(current.text) && !person && nationOf(current) === null;
}

/**
 * A romanised Chinese or Korean given name splits at its hyphen, its second syllable in lower case: "Tsai Ing-wen",
 * "Lai Ching-te", "Kim Jong-un", "Moon Jae-in". Read only inside a name already begun ("Tsai" before "Ing"), where
 * the part after the hyphen has a syllable's shape, so "a Prague-based group" and "Kremlin-run media" stay apart.
 */
function isHyphenedGivenName(terms: readonly Term[], j: number): boolean {
  const previous = terms[j - 1];
  const current = terms[j]!;
  const next = terms[j + 1];
  if (!previous || !next || previous.post !== ' ' || previous.sentence !== current.sentence || !CAPITALISED.test(previous.text)) return false;
  return current.post === '-' && /^\p{Lu}\p{Ll}{1,4}$/u.test(current.text) && ROMANISED_SYLLABLE.test(next.text) && !HYPHEN_SUFFIX_WORDS.has(next.text);
}

/** An initial, a vowel run and a final as pinyin, Wade–Giles and Revised Romanization spell them: "wen", "te", "un", "yeol". */
const ROMANISED_SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3})[aeiouy]{1,3}(?:ng|n|r|k|l|m|p|t)?$/;
/** English words that follow a hyphen after a name and have a syllable's shape: "Beijing-run", "Kyiv-free". */
const HYPHEN_SUFFIX_WORDS: ReadonlySet<string> = new Set(['run', 'up', 'on', 'out', 'off', 'free', 'to', 'by', 'at', 'year', 'day', 'war', 'gate', 'bound', 'style']);

/** Numerals that tell a person from a namesake of an earlier generation. */
const GENERATION_NUMERALS: ReadonlySet<string> = new Set(['II', 'III', 'IV']);
/** Generation suffixes that keep their full stop inside the name: "Martin Luther King Jr.". Lower case, no stop. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);

/** Arabic articles joined to a surname by a hyphen: "Majed al-Ansari", "Abdel Fattah el-Sisi". */
const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul']);

function isArticleParticle(terms: readonly Term[], k: number): boolean {
  const particle = terms[k];
  const surname = terms[k + 1];
  return particle !== undefined && surname !== undefined && ARTICLE_PARTICLES.has(particle.text) && particle.post === '-' && CAPITALISED.test(surname.text) && surname.sentence === particle.sentence;
}

/**
 * "Janata Dal (United)", "Communist Party of India (Marxist)": a bracketed word that tells one party from another
 * of the same name is part of the name. Other brackets hold an alias ("(ICRC)") or a side note.
 */
const BRACKET_QUALIFIERS: ReadonlySet<string> = new Set(['united', 'secular', 'marxist', 'marxist-leninist', 'socialist', 'reformed', 'official', 'provisional', 'unified', 'democratic']);

function isBracketQualifier(term: Term): boolean {
  return CAPITALISED.test(term.text) && term.post.startsWith(')') && BRACKET_QUALIFIERS.has(term.normal);
}

/** Union branches and lodges carry their number in the name: "Machinists District 751", "Teamsters Local 2010". */
const LOCAL_UNIT_WORDS: ReadonlySet<string> = new Set(['district', 'local', 'lodge']);

/**
 * "Hokuriku Electric Power Co.", "Acme Corp.": a company's abbreviated legal suffix keeps its full stop, which is part
 * of the name (the tokenizer leaves it outside the word). Lower case, without the stop.
 */
const ABBREVIATED_SUFFIXES: ReadonlySet<string> = new Set(['co', 'corp', 'inc', 'ltd', 'bros', 'cos', 'mfg', 'intl']);

function abbreviatedSuffix(terms: readonly Term[], last: Term): boolean {
  const suffix = last.normal.replace(/\.$/, '');
  return terms.length > 1 && last.post.startsWith('.') && (ABBREVIATED_SUFFIXES.has(suffix) || GENERATION_SUFFIXES.has(suffix)) && /^\p{Lu}/u.test(last.text);
}

function makeName(terms: readonly Term[]): ProperName {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  // "Moody's": a name that ends in ’s is no possessive.
  const possessive = /['’]s$/.test(last.text) && !isPossessiveName(last.text);
  const bracketed = terms.length > 1 && isBracketQualifier(last) && /\($/.test(terms[terms.length - 2]!.post + last.pre);
  const end = possessive ? last.end - 2 : bracketed || abbreviatedSuffix(terms, last) ? last.end + 1 : last.end;
  return { start: first.start, end, terms, sentence: first.sentence, possessive };
}
