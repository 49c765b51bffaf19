import type { Stage } from '../pipeline/stage.js';

export const quantitiesStage: Stage = {
  name: 'quantities',
  run: (_document, facts) => ({ ...facts }),
};
