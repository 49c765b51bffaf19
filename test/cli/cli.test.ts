import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { ExtractionResultSchema } from '../../src/index.js';

const golden = new URL('../../fixtures/2025-06-02-istanbul-talks.txt', import.meta.url).pathname;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('newsfacts extract', () => {
  it('prints a valid result for the golden article', async () => {
    const { code, stdout, stderr } = await cli('extract', golden, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = ExtractionResultSchema.parse(JSON.parse(stdout));
    expect(result.article).toMatchObject({ id: '2025-06-02-istanbul-talks', publishedAt: '2025-06-02', source: golden });
    expect(result.article.text.startsWith('Delegations from Russia and Ukraine')).toBe(true);
    expect(result.sentences.filter((s) => s.caption)).toHaveLength(3);
  });

  it('summary is a table a person can read', async () => {
    const { code, stdout } = await cli('extract', golden, '--format', 'summary');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^article 2025-06-02-istanbul-talks {2}published 2025-06-02 {2}\d+ sentences \(3 in captions\)/);
    for (const section of ['DATES', 'QUANTITIES', 'ACTORS', 'LOCATIONS', 'EVENTS']) expect(stdout).toMatch(new RegExp(`^${section} \\(\\d+\\)$`, 'm'));
  });

  it('reads a .json article and --published overrides its date', async () => {
    const path = file('a.json', JSON.stringify({ id: 'j1', publishedAt: '2024-01-01', text: 'Officials met on Monday.' }));
    const { code, stdout } = await cli('extract', path, '--published', '2024-07-05');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article).toMatchObject({ id: 'j1', publishedAt: '2024-07-05' });
  });

  it('reads a one-line .jsonl article', async () => {
    const path = file('one.jsonl', `${JSON.stringify({ text: 'date 2024-07-05 Labour won.' })}\n`);
    const { code, stdout } = await cli('extract', path);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article.publishedAt).toBe('2024-07-05');
  });
});

describe('newsfacts extract: bad input gets one clear line, no stack trace', () => {
  const cases: [label: string, make: () => string, code: number, message: RegExp][] = [
    ['a missing file', () => join(dir, 'nope.txt'), 2, /cannot read .*nope\.txt: no such file/],
    ['a folder', () => dir, 2, /it is a folder/],
    ['an empty file', () => file('empty.txt', ''), 1, /ingest\/empty: the article has no text/],
    ['white space only', () => file('blank.txt', '  \n\n \t'), 1, /ingest\/empty/],
    ['a binary file', () => file('x.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), 2, /is binary \(it holds NUL bytes\)/],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), 2, /not valid UTF-8 text/],
    ['JSON without text', () => file('notext.json', '{"title":"x"}'), 2, /needs "text"/],
    ['broken JSON', () => file('broken.json', '{"text": "a'), 2, /is not valid JSON/],
    ['JSON that is an array', () => file('array.json', '[1,2]'), 2, /is not an article/],
    ['a malformed date header', () => file('bad-date.txt', 'date 2025-02-30 Officials met.'), 1, /ingest\/bad-date-header/],
    ['a JSONL file of many articles', () => file('many.jsonl', '{"text":"a"}\n{"text":"b"}\n'), 2, /use "newsfacts batch"/],
    ['a 5 MB article', () => file('big.txt', `date 2025-06-02 ${'Officials met in Istanbul on Monday. '.repeat(140_000)}`), 1, /ingest\/too-large: .*raise maxChars/],
  ];
  it.each(cases)('%s', async (_label, make, code, message) => {
    const result = await cli('extract', make(), '--format', 'summary');
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  const usage: [label: string, argv: string[], message: RegExp][] = [
    ['no command', [], /usage:/],
    ['unknown command', ['extrakt', golden], /unknown command "extrakt"/],
    ['bad --format', ['extract', golden, '--format', 'xml'], /--format is json or summary/],
    ['bad --published', ['extract', golden, '--published', '02/06/2025'], /--published takes a day as YYYY-MM-DD/],
    ['an impossible --published', ['extract', golden, '--published', '2025-02-30'], /publishedAt must be a day/],
    ['an unknown flag', ['extract', golden, '--fast'], /Unknown option '--fast'/],
    ['two files', ['extract', golden, golden], /extract takes one FILE/],
  ];
  it.each(usage)('%s', async (_label, argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(`${result.stderr}${result.stdout}`).toMatch(message);
  });
});

describe('newsfacts schema', () => {
  it('prints the JSON Schema', async () => {
    const { code, stdout } = await cli('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: 'ExtractionResult', type: 'object' });
  });
});
