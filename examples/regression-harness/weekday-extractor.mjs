// A user's own extractor: weekday dates only, resolved to the latest such day on or before publication.
// It plugs into newsfacts as a stage, so its output is an ExtractionResult the harness can score.
import { createPipeline } from 'newsfacts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');

/** @type {import('newsfacts').Stage} */
export const weekdayStage = {
  name: 'weekday-dates',
  run(document, facts) {
    if (!document.reference) return facts;
    const dates = [...document.text.matchAll(WEEKDAY)].map((m, i) => {
      const day = new Date(document.reference);
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - WEEKDAYS.indexOf(m[1]) + 7) % 7));
      return {
        id: `d${i + 1}`,
        text: m[1],
        start: m.index,
        end: m.index + m[1].length,
        sentence: document.sentenceAt(m.index),
        kind: 'date',
        value: day.toISOString().slice(0, 10),
        anchor: 'publication',
        rule: 'example/weekday',
      };
    });
    return { ...facts, dates };
  },
};

export const weekdayExtractor = createPipeline({ stages: [weekdayStage] });
export { WEEKDAY };
