import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractionResultJsonSchema, ExtractionResultSchema, SCHEMA_VERSION } from '../../src/index.js';

const committed = new URL('../../schema/extraction-result.schema.json', import.meta.url);

describe('JSON Schema', () => {
  it('the committed copy is what the zod schemas generate (run `npm run schema` after changing them)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(extractionResultJsonSchema());
  });

  it('names every contract field of DESIGN.md', () => {
    const schema = extractionResultJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual([
      'schemaVersion', 'article', 'sentences', 'tokens', 'dates', 'quantities', 'actors', 'locations', 'events', 'diagnostics',
    ]);
    expect(schema.required).not.toContain('tokens');
    expect(String((schema as { $id?: string }).$id)).toContain(SCHEMA_VERSION);
  });

  it('a real result validates against the zod schema', () => {
    const result = extract('date 2025-06-02 Officials met in Istanbul on Monday.');
    expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
  });
});
