import type { ArticleDocument, Term } from '../document/index.js';
import type { EventType } from '../schema/event-types.js';
import type { Mention } from '../schema/index.js';
import { asLabourStrike } from './labour-strike.js';
import { isHazardHarm } from './natural-hazards.js';
import { isNotAnAct } from './not-an-act.js';
import { truceTriggers } from './truce.js';
import { COLLECTIVE_NOUNS } from '../actors/lexicon/collectives.js';
import { LONGEST_TRIGGER, TRIGGER_FIRST_WORDS, TRIGGER_INDEX, type TriggerForm, type TriggerPos } from './trigger-index.js';

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
  /** The object words the lexicon required after this verb ("lift" + "sanctions"), if any. */
  readonly objects: ReadonlySet<string> | null;
}

const AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being']);

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
      const trigger = { type: match.type, pos: match.pos, lemma: match.lemma, terms: span, start: first.start, end: last.end, sentence, objects: match.objects };
      if (!isHazardHarm(trigger, terms) && !isNotAnAct(trigger, terms)) found.push(asLabourStrike(trigger, terms));
      i += match.length;
    } else i++;
  }
  const truces = truceTriggers(terms, sentence).filter((t) => !found.some((f) => f.start < t.end && t.start < f.end));
  return [...found, ...truces].sort((a, b) => a.start - b.start);
}

function matchAt(terms: readonly Term[], i: number, names: readonly Mention[]): TriggerForm | null {
  if (!TRIGGER_FIRST_WORDS.has(normalOf(terms[i]!).split(' ')[0]!)) return null;
  for (let length = Math.min(LONGEST_TRIGGER, terms.length - i); length >= 1; length--) {
    const span = terms.slice(i, i + length);
    const key = span.map(normalOf).join(' ');
    const forms = TRIGGER_INDEX.get(key)?.filter((f) => f.length === length);
    if (!forms || forms.length === 0) continue;
    if (span.some((t, k) => isPartOfName(t, i + k, names, terms[i + k + 1]))) return null;
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
  // A particle is no verb: "go down in history" downs nothing.
  // After an auxiliary a word is a verb whatever compromise made of it ("both sides have hit each other"); so is
  // an -ing form after a preposition ("accused them of abducting children").
  const prev = terms[i - 1]?.normal ?? '';
  const verbByPlace = AUXILIARIES.has(prev) || (head.normal.endsWith('ing') && terms[i - 1]?.tags.has('Preposition') === true);
  const isVerb = (head.tags.has('Verb') || verbByPlace) && !head.tags.has('Adjective') && !head.tags.has('Particle');
  const verb = forms.find((f) => f.pos === 'verb');
  const noun = forms.find((f) => f.pos === 'noun');
  if (verb && isVerb) return isParticipleModifier(terms, i, span.length) || isReducedRelative(terms, i) ? null : verb;
  // compromise sometimes tags a plural noun as a present-tense verb ("proposed further talks"); a past tense or
  // infinitive is a real verb, and a noun entry must not match it.
  const last = span[span.length - 1]!;
  if (noun && !last.tags.has('PastTense') && !last.tags.has('Infinitive') && !last.tags.has('Date') && !isNounModifier(terms, i + span.length - 1)) return noun;
  return null;
}

/** A noun before the noun it modifies names no event: "rescue teams", "aid convoys", "attack helicopters". */
function isNounModifier(terms: readonly Term[], last: number): boolean {
  const term = terms[last]!;
  const next = terms[last + 1];
  // English noun modifiers are singular; a plural ("talks fail") heads its own phrase.
  if (!next || term.post.trim() !== '' || term.tags.has('Plural') || term.normal.endsWith('s')) return false;
  // "Rescue workers", "Aid officials": a noun for people after it, however the tagger capitalises them.
  if (/^\p{Ll}/u.test(next.text) && COLLECTIVE_NOUNS.has(next.normal)) return true;
  return next.tags.has('Noun') && !['Pronoun', 'ProperNoun', 'Date', 'Value'].some((t) => next.tags.has(t));
}

/**
 * A past participle that modifies the noun after it ("the proposed truce", "exchange seriously wounded troops")
 * describes a thing, not a happening.
 */
function isParticipleModifier(terms: readonly Term[], i: number, length: number): boolean {
  const head = terms[i]!;
  if (!head.tags.has('PastTense') && !head.tags.has('Participle')) return false;
  const next = terms[i + length];
  if (!next || !next.tags.has('Noun') || next.tags.has('Pronoun') || head.post.trim() !== '') return false;
  const prev = terms[i - 1];
  if (!prev) return false;
  if (['Determiner', 'Adjective', 'Possessive', 'Preposition', 'Value'].some((t) => prev.tags.has(t))) return true;
  const before = terms[i - 2];
  // "has occasionally struck air bases" is a verb; "exchange seriously wounded troops" a modifier.
  return prev.tags.has('Adverb') && (!before || !['Noun', 'Auxiliary', 'Copula'].some((t) => before.tags.has(t)));
}

/**
 * A participle right after a noun, once the clause already has its verb, describes that noun ("agreed to swap the
 * bodies of 6,000 soldiers killed in action"): background, not the news. "Three people killed in the blast were
 * ..." has no earlier verb and stays.
 */
function isReducedRelative(terms: readonly Term[], i: number): boolean {
  const head = terms[i]!;
  const prev = terms[i - 1];
  const next = terms[i + 1];
  if (!head.tags.has('PastTense') || !prev || !prev.tags.has('Noun') || prev.tags.has('Pronoun') || prev.post.trim() !== '') return false;
  if (!next?.tags.has('Preposition')) return false;
  for (let k = i - 2; k >= 0; k--) {
    const t = terms[k]!;
    if (/[,;:(—–]/.test(t.post)) return false;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary')) return true;
  }
  return false;
}

function objectsFollow(form: TriggerForm, terms: readonly Term[], from: number): boolean {
  if (!form.objects) return true;
  return terms.slice(from, from + OBJECT_WINDOW).some((t) => form.objects!.has(normalOf(t)));
}

/**
 * A capitalised word inside a sentence is part of a name ("Operation Desert Storm"); so is a word inside an actor
 * or location mention. The first word of a sentence is capitalised anyway and judged by its tags alone.
 */
function isPartOfName(term: Term, position: number, names: readonly Mention[], next: Term | undefined): boolean {
  if (names.some((m) => term.start < m.end && term.end > m.start)) return true;
  if (position > 0 && /^[A-Z]/.test(term.text)) return true;
  // At the start of a sentence only a following capitalised word shows the name: "Storm Boris hit ...".
  if (position === 0 && /^[A-Z]/.test(term.text) && /^[A-Z]/.test(next?.text ?? '')) return true;
  return position > 0 && term.tags.has('ProperNoun');
}
