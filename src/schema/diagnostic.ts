import { z } from 'zod';

/**
 * A problem with the content, reported as data instead of thrown (as vfile messages are). `code` is stable and
 * namespaced by where it came from: `ingest/no-date`, `validate/span-mismatch`, `dates/unresolved`.
 */
export const DiagnosticSchema = z.object({
  code: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'a namespaced code such as "ingest/no-date"'),
  message: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The stage that reported it. */
  stage: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
