import type { Term } from '../document/index.js';
import type { Mention } from '../schema/index.js';
import { CLAUSE_PUNCTUATION, CONSEQUENCE_LEMMAS } from './cue-words.js';
import { verbForms } from './word-forms.js';
import type { Trigger } from './find-triggers.js';

/** One reported happening: its main trigger and the later triggers in the sentence that retell or extend it. */
export interface EventDraft {
  readonly main: Trigger;
  readonly members: readonly Trigger[];
}

/**
 * Groups a sentence's triggers into happenings (fixtures/ANNOTATION.md: one event per happening, on its main
 * trigger). A later trigger joins the event before it when it is:
 * - a consequence ("shelled ..., killing three", "an attack ... destroyed 40 planes");
 * - coordinated with it ("damaged or destroyed", "a missile strike and shelling");
 * - the same type in the same clause with no new actor between ("met for ... peace talks");
 * - a relative clause on it ("the raid, which struck");
 * - a passive retelling ("a swap of prisoners, with 1,000 being exchanged").
 */
export function mergeTriggers(triggers: readonly Trigger[], terms: readonly Term[], actors: readonly Mention[]): EventDraft[] {
  const drafts: { main: Trigger; members: Trigger[] }[] = [];
  for (const trigger of triggers) {
    const last = drafts[drafts.length - 1];
    const host = last && joins(last, trigger, terms, actors) ? last : drafts.find((d) => isPassiveRetelling(d, trigger, terms));
    if (host) host.members.push(trigger);
    else drafts.push({ main: trigger, members: [] });
  }
  return drafts;
}

function joins(draft: EventDraft, b: Trigger, terms: readonly Term[], actors: readonly Mention[]): boolean {
  const a = draft.members[draft.members.length - 1] ?? draft.main;
  const between = terms.filter((t) => t.start >= a.end && t.end <= b.start);
  const actorBetween = actors.some((m) => m.start >= a.end && m.end <= b.start);
  if (isConsequence(draft.main, b, between)) return true;
  if (isRequiredObject(a, b, between)) return true;
  if (a.type !== b.type) return false;
  // Coordinated verbs tell one act ("damaged or heavily destroyed"); coordinated nouns name two ("a missile strike
  // and shelling"), which share their toll (see build-events.ts).
  const coordinated = between.some((t) => ['and', 'or'].includes(t.normal)) && between.every((t) => ['and', 'or'].includes(t.normal) || t.tags.has('Adverb'));
  if (coordinated && !actorBetween) return a.pos === 'verb' && b.pos === 'verb';
  const clauseBreak = [a.terms[a.terms.length - 1]!, ...between].some((t) => CLAUSE_PUNCTUATION.test(t.post));
  // "the biggest attack since the invasion" relates two happenings in time; it does not retell one.
  const related = between.some((t) => RELATING_WORDS.has(t.normal));
  // "met for peace talks ..., but the discussion lasted barely an hour": a definite noun of the same type, with no
  // new actor between, refers back to the happening already named.
  if (b.pos === 'noun' && !actorBetween && !related && ANAPHORIC_DETERMINERS.has(between[between.length - 1]?.normal ?? '')) return true;
  if (!clauseBreak && !actorBetween && !related && b.pos === 'noun') return true;
  return isRelativeClause(a, between);
}

/** Every inflection of the consequence verbs, to know "killing" when compromise matched it as the noun. */
const CONSEQUENCE_FORMS: ReadonlySet<string> = new Set([...CONSEQUENCE_LEMMAS].flatMap(verbForms));

const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

const RELATING_WORDS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'following', 'despite', 'amid', 'than', 'until', 'like']);

/** "lifted sanctions": the object a verb needs to be a trigger at all is part of that trigger, not an event. */
function isRequiredObject(a: Trigger, b: Trigger, between: readonly Term[]): boolean {
  return a.pos === 'verb' && b.pos === 'noun' && a.objects !== null && b.terms.some((t) => a.objects!.has(t.normal)) &&
    between.every((t) => !t.tags.has('Verb') && !t.tags.has('Preposition'));
}

function isConsequence(main: Trigger, b: Trigger, between: readonly Term[]): boolean {
  const head = b.terms[0]!;
  if (main.type !== 'ASSAULT' || b.type !== 'ASSAULT' || !(CONSEQUENCE_LEMMAS.has(b.lemma) || CONSEQUENCE_FORMS.has(head.normal))) return false;
  // compromise reads the -ing word after a date as a noun ("shelled ... on Sunday, killing three"), so an -ing form
  // that opens a clause after a comma is the participle whatever its tag.
  const opensClause = between.length > 0 && CLAUSE_PUNCTUATION.test(between[between.length - 1]!.post);
  if (head.tags.has('Gerund') || (head.normal.endsWith('ing') && opensClause)) return true;
  // "a drone attack on Sunday damaged ...": the attack is the subject, no other verb stands between.
  const nounLike = main.pos === 'noun' || main.terms[0]!.tags.has('Gerund');
  return nounLike && !between.some((t) => t.tags.has('Verb'));
}

function isRelativeClause(a: Trigger, between: readonly Term[]): boolean {
  const lastOfA = a.terms[a.terms.length - 1]!;
  return a.pos === 'noun' && lastOfA.post.includes(',') && between.length <= 2 && ['which', 'that'].includes(between[0]?.normal ?? '');
}

/** A progressive or perfect passive of the same type retells the happening named before it. */
function isPassiveRetelling(draft: EventDraft, b: Trigger, terms: readonly Term[]): boolean {
  if (draft.main.type !== b.type || b.pos !== 'verb') return false;
  const before = terms.filter((t) => t.end <= b.start).pop();
  return before !== undefined && ['being', 'been'].includes(before.normal);
}
