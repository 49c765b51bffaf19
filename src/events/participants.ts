import type { Term } from '../document/index.js';
import type { Actor, EventRole, Facts, Mention, Span } from '../schema/index.js';
import { CLAUSE_PUNCTUATION, SPEECH_VERBS, SYMMETRIC_TYPES } from './cue-words.js';
import { nationMentions } from './implied-mentions.js';
import { isHolderOnly } from './possessors.js';
import { collectiveMentions, type Sides } from './two-sides.js';
import { isCausedAct, isCoordinatedVerb, isInfinitiveComplement, termBefore, within, type EventScope } from './scope.js';

export interface ActorMention extends Mention {
  readonly actor: string;
  readonly kind: Actor['kind'];
}
export interface Participant {
  actor: string;
  role: EventRole;
}

/** Mentions of the story's actors, in text order; photo and agency credits take part in no event. */
export function actorMentions(actors: readonly Actor[]): ActorMention[] {
  return actors
    .filter((a) => !a.credit)
    .flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a.id, kind: a.kind })))
    .sort((x, y) => x.start - y.start);
}

/** Events whose object is a thing hit, downed or sanctioned: its owner is the one acted on. */
const HIT_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'INTERCEPT', 'SANCTION']);

/**
 * Who did it to whom. The source is the nearest actor on the subject side (or the agent after "by"), targets are
 * actors on the object side up to the end of the clause; actors who only report the news ("officials said") are
 * neither. Symmetric events (talks, agreements, swaps) between two sides make every side a `participant`. An
 * infinitive or participle that continues the event before it ("agreed to swap", ", accusing them") shares that
 * event's subject.
 */
export function participantsOf(
  scope: EventScope,
  mentions: readonly ActorMention[],
  previous: readonly Participant[],
  facts: Pick<Facts, 'actors' | 'locations'>,
  sides: Sides | null = null,
): Participant[] {
  const found = rolesOf(scope, mentions, previous, facts, sides);
  // "attacks by both sides", "both sides have hit each other": the two sides act on each other, neither leads.
  const collective = collectiveMentions(scope.terms, sides).some((m) => within(m, scope.right) || isNearestSubject(m, scope, mentions));
  return collective && sides ? found.map((p) => (sides.includes(p.actor) ? { ...p, role: 'participant' } : p)) : found;
}

/**
 * "both sides" on the subject side counts only when no other actor stands between it and the trigger: in "attacks
 * by both sides, with Spain launching an assault on France", Spain launches the assault, not both sides.
 */
function isNearestSubject(collective: Span, scope: EventScope, mentions: readonly ActorMention[]): boolean {
  if (!within(collective, scope.left)) return false;
  return !mentions.some((m) => m.start >= collective.end && m.end <= scope.draft.main.start);
}

function rolesOf(
  scope: EventScope,
  mentions: readonly ActorMention[],
  previous: readonly Participant[],
  facts: Pick<Facts, 'actors' | 'locations'>,
  sides: Sides | null,
): Participant[] {
  const { terms, draft } = scope;
  const symmetric = SYMMETRIC_TYPES.has(draft.main.type);
  // A state named by its adjective or possessive is the one acted on when what was hit is its property ("an assault
  // on Russian air bases"); elsewhere it only describes people ("arrested two French nationals", "talks with Russian
  // officials").
  const nations = HIT_TYPES.has(draft.main.type) ? nationMentions(terms, facts.actors).filter((m) => within(m, scope.right)) : [];
  const inSentence = [...mentions.filter((m) => m.sentence === draft.main.sentence), ...countriesActedOn(scope, facts), ...nations, ...collectiveMentions(terms, sides)]
    .sort((x, y) => x.start - y.start);
  // "leaders from ... countries on Nato's eastern flank" is one actor; "Nato" inside it takes no part of its own.
  const outermost = inSentence.filter((m) => !inSentence.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const talkers = outermost.filter((m) => !isSpeaker(m, terms) && !isHolderOnly(m, terms, draft.main));
  const leftStart = lastClauseBreak(terms, scope.left);
  const left = talkers.filter((m) => within(m, { start: leftStart, end: scope.left.end }));
  const right = talkers.filter((m) => within(m, { start: scope.right.start, end: clauseEnd(terms, scope.right) }));
  // "was wounded by shrapnel", "attacks by both sides"; but in "downed drones launched by Russia" the by-phrase
  // belongs to the participle on the object, and Russia is whose drones were downed.
  const agents = right.filter((m) => termBefore(terms, m.start)?.normal === 'by' && !hasVerbBetween(terms, draft.main.end, m.start));
  const objects = right.filter((m) => !agents.includes(m));
  const coordinated = isCoordinatedVerb(scope) && left.length === 0;
  const continues = (isInfinitiveComplement(scope) && !isCausedAct(scope)) || isParticipleContinuation(scope) || coordinated;
  const inherited = continues ? previous : [];
  const participants: Participant[] = [];
  const add = (actor: string, role: EventRole) => {
    if (!participants.some((p) => p.actor === actor)) participants.push({ actor, role });
  };

  if (symmetric) {
    const sides = [...left, ...objects];
    const distinct = new Set(sides.map((m) => m.actor));
    if (inherited.length > 0 && left.length === 0) inherited.filter((p) => p.role !== 'target').forEach((p) => add(p.actor, p.role));
    else if (distinct.size >= 2 || sides.some((m) => m.kind === 'group')) sides.forEach((m) => add(m.actor, 'participant'));
    else sides.forEach((m, i) => add(m.actor, i === 0 && left.length > 0 ? 'source' : 'target'));
    return participants;
  }
  const passive = isPassive(draft.main.terms[0]!, terms);
  const subject = continues ? undefined : subjectOf(scope, left);
  // The doer of the event before is the doer of this one; the one it was done with or to stays its target unless
  // this event names its own ("telephoned Mr Trump to congratulate him").
  inherited.forEach((p, i) => {
    const doer = p.role === 'source' || (p.role === 'participant' && i === 0);
    if (doer) add(p.actor, 'source');
    else if (objects.length === 0) add(p.actor, 'target');
  });
  agents.forEach((m) => add(m.actor, 'source'));
  if (subject) add(subject.actor, passive ? 'target' : 'source');
  objects.forEach((m) => add(m.actor, 'target'));
  return participants;
}

/**
 * The subject side of a verb is its nearest actor outside a prepositional phrase. A noun trigger takes an actor
 * that modifies it ("Moscow's 2022 invasion") or governs it through one verb ("Ukraine launching a drone assault"),
 * never one across a preposition ("criticised the military for ... despite previous attacks").
 */
function subjectOf(scope: EventScope, left: readonly ActorMention[]): ActorMention | undefined {
  const { terms, draft } = scope;
  if (draft.main.pos === 'verb') return left.filter((m) => !isPrepositionObject(m, terms)).pop();
  const nearest = left[left.length - 1];
  if (!nearest) return undefined;
  const between = terms.filter((t) => t.start >= nearest.end && t.end <= draft.main.start);
  if (between.some((t) => t.tags.has('Preposition'))) return undefined;
  const verbs = between.filter((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary')).length;
  return verbs === 0 || (verbs === 1 && !isPrepositionObject(nearest, terms)) ? nearest : undefined;
}

/**
 * A country named as a place right after "at", "against" or "on" ("fired 472 drones at Ukraine") is also the one
 * acted on, when the story has that country as an actor.
 */
function countriesActedOn(scope: EventScope, facts: Pick<Facts, 'actors' | 'locations'>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const location of facts.locations.filter((l) => l.kind === 'country')) {
    const actor = facts.actors.find((a) => a.kind === 'country' && !a.credit && a.name === location.name);
    if (!actor) continue;
    for (const m of location.mentions) {
      const before = termBefore(scope.terms, m.start);
      if (within(m, scope.right) && before && ['at', 'against', 'on'].includes(before.normal)) out.push({ ...m, actor: actor.id, kind: actor.kind });
    }
  }
  return out;
}

/** The subject of a reporting verb ("Kyiv officials said", "said Jane Doe", "according to officials"). */
function isSpeaker(mention: Span, terms: readonly Term[]): boolean {
  const before = termBefore(terms, mention.start);
  const next = terms.find((t) => t.start >= mention.end);
  // "..., said Jane Doe, head of ..." but not "officials said Ukraine attacked".
  const endsClause = !next || !next.tags.has('Verb') || terms.some((t) => t.end === mention.end && /[,.;]/.test(t.post));
  if (before && SPEECH_VERBS.has(before.normal) && endsClause) return true;
  if (before?.normal === 'to' && termBefore(terms, before.start)?.normal === 'according') return true;
  // "fired drones at Ukraine since ..., the air force said": an object of a preposition says nothing.
  if (before?.tags.has('Preposition')) return false;
  const after = terms.filter((t) => t.start >= mention.end);
  let inAside = after.length > 0 && terms.some((t) => t.end === mention.end && t.post.includes(','));
  for (const t of after.slice(0, 14)) {
    if (inAside) {
      if (t.post.includes(',')) inAside = false;
      continue;
    }
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary')) return SPEECH_VERBS.has(t.normal);
    if (CLAUSE_PUNCTUATION.test(t.post)) return false;
  }
  return false;
}

/** "was killed", "was critically wounded": a past participle after a form of "be", adverbs allowed between. */
function isPassive(head: Term, terms: readonly Term[]): boolean {
  let before = termBefore(terms, head.start);
  while (before?.tags.has('Adverb') && !before.tags.has('Copula')) before = termBefore(terms, before.start);
  return head.tags.has('PastTense') && before !== undefined && before.tags.has('Copula');
}

function hasVerbBetween(terms: readonly Term[], from: number, to: number): boolean {
  return terms.some((t) => t.start >= from && t.end <= to && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
}

/** "setbacks for the Kremlin", "delegations from Russia": an actor inside a prepositional phrase is no subject. */
function isPrepositionObject(mention: Span, terms: readonly Term[]): boolean {
  const before = termBefore(terms, mention.start);
  return before !== undefined && before.tags.has('Preposition') && before.normal !== 'by';
}

/** A gerund after a comma continues the clause before it: "issued a warrant ..., accusing them". */
function isParticipleContinuation(scope: EventScope): boolean {
  const head = scope.draft.main.terms[0]!;
  const before = termBefore(scope.terms, head.start);
  return scope.previous !== null && head.tags.has('Gerund') && before !== undefined && before.post.includes(',');
}

/** Where the subject side begins: after the last clause break (";", ", but", "but") before the trigger. */
function lastClauseBreak(terms: readonly Term[], zone: Span): number {
  let start = zone.start;
  for (const t of terms) if (t.start >= zone.start && t.end <= zone.end && breaksAfter(t, terms)) start = t.end;
  return start;
}

/** Where the object side ends: at the first clause break after the trigger. */
function clauseEnd(terms: readonly Term[], zone: Span): number {
  for (const t of terms) if (t.start >= zone.start && t.end <= zone.end && breaksAfter(t, terms)) return t.end;
  return zone.end;
}

const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'as', 'which', 'who', 'and']);

function breaksAfter(term: Term, terms: readonly Term[]): boolean {
  if (term.post.includes(';') || SPEECH_VERBS.has(term.normal) || ['but', 'while', 'whereas'].includes(term.normal)) return true;
  const next = terms[terms.indexOf(term) + 1];
  // ", prompting Moscow to ...", ", accusing them": a participle clause has its own object.
  return CLAUSE_PUNCTUATION.test(term.post) && next !== undefined && (CLAUSE_OPENERS.has(next.normal) || next.tags.has('Gerund'));
}
