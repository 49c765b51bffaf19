import { readdirSync, readFileSync } from 'node:fs';
import { GoldenSchema, type Golden } from '../../src/index.js';

export const fixturesDir = new URL('../../fixtures/', import.meta.url);

export interface Fixture {
  name: string;
  raw: string;
  golden: Golden | null;
}

/** Every article in fixtures/, with its golden annotation when there is one. */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const raw = readFileSync(new URL(f, fixturesDir), 'utf8');
      let golden: Golden | null = null;
      try {
        golden = GoldenSchema.parse(JSON.parse(readFileSync(new URL(`${name}.golden.json`, fixturesDir), 'utf8')));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      return { name, raw, golden };
    });
}
