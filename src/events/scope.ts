import type { Term } from '../document/index.js';
import type { Span } from '../schema/index.js';
import type { EventDraft } from './merge-triggers.js';
import { CAUSATIVE_VERBS, INTENT_GOVERNORS } from './cue-words.js';

/**
 * The stretch of its sentence an event may draw facts from: the words since the previous event (its subject side)
 * and the words up to the next event (its object side). Neighbouring events never share words, so "Ukraine accepted
 * the truce, but the Kremlin rejected it" gives each verb its own subject.
 */
export interface EventScope {
  readonly draft: EventDraft;
  readonly left: Span;
  readonly right: Span;
  /** The terms of the whole sentence, for cue words. */
  readonly terms: readonly Term[];
  /** The event before this one in the same sentence, if any. */
  readonly previous: EventScope | null;
}

export function scopesOf(drafts: readonly EventDraft[], terms: readonly Term[], sentence: Span): EventScope[] {
  const scopes: EventScope[] = [];
  drafts.forEach((draft, i) => {
    const before = drafts[i - 1];
    const after = drafts[i + 1];
    const leftStart = before ? lastTriggerOf(before).end : sentence.start;
    const left = { start: leftStart, end: draft.main.start };
    const right = { start: draft.main.end, end: after ? after.main.start : sentence.end };
    scopes.push({ draft, left, right, terms, previous: scopes[i - 1] ?? null });
  });
  return scopes;
}

function lastTriggerOf(draft: EventDraft) {
  return draft.members[draft.members.length - 1] ?? draft.main;
}

export const within = (span: Span, zone: Span): boolean => span.start >= zone.start && span.end <= zone.end;

/** The term just before an offset in the sentence, if any. */
export function termBefore(terms: readonly Term[], offset: number): Term | undefined {
  let found: Term | undefined;
  for (const t of terms) if (t.end <= offset) found = t;
  return found;
}

/**
 * The trigger's head word is preceded by "to" (optionally with an adverb): an infinitive complement ("agreed to
 * swap", "threats to further penalise"). compromise may tag the verb as a noun ("to swap"), so tags are not asked.
 */
export function isInfinitiveComplement(scope: EventScope): boolean {
  const head = scope.draft.main.terms[0]!;
  const before = termBefore(scope.terms, head.start);
  const beforeThat = before ? termBefore(scope.terms, before.start) : undefined;
  return before?.normal === 'to' || (before?.tags.has('Adverb') === true && beforeThat?.normal === 'to');
}

/** An infinitive whose governing word plans it ("agreed to swap") rather than reports its purpose. */
export function isIntendedAct(scope: EventScope): boolean {
  if (!isInfinitiveComplement(scope)) return false;
  const head = scope.draft.main.terms[0]!;
  const governor = scope.terms.filter((t) => t.end <= head.start && t.normal !== 'to' && (t.tags.has('Verb') || INTENT_GOVERNORS.has(t.normal))).pop();
  return governor !== undefined && INTENT_GOVERNORS.has(governor.normal);
}

/** "prompting Moscow to redeploy": the infinitive of a causative verb tells what was made to happen. */
export function isCausedAct(scope: EventScope): boolean {
  if (!isInfinitiveComplement(scope)) return false;
  const head = scope.draft.main.terms[0]!;
  const verb = scope.terms.filter((t) => t.end <= head.start && t.start >= scope.left.start && t.tags.has('Verb')).pop();
  return verb !== undefined && CAUSATIVE_VERBS.has(verb.normal);
}

/** "agreed to swap ... and set up a commission": a verb joined by "and" to the event before, without a subject. */
export function isCoordinatedVerb(scope: EventScope): boolean {
  const head = scope.draft.main.terms[0]!;
  return scope.previous !== null && head.tags.has('Verb') && termBefore(scope.terms, head.start)?.normal === 'and';
}
