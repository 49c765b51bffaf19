import type { ExtractionResult, Span } from '../schema/index.js';
import type { Golden } from './golden.js';
import { locateOccurrence, overlaps } from './locate.js';
import { matchByName, matchBySpan } from './match.js';
import { accuracy } from './prf.js';

type Located = { text: string; occurrence: number };
const asLocated = (m: string | Located): Located => (typeof m === 'string' ? { text: m, occurrence: 1 } : m);

/**
 * Argument accuracy of matched events: each golden participant (actor and role), the date, the location and each
 * counted quantity is one check; an argument is right when it points at the predicted fact matched to the golden one.
 */
export function scoreEventArguments(
  result: ExtractionResult,
  golden: Golden,
  spanOf: (g: Located) => Span | null,
): number | null {
  const actorOf = new Map(matchByName(golden.actors, result.actors, 'relaxed').pairs.map(([g, p]) => [g.name, p.id]));
  const locationOf = new Map(matchByName(golden.locations, result.locations, 'relaxed').pairs.map(([g, p]) => [g.name, p.id]));
  const text = result.article.text;
  const quantityAt = (m: string | Located): string | undefined => {
    const span = locateOccurrence(text, asLocated(m).text, asLocated(m).occurrence);
    return span ? result.quantities.find((q) => overlaps(q, span))?.id : undefined;
  };
  const events = matchBySpan(golden.events, result.events, spanOf, 'relaxed', (g, p) => g.type === p.type);
  const checks: boolean[] = [];
  for (const [g, p] of events.pairs) {
    for (const participant of g.participants) {
      const id = actorOf.get(participant.actor);
      checks.push(p.participants.some((x) => x.actor === id && x.role === participant.role));
    }
    checks.push((g.date ?? null) === (p.date ?? null));
    checks.push(g.location === null ? p.location === null : p.location === locationOf.get(g.location));
    for (const q of g.quantities) {
      const id = quantityAt(q);
      checks.push(id !== undefined && p.quantities.includes(id));
    }
  }
  return accuracy(checks);
}
