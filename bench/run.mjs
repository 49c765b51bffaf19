// Throughput of the full pipeline next to plain compromise on the same texts, in the same process, so the ratio
// holds on a noisy machine. Usage: npm run bench [-- --rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { extract } from '../dist/index.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const dir = new URL('../fixtures/', import.meta.url);
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const words = articles.reduce((n, a) => n + a.split(/\s+/).filter(Boolean).length, 0);

/** Median seconds per pass over all articles. Rounds of the two contenders alternate, so drift hits both alike. */
function compare(contenders) {
  for (const c of contenders) c.run(articles[0]); // warm up lexicons and JIT
  const times = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((c, i) => {
      const started = performance.now();
      for (const text of articles) c.run(text);
      times[i].push(performance.now() - started);
    });
  }
  return contenders.map((c, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    const seconds = sorted[Math.floor(sorted.length / 2)] / 1000;
    return { label: c.label, seconds, wordsPerSecond: words / seconds, articlesPerSecond: articles.length / seconds };
  });
}

// Plain compromise doing what a user would do for the same facts: parse, then people, places, numbers.
const [parseOnly, baseline, pipeline] = compare([
  { label: 'compromise (parse only)', run: (text) => nlp(text) },
  {
    label: 'compromise (parse + people/places/organizations/numbers)',
    run: (text) => {
      const doc = nlp(text);
      doc.people().json({ offset: true });
      doc.places().json({ offset: true });
      doc.organizations().json({ offset: true });
      doc.numbers().json({ offset: true });
    },
  },
  { label: 'newsfacts extract (all stages, validated)', run: (text) => extract(text) },
]);

const row = (m) =>
  `${m.label.padEnd(58)} ${m.wordsPerSecond.toFixed(0).padStart(9)} words/s ${m.articlesPerSecond.toFixed(2).padStart(8)} articles/s`;
console.log(`${articles.length} articles, ${words} words, median of ${rounds} rounds, node ${process.version}`);
console.log(row(parseOnly));
console.log(row(baseline));
console.log(row(pipeline));
console.log(`ratio: newsfacts takes ${(pipeline.seconds / baseline.seconds).toFixed(2)}x the time of plain compromise with its extractors`);
console.log(`ratio: newsfacts takes ${(pipeline.seconds / parseOnly.seconds).toFixed(2)}x the time of a bare compromise parse`);
console.log(`peak memory (max RSS of this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
