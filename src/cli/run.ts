import { parseArgs } from 'node:util';
import { extract, extractionResultJsonSchema } from '../index.js';
import { readArticle } from './read-input.js';
import { batchCommand, type BatchCliContext } from './batch-command.js';
import { evalCommand } from './eval-command.js';
import { goldenCommand } from './golden-command.js';
import { formatSummary } from './summary.js';
import { UsageError } from './usage-error.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `usage:
  newsfacts extract FILE|-  [--published YYYY-MM-DD] [--format json|summary] [--tokens]
  newsfacts batch INPUT... -o OUT.jsonl [--workers N] [--resume | --overwrite] [--timeout S] [--published D] [--quiet]
  newsfacts eval FIXTURES_DIR|NAME.golden.json [--json] [--diff] [--min-f1 X] [--baseline FILE] [--save-baseline FILE] [--results DIR]
  newsfacts golden check FIXTURES_DIR
  newsfacts schema
`;

/** Runs one command; returns the exit code (0 ok, 1 the article had errors, 2 usage or input error). */
export async function runCli(argv: string[], io: CliIo & Omit<BatchCliContext, keyof CliIo>): Promise<number> {
  const [command, ...rest] = argv;
  // "newsfacts eval --help": any command's help is the usage, not an unknown option.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command !== undefined && options.some((a) => a === '--help' || a === '-h')) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case 'extract':
        return extractCommand(rest, io);
      case 'batch':
        return await batchCommand(rest, io);
      case 'eval':
        return evalCommand(rest, io);
      case 'golden':
        return goldenCommand(rest, io);
      case 'schema':
        io.stdout(`${JSON.stringify(extractionResultJsonSchema(), null, 2)}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.stderr(`newsfacts: ${(error as Error).message.trimEnd()}\n`);
      return 2;
    }
    throw error;
  }
}

function extractCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
      tokens: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`extract takes one FILE or - for stdin\n${USAGE}`);
  const format = values.format;
  if (format !== 'json' && format !== 'summary') throw new UsageError(`--format is json or summary, not "${format}"`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new UsageError(`--published takes a day as YYYY-MM-DD, not "${values.published}"`);
  }
  const input = readArticle(positionals[0]!);
  let result;
  try {
    result = extract(input, { publishedAt: values.published, tokens: values.tokens });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message.replace(/^newsfacts: /, ''));
    throw error;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) io.stderr(`newsfacts: ${result.article.source ?? result.article.id}: ${d.code}: ${d.message}\n`);
  return errors.length > 0 ? 1 : 0;
}

function isArgError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
