import type { ArticleDocument } from '../document/index.js';
import type { Actor } from '../schema/index.js';
import { countryByDemonym, countryByName } from '../locations/gazetteer/countries.js';
import { isTitleWord } from './lexicon/titles.js';
import { nationOf } from './nation-of.js';

/** National bodies a person can lead or belong to: "who led the Ukrainian delegation". */
const NATIONAL_BODY = '(?:delegation|government|team|side|negotiators|ministry|army|military|navy|forces|parliament|embassy|mission|cabinet|council|committee|agency|service|squad)';
/** "X, who led the Ukrainian delegation": a relative clause (one or two verbs) that names a nation's body. */
const RELATIVE_CLAUSE = new RegExp(`^,\\s+who\\s+(?:\\p{Ll}+\\s+){1,2}(?:the\\s+|a\\s+)?(\\p{Lu}[\\p{L}-]+)(?:[’']s)?\\s+(?:\\p{Ll}+\\s+)?${NATIONAL_BODY}\\b`, 'u');
/** "head of Mr Y’s office": a person's possessive inside a title. */
const PERSON_POSSESSIVE = /(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}-]+)[’']s\b/gu;
/** "the country’s commissioner for children’s rights, X": the country is the state named just before. */
const THE_COUNTRYS_TITLE = /\bthe\s+(?:country|nation)[’']s\s+[^,;.]{1,80},\s*$/iu;

/**
 * People whose title gives no country may get it from the text around them: a relative clause naming a national
 * body, a title that belongs to another person of known country, or "the country's ..." after a state. Only when the
 * text says so; everyone else keeps null.
 */
export function addPersonCountries(document: ArticleDocument, actors: readonly Actor[]): Actor[] {
  return actors.map((a) => {
    if (a.kind !== 'person' || a.country || a.credit) return a;
    const country = relativeClauseCountry(document, a) ?? titleOwnerCountry(a, actors) ?? theCountrysCountry(document, a);
    return country ? { ...a, country } : a;
  });
}

function relativeClauseCountry(document: ArticleDocument, actor: Actor): string | null {
  for (const m of actor.mentions) {
    const sentence = document.sentences[m.sentence];
    if (!sentence) continue;
    const word = RELATIVE_CLAUSE.exec(document.text.slice(m.end, sentence.end))?.[1];
    const country = word ? (countryByDemonym(word) ?? countryByName(word)) : null;
    if (country) return country.code;
  }
  return null;
}

function titleOwnerCountry(actor: Actor, actors: readonly Actor[]): string | null {
  for (const title of actor.titles) {
    for (const match of title.matchAll(PERSON_POSSESSIVE)) {
      const owner = actors.find((o) => o !== actor && o.kind === 'person' && o.country && (o.name === match[1] || o.name.endsWith(` ${match[1]}`)));
      if (owner?.country) return owner.country;
    }
  }
  return null;
}

/** The last state named before "the country's" in the same sentence, by its name or by a nationality before a title. */
function theCountrysCountry(document: ArticleDocument, actor: Actor): string | null {
  for (const m of actor.mentions) {
    const sentence = document.sentences[m.sentence];
    if (!sentence) continue;
    const before = document.text.slice(sentence.start, m.start);
    const phrase = THE_COUNTRYS_TITLE.exec(before);
    if (!phrase) continue;
    const limit = sentence.start + phrase.index;
    const terms = document.terms.filter((t) => t.start >= sentence.start && t.end <= limit);
    for (let i = terms.length - 1; i >= 0; i--) {
      const nation = nationOf(terms[i]!);
      const next = terms[i + 1];
      if (nation && (nation.via === 'country' || (nation.via === 'demonym' && next !== undefined && isTitleWord(next.text)))) return nation.country.code;
    }
  }
  return null;
}
