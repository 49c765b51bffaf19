import type { Term } from '../document/index.js';
import { CLAUSE_PUNCTUATION } from './cue-words.js';
import type { Trigger } from './find-triggers.js';

/**
 * Natural hazards. "The earthquake struck", "floods killed 20", "damaged by the storm": harm with no one doing it is
 * no ASSAULT (PLOVER's events have human actors), so disaster news yields no attack events.
 */
const HAZARDS: ReadonlySet<string> = new Set([
  'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks', 'flood', 'floods',
  'flooding', 'floodwater', 'floodwaters', 'storm', 'storms', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami',
  'wildfire', 'wildfires', 'landslide', 'landslides', 'mudslide', 'avalanche', 'eruption', 'drought', 'heatwave',
  'blizzard', 'rain', 'rains', 'rainfall', 'winds', 'lightning', 'disaster',
]);

/** How far from the trigger a hazard may stand and still be what did the harm. */
const BEFORE = 6;
const AFTER = 3;
/** How far back a participle clause may find the hazard that is its subject. */
const CLAUSE_REACH = 20;

/** Whether an attack-like trigger tells harm done by a natural hazard, in its own clause. */
export function isHazardHarm(trigger: Trigger, terms: readonly Term[]): boolean {
  if (trigger.type !== 'ASSAULT') return false;
  const first = terms.indexOf(trigger.terms[0]!);
  const last = terms.indexOf(trigger.terms[trigger.terms.length - 1]!);
  // ", killing five people, destroying ...": a participle's doer is the subject of the clause before it
  // ("wildfires tore through the county on Wednesday, killing ..."), so its reach crosses the commas of the
  // participle clauses.
  const before = terms[first - 1];
  const opensClause = before !== undefined && trigger.terms[0]!.normal.endsWith('ing') && (CLAUSE_PUNCTUATION.test(before.post) || before.normal === 'and');
  const reach = opensClause ? CLAUSE_REACH : BEFORE;
  for (let k = first - 1; k >= 0 && k >= first - reach; k--) {
    const t = terms[k]!;
    if (CLAUSE_PUNCTUATION.test(t.post) && !opensClause) break;
    if (HAZARDS.has(t.normal)) return true;
  }
  for (let k = last + 1; k < terms.length && k <= last + AFTER; k++) {
    const t = terms[k]!;
    if (HAZARDS.has(t.normal)) return true;
    if (CLAUSE_PUNCTUATION.test(t.post)) break;
  }
  return false;
}
