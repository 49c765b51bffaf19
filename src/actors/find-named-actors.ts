import type { ArticleDocument, Term } from '../document/index.js';
import { countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';
import { geoFeatureNamed } from '../locations/gazetteer/geo-features.js';
import { citiesNamed, provinceNamed } from '../locations/gazetteer/cities.js';
import { isLandmarkHead } from '../locations/lexicon/place-heads.js';
import { isPlaceRole } from '../locations/place-role.js';
import type { ActorCandidate } from './candidate.js';
import { isHonorific } from './lexicon/honorifics.js';
import { isOrganizationHead } from './lexicon/organization-heads.js';
import { SEATS_OF_GOVERNMENT } from './lexicon/seats-of-government.js';
import { isTitleWord } from './lexicon/titles.js';
import { nationOf, type Nation } from './nation-of.js';
import { regionsNamed } from '../locations/gazetteer/regions.js';
import { COMMON_WORD_REGIONS, isPersonTagged, nameAfterOffice, titleAfter, titleAs, titleBefore, titleBeforeComma, type TitleFound } from './person-titles.js';
import type { ProperName } from './names/proper-names.js';
import { FINANCIAL_CENTRES } from './lexicon/seats-of-government.js';
import { looksLikeNameOfPerson, titleInsideRun } from './person-shape.js';
import { KNOWN_ORGANIZATIONS, LEGISLATIVE_CHAMBERS, NOT_ORGANIZATION_ACRONYMS, SHIP_PREFIX_COUNTRIES, SHIP_PREFIXES } from './lexicon/known-organizations.js';
import { isAcronymLedName, isModelDesignation, ownNameShape } from './organization-shapes.js';
import { describedAsOrganization, usedAsCompany } from './company-cues.js';
import { countedAmongCompanies, renamesOrganization } from './company-appositives.js';
import { countryActs } from './country-role.js';
import { hasPersonEvidence } from './person-evidence.js';
import { agencyOfCountry } from './agency-of-country.js';
import { writtenAsPlace } from './place-elsewhere.js';
import { commonWordAsModifier } from './modifier-use.js';
import { nationalityNounCountry } from './lexicon/nationality-nouns.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "National Hurricane Center", "European Space Centre": a public body, not a building, when its first word says so. */
const INSTITUTION_FIRST_WORDS: ReadonlySet<string> = new Set(['national', 'federal', 'international', 'european', 'state', 'global', 'world']);
const CENTRE_HEADS: ReadonlySet<string> = new Set(['center', 'centre']);

function isInstitutionCentre(terms: readonly Term[]): boolean {
  return terms.length > 1 && INSTITUTION_FIRST_WORDS.has(terms[0]!.normal) && CENTRE_HEADS.has(bareWord(terms[terms.length - 1]!));
}

/** Time-zone abbreviations written after clock times ("8:30 p.m. ET"): capitals that name no organisation. */
const TIME_ZONES: ReadonlySet<string> = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'UTC', 'JST', 'IST', 'AEST', 'AEDT']);

/** Reads one capitalised name as an actor: a person, an organisation, or a state acting. Places give null. */
export function classifyName(document: ArticleDocument, name: ProperName): ActorCandidate | null {
  let terms = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
  // A run that is only "The" (the capital at a sentence start, read as a name) names nothing.
  if (terms.length === 0) return null;
  const honorific = terms.length > 1 && isHonorific(terms[0]!.text);
  if (honorific) terms = terms.slice(1);
  // A title inside the run ("Ukrainian President Volodymyr Z") moves out of the name.
  const headed = isOrganizationHead(bareWord(terms[terms.length - 1]!)) || twoWordHead(terms) || isInstitutionCentre(terms) || headedBeforeOf(terms);
  // "the Swede Armand X": a noun of nationality before a person's name gives the country, not a word of the name.
  const nationality = terms.length > 2 ? nationalityNounCountry(terms[0]!.text) : null;
  if (nationality) terms = terms.slice(1);
  const office = headed ? null : nameAfterOffice(document, terms);
  if (office !== null) terms = terms.slice(office);
  while (!headed && terms.length > 1 && (isTitleWord(terms[0]!.text) || countryByDemonym(terms[0]!.text) || placeBeforeTitle(terms))) terms = terms.slice(1);
  const inner = headed ? null : titleInsideRun(document, terms);
  if (inner) terms = [...inner.rest];
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const start = first.start;
  const text = document.text.slice(start, name.end);
  const base = { start, end: name.end, name: text, titles: [] as string[], credit: false, country: null as string | null };

  // "the U.S.-led coalition", "Hamas-run": a hyphenated describing word is no name.
  if (terms.length === 1 && /-(?:led|run|backed|based|born|owned|controlled|held|linked|allied)$/.test(first.text)) return null;
  // "Delta, United and American, three of the largest U.S. carriers", "his centrist alliance, Ensemble,": the
  // appositive says what the name is, before any reading of its word as a nationality, a place or a person.
  const counted = honorific || terms.some((t) => t.tags.has('FirstName')) ? null : countedAmongCompanies(document, first, name.end);
  if (counted || (!honorific && !terms.some((t) => t.tags.has('FirstName')) && renamesOrganization(document, first, name.end))) {
    return { ...base, kind: 'organization', country: counted?.country ?? null, rule: 'actors/company-appositive' };
  }
  // "the Lithuanian capital", "the French data protection regulator": a nationality alone names no actor.
  if (terms.length === 1 && countryByDemonym(text) && !countryByName(text)) return null;
  const owned = ownNameShape(document, terms, base);
  if (owned !== undefined) return owned;
  const market = FINANCIAL_CENTRES.get(text);
  if (market) return { ...base, kind: 'group', country: market.country, rule: 'actors/financial-centre' };
  const seat = SEATS_OF_GOVERNMENT.get(text);
  if (seat) return isPlaceRole(document, first.index, last.index) || afterVenuePreposition(document, first) || isModelDesignation(document, first) ? null : { ...base, kind: 'organization', country: seat.country, rule: 'actors/seat-of-government' };
  const nation = terms.length === 1 ? nationOf(name.terms[name.terms.length - 1]!) : countryNamed(text);
  if (nation && nation.via !== 'demonym') {
    if (!countryActs(document, first.index, last.index)) return null;
    if (nation.via === 'capital' && !capitalActs(document, last)) return null;
    return { ...base, name: nation.via === 'country' ? nation.word : nation.country.name, kind: 'country', country: nation.country.code, rule: `actors/${nation.via}-acting` };
  }
  if ((isOrganizationHead(bareWord(last)) || twoWordHead(terms) || terms.some((t, i) => i > 0 && (t.normal === 'of' || t.normal === 'for') && isOrganizationHead(terms[i - 1]!.normal))) && !isPlaceName(text)) {
    // "China's Taiwan Affairs Office": the owner's possessive says whose body it is, before a state its name is about.
    return { ...base, kind: 'organization', country: possessiveNationBefore(document, first) ?? countryIn(terms), rule: 'actors/organization-head' };
  }
  const agencyCountry = honorific ? null : agencyOfCountry(terms);
  if (agencyCountry) return { ...base, kind: 'organization', country: agencyCountry, rule: 'actors/agency-of-country' };
  const companyLike = organizationByShape(document, terms, name.end, honorific);
  // "USS Dwight D. Eisenhower": a ship's prefix names its navy's state.
  const shipState = companyLike === 'actors/ship' ? (SHIP_PREFIX_COUNTRIES[first.text] ?? null) : null;
  if (companyLike) return { ...base, kind: 'organization', country: shipState ?? countryIn(terms), rule: companyLike };
  if (isInstitutionCentre(terms)) {
    return { ...base, kind: 'organization', country: possessiveNationBefore(document, first), rule: 'actors/institution-centre' };
  }
  if (terms.length === 1 && KNOWN_ORGANIZATIONS.has(bareWord(first))) return { ...base, kind: 'organization', rule: 'actors/known-organization' };
  if (honorific) return { ...base, start: name.terms[0]!.start, kind: 'person', titles: titlesOf(document, name, first.index).map((t) => t.title), rule: 'actors/person-honorific' };
  if (terms.length === 1 && (ACRONYM.test(first.text) || first.tags.has('Organization')) && !isPlaceName(text) && !TIME_ZONES.has(first.text) && !NOT_ORGANIZATION_ACRONYMS.has(first.text) && !afterIndefiniteArticle(document, first) && !isModelDesignation(document, first) && !commonWordAsModifier(document, first)) {
    return { ...base, kind: 'organization', rule: 'actors/acronym' };
  }
  if (isPlaceName(text) || isLandmarkHead(last.normal) || nation) return null;
  if (!terms.some(isPersonTagged) && usedAsCompany(document, first, name.terms[name.terms.length - 1]!)) return { ...base, kind: 'organization', rule: 'actors/company-use' };
  if (!looksLikeNameOfPerson(document, terms)) return null;
  const titled = titlesOf(document, name, first.index);
  if (inner) titled.splice(0, titled.length, inner.title, ...titled.filter((t) => !inner.title.title.endsWith(t.title)));
  const looksLikePerson = hasPersonEvidence(document, terms, name.end);
  if (!(honorific || titled.length > 0 || looksLikePerson)) return null;
  // "Thames's chief executive, Jane Roe": a possessive before a title owns the office; the person is the other name.
  if (terms.length === 1 && name.possessive && titleWordAfter(document, last)) return null;
  if (terms.length === 1 && !honorific && !titled.length && (!isPersonTagged(first) || writtenAsPlace(document, first.text.replace(/['’]s$/, '')))) return null;
  const country = titled.find((t) => t.country)?.country ?? nationality;
  return { ...base, start: honorific && name.terms[0] ? name.terms[0].start : start, name: text, kind: 'person', country, titles: titled.map((t) => t.title), rule: 'actors/person' };
}

function titleWordAfter(document: ArticleDocument, last: Term): boolean {
  const next = document.terms[last.index + 1];
  return next !== undefined && next.sentence === last.sentence && /^\p{Ll}/u.test(next.text) && isTitleWord(next.text);
}

/** "the Canadian Red Cross", "the U.S. Geological Survey": a head of two words ends the name. */
function twoWordHead(terms: readonly Term[]): boolean {
  return terms.length > 2 && isOrganizationHead(`${terms[terms.length - 2]!.normal} ${bareWord(terms[terms.length - 1]!)}`);
}

/** "Bank of Canada", "Brothers of Italy": a head that takes "of" makes the whole run one organisation's name. */
function headedBeforeOf(terms: readonly Term[]): boolean {
  return terms.some((t, i) => i > 0 && (t.normal === 'of' || t.normal === 'for') && isOrganizationHead(bareWord(terms[i - 1]!)));
}

/**
 * Names whose shape or setting makes them organisations before any reading as a person: a ship ("USS X"), a
 * chamber ("the House"), "G7", an ampersand ("Florida Power & Light"), a run ending in an acronym ("Morningstar
 * DBRS"), or words around it that describe an organisation ("X, the utility,").
 */
function organizationByShape(document: ArticleDocument, terms: readonly Term[], end: number, honorific: boolean): string | null {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  if (terms.length > 1 && SHIP_PREFIXES.has(first.text)) return 'actors/ship';
  if (terms.length === 1 && LEGISLATIVE_CHAMBERS.has(bareWord(first))) return 'actors/legislative-chamber';
  if (terms.length === 1 && /^G\d{1,2}$/.test(first.text)) return 'actors/group-of-states';
  if (honorific) return null;
  const person = terms.some((t) => isPersonTagged(t) && (t.tags.has('FirstName') || t.tags.has('Honorific')));
  if (terms.length > 1 && terms.some((t) => t.text === '&')) return 'actors/ampersand-name';
  if (isAcronymLedName(terms)) return 'actors/acronym-led';
  if (terms.length > 1 && ACRONYM.test(last.text) && !terms.some(isPersonTagged) && !NOT_ORGANIZATION_ACRONYMS.has(last.text)) return 'actors/acronym-ended';
  return describedAsOrganization(document, first, last, end, person) ? 'actors/described-organization' : null;
}

/** "an MP", "a CEO": an acronym after an indefinite article is a kind of thing, not one organisation. */
function afterIndefiniteArticle(document: ArticleDocument, term: Term): boolean {
  const before = document.terms[term.index - 1];
  return before !== undefined && before.sentence === term.sentence && (before.normal === 'a' || before.normal === 'an');
}

/** "putting Sir Keir Starmer in Downing Street": a seat of government after "in" or "at" is the building. */
function afterVenuePreposition(document: ArticleDocument, first: Term): boolean {
  let before = document.terms[first.index - 1];
  if (before?.normal === 'the') before = document.terms[first.index - 2];
  return before !== undefined && before.sentence === first.sentence && ['in', 'at', 'into', 'inside', 'outside', 'to'].includes(before.normal);
}

/** A word without its possessive: "Health's" heads "Acme Health's" as "health". */
function bareWord(term: Term): string {
  return term.normal.replace(/['’]s$/, '');
}

function titlesOf(document: ArticleDocument, name: ProperName, firstNameTerm: number): TitleFound[] {
  const sentence = document.sentences[name.sentence];
  if (!sentence) return [];
  const found = [titleBefore(document, firstNameTerm), titleBeforeComma(document, document.terms[firstNameTerm]!.start, sentence.start)];
  if (!name.possessive) found.push(titleAfter(document, name.end, sentence.end), titleAs(document, name.end, sentence.end));
  return found.filter((t): t is TitleFound => t !== null);
}

/** "Egypt's State Information Service", "Florida's Division of Emergency Management": the possessive owner's state. */
function possessiveNationBefore(document: ArticleDocument, first: Term): string | null {
  const owner = document.terms[first.index - 1];
  if (!owner || owner.sentence !== first.sentence || !/['’]s$/.test(owner.text) || owner.post !== ' ') return null;
  const nation = nationOf(owner);
  if (nation) return nation.country.code;
  return provinceNamed(owner.text.slice(0, -2))?.country ?? null;
}

/** "Florida Governor Ron DeSantis", "Texas Attorney General X": a state or region written before a title. */
function placeBeforeTitle(terms: readonly Term[]): boolean {
  const next = terms[1];
  if (!next || !isTitleWord(next.text)) return false;
  const word = bareWord(terms[0]!);
  return countryByName(terms[0]!.text) !== null || (provinceNamed(word) !== null && /^\p{Lu}/u.test(terms[0]!.text));
}

function countryNamed(text: string): Nation | null {
  const country = countryByName(text);
  return country ? { country, via: 'country', possessive: false, word: text } : null;
}

/** "Russian Defence Ministry" is Russia's; "Ohio Department of Health" lies in the state of a first-level region it names. */
function countryIn(terms: readonly Term[]): string | null {
  for (const t of terms) {
    const nation = nationOf(t);
    if (nation && nation.via !== 'capital') return nation.country.code;
  }
  for (const t of terms) {
    // "National Union of Rail, Maritime and Transport Workers": a region named by a common word ("Maritime", Togo) says nothing.
    const word = t.text.replace(/['’]s$/, '');
    const region = /^\p{Lu}/u.test(t.text) && !COMMON_WORD_REGIONS.test(word) ? provinceNamed(word) : null;
    if (region) return region.country;
    // "Bank of England": a first-level division only GeoNames holds, named by one state alone.
    const divisions = /^\p{Lu}/u.test(t.text) && !COMMON_WORD_REGIONS.test(word) ? new Set(regionsNamed(word).map((r) => r.country)) : new Set<string>();
    if (divisions.size === 1 && t.tags.has('Place')) return [...divisions][0]!;
  }
  return null;
}

function isPlaceName(text: string): boolean {
  return countryByName(text) !== null || geoFeatureNamed(text) !== null || citiesNamed(text).length > 0 || provinceNamed(text) !== null;
}

/**
 * A capital stands for its government only where it acts: as the subject of a verb ("Kyiv had made", "prompting
 * Moscow to redeploy") or as an owner ("Moscow's invasion"). Elsewhere ("hit London") it is the city.
 */
function capitalActs(document: ArticleDocument, last: Term): boolean {
  if (/['’]s$/.test(last.text)) return true;
  const next = document.terms[last.index + 1];
  const after = document.terms[last.index + 2];
  if (!next || next.sentence !== last.sentence || !/^\s*$/.test(last.post)) return false;
  const isVerb = (t: Term | undefined): boolean => t !== undefined && ['Verb', 'Auxiliary', 'Modal', 'Copula'].some((tag) => t.tags.has(tag));
  if (isVerb(next)) return true;
  return (next.normal === 'to' || next.tags.has('Adverb')) && isVerb(after);
}
