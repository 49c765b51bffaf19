import type { ArticleDocument } from '../document/index.js';
import type { DateFact, QuantityFact } from '../schema/index.js';
import { readQuantity, type QuantityDraft } from './read-quantity.js';
import { resolveCountUnit, type UnitContext } from './resolve-unit.js';
import { wordsBySentence, type Word } from './words.js';

type Quantity = Omit<QuantityFact, 'id'>;

/** Every quantity in the article, in text order, without ids. */
export function extractQuantities(document: ArticleDocument, dates: readonly DateFact[]): Quantity[] {
  const facts: Quantity[] = [];
  let context: UnitContext = { count: null, ordinal: null };
  let paragraph = -1;
  wordsBySentence(document).forEach((words, sentence) => {
    const sentenceParagraph = document.sentences[sentence]?.paragraph ?? paragraph;
    // A count refers back within its paragraph; a place in a table ("finished seventh") to any ordinal before it.
    if (sentenceParagraph !== paragraph) context = { ...context, count: null };
    paragraph = sentenceParagraph;
    let previous: { draft: QuantityDraft; fact: Quantity } | null = null;
    for (let i = 0; i < words.length;) {
      const reading = readQuantity(words, i, dates);
      if (!reading) { i++; continue; }
      i = Math.max(reading.next, i + 1);
      const draft = reading.draft;
      if (!draft) continue;
      const unit: string | null = draft.unit ?? resolveCountUnit(words, draft, context);
      if (draft.elliptical && unit === null) continue;
      if (unit !== null && draft.kind === 'ordinal') context = { ...context, ordinal: unit };
      if (unit !== null && (draft.kind === 'count' || draft.kind === 'ratio')) context = { ...context, count: unit };
      const fact = toFact(document, words, draft, unit, sentence, previous);
      facts.push(fact);
      previous = { draft, fact };
    }
  });
  return facts;
}

function toFact(
  document: ArticleDocument,
  words: readonly Word[],
  draft: QuantityDraft,
  unit: string | null,
  sentence: number,
  previous: { draft: QuantityDraft; fact: Quantity } | null,
): Quantity {
  const start = words[draft.first]!.start;
  const end = words[draft.last]!.end;
  const direction = draft.direction ?? restatedDirection(words, draft, previous);
  return {
    text: document.text.slice(start, end),
    start,
    end,
    sentence: document.sentenceAt(start) >= 0 ? document.sentenceAt(start) : sentence,
    value: draft.value,
    ...(draft.min !== null && { min: draft.min, max: draft.max }),
    ...(draft.of !== null && { of: draft.of }),
    modifier: draft.modifier,
    unit,
    ...(direction && { direction }),
    kind: isPercentagePoints(words, draft, unit, previous) ? 'percent' : draft.kind,
    rule: draft.rule,
  };
}

/** "jumped more than 1,500 points, or 3.6%": the same change restated after "or" has the same direction. */
function restatedDirection(words: readonly Word[], draft: QuantityDraft, previous: { draft: QuantityDraft } | null) {
  if (!previous || words[draft.first - 1]?.normal !== 'or' || previous.draft.last !== draft.first - 2) return null;
  return previous.draft.direction;
}

/** "slipped to 49.5%, down 3 points", "dropped 19.9 points to 23.7%": points next to a percentage are percentage points. */
function isPercentagePoints(words: readonly Word[], draft: QuantityDraft, unit: string | null, previous: { fact: Quantity } | null): boolean {
  if (draft.kind !== 'measure' || unit !== 'point') return false;
  const link = words[draft.last + 1]?.normal;
  const percentAfter = (link === 'to' || link === 'from') && /%$|^percent$/.test(words[draft.last + 2]?.text ?? '');
  return percentAfter || previous?.fact.kind === 'percent';
}
