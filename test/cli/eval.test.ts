import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { createPipeline, type Stage } from '../../src/index.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const article = 'date 2025-06-02 Russia fired 472 drones at Ukraine on Sunday.';
const body = article.slice('date 2025-06-02 '.length);
const at = (t: string) => ({ start: body.indexOf(t), end: body.indexOf(t) + t.length, text: t, sentence: 0 });
const golden = {
  article: { publishedAt: '2025-06-02' },
  dates: [{ text: 'Sunday', kind: 'date', value: '2025-06-01' }],
  quantities: [{ text: '472', value: 472, unit: 'drone', modifier: 'exact', kind: 'count' }],
  actors: [], locations: [], events: [],
};

/** A result written by "someone else's extractor": here a stage that states the facts outright. */
function resultFile(dir: string, dates: boolean) {
  const stage: Stage = {
    name: 'theirs',
    run: (_d, facts) => ({
      ...facts,
      dates: dates ? [{ id: 'd1', ...at('Sunday'), kind: 'date', value: '2025-06-01', anchor: 'publication' }] : [],
      quantities: [{ id: 'q1', ...at('472'), value: 472, modifier: 'exact', unit: 'drone', kind: 'count' }],
    }),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'drones.json'), JSON.stringify(createPipeline({ stages: [stage] }).extract({ id: 'drones', text: article })));
}

function fixtureDir(g: object = golden) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
  writeFileSync(join(dir, 'drones.txt'), article);
  writeFileSync(join(dir, 'drones.golden.json'), JSON.stringify(g));
  return dir;
}

describe('newsfacts eval --results (scoring another extractor)', () => {
  it('a result that matches its golden file scores 100 and exits 0', async () => {
    const dir = fixtureDir();
    resultFile(join(dir, 'out'), true);
    const { code, stdout } = await cli('eval', dir, '--results', join(dir, 'out'), '--min-f1', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}dates +1 +1 +100 +100 +100 +100 +100 +100 +value 100/m);
  });

  it('a golden fact the extractor cannot find fails --min-f1, naming the field', async () => {
    const dir = fixtureDir();
    resultFile(join(dir, 'out'), false);
    const { code, stderr } = await cli('eval', dir, '--results', join(dir, 'out'), '--min-f1', '0.9');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsfacts eval: dates: F1 0 is below --min-f1 0.9$/m);
    expect(stderr).not.toMatch(/quantities/);
  });

  it('--save-baseline then --baseline catches a regression', async () => {
    const dir = fixtureDir();
    resultFile(join(dir, 'good'), true);
    resultFile(join(dir, 'worse'), false);
    const baseline = join(dir, 'baseline.json');
    expect((await cli('eval', dir, '--results', join(dir, 'good'), '--save-baseline', baseline)).code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).fields.dates).toBe(1);
    const { code, stderr } = await cli('eval', dir, '--results', join(dir, 'worse'), '--baseline', baseline);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newsfacts eval: dates: F1 fell from 1 to 0 \(baseline\)$/m);
    expect(stderr).toMatch(/^newsfacts eval: drones dates: F1 fell from 1 to 0 \(baseline\)$/m);
  });

  it('--diff shows what is missing, with its sentence', async () => {
    const dir = fixtureDir();
    resultFile(join(dir, 'out'), false);
    const { stdout } = await cli('eval', dir, '--results', join(dir, 'out'), '--diff');
    expect(stdout).toContain('  - dates      Sunday = 2025-06-01\n      in: Russia fired 472 drones at Ukraine on Sunday.');
  });

  it.each([['golden file', 'drones.golden.json'], ['article', 'drones.txt']])('scores one fixture named by its %s', async (_label, file) => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'other.txt'), article);
    writeFileSync(join(dir, 'other.golden.json'), JSON.stringify({ ...golden, dates: [] }));
    const { code, stdout } = await cli('eval', join(dir, file));
    expect(code).toBe(0);
    expect(stdout).toContain('drones');
    expect(stdout).not.toContain('other');
    expect(stdout).toContain('corpus: 1 fixture');
  });

  it.each([['eval'], ['extract'], ['batch'], ['golden', 'check']])('%s --help prints the usage', async (...command) => {
    const { code, stdout, stderr } = await cli(...command, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^usage:/);
  });

  it('--json prints the scores as data', async () => {
    const dir = fixtureDir();
    resultFile(join(dir, 'out'), true);
    const { stdout } = await cli('eval', dir, '--results', join(dir, 'out'), '--json');
    expect(JSON.parse(stdout).fields.quantities.micro.relaxed.f1).toBe(1);
  });

  const bad: [label: string, argv: (dir: string) => string[], message: RegExp][] = [
    ['no such folder', () => ['eval', '/nonexistent/fixtures'], /no such fixtures folder/],
    ['a missing file', (dir) => ['eval', join(dir, 'drones.csv')], /no such fixtures folder or file/],
    ['a JSON file that is not a golden', (dir) => { writeFileSync(join(dir, 'notes.json'), '{}'); return ['eval', join(dir, 'notes.json')]; }, /neither a fixtures folder, a NAME\.golden\.json nor a NAME\.txt/],
    ['an article without a golden', (dir) => { writeFileSync(join(dir, 'lone.txt'), article); return ['eval', join(dir, 'lone.txt')]; }, /has no golden file lone\.golden\.json/],
    ['a result missing', (dir) => ['eval', dir, '--results', join(dir, 'none')], /no result .*drones\.json/],
    ['a bad --min-f1', (dir) => ['eval', dir, '--min-f1', 'high'], /--min-f1 takes a number from 0 to 1/],
    ['a missing baseline', (dir) => ['eval', dir, '--baseline', join(dir, 'nope.json')], /no such baseline file/],
  ];
  it.each(bad)('%s is a usage error', async (_label, argv, message) => {
    const { code, stderr } = await cli(...argv(fixtureDir()));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('newsfacts eval on our own extractor', () => {
  it('exits 1 against its baseline when a golden fact is added that it cannot find', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-eval-own-'));
    const name = '2025-06-02-istanbul-talks';
    const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
    copyFileSync(join(fixtures, `${name}.txt`), join(dir, `${name}.txt`));
    copyFileSync(join(fixtures, `${name}.golden.json`), join(dir, `${name}.golden.json`));
    const baseline = join(dir, 'baseline.json');
    expect((await cli('eval', dir, '--save-baseline', baseline)).code).toBe(0);
    const g = JSON.parse(readFileSync(join(dir, `${name}.golden.json`), 'utf8'));
    g.dates.push({ text: 'Ciragan Palace', kind: 'date', value: '1871', note: 'not a date: added to prove eval fails' });
    writeFileSync(join(dir, `${name}.golden.json`), JSON.stringify(g));
    const { code, stderr } = await cli('eval', dir, '--baseline', baseline);
    expect(code).toBe(1);
    expect(stderr).toMatch(/dates: F1 fell from/);
  });
});

describe('newsfacts golden check', () => {
  it('passes on our fixtures', async () => {
    const { code, stderr } = await cli('golden', 'check', new URL('../../fixtures/', import.meta.url).pathname);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('names a golden fact whose text is not in the article', async () => {
    const dir = fixtureDir({ ...golden, dates: [{ text: 'Sundya', kind: 'date', value: '2025-06-01' }] });
    const { code, stderr } = await cli('golden', 'check', dir);
    expect(code).toBe(1);
    expect(stderr).toBe('drones: dates[0]: "Sundya" does not occur in the article\n');
  });

  it('names a golden file that does not validate', async () => {
    const dir = fixtureDir({ ...golden, dates: [{ text: 'Sunday', kind: 'weekday', value: 'x' }] });
    const { code, stderr } = await cli('golden', 'check', dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/drones\.golden\.json is not a golden file \(dates\.0\.kind/);
  });
});
