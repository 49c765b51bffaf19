import type { Stage } from '../pipeline/stage.js';

export const datesStage: Stage = {
  name: 'dates',
  run: (_document, facts) => ({ ...facts }),
};
