import type { EventType } from '../schema/event-types.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { nounForms, verbForms } from './word-forms.js';

export type TriggerPos = 'verb' | 'noun';

/** One inflected form of a lexicon lemma, as it is looked up against term normal forms. */
export interface TriggerForm {
  readonly type: EventType;
  readonly pos: TriggerPos;
  readonly lemma: string;
  /** Number of terms the form spans ("shot down" is 2). */
  readonly length: number;
  readonly objects: ReadonlySet<string> | null;
}

/** Inflected form ("shelled", "shot down") -> its lexicon entries; a verb form and a noun form may share a word. */
export type TriggerIndex = ReadonlyMap<string, readonly TriggerForm[]>;

function buildTriggerIndex(): TriggerIndex {
  const index = new Map<string, TriggerForm[]>();
  const add = (form: string, entry: TriggerForm) => {
    const list = index.get(form) ?? [];
    if (!list.some((e) => e.type === entry.type && e.pos === entry.pos)) list.push(entry);
    index.set(form, list);
  };
  for (const [type, lemmas] of Object.entries(TRIGGER_LEXICON) as [EventType, (typeof TRIGGER_LEXICON)[EventType]][]) {
    for (const lemma of lemmas.verbs ?? []) {
      const objects = lemmas.objects?.[lemma];
      const entry = { type, pos: 'verb' as const, lemma, length: lemma.split(' ').length, objects: objects ? new Set(objects) : null };
      for (const form of verbForms(lemma)) add(form, entry);
    }
    for (const lemma of lemmas.nouns ?? []) {
      const entry = { type, pos: 'noun' as const, lemma, length: lemma.split(' ').length, objects: null };
      for (const form of nounForms(lemma)) add(form, entry);
    }
  }
  return index;
}

/** Built once at load from constant word lists; read-only afterwards. */
export const TRIGGER_INDEX: TriggerIndex = buildTriggerIndex();
export const LONGEST_TRIGGER = Math.max(...[...TRIGGER_INDEX.values()].flat().map((f) => f.length));
/** The first word of every form: a term that starts none is skipped without building longer keys. */
export const TRIGGER_FIRST_WORDS: ReadonlySet<string> = new Set([...TRIGGER_INDEX.keys()].map((k) => k.split(' ')[0]!));
