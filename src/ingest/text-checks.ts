import type { Diagnostic } from '../schema/index.js';

/** Control characters other than tab, line feed, carriage return and form feed: a sign of binary input. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const REPLACEMENT = /\uFFFD/g;

export interface TextCheckOptions {
  maxChars: number;
}

/**
 * Problems that make an article unreadable as text. Each is an `error` diagnostic, and the pipeline then skips the
 * extractors: no facts from an empty string, from bytes that are not text, or from an article too large to parse
 * in one go (compromise needs about 10 s and 1.5 GB for 5 MB; silently cutting it would lose facts).
 */
export function checkArticleText(text: string, options: TextCheckOptions): Diagnostic[] {
  const fail = (code: string, message: string): Diagnostic[] => [{ code, message, severity: 'error', stage: 'ingest' }];
  if (text.trim() === '') return fail('ingest/empty', 'the article has no text');
  if (text.length > options.maxChars) {
    return fail(
      'ingest/too-large',
      `the article has ${text.length} characters, more than maxChars (${options.maxChars}); split it or raise maxChars`,
    );
  }
  const control = text.match(CONTROL)?.length ?? 0;
  const replaced = text.match(REPLACEMENT)?.length ?? 0;
  if (control > 0) return fail('ingest/binary', `the article holds ${control} control characters: it looks binary, not text`);
  // A few U+FFFD can be a real character in scraped text; many mean the bytes were not UTF-8.
  if (replaced > 0 && replaced / text.length > 0.001) {
    return fail('ingest/invalid-utf8', `the article holds ${replaced} replacement characters: it was not valid UTF-8`);
  }
  return [];
}
