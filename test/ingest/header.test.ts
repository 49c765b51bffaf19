import { describe, expect, it } from 'vitest';
import { parseDateHeader } from '../../src/ingest/index.js';

describe('parseDateHeader', () => {
  const cases: [label: string, raw: string, publishedAt: string | null, body: string, diagnostic: string | null][] = [
    ['header then body on the same line', 'date 2025-06-02 Delegations met.', '2025-06-02', 'Delegations met.', null],
    ['leading white space, as in the golden file', ' date 2025-06-02 Delegations met.', '2025-06-02', 'Delegations met.', null],
    ['header on its own line', 'date 2024-10-31\nShares rose.', '2024-10-31', 'Shares rose.', null],
    ['header, blank line, body', 'date 2024-10-31\n\nShares rose.', '2024-10-31', '\nShares rose.', null],
    ['Date: with a colon', 'Date: 2024-07-05\nLabour won.', '2024-07-05', 'Labour won.', null],
    ['upper case DATE', 'DATE 2024-07-05 Labour won.', '2024-07-05', 'Labour won.', null],
    ['CRLF after the header', 'date 2024-07-05\r\nLabour won.', '2024-07-05', 'Labour won.', null],
    ['no header at all', 'Labour won a landslide.', null, 'Labour won a landslide.', null],
    ['"date" as a word of prose', 'date night is back in fashion.', null, 'date night is back in fashion.', null],
    ['a day that does not exist', 'date 2025-02-30 Body.', null, 'Body.', 'ingest/bad-date-header'],
    ['month 13', 'date 2025-13-01 Body.', null, 'Body.', 'ingest/bad-date-header'],
    ['US order in the header', 'date 06/02/2025 Body.', null, 'Body.', 'ingest/bad-date-header'],
    ['compact digits', 'date 20250602 Body.', null, 'Body.', 'ingest/bad-date-header'],
    ['leap day that exists', 'date 2024-02-29 Body.', '2024-02-29', 'Body.', null],
  ];
  it.each(cases)('%s', (_label, raw, publishedAt, body, diagnostic) => {
    const header = parseDateHeader(raw);
    expect(header.publishedAt).toBe(publishedAt);
    expect(raw.slice(header.bodyStart)).toBe(body);
    expect(header.diagnostics.map((d) => d.code)).toEqual(diagnostic ? [diagnostic] : []);
  });
});
