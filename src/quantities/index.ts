import type { Stage } from '../pipeline/stage.js';
import { extractQuantities } from './extract.js';

/**
 * Numbers that count or measure something: counts with the noun they count, money (ISO 4217), percentages,
 * measures, fractions, ratios and ordinals, with their modifier ("more than"), range and direction. Runs after the
 * dates stage and leaves every number inside a date span to it; word rules also drop years, days of a month, clock
 * times, durations and ages, so the stage stands alone too.
 *
 * Readings where the annotation guide leaves a choice:
 * - an age or length compound ("six-year-old girl", "10-day ceasefire") is a duration, left to the dates stage;
 * - a range's value is its low end ("between 20 and 30": 20, min 20, max 30);
 * - a multiplier ("nearly nine times as many") is a ratio with no unit;
 * - a vague plural ("dozens", "tens of thousands") is at least two of its round number (24, 20000);
 * - "percentage points" and "basis points" are measures; bare "points" next to a percentage are percent.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  run: (document, facts) => ({
    ...facts,
    quantities: extractQuantities(document, facts.dates).map((q, i) => ({ id: `q${i + 1}`, ...q })),
  }),
};
