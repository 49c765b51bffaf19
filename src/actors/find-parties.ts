import { LED_BODY_HEADS } from './lexicon/organization-heads.js';
import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import type { ProperName } from './names/proper-names.js';
import { isPlaceRole } from '../locations/place-role.js';
import { nationOf } from './nation-of.js';
import { isHonorific } from './lexicon/honorifics.js';
import { addressedElsewhere } from './person-evidence.js';
import { isTitleHead } from './lexicon/titles.js';
import { countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';
import { citiesNamed, provinceNamed } from '../locations/gazetteer/cities.js';

/** Words an article uses of a party right after its name: "Reform UK won five seats", "the Greens’ leader". */
const PARTY_WORDS: ReadonlySet<string> = new Set(['seats', 'seat', 'votes', 'vote', 'mps', 'lawmakers', 'leader', 'leadership', 'party', 'candidate', 'candidates', 'list', 'manifesto', 'majority']);
/** How many words after the name a party word may come: "Labour had taken 412 of 650 seats". */
const REACH = 6;
/** "Scottish seats", "a Republican candidate": a lone word shaped like an adjective of place or side is no name. */
const ADJECTIVE_SHAPED = /(?:sh|ch|ian|ean|ese|can)$/;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/**
 * Political parties: a capitalised name that the article, somewhere, follows with party words ("National Rally won
 * 30 seats", "Labour leader"). Every mention of such a name is then the party. Names of people (first names,
 * honorifics, titles) are never parties, however they won.
 */
export function findParties(document: ArticleDocument, names: readonly ProperName[]): ActorCandidate[] {
  const parties = new Set(names.filter((n) => isPartyShaped(document, n) && partyWordsFollow(document, n)).map(nameText));
  const mentions = names.filter((n) => parties.has(nameText(n)));
  // One country per party, so that its mentions merge: the first the text gives.
  const countries = new Map<string, string>();
  for (const n of mentions) {
    const country = countryOfParty(document, n);
    if (country && !countries.has(nameText(n))) countries.set(nameText(n), country);
  }
  return mentions.map((n) => {
    const terms = bare(n);
    return { start: terms[0]!.start, end: n.end, name: nameText(n), kind: 'organization', country: countries.get(nameText(n)) ?? null, titles: [], credit: false, rule: 'actors/party' };
  });
}

/**
 * Parties are national: a country in the name ("Brothers of Italy"), else the state the sentence names before the
 * party ("In Belgium, ... his Open VLD party", "French President X ... Marine Le Pen's National Rally").
 */
function countryOfParty(document: ArticleDocument, name: ProperName): string | null {
  for (const t of bare(name)) {
    const nation = nationOf(t);
    if (nation && nation.via !== 'capital') return nation.country.code;
  }
  const first = name.terms[0]!;
  for (let i = first.index - 1; i >= 0 && document.terms[i]!.sentence === first.sentence; i--) {
    const nation = nationOf(document.terms[i]!);
    if (nation && nation.via !== 'capital') return nation.country.code;
  }
  return null;
}

function bare(name: ProperName): readonly Term[] {
  return name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
}

function nameText(name: ProperName): string {
  return bare(name).map((t, i, all) => t.text.replace(/['’]s$/, '') + (i < all.length - 1 ? t.post : '')).join('').trim();
}

function isPartyShaped(document: ArticleDocument, name: ProperName): boolean {
  const terms = bare(name);
  if (terms.length === 0 || terms.length > 5) return false;
  // "Scottish seats": an adjective alone is no name; "won in South West Norfolk by 630 votes": a place.
  if (terms.length === 1 && (terms[0]!.tags.has('Adjective') || ADJECTIVE_SHAPED.test(terms[0]!.text))) return false;
  if (isPlaceRole(document, terms[0]!.index, terms[terms.length - 1]!.index)) return false;
  const text = nameText(name);
  // "Ohio votes", "Russia's seat": a place or a state is no party.
  if (countryByName(text) || countryByDemonym(text) || provinceNamed(text) || citiesNamed(text).length > 0) return false;
  // "Rashmi X won the seat. Ms X thanked voters": a name the article addresses with an honorific is a person.
  if (terms.length > 1 && addressedElsewhere(document, terms[terms.length - 1]!)) return false;
  // "the Samajwadi Party of Akhilesh Yadav won 37 seats": the party's leader after its "of" is the person, not the party.
  const of = document.terms[terms[0]!.index - 1];
  const head = document.terms[terms[0]!.index - 2];
  if (terms.length === 2 && of?.normal === 'of' && head && head.sentence === of.sentence && /^\p{Lu}/u.test(head.text) && LED_BODY_HEADS.has(head.normal)) return false;
  return !terms.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)) || isHonorific(t.text) || isTitleHead(t.text));
}

/** A party word within a few words after the name, in its sentence; "won" counts only with seats or votes after it. */
function partyWordsFollow(document: ArticleDocument, name: ProperName): boolean {
  const last = name.terms[name.terms.length - 1]!;
  const after = document.terms.slice(last.index + 1, last.index + 1 + REACH).filter((t) => t.sentence === last.sentence);
  if (name.possessive && after[0] && PARTY_WORDS.has(after[0].normal)) return true;
  if (/[,;:.!?]/.test(last.post)) return false;
  return after.some((t) => PARTY_WORDS.has(t.normal));
}
