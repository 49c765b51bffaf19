import type { Stage } from './stage.js';
import { datesStage } from '../dates/index.js';
import { quantitiesStage } from '../quantities/index.js';
import { actorsStage } from '../actors/index.js';
import { locationsStage } from '../locations/index.js';
import { eventsStage } from '../events/index.js';

/**
 * The default order. Ordering constraints:
 * - dates before quantities: quantities drop numbers that a date already covers ("May 16", "in 2022").
 * - actors before locations: a country named as the one acting ("Russia fired") is an actor; locations keep the
 *   places where things happen, and may share a country's name with an actor.
 * - events last: they are assembled from every other fact.
 */
export const defaultStages: readonly Stage[] = Object.freeze([
  datesStage,
  quantitiesStage,
  actorsStage,
  locationsStage,
  eventsStage,
]);
