// Raises test/golden/floors.json to the relaxed F1 each fixture reaches now (run after `npm run build`). A floor is
// never lowered: a fixture that scores below its floor keeps the floor, and the golden test then fails on it.
// A fixture without floors (one just added to fixtures/) gets today's scores as its floors.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'test/golden/floors.json';
const corpus = JSON.parse(execFileSync(process.execPath, ['dist/cli.js', 'eval', 'fixtures', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const floors = JSON.parse(readFileSync(path, 'utf8'));
const changes = [];
for (const fixture of corpus.fixtures) {
  const old = floors[fixture.name] ?? {};
  const next = {};
  for (const [field, score] of Object.entries(fixture.scores)) {
    if (typeof score?.relaxed?.f1 !== 'number') continue;
    // Two decimals, rounded down, so float noise in the last digits never fails a floor.
    const reached = Math.floor(score.relaxed.f1 * 100) / 100;
    next[field] = Math.max(reached, old[field] ?? 0);
    if (next[field] !== old[field]) changes.push(`${fixture.name} ${field}: ${old[field] ?? '-'} -> ${next[field]}`);
  }
  floors[fixture.name] = next;
}
writeFileSync(path, `${JSON.stringify(floors, null, 2)}\n`);
console.log(changes.length ? changes.join('\n') : 'no floor changed');
