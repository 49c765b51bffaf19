import type { ArticleDocument } from '../document/index.js';
import type { EventType } from '../schema/event-types.js';
import type { Facts, NewsEvent, QuantityFact } from '../schema/index.js';
import { dateOf, locationOf, quantitiesOf } from './attachments.js';
import { contextOf, isNegated } from './context.js';
import { CONSEQUENCE_LEMMAS, PROJECTILE_UNITS } from './cue-words.js';
import { findTriggers } from './find-triggers.js';
import { mergeTriggers } from './merge-triggers.js';
import { pronounMentions } from './implied-mentions.js';
import { completeWithSides, opposingSides, sameCountry, type Sides } from './two-sides.js';
import { actorMentions, participantsOf } from './participants.js';
import { scopesOf, type EventScope } from './scope.js';
import type { Term } from '../document/index.js';

/**
 * Events of the whole article, sentence by sentence, numbered e1, e2, ... in text order. A first reading finds the
 * article's two opposing states, if it has them; the second reads "both sides" and what a two-sided story leaves
 * implicit with them (see two-sides.ts).
 */
export function buildEvents(document: ArticleDocument, facts: Readonly<Facts>): NewsEvent[] {
  const sides = opposingSides(readEvents(document, facts, null), facts.actors);
  const events = readEvents(document, facts, sides).map((e) => placeAttack(completeWithSides(e, sides, facts), facts));
  return events.map((e, i) => ({ id: `e${i + 1}`, ...e }));
}

function readEvents(document: ArticleDocument, facts: Readonly<Facts>, sides: Sides | null): Omit<NewsEvent, 'id'>[] {
  const mentions = actorMentions(facts.actors);
  const names = [...facts.actors.flatMap((a) => a.mentions), ...facts.locations.flatMap((l) => l.mentions)];
  const events: Omit<NewsEvent, 'id'>[] = [];
  for (const sentence of document.sentences) {
    const terms = document.termsIn(sentence.start, sentence.end);
    const triggers = findTriggers(document, sentence.index, names);
    if (triggers.length === 0) continue;
    const drafts = mergeTriggers(triggers, terms, mentions.filter((m) => m.sentence === sentence.index));
    const named = [...mentions, ...pronounMentions(document, sentence.index, mentions)].sort((x, y) => x.start - y.start);
    const inSentence: Omit<NewsEvent, 'id'>[] = [];
    for (const scope of scopesOf(drafts, terms, sentence)) {
      inSentence.push(eventOf(scope, document, facts, named, inSentence[inSentence.length - 1] ?? null, sides));
    }
    events.push(...shareCounts(inSentence, terms));
  }
  return events;
}

/**
 * An attack on a state with no place of its own happened in that state ("fired 472 drones at Ukraine", "an assault
 * on Russian air bases"), when the article names the state as a place.
 */
function placeAttack(event: Omit<NewsEvent, 'id'>, facts: Readonly<Facts>): Omit<NewsEvent, 'id'> {
  if (event.type !== 'ASSAULT' || event.location !== null) return event;
  const targets = event.participants.filter((p) => p.role === 'target').map((p) => facts.actors.find((a) => a.id === p.actor));
  const place = facts.locations.find((l) => targets.some((a) => sameCountry(a, l)));
  return place ? { ...event, location: place.id } : event;
}

function eventOf(
  scope: EventScope,
  document: ArticleDocument,
  facts: Readonly<Facts>,
  mentions: ReturnType<typeof actorMentions>,
  previous: Omit<NewsEvent, 'id'> | null,
  sides: Sides | null,
): Omit<NewsEvent, 'id'> {
  const { main } = scope.draft;
  const date = dateOf(scope, facts.dates)?.value ?? null;
  const quantities = quantitiesOf(scope, facts.quantities, facts.dates);
  const type = refineType(main.type, main.lemma, quantities);
  const negated = isNegated(scope);
  return {
    type,
    text: document.text.slice(main.start, main.end),
    start: main.start,
    end: main.end,
    sentence: main.sentence,
    date,
    participants: participantsOf(scope, mentions, previous?.participants ?? [], facts, sides),
    location: locationOf(scope, facts.locations)?.id ?? null,
    quantities: quantities.map((q) => q.id),
    context: contextOf(scope, date, document.article.publishedAt, previous?.context ?? null),
    ...(negated && { negated }),
    rule: `events/trigger:${main.lemma}${type === main.type ? '' : `>${type}`}`,
  };
}

/**
 * Types the object decides. "Air defences destroyed 52 of 80 drones": bringing down what was fired is an
 * interception, not an attack. "Warsaw would release 1 billion zlotys": releasing money is aid, not a concession.
 */
function refineType(type: EventType, lemma: string, quantities: readonly QuantityFact[]): EventType {
  const first = quantities[0];
  if (type === 'CONCEDE' && lemma === 'release' && first?.kind === 'money') return 'AID';
  if (type !== 'ASSAULT' || !CONSEQUENCE_LEMMAS.has(lemma) || !first?.unit) return type;
  return PROJECTILE_UNITS.has(first.unit) ? 'INTERCEPT' : type;
}

/**
 * Counts told once for two events: "a missile strike and shelling ... killed five" (both acts carry the toll), and
 * "agreed to swap 6,000 bodies" (the agreement counts what it agreed on).
 */
function shareCounts(events: readonly Omit<NewsEvent, 'id'>[], terms: readonly Term[]): Omit<NewsEvent, 'id'>[] {
  const out = events.map((e) => ({ ...e }));
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const between = terms.filter((t) => t.start >= a.end && t.end <= b.start).map((t) => t.normal);
    const coordinated = a.type === b.type && between.length === 1 && ['and', 'or'].includes(between[0]!);
    const agreedOn = a.type === 'AGREE' && between.join(' ') === 'to';
    if ((coordinated || agreedOn) && a.quantities.length === 0) a.quantities = [...b.quantities];
    if (coordinated) a.location ??= b.location;
  }
  return out;
}
