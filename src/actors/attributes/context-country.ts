import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { isGovernmentTitle } from '../lexicon/titles.js';
import { nationalWordCountry } from '../person-titles.js';
import { settingCountry, stateCuesOf, type StateCue } from './state-cues.js';
import { withCountry, type AttributeRefiner } from './refiner.js';
import { INTERNATIONAL_WORDS, isNationalInstitution, isPoliticalGroup, partyNamesOf } from './national-kinds.js';

/** "In Italy, Prime Minister X ...", "Across Florida, ...": an opening phrase that sets the sentence in a state. */
const FRAME = /^(?:In|Across|Throughout|Elsewhere in)\s+(?:the\s+)?[^,]{2,40},/;

/**
 * Officeholders, national institutions, parties and political groups belong to the state the text sets them in,
 * as a reader takes "Interior Minister X" in a paragraph on the Czech floods as Czech: the state of the sentence's
 * opening frame ("In Belgium, ..."), else the last state named before the mention in its sentence, else in its
 * paragraph, else the article's setting, else the first state named after it in the sentence. Business people
 * and officials of international bodies get no country this way; other bodies take only the opening frame of their
 * sentence or the article's setting (see homeOfBody), never a state named near one mention, where they may trade.
 */
export function contextCountry(kinds: readonly Actor['kind'][]): AttributeRefiner {
  return {
    name: `attributes/context-country-${kinds.join('-')}`,
    refine: (document, actors) => {
      const cues = stateCuesOf(document, actors.filter((a) => a.kind === 'person').flatMap((a) => a.mentions));
      const setting = settingCountry(cues);
      const parties = kinds.includes('organization') ? partyNamesOf(document) : new Set<string>();
      return actors.map((a) => {
        if (a.country || a.credit || !kinds.includes(a.kind)) return a;
        if (!takesContextCountry(document, a, actors, parties)) return a.kind === 'organization' ? withCountry(a, framedCountry(document, a, cues) ?? homeOfBody(a, setting)) : a;
        return withCountry(a, countryAround(document, a, cues, setting));
      });
    },
  };
}

/** How often a body must be named for the story to be about it rather than citing it in passing. */
const MIN_MENTIONS_FOR_HOME = 2;

/**
 * A company, a union or an agency the story is about (named more than once) and the text gives no state is taken,
 * as a reader takes it, to be of the state the article is set in (a UK story's "Royal Mail", a US story's
 * "Boeing"), where one state clearly dominates the article's place words. A body cited once in passing ("according
 * to Acme Analytics") and international bodies stay without one. Measured on the fixtures and a held-out set, this
 * is right far more often than it is wrong; a foreign firm in a story set elsewhere is its known error.
 */
function homeOfBody(actor: Actor, setting: string | null): string | null {
  return INTERNATIONAL_WORDS.test(actor.name) || actor.mentions.length < MIN_MENTIONS_FOR_HOME ? null : setting;
}

function takesContextCountry(document: ArticleDocument, actor: Actor, actors: readonly Actor[], parties: ReadonlySet<string>): boolean {
  if (actor.kind === 'person') return actor.titles.length === 0 || actor.titles.every((t) => isGovernmentTitle(t) && !namesForeignBody(t, actors) && !ownedByBody(document, actor, t));
  if (actor.kind === 'organization') return isNationalInstitution(actor, parties);
  if (actor.kind === 'group') return isPoliticalGroup(actor, actors);
  return false;
}

/** "ECB President", "Nato's secretary general": a title of a body without a state is no state office. */
function namesForeignBody(title: string, actors: readonly Actor[]): boolean {
  return INTERNATIONAL_WORDS.test(title) || actors.some((o) => o.kind === 'organization' && !o.country && !o.credit && [o.name, ...o.aliases].some((n) => n.length > 1 && title.includes(n)));
}

/** "the union's president": an office of a body that is no state ("the country's commissioner" is a state's). */
function ownedByBody(document: ArticleDocument, actor: Actor, title: string): boolean {
  return actor.mentions.some((m) => {
    const sentence = document.sentences[m.sentence];
    const owner = sentence ? new RegExp(`([\\p{L}.-]+)['’]s ${escapeRegExp(title)}\\b`, 'u').exec(sentence.text)?.[1] : undefined;
    return owner !== undefined && !STATE_OWNERS.test(owner) && nationalWordCountry(owner) === null;
  });
}

const STATE_OWNERS = /^(?:country|nation|state|government|city|region|province)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The state of the opening frame of the first mention's sentence: "In Belgium, ...", "In Cleveland, ...". */
function framedCountry(document: ArticleDocument, actor: Actor, cues: readonly StateCue[]): string | null {
  const first = actor.mentions[0];
  const sentence = first ? document.sentences[first.sentence] : undefined;
  const frame = sentence ? FRAME.exec(sentence.text) : null;
  if (!first || !sentence || !frame) return null;
  return cues.find((c) => c.sentence === first.sentence && c.start < sentence.start + frame[0].length)?.country ?? null;
}

function countryAround(document: ArticleDocument, actor: Actor, cues: readonly StateCue[], setting: string | null): string | null {
  // The mention that introduces the actor is where the text places it; later mentions sit in other stories.
  const first = actor.mentions[0];
  const sentence = first ? document.sentences[first.sentence] : undefined;
  if (!first || !sentence) return setting;
  const inSentence = cues.filter((c) => c.sentence === first.sentence);
  const framed = framedCountry(document, actor, cues);
  if (framed) return framed;
  // "the parliament in Ankara", "City officials in Wrocław": the place written right after the body.
  const placed = inSentence.find((c) => c.afterPreposition && /^ (?:in|of) (?:the )?$/.test(document.text.slice(first.end, c.start)));
  if (placed) return placed.country;
  const before = inSentence.filter((c) => c.start < first.start).pop();
  if (before) return before.country;
  // "President X said U.S. forces ...": a state named later as an attribute, not as a place ("routes to Japan").
  // Only for an office or a body: an untitled person's later words ("won the French Open") say nothing of them.
  // Its own sentence speaks of the office before the paragraph's other states do.
  const untitled = actor.kind === 'person' && actor.titles.length === 0;
  const after = untitled ? undefined : inSentence.find((c) => c.start >= first.end && !c.afterPreposition);
  if (after) return after.country;
  // A paragraph names its state first: "Czech Prime Minister X said ... Interior Minister Y said".
  const paragraph = document.paragraphs.find((p) => p.start <= first.start && first.start < p.end);
  const opening = paragraph ? cues.find((c) => c.start >= paragraph.start && c.start < first.start) : undefined;
  return opening?.country ?? setting;
}
