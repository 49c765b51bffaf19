import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { nationalWordCountry } from '../person-titles.js';
import { withCountry, type AttributeRefiner } from './refiner.js';

const PLACE = String.raw`\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}`;
/** Nouns a report uses for a body it has named: "the New Jersey company", "the Denver-based fitness firm". */
const BODY_NOUNS = String.raw`(?:company|firm|group|maker|chipmaker|carrier|airline|bank|lender|insurer|retailer|utility|operator|startup|conglomerate|manufacturer|producer|developer|regulator|agency|service|union|charity|organi[sz]ation|network|broadcaster|newspaper)`;
/**
 * "the Denver-based fitness subscription company", "the San Jose, California, company", "The New Jersey company":
 * a body described by its home. The place is group 1 (a city) or 2 (its region), else 3 (a `-based` place).
 */
const HOME_DESCRIPTION = new RegExp(String.raw`\b[Tt]he (?:(${PLACE}), (${PLACE}),|(${PLACE})-based|(${PLACE})) (?:[\p{Ll}-]+ ){0,3}${BODY_NOUNS}\b`, 'gu');
/** "Magen David Adom, Israel's ambulance service", "CNIL, the French regulator": an appositive naming a state. */
const APPOSITIVE_STATE = /^, (?:(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)['’]s|(?:the|a|an) (\p{Lu}[\p{L}.-]*)) /u;
/** "EP Group, Mr Kretinsky's Prague-based investment vehicle", "Acme, a Denver-based firm": an appositive home. */
const APPOSITIVE_HOME = /^, (?:(?:the|a|an|its|his|her|their) |(?:\p{Lu}[\p{L}.-]* ){0,3}\p{Lu}[\p{L}.-]*['’]s )?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)-based /u;
/** "The French data protection regulator, CNIL": the same description written before the name. */
const STATE_DESCRIPTION_BEFORE = new RegExp(String.raw`\b[Tt]he (\p{Lu}[\p{L}.-]*) (?:[\p{Ll}-]+ ){0,3}${BODY_NOUNS}, $`, 'u');

/**
 * An organisation's country from how the text describes it: an appositive or a description before the name that
 * names a state, or a home ("the Denver-based company"), given to the body the description follows in its sentence,
 * else to the article's first-named organisation (the company a business report is about).
 */
export const organizationDescriptionCountry: AttributeRefiner = {
  name: 'attributes/organization-description-country',
  refine: (document, actors) => {
    const described = actors.map((a) => (a.kind === 'organization' && !a.credit ? withCountry(a, appositiveCountry(document, a)) : a));
    const homes = homeDescriptions(document);
    return described.map((a) => {
      if (a.kind !== 'organization' || a.credit || a.country) return a;
      const home = homes.find((h) => describedBody(document, h.start, described) === a);
      return withCountry(a, home?.country ?? null);
    });
  },
};

function appositiveCountry(document: ArticleDocument, actor: Actor): string | null {
  for (const m of actor.mentions) {
    const after = APPOSITIVE_STATE.exec(document.text.slice(m.end, m.end + 60));
    const before = STATE_DESCRIPTION_BEFORE.exec(document.text.slice(Math.max(0, m.start - 80), m.start));
    const home = APPOSITIVE_HOME.exec(document.text.slice(m.end, m.end + 80));
    // "EP Group, Mr Kretinsky's Prague-based vehicle": a person's possessive names no state; the home after it may.
    const words = [after?.[1], after?.[2], before?.[1], home?.[1]].filter((w): w is string => w !== undefined);
    const country = words.map(nationalWordCountry).find((c) => c !== null) ?? null;
    if (country) return country;
  }
  return null;
}

function homeDescriptions(document: ArticleDocument): { start: number; country: string }[] {
  const out: { start: number; country: string }[] = [];
  for (const match of document.text.matchAll(HOME_DESCRIPTION)) {
    // "The French regulator, CNIL": a description before a name belongs to that name (see appositiveCountry).
    if (/^, \p{Lu}/u.test(document.text.slice(match.index + match[0].length))) continue;
    const place = match[2] ?? match[3] ?? match[4];
    const country = (place ? nationalWordCountry(place) : null) ?? (match[1] ? nationalWordCountry(match[1]) : null);
    if (country) out.push({ start: match.index, country });
  }
  return out;
}

/**
 * The body a description stands for: the last one named before it in its sentence, else the only one named in the
 * sentence before, else the article's first-named one ("Veridian agreed to buy Kestrel ... The New Jersey company also reported": a business report's subject leads).
 */
function describedBody(document: ArticleDocument, at: number, actors: readonly Actor[]): Actor | undefined {
  const sentence = document.sentenceAt(at);
  const bodies = actors.filter((a) => a.kind === 'organization' && !a.credit);
  let last: { actor: Actor; start: number } | undefined;
  for (const a of bodies) for (const m of a.mentions) if (m.sentence === sentence && m.start < at && (!last || m.start > last.start)) last = { actor: a, start: m.start };
  if (last) return last.actor;
  // "Daniel Ek, Spotify's chief executive, welcomed it. The Swedish company ...": the one body of the sentence before.
  const before = bodies.filter((a) => a.mentions.some((m) => m.sentence === sentence - 1));
  if (before.length === 1) return before[0];
  return [...bodies].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
}
