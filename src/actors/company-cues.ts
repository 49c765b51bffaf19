import type { ArticleDocument, Term } from '../document/index.js';

/**
 * Nouns news uses to describe an organisation and never a person: "Streamwell, the Denver-based fitness
 * subscription company", "drugmaker Pfizer", "Magen David Adom, Israel's ambulance service". Lower case.
 */
const ORGANIZATION_NOUNS = [
  'company', 'firm', 'maker', 'drugmaker', 'chipmaker', 'carmaker', 'automaker', 'automobile maker', 'planemaker',
  'utility', 'insurer', 'reinsurer', 'lender', 'bank', 'retailer', 'airline', 'carrier', 'conglomerate', 'subsidiary',
  'startup', 'start-up', 'manufacturer', 'agency', 'service', 'regulator', 'watchdog', 'broadcaster', 'newspaper',
  'charity', 'organisation', 'organization', 'union', 'group', 'consultancy', 'exchange', 'chain', 'miner',
  'operator', 'modeler', 'modeller', 'brokerage', 'nonprofit', 'non-profit', 'list', 'party', 'alliance', 'bloc',
  // "Mass General Brigham, the largest hospital system in Massachusetts", "tracking website X".
  'hospital system', 'health system', 'hospital group', 'health network', 'website',
  // "according to tracking site FlightAware", "the streaming platform X", "software supplier X".
  'site', 'platform', 'publisher', 'outlet', 'provider', 'supplier', 'contractor',
];
/** Nouns that describe an organisation or, as often, a person ("a private forecaster"): they decide only for names that read as no person. */
const AMBIGUOUS_NOUNS = ['forecaster', 'developer', 'producer', 'provider', 'publisher', 'supplier', 'rival', 'giant', 'owner', 'platform', 'network'];

const DESCRIBER = '(?:(?:a|an|the|its)\\s+|(?:the\\s+)?\\p{L}[\\p{L}.-]*[’\']s\\s+)';
const NP_END = '(?=\\s*(?:[,.;:)]|$|\\s+(?:of|that|which|based|with|in|for|led|whose|and)\\b))';
/** A modifier inside the describing phrase: any word but one that starts another phrase ("a spokeswoman for the company"). */
const MODIFIER = '(?:(?!(?:of|for|at|in|to|the|a|an|with|on|by|from|and|or)\\s)[\\p{L}-]+\\s+)';
const appositive = (nouns: readonly string[]): RegExp => new RegExp(`^,\\s+${DESCRIBER}${MODIFIER}{0,4}?(?:${nouns.join('|')})${NP_END}`, 'u');
const CLEAR_APPOSITIVE = appositive(ORGANIZATION_NOUNS);
const AMBIGUOUS_APPOSITIVE = appositive(AMBIGUOUS_NOUNS);
const CLEAR_NOUNS: ReadonlySet<string> = new Set(ORGANIZATION_NOUNS);

/** Lower-case nouns right after a name that make it an organisation: "the liberal Renew Europe group". */
const HEADS_AFTER: ReadonlySet<string> = new Set(['group', 'party', 'bloc', 'faction', 'alliance', 'movement', 'company', 'firm', 'union', 'coalition', 'network']);
/** What an owner's possessive points to when the owner is a company: "Amgen's purchase of Horizon". */
const CORPORATE_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'purchase', 'acquisition', 'takeover', 'merger', 'revenue', 'revenues', 'profit', 'profits',
  'earnings', 'sales', 'shareholders', 'stockholders', 'customers', 'subscribers', 'board', 'headquarters', 'subsidiary',
  'products', 'brand', 'stores', 'factories', 'plant', 'plants', 'bid', 'offer', 'valuation', 'market',
]);
/** People who work at an organisation: "Analysts at Morningstar DBRS", "workers at Boeing". */
const STAFF_NOUNS: ReadonlySet<string> = new Set(['analysts', 'economists', 'researchers', 'executives', 'employees', 'workers', 'staff', 'strategists', 'engineers', 'scientists', 'nurses', 'doctors', 'officials', 'managers']);

/**
 * Whether the words around a name describe it as an organisation whatever its shape: an appositive ("X, the
 * utility,"), a describing noun before it ("drugmaker X"), a head noun after it ("the X group"). `personLike` names
 * (a first name, an honorific) take only the clear nouns.
 */
export function describedAsOrganization(document: ArticleDocument, first: Term, last: Term, end: number, personLike: boolean): boolean {
  const sentence = document.sentences[first.sentence];
  if (!sentence) return false;
  const after = document.text.slice(end, sentence.end);
  if (CLEAR_APPOSITIVE.test(after) || (!personLike && AMBIGUOUS_APPOSITIVE.test(after))) return true;
  const before = document.terms[first.index - 1];
  if (before && before.sentence === first.sentence && before.post === ' ' && /^\p{Ll}/u.test(before.text) && (CLEAR_NOUNS.has(before.normal) || /maker$/.test(before.normal))) return true;
  if (employerOf(document, first)) return true;
  const next = document.terms[last.index + 1];
  return next !== undefined && next.sentence === last.sentence && last.post === ' ' && !/['’]s$/.test(last.text) && /^\p{Ll}/u.test(next.text) && HEADS_AFTER.has(next.normal) && !personLike;
}

/** Roles a person holds in a company, before "of" and the company: "a former chief technology officer of McAfee". */
const CORPORATE_ROLES: ReadonlySet<string> = new Set(['officer', 'executive', 'founder', 'co-founder', 'chairman', 'chairwoman', 'ceo', 'cfo', 'employee', 'employees', 'shareholder', 'shareholders', 'staff']);

/** "chief technology officer of McAfee", "employees of Acme": the name after a corporate role and "of" is the employer. */
function employerOf(document: ArticleDocument, first: Term): boolean {
  const of = document.terms[first.index - 1];
  const role = document.terms[first.index - 2];
  return of?.normal === 'of' && role !== undefined && role.sentence === first.sentence && /^\p{Ll}/u.test(role.text) && CORPORATE_ROLES.has(role.normal);
}

/** Offices only a company has, after its possessive: "Spotify's chief executive", "Acme's founder". */
const CORPORATE_OFFICES: readonly (readonly string[])[] = [['chief', 'executive'], ['chief', 'financial'], ['chief', 'operating'], ['ceo'], ['cfo'], ['founder'], ['co-founder'], ['chairman'], ['chairwoman']];

function corporateOfficeAt(terms: readonly Term[], k: number): boolean {
  return CORPORATE_OFFICES.some((words) => words.every((w, i) => terms[k + i]?.normal === w));
}

/**
 * "Apple shares closed 2.5 per cent lower", "Acme stock fell": the name's traded shares, when what follows tells a
 * market move (a verb or an adverb), not "X shares his view" (a person sharing, followed by an object).
 */
function tradedShares(terms: readonly Term[], k: number): boolean {
  const noun = terms[k]!;
  const after = terms[k + 1];
  if (!['shares', 'stock'].includes(noun.normal) || noun.post !== ' ' || !after || after.sentence !== noun.sentence) return false;
  return (after.tags.has('PastTense') || after.tags.has('Adverb') || after.normal === 'have' || after.normal === 'were') && !after.tags.has('Determiner');
}

/**
 * Cues that a name no other rule reads is a company: its possessive before a corporate noun ("Amgen's purchase")
 * or office ("Spotify's chief executive"), its shares moving ("Apple shares closed"), "shares of X", or staff "at X".
 */
export function usedAsCompany(document: ArticleDocument, first: Term, last: Term): boolean {
  const terms = document.terms;
  const next = terms[last.index + 1];
  if (/['’]s$/.test(last.text) && next && next.sentence === last.sentence && (CORPORATE_POSSESSIONS.has(next.normal) || corporateOfficeAt(terms, next.index))) return true;
  if (next && next.sentence === last.sentence && last.post === ' ' && tradedShares(terms, next.index)) return true;
  const [twoBefore, before] = [terms[first.index - 2], terms[first.index - 1]];
  if (!twoBefore || !before || twoBefore.sentence !== first.sentence) return false;
  if (before.normal === 'of' && ['shares', 'stock'].includes(twoBefore.normal)) return true;
  return before.normal === 'at' && STAFF_NOUNS.has(twoBefore.normal) && twoBefore.post === ' ';
}
