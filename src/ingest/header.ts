import type { Diagnostic } from '../schema/index.js';
import { isIsoDay } from './iso-day.js';

/**
 * `date YYYY-MM-DD` at the very start of a plain-text article; the body may follow on the same line (as in the
 * golden article) or on the next. `Date:` and leading white space are tolerated because exported archives add both.
 */
const HEADER = /^\s*date:?[ \t]+(\S+)[ \t]*(?:\r?\n)?[ \t]*/i;
/** What a writer meant as a date, valid or not: digits with separators. Anything else after "date" is prose. */
const DATE_LIKE = /^\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}$|^\d{8}$/;

export interface ParsedHeader {
  publishedAt: string | null;
  /** Offset in the raw text where the body starts (0 when there is no header). */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

/** Reads the optional `date YYYY-MM-DD` header line. A header that is there but malformed is a diagnostic. */
export function parseDateHeader(raw: string): ParsedHeader {
  const match = HEADER.exec(raw);
  if (!match || !DATE_LIKE.test(match[1]!)) return { publishedAt: null, bodyStart: 0, diagnostics: [] };
  const value = match[1]!;
  if (isIsoDay(value)) return { publishedAt: value, bodyStart: match[0].length, diagnostics: [] };
  return {
    publishedAt: null,
    bodyStart: match[0].length,
    diagnostics: [
      {
        code: 'ingest/bad-date-header',
        severity: 'error',
        message: `the date header "${value}" is not a real day in YYYY-MM-DD form; write it as e.g. "date 2025-06-02"`,
        stage: 'ingest',
      },
    ],
  };
}
