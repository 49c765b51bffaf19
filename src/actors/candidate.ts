import type { ActorKind } from '../schema/index.js';

/** One mention of an actor as a finder saw it, before mentions of the same entity are merged. */
export interface ActorCandidate {
  start: number;
  end: number;
  /** The name this mention gives, without honorifics, titles, determiners or possessives. */
  name: string;
  kind: ActorKind;
  country: string | null;
  titles: readonly string[];
  credit: boolean;
  /** Provenance: which finder made it (`actors/credit`, `actors/person`, ...). */
  rule: string;
}

export { overlaps } from '../schema/span.js';
