import type { ArticleDocument } from '../document/index.js';
import { overlaps, type ActorCandidate } from './candidate.js';

/** One capitalised word of a party's name in a case title, with "of" and "the" allowed inside ("Department of the Interior"). */
const PARTY = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}.'’-]*)*`;
/** "Trump v. United States", "Roe v Wade", "Brown v. Board of Education": a court case's title. */
const CASE_TITLE = new RegExp(`${PARTY}\\s+v\\.?\\s+${PARTY}`, 'gu');

/**
 * Spans of court cases' titles. "Writing for the majority in Trump v. United States" names a case, not the parties
 * acting: the names inside it are no mentions of Trump or of the United States. "vs" is left alone: sports copy
 * writes it between teams that do play.
 */
export function caseTitleSpans(document: ArticleDocument): { start: number; end: number }[] {
  return [...document.text.matchAll(CASE_TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The candidates outside every case title. */
export function outsideCaseTitles(document: ArticleDocument, candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const cases = caseTitleSpans(document);
  return cases.length === 0 ? [...candidates] : candidates.filter((c) => !cases.some((k) => overlaps(k, c)));
}
