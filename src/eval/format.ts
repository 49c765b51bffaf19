import type { CorpusScores } from './corpus.js';
import { FIELD_NAMES, type FixtureScores } from './score.js';

const pct = (x: number | null | undefined) => (x == null ? '   -' : (x * 100).toFixed(0).padStart(4));
const accuracies = (a: Record<string, number | null>) =>
  Object.entries(a).filter(([, v]) => v != null).map(([k, v]) => `${k} ${pct(v).trim()}`).join(', ');

const HEADER = `  ${'field'.padEnd(20)} ${'gold'.padStart(4)} ${'pred'.padStart(4)}   strict P    R   F1   relaxed P    R   F1   accuracy (% of matched)`;

/** One table per fixture, rows per field; percentages. */
export function formatFixtureScores(name: string, scores: FixtureScores): string {
  const rows = FIELD_NAMES.map((field) => {
    const s = scores[field];
    return `  ${field.padEnd(20)} ${String(s.expected).padStart(4)} ${String(s.predicted).padStart(4)}   ${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)}   ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)}   ${accuracies(s.accuracy)}`.trimEnd();
  });
  return `${name}\n${HEADER}\n${rows.join('\n')}\n`;
}

/** The corpus table: micro-averaged P/R/F1 (strict and relaxed), macro F1 and accuracies, per field. */
export function formatCorpusScores(corpus: CorpusScores): string {
  const rows = FIELD_NAMES.map((field) => {
    const s = corpus.fields[field];
    const m = s.micro;
    return `  ${field.padEnd(20)} ${String(m.expected).padStart(4)} ${String(m.predicted).padStart(4)}   ${pct(m.strict.precision)} ${pct(m.strict.recall)} ${pct(m.strict.f1)}   ${pct(m.relaxed.precision)} ${pct(m.relaxed.recall)} ${pct(m.relaxed.f1)}   macro F1 ${pct(s.macroF1).trim()}; ${accuracies(s.accuracy)}`.trimEnd();
  });
  return `corpus: ${corpus.fixtures.length} fixtures, micro-averaged\n${HEADER}\n${rows.join('\n')}\n`;
}

/** The facts a fixture is missing, invents or gets wrong, each with its sentence. */
export function formatDiff(name: string, scores: FixtureScores): string {
  const lines: string[] = [];
  for (const field of ['dates', 'quantities', 'actors', 'locations', 'events'] as const) {
    for (const d of scores[field].diff) {
      const mark = d.change === 'missing' ? '-' : d.change === 'extra' ? '+' : '~';
      lines.push(`  ${mark} ${field.padEnd(10)} ${d.fact}${d.got ? `  (got ${d.got})` : ''}`);
      if (d.sentence) lines.push(`      in: ${d.sentence.length > 160 ? `${d.sentence.slice(0, 159)}…` : d.sentence}`);
    }
  }
  return lines.length === 0 ? `${name}: no differences\n` : `${name}: - missing, + extra, ~ wrong value\n${lines.join('\n')}\n`;
}
