import type { Actor } from '../../schema/index.js';
import { isRankAbbreviation, isTitleWord } from '../lexicon/titles.js';
import type { AttributeRefiner } from './refiner.js';

/**
 * A rank written after a role is a second title: "military spokesman Rear Adm. Daniel H" holds the role "military
 * spokesman" and the rank "Rear Adm.". The split falls before the capitalised words that end in a rank abbreviation.
 */
export const stackedTitles: AttributeRefiner = {
  name: 'attributes/stacked-titles',
  refine: (_document, actors) => actors.map((a) => (a.kind === 'person' ? { ...a, titles: [...new Set(a.titles.flatMap(splitRank))] } : a)),
};

export function splitRank(title: string): string[] {
  const words = title.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !isRankAbbreviation(last)) return [title];
  let k = words.length - 1;
  while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!) && isTitleWord(words[k - 1]!)) k--;
  return k === 0 ? [title] : [words.slice(0, k).join(' '), words.slice(k).join(' ')];
}

/** A "person" named only by title words ("Adm" split off "Rear Adm. X") is no person. */
export const titleOnlyPeople: AttributeRefiner = {
  name: 'attributes/title-only-people',
  refine: (_document, actors) => actors.filter((a) => a.kind !== 'person' || a.credit || !a.name.split(/\s+/).every((w) => isTitleWord(w))),
};
