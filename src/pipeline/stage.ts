import type { ArticleDocument } from '../document/index.js';
import type { Facts } from '../schema/index.js';

/**
 * One step of the pipeline, as small as a chrono parser: a name (used in diagnostics and provenance tags) and a
 * pure function from the shared document and the facts so far to the facts after this step. A stage returns new
 * arrays rather than mutating the ones it was given, so stages can be reordered, replaced and run concurrently.
 */
export interface Stage {
  readonly name: string;
  run(document: ArticleDocument, facts: Readonly<Facts>): Facts;
}

export function emptyFacts(): Facts {
  return { dates: [], quantities: [], actors: [], locations: [], events: [], diagnostics: [] };
}
