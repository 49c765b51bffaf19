import type { Stage } from '../pipeline/stage.js';
import { buildEvents } from './build-events.js';

/**
 * Typed events (PLOVER types plus ACCUSE, PROPOSE, INTERCEPT, EXCHANGE) assembled from trigger words and the facts
 * the earlier stages found: who took part, when, where and how many. Runs last; replaces any events it was given.
 */
export const eventsStage: Stage = {
  name: 'events',
  run: (document, facts) => ({ ...facts, events: buildEvents(document, facts) }),
};
