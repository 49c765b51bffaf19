import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BatchInputMismatch, runBatch } from '../batch/index.js';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

export interface BatchCliContext extends CliIo {
  isTty?: boolean;
  /** Where the compiled worker is; tests point it at a build of their own. */
  workerUrl?: URL;
}

/** `newsfacts batch INPUT... -o OUT.jsonl`: archive in, one line per record out, in input order. */
export async function batchCommand(args: string[], io: BatchCliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      workers: { type: 'string' },
      resume: { type: 'boolean', default: false },
      overwrite: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      published: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('batch takes one or more INPUT files or folders (.txt, .json, .jsonl), or - for JSONL on stdin');
  const output = values.output;
  if (!output) throw new UsageError('batch needs -o OUT.jsonl');
  for (const input of positionals) if (input !== '-' && !existsSync(input)) throw new UsageError(`no such input: ${input}`);
  if (existsSync(output) && statSync(output).size > 0 && !values.resume && !values.overwrite) {
    throw new UsageError(`${output} exists; pass --resume to go on after its complete lines, or --overwrite to start again`);
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) throw new UsageError(`--workers takes a whole number above 0, not "${values.workers}"`);
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new UsageError(`--timeout takes seconds above 0, not "${values.timeout}"`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new UsageError(`--published takes a day as YYYY-MM-DD, not "${values.published}"`);
  }
  try {
    await runBatch({
      inputs: positionals,
      output,
      workers,
      resume: values.resume,
      timeoutSeconds,
      extractOptions: values.published ? { publishedAt: values.published } : {},
      ...(io.workerUrl && { workerUrl: io.workerUrl }),
      ...(!values.quiet && { progress: { write: io.stderr, isTty: io.isTty ?? false } }),
    });
  } catch (error) {
    if (error instanceof BatchInputMismatch) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}
