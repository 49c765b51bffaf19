import { looksPlural, readPrecedingNoun, readPrecedingPlural, type CountedNoun } from './counted-noun.js';
import type { QuantityDraft } from './read-quantity.js';
import { singularOf } from './singular.js';
import type { Word } from './words.js';

/** What came before in the paragraph, which a count without a noun of its own refers back to. */
export interface UnitContext {
  /** Unit of the last count in the paragraph ("three people" for "19 others"). */
  count: string | null;
  /** Unit of the last ordinal in the paragraph ("A second tremor" for "survived the first"). */
  ordinal: string | null;
}

/** Nouns that take the class of the count before them: "three people and ... 19 others", "tens of thousands more". */
const ANAPHORIC_NOUNS = new Set(['others', 'other', 'more']);

/** Verbs of casualties: what they count, without a noun, is people ("killing 3 and injuring 12"). */
const CASUALTY_VERBS = new Set([
  'killing', 'killed', 'kill', 'kills', 'wounding', 'wounded', 'injuring', 'injured', 'injure', 'evacuating',
  'evacuated', 'rescuing', 'rescued', 'displacing', 'displaced',
]);

/**
 * The unit of a count: its noun; for "others" and "more", the class of the count before it in the paragraph; for
 * a bare number, the people of a casualty verb, the count before it, or the nearest plural noun before it in the
 * sentence ("a swap of prisoners, with 1,000 on both sides").
 */
export function resolveCountUnit(words: readonly Word[], draft: QuantityDraft, context: UnitContext): string | null {
  const noun: CountedNoun | null = draft.noun;
  if (draft.elliptical) return context.ordinal ?? precedingNounUnit(words, draft.first);
  if (noun && ANAPHORIC_NOUNS.has(noun.word.normal)) return context.count;
  if (noun) return nounUnit(noun);
  if (draft.kind !== 'count' && draft.kind !== 'ratio') return null;
  if (draft.kind === 'ratio' && draft.of === null) return null;
  const before = words[draft.first - 1];
  if (ANAPHORIC_NOUNS.has(words[draft.last + 1]?.normal ?? '') || context.count !== null) return context.count;
  if (before && CASUALTY_VERBS.has(before.normal)) return 'person';
  if (before?.tags.has('Verb')) return null;
  const plural = readPrecedingPlural(words, draft.first);
  return plural ? singularOf(plural.word.normal, true) : null;
}

function precedingNounUnit(words: readonly Word[], first: number): string | null {
  const noun = readPrecedingNoun(words, first);
  return noun ? nounUnit(noun) : null;
}

function nounUnit(noun: CountedNoun): string {
  const head = singularOf(noun.word.normal, looksPlural(noun.word));
  return noun.compound ? `${noun.compound.normal} ${head}` : head;
}
