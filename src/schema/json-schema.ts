import { z } from 'zod';
import { ExtractionResultSchema, SCHEMA_VERSION } from './result.js';

/** The JSON Schema (draft 2020-12) of ExtractionResult, generated from the zod schema, never written by hand. */
export function extractionResultJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExtractionResultSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: `https://newsfacts.dev/schema/extraction-result-${SCHEMA_VERSION}.json`,
    title: 'ExtractionResult',
    description: `newsfacts ExtractionResult, schema version ${SCHEMA_VERSION}`,
  };
}
