import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ArticleInput } from '../ingest/index.js';
import { parseArticleJson } from './parse-article-json.js';
import { UsageError } from './usage-error.js';

/** Reads one article from a file or stdin (`-`): `.json` as `{ text, ... }`, anything else as plain text. */
export function readArticle(path: string): ArticleInput {
  const bytes = readBytes(path);
  const text = decodeUtf8(bytes, path);
  const source = path === '-' ? 'stdin' : path;
  const ext = extname(path).toLowerCase();
  const id = path === '-' ? undefined : basename(path, extname(path));
  if (ext === '.json') return { id, ...parseArticleJson(text, source), source };
  if (ext === '.jsonl') {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length !== 1) throw new UsageError(`${source} has ${lines.length} JSON lines; extract takes one article, use "newsfacts batch" for JSONL archives`);
    return { id, ...parseArticleJson(lines[0]!, `${source}:1`), source };
  }
  return { id, text, source };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${path === '-' ? 'stdin' : path}: ${why}`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that are not UTF-8, or that hold NUL, are refused here rather than parsed as garbage. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new UsageError(`${source} is binary (it holds NUL bytes), not a text article`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new UsageError(`${source} is not valid UTF-8 text; convert it first (e.g. iconv -f latin1 -t utf-8)`);
  }
}
