import type { ArticleDocument, Term } from '../../document/index.js';
import type { DateFact } from '../../schema/index.js';
import { addDays, addMonths, formatDay, type Day } from './calendar.js';

/** "a day after the attacks": the offset and where its words are. */
export interface EventOffset {
  text: string;
  start: number;
  end: number;
  sentence: number;
  days: number;
  months: number;
  /** The length alone ("a day", P1D), for when no event date can be found. */
  duration: string;
}

type Found = Omit<DateFact, 'id'>;

/** Nouns that measure or group the event rather than name it: "a string of attacks", "a wave of strikes". */
const GROUPING_NOUNS = new Set(['string', 'series', 'wave', 'spate', 'barrage', 'round', 'number', 'lot', 'couple', 'flurry', 'day', 'week', 'month', 'year', 'side', 'both']);
const MAX_EVENT_TERMS = 8;

/**
 * Dates counted from an event ("a day after the attacks") take the event's date where the article gives one: the
 * first day-precise date in a sentence that names the same event noun ("a surprise drone attack on Sunday"). The
 * result is anchored `relative`. After a clause ("six weeks after Mr Sunak surprised his party") or without such a
 * date, the words state a length of time, and that is what is returned.
 */
export function anchorEventOffset(document: ArticleDocument, offset: EventOffset, dates: readonly Found[]): Found {
  const following = document.termsIn(offset.end, document.sentences[offset.sentence]?.end ?? offset.end);
  const clause = following.slice(0, 3).some((t) => t.tags.has('ProperNoun') || t.tags.has('Pronoun') ||
    (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')));
  const eventNouns = (clause ? [] : following)
    .slice(0, MAX_EVENT_TERMS)
    .filter(isContentNoun)
    .map(stem);
  for (const noun of eventNouns) {
    // The event is dated elsewhere: a date in the offset's own sentence is what the offset itself explains.
    const anchor = dates.find((d) => d.kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(d.value) && d.sentence !== offset.sentence &&
      sentenceNames(document, d.sentence, noun));
    if (anchor) {
      const day = shift(dayOfValue(anchor.value), offset);
      return { text: offset.text, start: offset.start, end: offset.end, sentence: offset.sentence, kind: 'date', value: formatDay(day), modifier: null, anchor: 'relative', rule: 'dates/event-offset' };
    }
  }
  const text = offset.text.replace(/\s+(?:after|before)$/i, '');
  return { text, start: offset.start, end: offset.start + text.length, sentence: offset.sentence, kind: 'duration', value: offset.duration, modifier: null, anchor: 'absolute', rule: 'dates/duration' };
}

/** compromise tags some plural nouns as present-tense verbs ("long-range attacks"), so those count too. */
function isContentNoun(term: Term): boolean {
  const noun = term.tags.has('Noun') || (term.tags.has('PresentTense') && term.normal.endsWith('s'));
  return noun && !['Pronoun', 'Date', 'Hyphenated', 'ProperNoun'].some((t) => term.tags.has(t)) && !GROUPING_NOUNS.has(stem(term));
}

function stem(term: Term): string {
  return term.normal.replace(/(?:es|s)$/, '');
}

function sentenceNames(document: ArticleDocument, sentenceIndex: number, noun: string): boolean {
  const sentence = document.sentences[sentenceIndex];
  // A compound names the same event as its head: "earthquake" and "quake", "airstrike" and "strike".
  return !!sentence && document.termsIn(sentence.start, sentence.end).some((t) => !t.tags.has('PastTense') && sameHead(stem(t), noun));
}

function sameHead(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short);
}

function dayOfValue(value: string): Day {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

function shift(day: Day, offset: EventOffset): Day {
  if (offset.months === 0) return addDays(day, offset.days);
  const { year, month } = addMonths(day.year, day.month, offset.months);
  return { year, month, day: day.day };
}
