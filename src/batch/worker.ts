import { extract, type ExtractOptions } from '../index.js';
import type { ArticleInput } from '../ingest/index.js';

export interface BatchTask {
  input: ArticleInput;
  where: string;
  options: ExtractOptions;
}

export interface BatchLine {
  line: string;
  /** True for an error line `{ id, line, error }`: the record could not be processed. */
  failed: boolean;
}

/**
 * Runs in a worker thread: one article in, one output line out (serialised here, so the main thread only writes).
 * An exception becomes the record's error line; it never reaches the pool.
 */
export default function extractLine(task: BatchTask): BatchLine {
  try {
    return { line: JSON.stringify(extract(task.input, task.options)), failed: false };
  } catch (error) {
    return errorLine(task.input.id === undefined ? undefined : String(task.input.id), task.where, 'extract/failed', (error as Error).message);
  }
}

export function errorLine(id: string | undefined, where: string, code: string, message: string): BatchLine {
  return { line: JSON.stringify({ ...(id !== undefined && { id }), line: where, error: { code, message } }), failed: true };
}
