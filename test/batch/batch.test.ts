import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { buildBatchWorker } from './build-worker.js';

let workerUrl: URL;
beforeAll(async () => {
  workerUrl = await buildBatchWorker();
}, 60_000);

async function batch(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['batch', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), workerUrl });
  return { code, stdout, stderr };
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const article = (i: number) => ({ id: `a${i}`, publishedAt: '2025-06-02', text: `Officials met in Istanbul on Monday for round ${i} of talks.` });

function archive(records: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-batch-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, `${records.join('\n')}\n`);
  return { dir, input, out: join(dir, 'out.jsonl') };
}

describe('newsfacts batch', () => {
  it('writes one line per record in input order; bad records become error lines and the run goes on', async () => {
    const { input, out } = archive([
      JSON.stringify(article(1)),
      '{"text": "broken',
      JSON.stringify({ id: 'no-text', title: 'x' }),
      JSON.stringify(article(2)),
      JSON.stringify({ id: 'empty', text: '' }),
      ...Array.from({ length: 20 }, (_, i) => JSON.stringify(article(i + 3))),
    ]);
    const { code, stderr } = await batch(input, '-o', out, '--workers', '2');
    expect(code).toBe(0);
    const out_ = lines(out);
    expect(out_).toHaveLength(25);
    expect(out_.map((l) => l.article?.id ?? l.id)).toEqual([
      'a1', `${input}:2`, 'no-text', 'a2', 'empty', ...Array.from({ length: 20 }, (_, i) => `a${i + 3}`),
    ]);
    expect(out_[1]).toEqual({ id: `${input}:2`, line: `${input}:2`, error: { code: 'input/bad-json', message: expect.stringMatching(/^not valid JSON/) } });
    expect(out_[2].error.code).toBe('input/not-an-article');
    expect(out_[4].diagnostics.map((d: { code: string }) => d.code)).toContain('ingest/empty');
    expect(out_[0].article.source).toBe(`${input}:1`);
    expect(stderr).toMatch(/^batch: 25 articles, .* 2 errors in [\d.]+ s -> /m);
  });

  it('reads .txt and .json files and folders, in sorted order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-batch-files-'));
    writeFileSync(join(dir, 'b.txt'), 'date 2025-06-02 Talks resumed on Monday.');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ text: 'Talks ended.', publishedAt: '2025-06-03' }));
    writeFileSync(join(dir, 'a.golden.json'), '{}');
    writeFileSync(join(dir, 'c.bin'), 'ignored');
    const out = join(dir, 'out.jsonl');
    expect((await batch(dir, '-o', out, '--workers', '1', '--quiet')).code).toBe(0);
    expect(lines(out).map((l) => [l.article.id, l.article.publishedAt])).toEqual([['a', '2025-06-03'], ['b', '2025-06-02']]);
  });

  it('--resume keeps complete lines, cuts a torn last line, and goes on where it stopped', async () => {
    const records = Array.from({ length: 8 }, (_, i) => JSON.stringify(article(i)));
    const { input, out } = archive(records);
    await batch(input, '-o', out, '--workers', '2', '--quiet');
    const full = readFileSync(out, 'utf8').split('\n');
    // An interrupted run: three whole lines and half of the fourth.
    writeFileSync(out, `${full.slice(0, 3).join('\n')}\n${full[3]!.slice(0, 40)}`);
    const { code, stderr } = await batch(input, '-o', out, '--resume', '--workers', '2');
    expect(code).toBe(0);
    expect(stderr).toMatch(/5 articles, .*, 3 resumed/);
    expect(readFileSync(out, 'utf8')).toBe(`${full.join('\n')}`);
  });

  it('--resume refuses an output written from other inputs', async () => {
    const { input, out } = archive([JSON.stringify(article(1)), JSON.stringify(article(2))]);
    appendFileSync(out, `${JSON.stringify({ id: 'other', line: 'x', error: { code: 'c', message: 'm' } })}\n`);
    const { code, stderr } = await batch(input, '-o', out, '--resume', '--quiet');
    expect(code).toBe(2);
    expect(stderr).toMatch(/does not continue these inputs: its line 1 is "other", the inputs have "a1" there/);
  });

  const usage: [label: string, argv: (a: ReturnType<typeof archive>) => string[], message: RegExp][] = [
    ['no input', () => ['-o', 'x.jsonl'], /one or more INPUT/],
    ['no -o', (a) => [a.input], /needs -o OUT\.jsonl/],
    ['a missing input', (a) => [join(a.dir, 'nope.jsonl'), '-o', a.out], /no such input/],
    ['bad --workers', (a) => [a.input, '-o', a.out, '--workers', 'all'], /--workers takes a whole number/],
    ['an existing output without --resume', (a) => (writeFileSync(a.out, 'x\n'), [a.input, '-o', a.out]), /exists; pass --resume .* or --overwrite/],
  ];
  it.each(usage)('%s is a usage error', async (_label, argv, message) => {
    const { code, stderr } = await batch(...argv(archive([JSON.stringify(article(1))])));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
