import type { Golden } from './golden.js';
import { locateOccurrence } from './locate.js';

type Located = { text: string; occurrence?: number };
const asLocated = (m: string | Located): Located => (typeof m === 'string' ? { text: m } : m);

/**
 * Problems that make a golden file disagree with its article: a fact text that does not occur (a typo, or an
 * article edited after annotation), an event naming an actor, place or quantity the golden file does not list.
 */
export function checkGolden(text: string, golden: Golden): string[] {
  const problems: string[] = [];
  const find = (where: string, m: string | Located) => {
    const { text: needle, occurrence = 1 } = asLocated(m);
    if (!locateOccurrence(text, needle, occurrence)) {
      problems.push(`${where}: "${needle}"${occurrence > 1 ? ` (occurrence ${occurrence})` : ''} does not occur in the article`);
    }
  };
  golden.captions.forEach((c, i) => find(`captions[${i}]`, c));
  golden.dates.forEach((d, i) => find(`dates[${i}]`, d));
  golden.quantities.forEach((q, i) => find(`quantities[${i}]`, q));
  golden.actors.forEach((a, i) => a.mentions.forEach((m, j) => find(`actors[${i}] ${a.name} mention ${j}`, m)));
  golden.locations.forEach((l, i) => l.mentions.forEach((m, j) => find(`locations[${i}] ${l.name} mention ${j}`, m)));
  const actors = new Set(golden.actors.map((a) => a.name));
  const locations = new Set(golden.locations.map((l) => l.name));
  const quantities = new Set(golden.quantities.map((q) => `${q.text}#${q.occurrence}`));
  golden.events.forEach((e, i) => {
    const where = `events[${i}] ${e.type} "${e.text}"`;
    find(where, e);
    for (const p of e.participants) if (!actors.has(p.actor)) problems.push(`${where}: participant "${p.actor}" is not in actors`);
    if (e.location !== null && !locations.has(e.location)) problems.push(`${where}: location "${e.location}" is not in locations`);
    for (const q of e.quantities) {
      const { text: t, occurrence = 1 } = asLocated(q);
      if (!quantities.has(`${t}#${occurrence}`)) problems.push(`${where}: quantity "${t}"${occurrence > 1 ? ` (occurrence ${occurrence})` : ''} is not in quantities`);
    }
  });
  return problems;
}
