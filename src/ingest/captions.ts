import type { Paragraph } from './paragraphs.js';
import { CREDIT_DESCRIPTORS, ORGANIZATION_CREDIT_WORDS, PHOTO_AGENCIES } from './credit-lexicon.js';

export interface CreditName {
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organization';
}

export interface Caption {
  paragraph: number;
  /** The parenthesised credit, brackets included. */
  credit: { start: number; end: number; text: string };
  names: CreditName[];
}

/** A caption is short: longer paragraphs that end in a bracket are story text quoting a source. */
const MAX_CAPTION_WORDS = 45;
const TRAILING_CREDIT = /\(([^()\n]{2,160})\)\s*$/;
/** Credit parts: split at "/", ",", ";" and at "via" ("PA via AP": PA's photo, distributed by AP). */
const PART = /(?:(?!\s+via\s)[^/,;])+/gi;
const ACRONYM = /^[A-Z]{2,5}$/;
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * Finds photo captions: short paragraphs that end in a parenthesised credit such as `(Name/AP)` or
 * `(Name, Agency, Pool Photo/AP)`. A bracket counts as a credit only when it has a slash (the wire convention
 * "photographer/agency") or is a known agency on its own.
 */
export function findCaptions(text: string, paragraphs: readonly Paragraph[]): Caption[] {
  const captions: Caption[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    if (body.split(/\s+/).length > MAX_CAPTION_WORDS) continue;
    const match = TRAILING_CREDIT.exec(body);
    if (!match) continue;
    const inner = match[1]!;
    const names = creditNames(inner, paragraph.start + match.index + 1);
    if (!inner.includes('/') && !names.some((n) => PHOTO_AGENCIES.has(n.text))) continue;
    if (names.length === 0) continue;
    const start = paragraph.start + match.index;
    captions.push({ paragraph: paragraph.index, credit: { start, end: start + match[0].trimEnd().length, text: match[0].trimEnd() }, names });
  }
  return captions;
}

function creditNames(inner: string, offset: number): CreditName[] {
  const names: CreditName[] = [];
  for (const part of inner.matchAll(PART)) {
    let raw = part[0];
    let start = offset + part.index;
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim();
    start += lead;
    // "(Photo: Name/AFP)", "(Picture: Name/PA)": the label says what follows, it is no one's name.
    const label = /^(?:via\s+|(?:photo|picture|image|photograph|credit)s?:\s*)/i.exec(raw);
    if (label) {
      raw = raw.slice(label[0].length);
      start += label[0].length;
    }
    // "The Canadian Press", "The Associated Press": names drop a leading article, as everywhere else.
    const article = /^the\s+(?=\S)/i.exec(raw);
    if (article && raw.length > article[0].length) {
      raw = raw.slice(article[0].length);
      start += article[0].length;
    }
    if (raw === '' || CREDIT_DESCRIPTORS.has(raw)) continue;
    names.push({ start, end: start + raw.length, text: raw, kind: creditKind(raw) });
  }
  return names;
}

function creditKind(name: string): CreditName['kind'] {
  if (PHOTO_AGENCIES.has(name) || ACRONYM.test(name) || ORGANIZATION_CREDIT_WORDS.test(name)) return 'organization';
  return PERSON_NAME.test(name) ? 'person' : 'organization';
}
