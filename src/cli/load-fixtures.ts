import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldenSchema, type Golden } from '../eval/golden.js';
import { decodeUtf8 } from './read-input.js';
import { UsageError } from './usage-error.js';

export interface FixtureFiles {
  name: string;
  /** The article file as written, `date` header included. */
  raw: string;
  golden: Golden;
}

/** Every `NAME.txt` with a `NAME.golden.json` beside it; a golden file that is not valid stops the run, named. */
export function loadFixtureDir(dir: string): FixtureFiles[] {
  if (!existsSync(dir)) throw new UsageError(`no such fixtures folder: ${dir}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.golden.json'))
    .map((f) => f.slice(0, -'.golden.json'.length))
    .sort();
  if (names.length === 0) throw new UsageError(`${dir} holds no NAME.golden.json files`);
  return names.map((name) => {
    const articlePath = join(dir, `${name}.txt`);
    if (!existsSync(articlePath)) throw new UsageError(`${name}.golden.json has no article ${name}.txt beside it`);
    const goldenPath = join(dir, `${name}.golden.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(goldenPath, 'utf8'));
    } catch (error) {
      throw new UsageError(`${goldenPath} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = GoldenSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new UsageError(`${goldenPath} is not a golden file (${problems.join('; ')})`);
    }
    return { name, raw: decodeUtf8(readFileSync(articlePath), articlePath), golden: parsed.data };
  });
}
