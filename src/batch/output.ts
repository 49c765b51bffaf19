import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface ResumePoint {
  /** Complete lines already in the output: the records to skip. */
  done: number;
  /** The `id` (or `line`) of the last complete line, to check the inputs are the same as before. */
  lastKey: string | null;
}

/**
 * Reads what an earlier, interrupted run left: complete JSON lines are kept, and a torn last line (the process
 * died mid-write) is cut off, so every line in the file is whole.
 */
export function prepareResume(path: string): ResumePoint {
  if (!existsSync(path)) return { done: 0, lastKey: null };
  const content = readFileSync(path, 'utf8');
  let done = 0;
  let goodEnd = 0;
  let lastKey: string | null = null;
  let start = 0;
  for (let nl = content.indexOf('\n'); nl >= 0; start = nl + 1, nl = content.indexOf('\n', start)) {
    let value: { article?: { id?: string }; id?: string; line?: string };
    try {
      value = JSON.parse(content.slice(start, nl));
    } catch {
      break;
    }
    done++;
    goodEnd = nl + 1;
    lastKey = recordKey(value);
  }
  if (goodEnd < content.length) {
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, Buffer.byteLength(content.slice(0, goodEnd)));
    closeSync(fd);
  }
  return { done, lastKey };
}

export function recordKey(value: { article?: { id?: string }; id?: string; line?: string }): string | null {
  return value.article?.id ?? value.id ?? value.line ?? null;
}

/** Appends whole lines with one write each. */
export class LineWriter {
  private readonly fd: number;
  constructor(path: string, append: boolean) {
    this.fd = openSync(path, append ? 'a' : 'w');
  }
  write(line: string): void {
    writeSync(this.fd, `${line}\n`);
  }
  close(): void {
    closeSync(this.fd);
  }
}
