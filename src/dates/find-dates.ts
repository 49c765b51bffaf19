import type { ParsedResult } from 'chrono-node';
import type { ArticleDocument } from '../document/index.js';
import type { DateFact, Diagnostic } from '../schema/index.js';
import { createNewsChrono } from './news-chrono.js';
import { dayOf } from './resolve/calendar.js';
import { directionAt, type Direction } from './resolve/direction.js';
import { captionDirection } from './resolve/caption-direction.js';
import { resolveResult } from './resolve/result-value.js';
import type { WeekdayWord } from './resolve/anchor-day.js';
import { WEEKDAY_PATTERN } from './lexicon.js';
import { trimDateSpan } from './span.js';
import { readModifier, readTag } from './tags.js';
import { anchorEventOffset, type EventOffset } from './resolve/event-anchor.js';
import { anchorTimes } from './resolve/time-anchor.js';
import { monthsInNamedYear } from './resolve/month-year.js';
import { anchorShift, type Shift } from './resolve/shift-anchor.js';
import { anchorPartOfNamedDay, type PartOfNamedDay } from './resolve/part-of-named-day.js';

/** chrono needs some reference to parse; without a publication date, values that depend on it are not emitted. */
const PLACEHOLDER_REFERENCE = new Date('2000-01-01T12:00:00Z');
const WEEKDAY_WORD_BEFORE = new RegExp(`\\b(last|past|next|this)\\s+(?:${WEEKDAY_PATTERN})\\b`, 'i');
const WEEKDAY_WORD_AFTER = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\s+(?:of\\s+)?(last|next|this)\\s+week\\b`, 'i');

export type FoundDate = Omit<DateFact, 'id'>;

/** Every temporal expression of the article, sentence by sentence, in text order (ids are given by the stage). */
export function findDates(document: ArticleDocument): { dates: FoundDate[]; diagnostics: Diagnostic[] } {
  const news = createNewsChrono();
  const reference = document.reference ? dayOf(document.reference) : null;
  const instant = document.reference ?? PLACEHOLDER_REFERENCE;
  const dates: FoundDate[] = [];
  const diagnostics: Diagnostic[] = [];
  const offsets: EventOffset[] = [];
  const shifts: Shift[] = [];
  const parts: PartOfNamedDay[] = [];
  const directions = new Map<number, Direction | null>();
  for (const sentence of document.sentences) {
    for (const result of news.parse(sentence.text, { instant, timezone: 0 })) {
      const span = trimDateSpan(result.text, sentence.start + result.index);
      if (!span.text) continue;
      const shift = shiftOf(result, span, sentence.index);
      if (shift) {
        shifts.push(shift);
        continue;
      }
      if (readTag(result, 'relative') === 'named-day') {
        parts.push({ ...span, sentence: sentence.index, part: readTag(result, 'part') ?? '' });
        continue;
      }
      const offset = eventOffsetOf(result, span, sentence.index);
      if (offset) {
        offsets.push(offset);
        continue;
      }
      const direction = captionDirection(document, span.start) ?? directionAt(document, span.start, span.end);
      const resolved = resolveResult(result, { reference, direction, weekdayWord: weekdayWordOf(result) });
      if (!resolved) {
        diagnostics.push(unresolved(span));
        continue;
      }
      directions.set(span.start, direction);
      dates.push({ ...span, sentence: sentence.index, ...resolved });
    }
  }
  for (const offset of offsets) dates.push(anchorEventOffset(document, offset, dates));
  for (const part of parts) {
    const found = anchorPartOfNamedDay(part, dates);
    if (found) dates.push(found);
  }
  // Shifts count from times, so times take their days first; a shift may count from an earlier shift.
  const anchored = anchorTimes(monthsInNamedYear(dates), reference, directions, document.text);
  for (const shift of shifts) anchored.push(anchorShift(shift, anchored));
  return { dates: anchored.sort((a, b) => a.start - b.start), diagnostics };
}

/** `offset:+1:day` from the duration parser, as days and months to move the event's date by. */
function eventOffsetOf(result: ParsedResult, span: { text: string; start: number; end: number }, sentence: number): EventOffset | null {
  const match = /^offset:([+-])(\d+):(day|week|month|year)$/.exec(readTag(result, 'relative') ?? '');
  if (!match) return null;
  const amount = (match[1] === '-' ? -1 : 1) * Number(match[2]);
  const unit = match[3]!;
  const days = unit === 'day' ? amount : unit === 'week' ? 7 * amount : 0;
  const months = unit === 'month' ? amount : unit === 'year' ? 12 * amount : 0;
  return { ...span, sentence, days, months, duration: readTag(result, 'value') ?? 'P1D' };
}

/** `shift:+9:hour` from the duration parser ("about nine hours later"). */
function shiftOf(result: ParsedResult, span: { text: string; start: number; end: number }, sentence: number): Shift | null {
  const match = /^shift:([+-])([\d.]+):(\w+)$/.exec(readTag(result, 'relative') ?? '');
  if (!match) return null;
  const amount = (match[1] === '-' ? -1 : 1) * Number(match[2]);
  return { ...span, sentence, amount, unit: match[3]!, modifier: readModifier(result), duration: readTag(result, 'value') ?? '' };
}

function weekdayWordOf(result: ParsedResult): WeekdayWord {
  const word = (WEEKDAY_WORD_BEFORE.exec(result.text) ?? WEEKDAY_WORD_AFTER.exec(result.text))?.[1]?.toLowerCase();
  if (word === 'past') return 'last';
  return (word as WeekdayWord | undefined) ?? null;
}

function unresolved(span: { text: string; start: number; end: number }): Diagnostic {
  return {
    code: 'dates/unresolved',
    severity: 'info',
    message: `"${span.text}" is relative to the publication date, which the article lacks; it was not given a value`,
    start: span.start,
    end: span.end,
    stage: 'dates',
  };
}
