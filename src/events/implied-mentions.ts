import type { ArticleDocument, Term } from '../document/index.js';
import type { Actor, Mention, Span } from '../schema/index.js';
import { nationOf } from '../actors/nation-of.js';
import type { ActorMention } from './participants.js';
import { termBefore } from './scope.js';

/**
 * Actors an event names without naming them: a state through its nationality adjective or possessive on what was
 * hit ("a drone assault on Russian air bases", "shelled Ukraine's southern region"), and a person through "he" or
 * "she". The actors stage lists names only (fixtures/ANNOTATION.md: mentions are names), so the events stage reads
 * these words itself, as mentions of actors already in the story.
 */

const overlapsAny = (span: Span, mentions: readonly Span[]): boolean => mentions.some((m) => span.start < m.end && span.end > m.start);

/**
 * "Russian air bases", "Moscow's bomber fleet": a nationality adjective before a common noun, or a country or capital
 * in the possessive, names the state the thing belongs to. A nationality before a name or a title ("Russian President
 * Vladimir Putin") is part of the person's description, and a word inside an actor mention ("Ukraine's air force")
 * belongs to that actor. Only states the story has as country actors count.
 */
export function nationMentions(terms: readonly Term[], actors: readonly Actor[]): ActorMention[] {
  const names = actors.flatMap((a) => a.mentions);
  const out: ActorMention[] = [];
  terms.forEach((term, i) => {
    const nation = nationOf(term);
    if (!nation || overlapsAny(term, names)) return;
    const next = terms[i + 1];
    if (!nation.possessive) {
      if (nation.via !== 'demonym' || !next || !next.tags.has('Noun') || next.tags.has('ProperNoun') || /^\p{Lu}/u.test(next.text)) return;
    }
    const actor = actors.find((a) => a.kind === 'country' && !a.credit && (a.country === nation.country.code || a.name === nation.country.name));
    if (!actor) return;
    const end = term.start + nation.word.length;
    out.push({ start: term.start, end, text: term.text.slice(0, nation.word.length), sentence: term.sentence, actor: actor.id, kind: actor.kind });
  });
  return out;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);

/**
 * "he" and "she" (and "him", "her" as objects) stand for the person named last before them in their sentence
 * ("The prime minister, Jane Doe, said she would resign"), or else for the person named as subject of the
 * sentence before ("Judge Doe ruled ... . She rejected the argument"). Nothing further back: a reader who has to
 * search more than one sentence for the referent has lost it, and so would we.
 */
export function pronounMentions(document: ArticleDocument, sentence: number, mentions: readonly ActorMention[]): ActorMention[] {
  const s = document.sentences[sentence];
  if (!s) return [];
  const terms = document.termsIn(s.start, s.end);
  const people = mentions.filter((m) => m.kind === 'person');
  const out: ActorMention[] = [];
  for (const term of terms) {
    const possessiveHer = term.normal === 'her' && terms[terms.indexOf(term) + 1]?.tags.has('Noun') === true;
    if (!(SUBJECT_PRONOUNS.has(term.normal) || OBJECT_PRONOUNS.has(term.normal)) || possessiveHer) continue;
    const referent = people.filter((m) => m.sentence === sentence && m.end <= term.start).pop() ?? subjectOfSentence(document, sentence - 1, people);
    if (referent) out.push({ start: term.start, end: term.end, text: term.text, sentence, actor: referent.actor, kind: referent.kind });
  }
  return out;
}

/** The first person named in a sentence outside a prepositional phrase: its subject, in news prose. */
function subjectOfSentence(document: ArticleDocument, sentence: number, people: readonly ActorMention[]): Mention & { actor: string; kind: Actor['kind'] } | undefined {
  const s = document.sentences[sentence];
  if (!s) return undefined;
  const terms = document.termsIn(s.start, s.end);
  return people.find((m) => {
    if (m.sentence !== sentence) return false;
    const before = termBefore(terms, m.start);
    return !before || !before.tags.has('Preposition');
  });
}
