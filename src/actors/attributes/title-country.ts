import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { demonymIn, nationalWordCountry } from '../person-titles.js';
import { withCountry, type AttributeRefiner } from './refiner.js';

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
  refine: (document, actors) =>
    actors.map((a) => {
      if (a.kind !== 'person' || a.credit || a.country) return a;
      return withCountry(a, countryInTitles(a, actors) ?? countryBesideName(document, a));
    }),
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
