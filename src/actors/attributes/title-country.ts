import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { demonymIn, nationalWordCountry } from '../person-titles.js';
import { withCountry, type AttributeRefiner } from './refiner.js';
import { isNationalInstitution, partyNamesOf } from './national-kinds.js';

/** "Benjamin Netanyahu of Israel", "Senator JD Vance of Ohio": a state or region right after the name. */
const OF_PLACE = /^ of ((?:\p{Lu}[\p{L}.-]*)(?: \p{Lu}[\p{L}.-]*)?)/u;
/** "Algeria's Imane Khelif": a state's possessive right before the name. */
const PLACE_POSSESSIVE = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s)?\p{Lu}[\p{L}.-]*)['’]s $/u;

/**
 * A person's country as the words around the name give it: a nationality or place in a title ("Los Angeles Fire
 * Chief"), a body the title names whose country is known ("Kremlin spokesman", "FEMA Administrator"), "X of
 * Israel", "Algeria's X".
 */
export const titleCountry: AttributeRefiner = {
  name: 'attributes/title-country',
  refine: (document, actors) => {
    let political: readonly Actor[] | undefined;
    const bodies = (): readonly Actor[] => (political ??= politicalBodies(document, actors));
    return actors.map((a) => {
      if (a.kind !== 'person' || a.credit || a.country) return a;
      return withCountry(a, countryInTitles(a, actors) ?? countryBesideName(document, a) ?? ownerBodyCountry(document, a, bodies()));
    });
  },
};

function countryInTitles(person: Actor, actors: readonly Actor[]): string | null {
  for (const title of person.titles) {
    const nation = demonymIn(title);
    if (nation) return nation;
    const body = actors.find((o) => o.kind === 'organization' && o.country && !o.credit && namesIn(o).some((n) => containsWords(title, n)));
    if (body?.country) return body.country;
  }
  return null;
}

function countryBesideName(document: ArticleDocument, person: Actor): string | null {
  for (const m of person.mentions) {
    const after = OF_PLACE.exec(document.text.slice(m.end, m.end + 40))?.[1];
    const before = PLACE_POSSESSIVE.exec(document.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const country = (after ? placeCountry(after) : null) ?? (before ? placeCountry(before) : null);
    if (country) return country;
  }
  return null;
}

/** "Jonathan Reynolds, Labour's shadow business secretary": the possessive owner of an appositive office. */
const APPOSITIVE_OWNER = /^, ((?:\p{Lu}[\p{L}.-]*\s)?\p{Lu}[\p{L}.-]*)['’]s [\p{Ll}]/u;

/**
 * The country of a state's body or a party that owns the person's office, written beside the name. A company's
 * officer takes none: a business person's nationality is not the firm's home.
 */
function ownerBodyCountry(document: ArticleDocument, person: Actor, political: readonly Actor[]): string | null {
  if (political.length === 0) return null;
  for (const m of person.mentions) {
    const owner = APPOSITIVE_OWNER.exec(document.text.slice(m.end, m.end + 60))?.[1] ?? PLACE_POSSESSIVE.exec(document.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const body = owner ? political.find((o) => namesIn(o).includes(owner)) : undefined;
    if (body?.country) return body.country;
  }
  return null;
}

/** State bodies and parties of the article with a known country. */
function politicalBodies(document: ArticleDocument, actors: readonly Actor[]): readonly Actor[] {
  const parties = partyNamesOf(document);
  return actors.filter((o) => o.kind === 'organization' && o.country && !o.credit && isNationalInstitution(o, parties));
}

/** A state, a region or a sizeable city, by one or two capitalised words. */
function placeCountry(words: string): string | null {
  const parts = words.split(' ');
  return nationalWordCountry(words) ?? (parts.length > 1 ? nationalWordCountry(parts[0]!) : null);
}

function namesIn(actor: Actor): string[] {
  return [actor.name, ...actor.aliases].filter((n) => n.length > 1);
}

/** Whole-word containment without case: "FEMA Administrator" contains "FEMA", "Commons Leader" "Commons". */
function containsWords(text: string, words: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}&-]+/gu, ' ').trim();
  return ` ${norm(text)} `.includes(` ${norm(words)} `);
}
