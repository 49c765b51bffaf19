import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../ingest/index.js';
import { ArticleInputSchema } from '../ingest/index.js';

/** One unit of work: an article to extract, or an input problem to report in its place. */
export interface BatchRecord {
  /** Position in the whole run, 0-based: output line `index` belongs to this record. */
  index: number;
  /** `file` or `file:line`: where the record came from, for error lines and `article.source`. */
  where: string;
  /** The article id: its own, else the file name (`.txt`, `.json`) or `file:line` (JSONL), never a hash. */
  id: string;
  input?: ArticleInput;
  error?: { code: string; message: string };
}

const ARTICLE_FILES = new Set(['.txt', '.json', '.jsonl', '.ndjson']);

/** Files in a stable order: folders are walked in sorted order, so a resumed run sees the same sequence. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input !== '-' && statSync(input).isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (ARTICLE_FILES.has(extname(entry.name).toLowerCase()) && !entry.name.endsWith('.golden.json')) files.push(path);
        }
      };
      walk(input);
    } else files.push(input);
  }
  return files;
}

/** Streams every record of every input, one JSONL line at a time, so an archive never has to fit in memory. */
export async function* readRecords(files: readonly string[]): AsyncGenerator<BatchRecord> {
  let index = 0;
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (file === '-' || ext === '.jsonl' || ext === '.ndjson') {
      const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file, 'utf8'), crlfDelay: Infinity });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        yield { index: index++, ...jsonRecord(line, `${file === '-' ? 'stdin' : file}:${lineNo}`) };
      }
    } else {
      yield { index: index++, ...fileRecord(file, ext) };
    }
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function fileRecord(file: string, ext: string): Omit<BatchRecord, 'index'> {
  const id = basename(file, extname(file));
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return { where: file, id, error: { code: 'input/binary', message: 'the file holds NUL bytes: binary, not text' } };
    text = UTF8.decode(bytes);
  } catch (error) {
    const message = error instanceof TypeError ? 'not valid UTF-8 text' : (error as Error).message;
    return { where: file, id, error: { code: 'input/unreadable', message } };
  }
  if (ext === '.json') {
    const record = jsonRecord(text, file);
    const own = record.input?.id !== undefined && record.id !== file;
    return own ? record : { ...record, id, ...(record.input && { input: { ...record.input, id } }) };
  }
  return { where: file, id, input: { id, text, source: file } };
}

function jsonRecord(json: string, where: string): Omit<BatchRecord, 'index'> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { where, id: where, error: { code: 'input/bad-json', message: `not valid JSON: ${(error as Error).message}` } };
  }
  const parsed = ArticleInputSchema.safeParse(value);
  if (!parsed.success) {
    const id = (value as { id?: unknown } | null)?.id;
    const message = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return { where, id: typeof id === 'string' || typeof id === 'number' ? String(id) : where, error: { code: 'input/not-an-article', message } };
  }
  const id = parsed.data.id === undefined ? where : String(parsed.data.id);
  return { where, id, input: { ...parsed.data, id, source: parsed.data.source ?? where } };
}
