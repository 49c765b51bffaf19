import type { Stage } from '../pipeline/stage.js';
import { findDates } from './find-dates.js';

/**
 * The dates stage: chrono-node with our news parsers and refiners finds every temporal expression; weekdays and
 * month-days without a year are resolved by the tense of the sentence from the publication date. Expressions that
 * need a publication date the article lacks are reported as `dates/unresolved` diagnostics instead of facts.
 */
export const datesStage: Stage = {
  name: 'dates',
  run(document, facts) {
    const found = findDates(document);
    const first = facts.dates.length;
    const dates = found.dates.map((date, i) => ({ id: `d${first + i + 1}`, ...date }));
    return { ...facts, dates: [...facts.dates, ...dates], diagnostics: [...facts.diagnostics, ...found.diagnostics] };
  },
};
