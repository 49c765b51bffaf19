import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import type { ProperName } from './names/proper-names.js';
import { isOrganizationHead } from './lexicon/organization-heads.js';
import { KNOWN_ORGANIZATIONS, LEGISLATIVE_CHAMBERS } from './lexicon/known-organizations.js';
import { SEATS_OF_GOVERNMENT } from './lexicon/seats-of-government.js';
import { isTitleHead, isTitleWord } from './lexicon/titles.js';
import { nationOf } from './nation-of.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Organisations named at the start of a title written before a person's name: "European Commission President
 * Ursula von der Leyen", "Commons Leader Penny Mordaunt", "FEMA Administrator Deanne Criswell". The title stays
 * the person's; the organisation it names is also mentioned there. States ("U.S. District Judge") are no actor here.
 */
export function findTitleOrganizations(document: ArticleDocument, names: readonly ProperName[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const name of names) {
    const terms = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
    const prefix = organizationBeforeTitle(terms);
    if (!prefix) continue;
    const first = prefix[0]!;
    const last = prefix[prefix.length - 1]!;
    const text = document.text.slice(first.start, last.end);
    out.push({ start: first.start, end: last.end, name: text, kind: 'organization', country: null, titles: [], credit: false, rule: 'actors/title-organization' });
  }
  return out;
}

/** The words before the last title head's own title words, when they name an organisation. */
function organizationBeforeTitle(terms: readonly Term[]): readonly Term[] | null {
  let head = -1;
  for (let k = 0; k < terms.length - 1; k++) if (/^\p{Lu}/u.test(terms[k]!.text) && isTitleHead(terms[k]!.normal)) head = k;
  if (head < 1) return null;
  let k = head;
  while (k >= 0 && isTitleWord(terms[k]!.text)) k--;
  if (k < 0 || !terms.slice(0, k + 1).every((t) => t.post === ' ' || t.post === '-' || t === terms[k])) return null;
  const prefix = terms.slice(0, k + 1);
  const last = prefix[prefix.length - 1]!;
  const text = prefix.map((t) => t.text).join(' ');
  if (prefix.length === 1 && nationOf(last)) return null;
  const named = isOrganizationHead(last.normal) || SEATS_OF_GOVERNMENT.has(text) || (prefix.length === 1 && (LEGISLATIVE_CHAMBERS.has(last.normal) || KNOWN_ORGANIZATIONS.has(last.normal) || ACRONYM.test(last.text)));
  return named ? prefix : null;
}
