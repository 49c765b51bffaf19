import type { Term } from '../document/index.js';
import { CLAUSE_PUNCTUATION } from './cue-words.js';
import type { Trigger } from './find-triggers.js';

/** Nouns for a halt in fighting. */
const TRUCE_NOUNS: ReadonlySet<string> = new Set([
  'truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice', 'pause', 'lull', 'halt',
]);

/** "took effect", "came into force", "began": the halt starts. Multi-word entries match consecutive terms. */
const ONSET = ['took effect', 'takes effect', 'take effect', 'came into force', 'comes into force', 'went into effect',
  'goes into effect', 'began', 'begins', 'started', 'starts', 'held', 'holds', 'holding'].map((p) => p.split(' '));
/** "the pause may be extended": prolonging the halt is the same kind of act, told on the verb. */
const EXTENSION = new Set(['extended', 'extend', 'extends', 'prolonged', 'prolong', 'renewed']);

/** How far after the noun its verb may stand ("A four-day truce between Israel and Hamas took effect"). */
const REACH = 8;

/**
 * A truce or ceasefire that takes effect or is extended: PLOVER RETREAT in its ceasefire mode (CAMEO 0871, "declare
 * truce, ceasefire"). A truce only proposed, demanded or rejected is told by that other verb, so the noun alone is
 * no trigger: only its onset ("took effect", on the noun) or its extension ("may be extended", on the verb).
 */
export function truceTriggers(terms: readonly Term[], sentence: number): Trigger[] {
  const out: Trigger[] = [];
  terms.forEach((term, i) => {
    if (!TRUCE_NOUNS.has(term.normal) || !term.tags.has('Noun')) return;
    for (let k = i + 1; k < terms.length && k <= i + REACH; k++) {
      if (CLAUSE_PUNCTUATION.test(terms[k - 1]!.post) && k > i + 1) return;
      const onset = ONSET.find((words) => words.every((w, n) => terms[k + n]?.normal === w));
      if (onset) { out.push(triggerOf([term], 'noun', sentence)); return; }
      if (EXTENSION.has(terms[k]!.normal)) { out.push(triggerOf([terms[k]!], 'verb', sentence)); return; }
    }
  });
  return out;
}

function triggerOf(span: Term[], pos: 'noun' | 'verb', sentence: number): Trigger {
  const first = span[0]!;
  const last = span[span.length - 1]!;
  return { type: 'RETREAT', pos, lemma: pos === 'noun' ? 'truce' : 'extend truce', terms: span, start: first.start, end: last.end, sentence, objects: null };
}
