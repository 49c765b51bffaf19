import type { Term } from '../document/index.js';
import type { EventContextSchema } from '../schema/event.js';
import type { z } from 'zod';
import {
  CLAUSE_PUNCTUATION,
  CONDITIONALS,
  FAILURE_VERBS,
  FUTURE_MARKERS,
  FUTURE_PREDICATES,
  HISTORICAL_MARKERS,
  HYPOTHETICAL_MODALS,
  NEGATIONS,
} from './cue-words.js';
import { isCausedAct, isCoordinatedVerb, isInfinitiveComplement, isIntendedAct, type EventScope } from './scope.js';

type EventContext = z.infer<typeof EventContextSchema>;

/** How many words before a trigger its modal, tense or negation cue may stand ("will not be able to meet"). */
const CUE_WINDOW = 4;

/**
 * Whether the article reports the event, plans it, recalls it or only supposes it. Conditionals win ("if Russia
 * turns ..., there must be new sanctions"), then plans ("will", "further talks", "agreed to swap", "was being
 * prepared", a date after publication), then the past ("the previous talks", a date more than a week before
 * publication); everything else is reported.
 */
export function contextOf(scope: EventScope, date: string | null, publishedAt: string | null, previous: EventContext | null): EventContext {
  const own = ownContext(scope, date, publishedAt);
  if (previous && (isCausedAct(scope) || isCoordinatedVerb(scope) || isInfinitiveComplement(scope))) return own === 'reported' ? previous : own;
  // "The previous talks ... led to a swap": what followed a past event, undated itself, is past too.
  if (own === 'reported' && date === null && previous === 'historical') return previous;
  return own;
}

function ownContext(scope: EventScope, date: string | null, publishedAt: string | null): EventContext {
  const head = scope.draft.main.terms[0]!;
  const window = cueWindow(scope.terms, head).filter((t) => !t.tags.has('Date'));
  const after = scope.terms.filter((t) => t.start >= scope.draft.main.end && t.end <= scope.right.end);
  if (isConditional(scope.terms, head, scope.draft.main.pos)) return 'hypothetical';
  if (window.some((t) => HYPOTHETICAL_MODALS.has(t.normal)) && !window.some((t) => t.normal === 'need')) return 'hypothetical';
  if (window.some((t) => FUTURE_MARKERS.has(t.normal)) || isIntendedAct(scope)) return 'future';
  if (after.slice(0, 8).some((t) => FUTURE_PREDICATES.has(t.normal)) && after.some((t) => t.normal === 'being' || t.normal === 'be')) return 'future';
  const relative = compareToPublication(date, publishedAt);
  if (relative === 'after') return 'future';
  if (window.some((t) => HISTORICAL_MARKERS.has(t.normal)) || relative === 'well-before') return 'historical';
  if (isPerfectSince(head, window, after)) return 'historical';
  return 'reported';
}

/**
 * Inside the reach of "if": the rest of its sentence or quotation. A noun inside the if-clause itself names a thing
 * that exists ("if Russia turns the Istanbul meeting into an empty talk": the meeting took place); the act
 * supposed is the clause's verb and what the main clause says follows from it.
 */
function isConditional(terms: readonly Term[], head: Term, pos: 'verb' | 'noun'): boolean {
  const before = terms.filter((t) => t.end <= head.start);
  let conditional = -1;
  before.forEach((t, i) => {
    if (CONDITIONALS.has(t.normal)) conditional = i;
  });
  if (conditional < 0) return false;
  const reach = before.slice(conditional);
  if (reach.some((t) => /[”"]/.test(t.post))) return false;
  const inIfClause = !reach.some((t) => /[,;]/.test(t.post));
  if (!inIfClause || pos === 'verb') return true;
  // "if Russia turns the Istanbul meeting into ...": a definite noun names something that exists; "if talks fail"
  // supposes the talks.
  return !before.slice(-3).some((t) => t.tags.has('Determiner') || t.tags.has('Possessive'));
}

/** "The memo was not made public", "no talks were held", "efforts ... have so far failed". */
export function isNegated(scope: EventScope): boolean {
  const head = scope.draft.main.terms[0]!;
  if (cueWindow(scope.terms, head).some((t) => NEGATIONS.has(t.normal))) return true;
  const after = scope.terms.filter((t) => t.start >= scope.draft.main.end && t.end <= scope.right.end);
  // compromise reads "have so far failed" as an adjective; a failure word that is not before a noun is the verb.
  return after.some((t, i) => FAILURE_VERBS.has(t.normal) && !after[i + 1]?.tags.has('Noun'));
}

/** The few words before the trigger, not reaching back over a clause break. */
function cueWindow(terms: readonly Term[], head: Term): Term[] {
  const before = terms.filter((t) => t.end <= head.start);
  const window: Term[] = [];
  for (let i = before.length - 1; i >= 0 && window.length < CUE_WINDOW; i--) {
    const t = before[i]!;
    if (CLAUSE_PUNCTUATION.test(t.post)) break;
    window.unshift(t);
  }
  return window;
}

/** "Ukraine has occasionally struck air bases ... since early in the war": a habit of the past. */
function isPerfectSince(head: Term, window: readonly Term[], after: readonly Term[]): boolean {
  const perfect = window.some((t) => t.normal === 'has' || t.normal === 'have') && head.tags.has('PastTense');
  return perfect && after.some((t) => t.normal === 'since');
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Compares the end (or start) of a date value with publication; only day, month and year precision count. */
function compareToPublication(date: string | null, publishedAt: string | null): 'after' | 'well-before' | 'near' | null {
  if (!date || !publishedAt) return null;
  const [from = '', to = from] = date.split('/');
  const published = Date.parse(`${publishedAt}T00:00:00Z`);
  const start = Date.parse(padDate(from, 'start'));
  const end = Date.parse(padDate(to, 'end'));
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  if (start > published + 24 * 3600 * 1000) return 'after';
  if (end < published - WEEK_MS) return 'well-before';
  return 'near';
}

function padDate(value: string, side: 'start' | 'end'): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (day) return `${day}T00:00:00Z`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return side === 'start' ? `${value}-01T00:00:00Z` : new Date(Date.UTC(+month[1]!, +month[2]!, 0)).toISOString();
  const year = /^(\d{4})$/.exec(value);
  if (year) return side === 'start' ? `${value}-01-01T00:00:00Z` : `${value}-12-31T00:00:00Z`;
  return 'invalid';
}
