import type { ArticleDocument, Term } from '../document/index.js';
import { isPlaceRole } from '../locations/place-role.js';
import { isPersonTagged } from './person-titles.js';
import { countryByName } from '../locations/gazetteer/countries.js';

/** Place tags a member of a coordinated list of states or regions carries: "Germany, Mexico, South Korea and Israel". */
const LIST_MEMBER_TAGS = ['Country', 'Region'];
/** Nouns for what a state gives or does, whose "from" names the state as its source: "help from Egypt and the US". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'help', 'support', 'aid', 'assistance', 'pressure', 'sanctions', 'backing', 'mediation', 'funding', 'offers',
  'demands', 'criticism', 'condemnation', 'threats', 'warnings', 'objections', 'approval', 'permission', 'guarantees',
]);

/**
 * Whether a country named by the terms `[first, last]` acts or is acted on, rather than being a place or a
 * person's nationality. Members of a coordinated list take the role of the list's first member ("Jordan, Lebanon
 * and Iraq closed their airspace"; "routes to Japan and South Korea"), so one list is never split across roles.
 */
export function countryActs(document: ArticleDocument, first: number, last: number): boolean {
  const terms = document.terms;
  if (nationalityOfPerson(terms, first, last) || partOfLongerPlace(terms, first)) return false;
  const head = listHead(terms, first);
  if (head.regionNamesake) return false;
  const before = terms[head.first - 1];
  const source = terms[head.first - 2];
  if (before?.normal === 'from' && source && source.sentence === before.sentence && SOURCE_NOUNS.has(source.normal)) return true;
  return !isPlaceRole(document, head.first, head.first === first ? last : head.last);
}

/** "Benjamin Netanyahu of Israel", "Algeria's Imane Khelif": the state a person comes from, no actor there. */
function nationalityOfPerson(terms: readonly Term[], first: number, last: number): boolean {
  const before = terms[first - 1];
  const person = terms[first - 2];
  if (before?.normal === 'of' && person && person.sentence === before.sentence && isPersonTagged(person) && /^\p{Lu}/u.test(person.text)) return true;
  const next = terms[last + 1];
  return /['’]s$/.test(terms[last]!.text) && next !== undefined && next.sentence === terms[last]!.sentence && isPersonTagged(next);
}

/** "The New Jersey company": a country's name inside a longer place name ("New Jersey", "New Mexico"). */
function partOfLongerPlace(terms: readonly Term[], first: number): boolean {
  const before = terms[first - 1];
  return before !== undefined && before.text === 'New' && before.post === ' ';
}

/**
 * The first member of the coordinated list of states or regions the name at `first` ends, walking back over ", "
 * and "and"/"or" (and a "the" before a member). A city before a comma ("Paris, France") is an address, no list.
 */
function listHead(terms: readonly Term[], first: number): { first: number; last: number; regionNamesake: boolean } {
  let head = { first, last: first, regionNamesake: false };
  // "Pennsylvania, Georgia and North Carolina": a name that is a state and a region reads as the region among regions.
  const namesake = terms[first]!.tags.has('Region');
  let k = first - 1;
  if (terms[k]?.normal === 'the') k--;
  while (k >= 0 && terms[k]!.sentence === terms[first]!.sentence) {
    const separator = terms[k]!;
    let memberLast = k;
    if (separator.normal === 'and' || separator.normal === 'or') memberLast = k - 1;
    else if (!/^,\s*$/.test(separator.post)) break;
    const member = terms[memberLast];
    if (!member || !isListMember(member) || (member.tags.has('City') && !member.tags.has('Country') && memberLast === k)) break;
    let memberFirst = memberLast;
    while (memberFirst > 0 && terms[memberFirst - 1]!.post === ' ' && isListMember(terms[memberFirst - 1]!)) memberFirst--;
    const regionNamesake = head.regionNamesake || (namesake && !terms[memberLast]!.tags.has('Country'));
    head = { first: memberFirst, last: memberLast, regionNamesake };
    k = memberFirst - 1;
    if (terms[k]?.normal === 'the') k--;
  }
  return head;
}

function isListMember(term: Term): boolean {
  return /^\p{Lu}/u.test(term.text) && (LIST_MEMBER_TAGS.some((tag) => term.tags.has(tag)) || countryByName(term.text) !== null);
}
