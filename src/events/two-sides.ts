import type { Term } from '../document/index.js';
import type { Actor, Facts, Location, NewsEvent } from '../schema/index.js';
import { SYMMETRIC_TYPES } from './cue-words.js';
import type { ActorMention, Participant } from './participants.js';

type Draft = Omit<NewsEvent, 'id'>;

/** The two states an article's conflict or talks are between, when it has exactly one such pair. */
export type Sides = readonly [string, string];

/**
 * The article's two opposing states: the country actors that its attacks show acting against each other ("Russia
 * fired 472 drones at Ukraine"), the pair told most often. With a tie, "both sides" could mean either pair and is
 * left alone.
 */
export function opposingSides(events: readonly Draft[], actors: readonly Actor[]): Sides | null {
  const countries = new Set(actors.filter((a) => a.kind === 'country' && !a.credit).map((a) => a.id));
  const pairs = new Map<string, number>();
  for (const e of events.filter((x) => x.type === 'ASSAULT')) {
    const sources = e.participants.filter((p) => p.role === 'source' && countries.has(p.actor));
    const targets = e.participants.filter((p) => p.role === 'target' && countries.has(p.actor));
    for (const s of sources) {
      for (const t of targets) {
        const key = [s.actor, t.actor].sort().join('\n');
        if (s.actor !== t.actor) pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const ranked = [...pairs].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || ranked[1]?.[1] === ranked[0]![1]) return null;
  const [a = '', b = ''] = ranked[0]![0].split('\n');
  return [a, b];
}

/** Words that name both sides together: "both sides", "the two sides", "each other", "the delegations". */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['sides', 'delegations', 'countries', 'parties', 'nations', 'other']);
const COLLECTIVE_DETERMINERS: ReadonlySet<string> = new Set(['both', 'two', 'the', 'each']);

/**
 * "both sides", "the two sides", "each other('s)", "the delegations": one mention of each side at the phrase, so
 * the usual subject and object rules place them. The phrase must be determined ("both", "the two", "each"): "two
 * other countries" names others.
 */
export function collectiveMentions(terms: readonly Term[], sides: Sides | null): ActorMention[] {
  if (!sides) return [];
  const out: ActorMention[] = [];
  terms.forEach((term, i) => {
    const head = term.normal.replace(/['’]s$/, '');
    const before = terms[i - 1];
    if (!COLLECTIVE_HEADS.has(head) || !before || !COLLECTIVE_DETERMINERS.has(before.normal)) return;
    if (head === 'other' && before.normal !== 'each') return;
    if (before.normal === 'the' && head !== 'delegations' && head !== 'sides') return;
    for (const actor of sides) out.push({ start: before.start, end: term.end, text: '', sentence: term.sentence, actor, kind: 'country' });
  });
  return out;
}

/**
 * What a two-sided story leaves implicit: talks with no one named are between the two sides ("The talks in Turkey
 * unfolded ..."), and an attack by one side with no target named is on the other ("its full-scale invasion"), or an
 * attack on one side's soil with no one named is by the other ("a drone attack ... deep inside Russia").
 */
export function completeWithSides(event: Draft, sides: Sides | null, facts: Pick<Facts, 'actors' | 'locations'>): Draft {
  if (!sides) return event;
  const [a, b] = sides;
  const other = (x: string) => (x === a ? b : a);
  const has = (role: string) => event.participants.filter((p) => p.role === role && sides.includes(p.actor));
  if (SYMMETRIC_TYPES.has(event.type) && event.participants.length === 0) {
    return { ...event, participants: [{ actor: a, role: 'participant' }, { actor: b, role: 'participant' }] };
  }
  if (event.type !== 'ASSAULT' || event.participants.some((p) => p.role === 'participant')) return event;
  const sources = has('source');
  const targets = has('target');
  const add = (...extra: Participant[]) => ({ ...event, participants: [...event.participants, ...extra] });
  if (sources.length === 1 && targets.length === 0 && event.participants.every((p) => p.role !== 'target')) return add({ actor: other(sources[0]!.actor), role: 'target' });
  if (targets.length === 1 && sources.length === 0 && event.participants.every((p) => p.role !== 'source')) return add({ actor: other(targets[0]!.actor), role: 'source' });
  if (event.participants.length === 0 && event.location) {
    const hit = sides.find((s) => sameCountry(facts.actors.find((x) => x.id === s), facts.locations.find((l) => l.id === event.location)));
    if (hit) return add({ actor: other(hit), role: 'source' }, { actor: hit, role: 'target' });
  }
  return event;
}

/** Whether a country actor and a place are the same state. */
export function sameCountry(actor: Actor | undefined, location: Location | undefined): boolean {
  if (!actor || !location || location.kind !== 'country') return false;
  return actor.name === location.name || (actor.country != null && actor.country === location.country);
}
