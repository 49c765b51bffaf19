import type { LocationKind } from '../schema/index.js';

/** One mention of a place as a finder saw it, before mentions of the same place are merged. */
export interface LocationCandidate {
  start: number;
  end: number;
  name: string;
  kind: LocationKind;
  country: string | null;
  rule: string;
}
