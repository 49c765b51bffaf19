import type { ArticleDocument } from '../document/index.js';
import type { LocationCandidate } from './candidate.js';

/**
 * A capitalised road head and a number name a road on their own: "Highway 16", "Interstate 95", "Route 66",
 * "State Route 99", "US Highway 101". Lower case ("the route to victory") or no number is no road.
 */
const HEADED_ROAD = /(?<![\p{L}\d])(?:(?:U\.?S\.?|State|County|Provincial|National|Trans-Canada)\s+)?(?:Highway|Interstate|Route|Autoroute|Autobahn|Motorway|Expressway|Freeway)\s+\d{1,4}[A-Z]?(?![\p{L}\d])/gu;

/**
 * Bare road codes as British, European and US news write them: "the M25", "the A40", "I-95", "the E40", "the N7".
 * A code alone may be a paper size, a bus or a gun, so it counts only in a sentence about roads or traffic.
 */
const ROAD_CODE = /(?<![\p{L}\d-])(?:I-\d{1,3}|[MAEN]\d{1,4}(?:\([MT]\))?)(?![\p{L}\d-])/gu;

/** Words that make a sentence one about roads: a bare code there is a road. */
const ROAD_CONTEXT = /\b(?:motorway|highway|road|roads|traffic|junction|junctions|carriageway|lanes?|northbound|southbound|eastbound|westbound|motorists|drivers|interchange|exit|slip road|tailbacks?|gridlock|pile-up|jack-knifed|lorry|lorries)\b/i;

/** Aircraft share the codes' shape ("the A350"): a sentence about flying reads no bare code as a road. */
const AVIATION_CONTEXT = /\b(?:Airbus|aircraft|jet|jets|plane|planes|flight|flights|airline|airlines)\b/i;

/** Road heads after a capitalised name: "the Yellowhead Highway" in apposition to "Highway 16" is the same road. */
const NAMED_ROAD_HEAD = /^(?:Highway|Motorway|Expressway|Freeway|Parkway|Turnpike|Trail|Road)$/;

/** Numbered roads in every sentence: landmarks, as the guide takes named roads ("Pacific Coast Highway"). */
export function findNumberedRoads(document: ArticleDocument): LocationCandidate[] {
  const found: LocationCandidate[] = [];
  for (const sentence of document.sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(HEADED_ROAD)) found.push(road(sentence.start + m.index, m[0]));
    if (!ROAD_CONTEXT.test(text) || AVIATION_CONTEXT.test(text)) continue;
    for (const m of text.matchAll(ROAD_CODE)) {
      // "the M25", "on I-95": a code right after "the" or a preposition, not a stray "A4" inside a sentence.
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (m[0].startsWith('I-') || /\b(?:the|on|onto|off|along|via|of)\s+$/i.test(before)) found.push(road(sentence.start + m.index, m[0]));
    }
  }
  return found;
}

function road(start: number, text: string): LocationCandidate {
  return { start, end: start + text.length, name: text.replace(/\s+/g, ' '), kind: 'landmark', country: null, rule: 'locations/road-number' };
}

/**
 * "Highway 16, the Yellowhead Highway,": a named road set in apposition right after a numbered one is another name
 * of the same road, so it takes the numbered road's name and is merged with it.
 */
export function mergeAppositiveRoads(document: ArticleDocument, candidates: readonly LocationCandidate[]): LocationCandidate[] {
  const roads = candidates.filter((c) => c.rule === 'locations/road-number');
  return candidates.map((c) => {
    if (c.kind !== 'landmark' || c.rule === 'locations/road-number') return c;
    const lastWord = c.name.split(/\s+/).pop() ?? '';
    if (!NAMED_ROAD_HEAD.test(lastWord)) return c;
    const numbered = roads.find((r) => /^,\s+the\s+$/i.test(document.text.slice(r.end, c.start)));
    return numbered ? { ...c, name: numbered.name } : c;
  });
}
