import type { Term } from '../../document/index.js';
import { HEADS_BEFORE_OF, isOrganizationHead } from '../lexicon/organization-heads.js';
import { TITLE_MODIFIERS } from '../lexicon/titles.js';

/** Tags of words that name something on their own: such a word before "and" ends a name rather than joining one. */
const NAMING_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Acronym'];
/** Words that open an institution's name: after "and" they start a second body ("... and Federal Reserve"). */
const INSTITUTION_OPENERS: ReadonlySet<string> = new Set(['national', 'federal', 'international', 'european', 'state', 'royal', 'united', 'the']);
const CAPITALISED = /^\p{Lu}/u;
/** How many common words a name may hold before "and" without an "of": "Federal Mediation", "Food". */
const MAX_WORDS_BEFORE_AND = 3;

/**
 * How many terms after `j` one institution's name jumps over an "and" or a list comma inside it, or 0. Public bodies
 * and unions name their remit as a list of common nouns: "Food and Drug Administration", "Federal Mediation and
 * Conciliation Service", "Department for Environment, Food and Rural Affairs", "International Association of
 * Machinists and Aerospace Workers". Two names joined by "and" ("Bank of England and Federal Reserve", "Boeing and
 * Airbus Group") stay two: the words before "and" then name something on their own, or the words after open a body.
 */
export function institutionJoinLength(terms: readonly Term[], start: number, j: number): number {
  const current = terms[j]!;
  const next = terms[j + 1];
  if (!next || next.sentence !== current.sentence) return 0;
  const circuit = courtCircuitLength(terms, j);
  if (circuit > 0) return circuit;
  const tail = ofTail(terms, start, j);
  if (current.post === ', ' && tail && isCommonName(next) && listClosesWithAnd(terms, j + 1)) return 1;
  if (current.post !== ' ' || next.normal !== 'and' || next.post !== ' ') return 0;
  const after = nameRunFrom(terms, j + 2);
  if (after.length === 0 || opensBody(after)) return 0;
  if (tail) return tail.every(isCommonName) ? 2 : 0;
  const before = terms.slice(start, j + 1);
  const headed = isOrganizationHead(after[after.length - 1]!.normal);
  const common = before.length <= MAX_WORDS_BEFORE_AND && before.every((t, i) => isCommonName(t) || (i === 0 && INSTITUTION_OPENERS.has(t.normal)));
  return headed && common && !isOrganizationHead(current.normal) ? 2 : 0;
}

/** The words after the last "of"/"for" that follows an organisation head in the run so far, or null. */
function ofTail(terms: readonly Term[], start: number, j: number): readonly Term[] | null {
  for (let k = j - 1; k >= start; k--) {
    const connector = terms[k + 1]!;
    if ((connector.normal === 'of' || connector.normal === 'for') && (HEADS_BEFORE_OF.has(terms[k]!.normal) || isOrganizationHead(terms[k]!.normal))) {
      return k + 2 <= j ? terms.slice(k + 2, j + 1) : null;
    }
  }
  return null;
}

/** A capitalised word that is a common noun written in a name ("Food", "Machinists"), not a name of its own. */
function isCommonName(term: Term): boolean {
  return CAPITALISED.test(term.text) && !/^\p{Lu}{2,}$/u.test(term.text) && !NAMING_TAGS.some((tag) => term.tags.has(tag)) && !/['’]s?$/.test(term.text);
}

/** "Environment, Food and Rural Affairs": capitalised words and commas up to an "and" before a capitalised word. */
function listClosesWithAnd(terms: readonly Term[], k: number): boolean {
  for (let i = k; i < terms.length && i < k + 8; i++) {
    const term = terms[i]!;
    if (!isCommonName(term) || term.sentence !== terms[k]!.sentence) return false;
    const following = terms[i + 1];
    if (term.post === ' ' && following?.normal === 'and') return CAPITALISED.test(terms[i + 2]?.text ?? '');
    if (term.post !== ' ' && term.post !== ', ') return false;
  }
  return false;
}

/** The capitalised words from `k` on, as one name run would take them. */
function nameRunFrom(terms: readonly Term[], k: number): readonly Term[] {
  const run: Term[] = [];
  for (let i = k; i < terms.length; i++) {
    const term = terms[i]!;
    if (!CAPITALISED.test(term.text) || term.sentence !== terms[k]!.sentence) break;
    run.push(term);
    if (term.post !== ' ') break;
  }
  return run;
}

/** Words after "and" that start a second body: "Federal Reserve", "Ministry of ...", "Foreign Office", a place. */
function opensBody(run: readonly Term[]): boolean {
  const first = run[0]!;
  if (INSTITUTION_OPENERS.has(first.normal) || HEADS_BEFORE_OF.has(first.normal) || isOrganizationHead(first.normal)) return true;
  if (NAMING_TAGS.some((tag) => first.tags.has(tag))) return true;
  return run.length > 1 && TITLE_MODIFIERS.has(first.normal) && isOrganizationHead(run[run.length - 1]!.normal);
}

/** Courts' remits after "for the": "the 7th Circuit", "the Southern District", "the D.C. Circuit". */
const COURT_REMITS: ReadonlySet<string> = new Set(['circuit', 'district']);
const COURT_HEADS: ReadonlySet<string> = new Set(['appeals', 'court']);

/**
 * "U.S. Court of Appeals for the 7th Circuit", "District Court for the Southern District": a court's name runs on
 * through "for the", an ordinal or compass word, and its circuit or district. The terms to jump, or 0.
 */
function courtCircuitLength(terms: readonly Term[], j: number): number {
  const [head, forWord, the, which, remit] = [terms[j], terms[j + 1], terms[j + 2], terms[j + 3], terms[j + 4]];
  if (!head || !forWord || !the || !which || !remit || !COURT_HEADS.has(head.normal) || !CAPITALISED.test(head.text)) return 0;
  if (forWord.normal !== 'for' || the.normal !== 'the' || head.post !== ' ' || forWord.post !== ' ' || the.post !== ' ' || which.post !== ' ') return 0;
  const ordinal = /^\d{1,2}(?:st|nd|rd|th)$/.test(which.text) || (which.tags.has('Ordinal') && CAPITALISED.test(which.text)) || /^(?:Northern|Southern|Eastern|Western|Central|Middle|Federal|D\.C\.?)$/.test(which.text);
  return ordinal && CAPITALISED.test(remit.text) && COURT_REMITS.has(remit.normal) && remit.sentence === head.sentence ? 4 : 0;
}
