import type { Diagnostic, ExtractionResult, NewsEvent } from '../schema/index.js';

/** Events keep only references to facts that exist; each removed reference is a warning. */
export function danglingReferences(
  facts: Pick<ExtractionResult, 'actors' | 'locations' | 'quantities' | 'events'>,
  diagnostics: Diagnostic[],
): NewsEvent[] {
  const actors = new Set(facts.actors.map((a) => a.id));
  const locations = new Set(facts.locations.map((l) => l.id));
  const quantities = new Set(facts.quantities.map((q) => q.id));
  const warn = (event: NewsEvent, what: string) =>
    diagnostics.push({
      code: 'validate/dangling-reference',
      severity: 'warning',
      message: `event ${event.id} referred to ${what}, which is not in the result`,
      stage: 'validate',
    });
  return facts.events.map((event) => {
    const participants = event.participants.filter((p) => actors.has(p.actor) || (warn(event, `actor ${p.actor}`), false));
    const kept = event.quantities.filter((q) => quantities.has(q) || (warn(event, `quantity ${q}`), false));
    const location = event.location === null || locations.has(event.location) ? event.location : (warn(event, `location ${event.location}`), null);
    return { ...event, participants, quantities: kept, location };
  });
}
