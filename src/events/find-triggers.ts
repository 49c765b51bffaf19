import type { ArticleDocument, Term } from '../document/index.js';
import type { EventType } from '../schema/event-types.js';
import type { Mention } from '../schema/index.js';
import { LONGEST_TRIGGER, TRIGGER_INDEX, type TriggerForm, type TriggerPos } from './trigger-index.js';

/** A trigger word or phrase found in the text: the terms it spans and the lexicon entry it matched. */
export interface Trigger {
  readonly type: EventType;
  readonly pos: TriggerPos;
  readonly lemma: string;
  /** The terms of the trigger, in order; at least one. */
  readonly terms: readonly Term[];
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** How far after a general verb its object word may stand ("fired the biggest number of drones"). */
const OBJECT_WINDOW = 6;

/**
 * Triggers of one sentence, left to right, longest lexicon match first ("shot down" before "shot"). `names` are
 * the actor and location mentions: a trigger word inside a name ("the Strike Force", "Attack Hill") is no event.
 */
export function findTriggers(document: ArticleDocument, sentence: number, names: readonly Mention[]): Trigger[] {
  const s = document.sentences[sentence];
  if (!s) return [];
  const terms = document.termsIn(s.start, s.end);
  const found: Trigger[] = [];
  for (let i = 0; i < terms.length; ) {
    const match = matchAt(terms, i, names);
    if (match) {
      const span = terms.slice(i, i + match.length);
      const first = span[0]!;
      const last = span[span.length - 1]!;
      found.push({ type: match.type, pos: match.pos, lemma: match.lemma, terms: span, start: first.start, end: last.end, sentence });
      i += match.length;
    } else i++;
  }
  return found;
}

function matchAt(terms: readonly Term[], i: number, names: readonly Mention[]): TriggerForm | null {
  for (let length = Math.min(LONGEST_TRIGGER, terms.length - i); length >= 1; length--) {
    const span = terms.slice(i, i + length);
    const key = span.map(normalOf).join(' ');
    const forms = TRIGGER_INDEX.get(key)?.filter((f) => f.length === length);
    if (!forms || forms.length === 0) continue;
    if (span.some((t, k) => isPartOfName(t, i + k, names))) return null;
    const form = choosePos(forms, span, terms, i);
    if (form && objectsFollow(form, terms, i + length)) return form;
  }
  return null;
}

/** compromise keeps "'s" and curly quotes off `normal` inconsistently; triggers are plain words. */
function normalOf(term: Term): string {
  return term.normal.replace(/['’]s$/, '');
}

function choosePos(forms: readonly TriggerForm[], span: readonly Term[], terms: readonly Term[], i: number): TriggerForm | null {
  const head = span[0]!;
  const isVerb = head.tags.has('Verb') && !head.tags.has('Adjective');
  const verb = forms.find((f) => f.pos === 'verb');
  const noun = forms.find((f) => f.pos === 'noun');
  if (verb && isVerb && !isParticipleModifier(terms, i, span.length)) return verb;
  // compromise sometimes tags a plural noun as a present-tense verb ("proposed further talks"); a past tense or
  // infinitive is a real verb, and a noun entry must not match it.
  const last = span[span.length - 1]!;
  if (noun && !last.tags.has('PastTense') && !last.tags.has('Infinitive') && !last.tags.has('Date')) return noun;
  return null;
}

/**
 * A past participle that modifies the noun after it ("the proposed truce", "exchange seriously wounded troops")
 * describes a thing, not a happening.
 */
function isParticipleModifier(terms: readonly Term[], i: number, length: number): boolean {
  const head = terms[i]!;
  if (head.tags.has('Gerund')) return false;
  const next = terms[i + length];
  if (!next || !next.tags.has('Noun') || next.tags.has('Pronoun') || head.post.trim() !== '') return false;
  const prev = terms[i - 1];
  if (!prev) return false;
  if (['Determiner', 'Adjective', 'Possessive', 'Preposition', 'Value'].some((t) => prev.tags.has(t))) return true;
  const before = terms[i - 2];
  return prev.tags.has('Adverb') && (!before || !before.tags.has('Noun'));
}

function objectsFollow(form: TriggerForm, terms: readonly Term[], from: number): boolean {
  if (!form.objects) return true;
  return terms.slice(from, from + OBJECT_WINDOW).some((t) => form.objects!.has(normalOf(t)));
}

/**
 * A capitalised word inside a sentence is part of a name ("Operation Desert Storm"); so is a word inside an actor
 * or location mention. The first word of a sentence is capitalised anyway and judged by its tags alone.
 */
function isPartOfName(term: Term, position: number, names: readonly Mention[]): boolean {
  if (names.some((m) => term.start < m.end && term.end > m.start)) return true;
  if (position > 0 && /^[A-Z]/.test(term.text)) return true;
  return position > 0 && term.tags.has('ProperNoun');
}
