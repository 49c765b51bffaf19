import type { Stage } from '../pipeline/stage.js';

export const eventsStage: Stage = {
  name: 'events',
  run: (_document, facts) => ({ ...facts }),
};
