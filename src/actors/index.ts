import type { Stage } from '../pipeline/stage.js';

export const actorsStage: Stage = {
  name: 'actors',
  run: (_document, facts) => ({ ...facts }),
};
