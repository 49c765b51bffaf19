import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GoldenSchema, type Golden } from '../eval/golden.js';
import { decodeUtf8 } from './read-input.js';
import { UsageError } from './usage-error.js';

export interface FixtureFiles {
  name: string;
  /** The article file as written, `date` header included. */
  raw: string;
  golden: Golden;
}

/**
 * Every `NAME.txt` with a `NAME.golden.json` beside it; a golden file that is not valid stops the run, named. The
 * path may also be one fixture, named by either of its two files, to score a single article.
 */
export function loadFixtureDir(path: string): FixtureFiles[] {
  if (!existsSync(path)) throw new UsageError(`no such fixtures folder or file: ${path}`);
  const single = statSync(path).isFile() ? fixtureNamedBy(path) : null;
  const dir = single ? dirname(path) : path;
  const names = single
    ? [single]
    : readdirSync(dir)
        .filter((f) => f.endsWith('.golden.json'))
        .map((f) => f.slice(0, -'.golden.json'.length))
        .sort();
  if (names.length === 0) throw new UsageError(`${dir} holds no NAME.golden.json files`);
  if (single && !existsSync(join(dir, `${single}.golden.json`))) throw new UsageError(`${path} has no golden file ${single}.golden.json beside it`);
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

/** The fixture a file names: "NAME.golden.json" or its article "NAME.txt". */
function fixtureNamedBy(file: string): string {
  const name = basename(file);
  if (name.endsWith('.golden.json')) return name.slice(0, -'.golden.json'.length);
  if (name.endsWith('.txt')) return name.slice(0, -'.txt'.length);
  throw new UsageError(`${file} is neither a fixtures folder, a NAME.golden.json nor a NAME.txt`);
}
