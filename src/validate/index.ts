import type { z } from 'zod';
import {
  ActorSchema,
  DateFactSchema,
  EventSchema,
  ExtractionResultSchema,
  LocationSchema,
  QuantityFactSchema,
  type Diagnostic,
  type ExtractionResult,
} from '../schema/index.js';
import { spanProblems } from './spans.js';
import { danglingReferences } from './references.js';

type FactField = 'dates' | 'quantities' | 'actors' | 'locations' | 'events';
const FACT_SCHEMAS: Record<FactField, z.ZodType> = {
  dates: DateFactSchema,
  quantities: QuantityFactSchema,
  actors: ActorSchema,
  locations: LocationSchema,
  events: EventSchema,
};

/**
 * The last stage: every fact is checked against its zod schema and the span invariant
 * (`article.text.slice(start, end) === text`); a fact that fails is dropped and named in an error diagnostic, so
 * the result always validates and one bad fact never costs the article. Events that point at a dropped actor,
 * place or quantity lose that reference the same way.
 */
export function validateResult(candidate: ExtractionResult): ExtractionResult {
  const diagnostics: Diagnostic[] = [...candidate.diagnostics];
  const text = candidate.article.text;
  const kept = {} as Pick<ExtractionResult, FactField>;
  for (const field of Object.keys(FACT_SCHEMAS) as FactField[]) {
    kept[field] = (candidate[field] as unknown[]).filter((fact, i) => {
      const parsed = FACT_SCHEMAS[field].safeParse(fact);
      const problems = parsed.success ? spanProblems(text, fact as never) : parsed.error.issues.map(formatIssue);
      if (problems.length === 0) return true;
      diagnostics.push({
        code: parsed.success ? 'validate/span-mismatch' : 'validate/invalid-fact',
        severity: 'error',
        message: `dropped ${field}[${i}]: ${problems.join('; ')}`,
        stage: 'validate',
      });
      return false;
    }) as never;
  }
  const events = danglingReferences(kept, diagnostics);
  const result = { ...candidate, ...kept, events, diagnostics };
  const parsed = ExtractionResultSchema.safeParse(result);
  if (!parsed.success) {
    // Facts were checked one by one above; what is left is the article, sentences or tokens: a newsfacts bug.
    throw new Error(`newsfacts: internal error, result does not validate: ${parsed.error.issues.map(formatIssue).join('; ')}`);
  }
  const sentenceProblems = candidate.sentences.flatMap((s) => spanProblems(text, s));
  if (sentenceProblems.length > 0) throw new Error(`newsfacts: internal error, sentence spans: ${sentenceProblems.join('; ')}`);
  return parsed.data;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}
