import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ExtractOptions } from '../pipeline/index.js';
import { expandInputs, readRecords, type BatchRecord } from './records.js';
import { LineWriter, prepareResume } from './output.js';
import { createProgress, type ProgressCounts } from './progress.js';
import { errorLine, type BatchLine, type BatchTask } from './worker.js';

export interface BatchOptions {
  inputs: readonly string[];
  output: string;
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  /** Keep the complete lines of an earlier run of the same inputs and go on after them. */
  resume?: boolean;
  /** An article still running after this many seconds is stopped and gets an error line. */
  timeoutSeconds?: number;
  extractOptions?: ExtractOptions;
  /** The compiled worker module (dist/batch-worker.js by default). */
  workerUrl?: URL;
  progress?: { write: (s: string) => void; isTty: boolean };
}

export class BatchInputMismatch extends Error {}

/**
 * Extracts every record of the inputs on a pool of worker threads and writes one line per record, in input order:
 * the result, or `{ id, line, error }` for a record that could not be processed. Never stops for a bad record.
 */
export async function runBatch(options: BatchOptions): Promise<ProgressCounts> {
  const files = expandInputs(options.inputs);
  const resume = options.resume ? prepareResume(options.output) : { done: 0, lastKey: null };
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const pool = new Piscina<BatchTask, BatchLine>({
    filename: (options.workerUrl ?? new URL('./batch-worker.js', import.meta.url)).href,
    minThreads: workers,
    maxThreads: workers,
  });
  const writer = new LineWriter(options.output, resume.done > 0);
  const counts: ProgressCounts = { done: 0, errors: 0, skipped: 0, words: 0 };
  const progress = options.progress ? createProgress(options.progress.write, options.progress.isTty) : null;
  // Enough work queued to keep every worker busy while the head of the line is written.
  const window = workers * 8;
  const pending: Promise<BatchLine>[] = [];
  const flush = async () => {
    const { line, failed } = await pending.shift()!;
    writer.write(line);
    counts.done++;
    if (failed) counts.errors++;
    progress?.update(counts);
  };
  try {
    for await (const record of readRecords(files)) {
      if (record.index < resume.done) {
        if (record.index === resume.done - 1 && resume.lastKey !== null && resume.lastKey !== record.id) {
          throw new BatchInputMismatch(`${options.output} does not continue these inputs: its line ${resume.done} is "${resume.lastKey}", the inputs have "${record.id}" there`);
        }
        counts.skipped++;
        continue;
      }
      pending.push(processRecord(pool, record, options, counts));
      if (pending.length >= window) await flush();
    }
    while (pending.length > 0) await flush();
  } finally {
    writer.close();
    await pool.destroy();
  }
  progress?.finish(counts, options.output);
  return counts;
}

async function processRecord(pool: Piscina<BatchTask, BatchLine>, record: BatchRecord, options: BatchOptions, counts: ProgressCounts): Promise<BatchLine> {
  if (!record.input) return errorLine(record.id, record.where, record.error!.code, record.error!.message);
  counts.words += record.input.text.split(/\s+/).length;
  const timeout = (options.timeoutSeconds ?? 120) * 1000;
  try {
    return await pool.run({ input: record.input, where: record.where, options: options.extractOptions ?? {} }, { signal: AbortSignal.timeout(timeout) });
  } catch (error) {
    const aborted = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
    return aborted
      ? errorLine(record.id, record.where, 'extract/timeout', `still running after ${timeout / 1000} s; the worker was stopped`)
      : errorLine(record.id, record.where, 'extract/crashed', `the worker died: ${(error as Error).message}`);
  }
}
