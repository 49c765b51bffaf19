import { parseArgs } from 'node:util';
import { checkGolden } from '../eval/golden-check.js';
import { parseDateHeader } from '../ingest/index.js';
import { loadFixtureDir } from './load-fixtures.js';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

/** `newsfacts golden check DIR`: every golden fact's text occurs in its article; exit 1 naming each that does not. */
export function goldenCommand(args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub !== 'check') throw new UsageError('usage: newsfacts golden check FIXTURES_DIR');
  const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('golden check takes one FIXTURES_DIR');
  let problems = 0;
  for (const fixture of loadFixtureDir(positionals[0]!)) {
    const body = fixture.raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const header = parseDateHeader(body);
    const found = checkGolden(body.slice(header.bodyStart), fixture.golden);
    if (header.publishedAt !== fixture.golden.article.publishedAt) {
      found.push(`article.publishedAt is ${fixture.golden.article.publishedAt}, the article header says ${header.publishedAt}`);
    }
    for (const p of found) io.stderr(`${fixture.name}: ${p}\n`);
    io.stdout(`${fixture.name}: ${found.length === 0 ? 'ok' : `${found.length} problem(s)`}\n`);
    problems += found.length;
  }
  return problems > 0 ? 1 : 0;
}
