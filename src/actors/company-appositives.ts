import type { ArticleDocument, Term } from '../document/index.js';
import { countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';

/** Plural nouns for kinds of company, as a list's appositive gives them: "three of the largest U.S. carriers". */
const COMPANY_PLURALS = [
  'companies', 'firms', 'carriers', 'airlines', 'banks', 'lenders', 'insurers', 'retailers', 'automakers', 'carmakers',
  'chipmakers', 'drugmakers', 'utilities', 'broadcasters', 'manufacturers', 'miners', 'operators', 'tech groups',
  'groups', 'conglomerates', 'brands', 'chains', 'supermarkets', 'publishers', 'networks',
];
/** A single capitalised word of a list ("Delta, United and American"). */
const MEMBER = String.raw`\p{Lu}[\p{L}&.'’-]*`;
const LINK = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|some|all|both|many|one|\d+)`;
/** "Delta, United and American, three of the largest U.S. carriers,": the rest of a list, then "N of the ... carriers". */
const LIST_OF_COMPANIES = new RegExp(
  String.raw`^(?:${LINK}${MEMBER})*,\s+${COUNT}\s+of\s+(?:the|its|their)\s+(?:(?!(?:of|and|or|the)\s)[\p{L}.-]+\s+){0,4}?(?:${COMPANY_PLURALS.join('|')})(?=\s*[,.;:)]|\s+(?:that|which|in|to)\b)`,
  'u',
);

/**
 * "Delta, United and American, three of the largest U.S. carriers, asked ...": a name in a list that an appositive
 * counts among a kind of company is a company, whatever else its word may be (a nationality, a first name). A
 * nationality or a state in the appositive ("U.S. carriers") is the companies' country.
 */
export function countedAmongCompanies(document: ArticleDocument, first: Term, end: number): { country: string | null } | null {
  const sentence = document.sentences[first.sentence];
  const match = sentence ? LIST_OF_COMPANIES.exec(document.text.slice(end, sentence.end)) : null;
  if (!match) return null;
  const words = match[0].slice(match[0].lastIndexOf(' of ')).split(/\s+/);
  const nation = words.map((w) => countryByDemonym(w) ?? countryByName(w)).find((c) => c !== null);
  return { country: nation?.code ?? null };
}

/** Singular nouns for an organisation that an appositive name may follow: "his centrist alliance, Ensemble,". */
const ORGANIZATION_BEFORE = /\b(?:alliance|party|coalition|bloc|movement|union|company|firm|airline|carrier|insurer|lender|bank|regulator|watchdog|agency|charity|broadcaster|newspaper|utility|retailer|carmaker|automaker|drugmaker|chipmaker|conglomerate)\s*,\s+$/u;

/**
 * "President Emmanuel Macron's centrist alliance, Ensemble, took second place": a name set off by commas right after
 * a noun for an organisation renames it. The name must close its own appositive with a comma or the sentence's end.
 */
export function renamesOrganization(document: ArticleDocument, first: Term, end: number): boolean {
  const sentence = document.sentences[first.sentence];
  if (!sentence) return false;
  const before = document.text.slice(sentence.start, first.start);
  return ORGANIZATION_BEFORE.test(before) && /^\s*[,.;:]/.test(document.text.slice(end, sentence.end));
}
