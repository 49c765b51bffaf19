import type { DateFact } from '../../schema/index.js';

type Found = Omit<DateFact, 'id'>;

/** "the evening" and where its words are, with its TIMEX3 part code (`EV`). */
export interface PartOfNamedDay {
  text: string;
  start: number;
  end: number;
  sentence: number;
  part: string;
}

/**
 * "told to leave on Sunday ... by the evening": the evening of the day named before it in the same sentence,
 * anchored `relative`. Without one, "the evening" is no date a reader can fix ("they walk in the evening"): null.
 */
export function anchorPartOfNamedDay(part: PartOfNamedDay, dates: readonly Found[]): Found | null {
  const day = dates
    .filter((d) => d.sentence === part.sentence && d.end <= part.start && d.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
    .sort((a, b) => b.start - a.start)[0];
  if (!day) return null;
  const { text, start, end, sentence } = part;
  return { text, start, end, sentence, kind: 'date', value: `${day.value}T${part.part}`, modifier: null, anchor: 'relative', rule: 'dates/part-of-named-day' };
}
