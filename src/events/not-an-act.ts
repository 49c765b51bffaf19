import type { Term } from '../document/index.js';
import type { Trigger } from './find-triggers.js';

/**
 * Trigger words in senses that name no act between actors, read from the words right around them. Each rule is a
 * sense of the word in business, sport or election news, not a list of sentences.
 */

/** A particle that turns the verb into another word: "sign up" (subscribe), "slam into" (collide), "defend against". */
const OTHER_SENSE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sign', new Set(['up', 'in'])],
  ['slam', new Set(['into'])],
  ['defend', new Set(['against'])],
  ['meet', new Set(['expectations', 'demand', 'targets', 'target', 'needs', 'requirements', 'criteria', 'conditions', 'deadline'])],
]);

const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

/** Words that make a standing alliance an act: "formed an alliance", "forge a new alliance". */
const FORMING_WORDS: ReadonlySet<string> = new Set([
  'form', 'formed', 'forms', 'forming', 'forge', 'forged', 'forging', 'seal', 'sealed', 'build', 'built', 'create',
  'created', 'announce', 'announced', 'strike', 'struck', 'an', 'new',
]);

/** Determiners and possessives after which a word is a noun ("the 2% target"), never a verb. */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'whose']);
/** Verb triggers whose noun names a thing, not the act: "the target", "a fire", "a hit", "the table". */
const THING_NOUNS: ReadonlySet<string> = new Set(['target', 'fire', 'hit', 'back', 'present', 'table', 'free', 'down', 'block', 'mass', 'bar', 'sign', 'fine']);

/** What one "strikes" without hitting anyone: "struck a deal", "striking a cynical pact", "strike a balance". */
const STRUCK_THINGS: ReadonlySet<string> = new Set([
  'deal', 'deals', 'pact', 'pacts', 'agreement', 'agreements', 'accord', 'bargain', 'compromise', 'truce', 'balance',
  'tone', 'chord', 'note', 'pose', 'match', 'partnership', 'alliance', 'settlement',
]);

/** Nouns whose act is shielded or escaped after "from": "immunity from prosecution", "protection from arrest". */
const SHIELDED_AFTER: ReadonlySet<string> = new Set(['from']);

export function isNotAnAct(trigger: Trigger, terms: readonly Term[]): boolean {
  const first = terms.indexOf(trigger.terms[0]!);
  const last = terms.indexOf(trigger.terms[trigger.terms.length - 1]!);
  const before = terms[first - 1];
  const next = terms[last + 1]?.normal ?? '';
  // "struck a deal", "striking a cynical pact": the object says it is an agreement (its own noun is the event).
  if (trigger.lemma === 'strike' && trigger.pos === 'verb' && terms.slice(last + 1, last + 4).some((t) => STRUCK_THINGS.has(t.normal))) return true;
  // "immunity from criminal prosecution", "shielded from arrest": an act someone is kept from is no act.
  if (isShielded(terms, first)) return true;
  // "conditions were met", "the target was meant to be met": a passive "met" is satisfied, not a meeting.
  if (trigger.lemma === 'meet' && trigger.pos === 'verb' && before !== undefined && BE.has(before.normal)) return true;
  // "signed up to the pledge" is a commitment; "sign up online" a subscription.
  if (trigger.pos === 'verb' && OTHER_SENSE_PARTICLES.get(trigger.lemma)?.has(next)) return terms[last + 2]?.normal !== 'to';
  // "the 2% target", "a collapsed block": these verbs after a determiner or a number are nouns for things.
  // "spent $100 million backing his campaign": an -ing form after a number is still the act.
  const gerund = trigger.terms[0]!.normal.endsWith('ing');
  if (trigger.pos === 'verb' && THING_NOUNS.has(trigger.lemma) && !gerund && nounPosition(terms, first)) return true;
  // "the third meeting in a row": a count of routine meetings.
  if (trigger.pos === 'noun' && before?.tags.has('Ordinal') && next === 'in' && terms[last + 3]?.normal === 'row') return true;
  // "its future lies in the alliance": a standing alliance is an organisation; forming one is the act.
  if (trigger.lemma === 'alliance') return !terms.slice(Math.max(0, first - 3), first).some((t) => FORMING_WORDS.has(t.normal));
  // "could not keep up with demand": demand with no determiner is the market's, not a claim someone made.
  if (trigger.lemma === 'demand' && trigger.pos === 'noun' && (before === undefined || ['with', 'of', 'in', 'for', 'and'].includes(before.normal))) return true;
  return false;
}

function isShielded(terms: readonly Term[], at: number): boolean {
  const before = terms[at - 1];
  if (before && SHIELDED_AFTER.has(before.normal)) return true;
  return before !== undefined && before.tags.has('Adjective') && SHIELDED_AFTER.has(terms[at - 2]?.normal ?? '');
}

/** A determiner, possessive or number before the word, with at most one describing word between. */
function nounPosition(terms: readonly Term[], at: number): boolean {
  const opens = (t: Term | undefined) => t !== undefined && (NOUN_OPENERS.has(t.normal) || t.tags.has('Value'));
  const between = terms[at - 1];
  if (opens(between)) return true;
  return between !== undefined && (between.tags.has('Adjective') || between.tags.has('PastTense')) && opens(terms[at - 2]);
}
