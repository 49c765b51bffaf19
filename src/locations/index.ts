import type { Stage } from '../pipeline/stage.js';

export const locationsStage: Stage = {
  name: 'locations',
  run: (_document, facts) => ({ ...facts }),
};
