import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { contextCountry } from './context-country.js';
import { honorificMentions } from './honorific-mentions.js';
import type { AttributeRefiner } from './refiner.js';
import { stackedTitles, titleOnlyPeople } from './stacked-titles.js';
import { titleCountry } from './title-country.js';
import { organizationDescriptionCountry } from './organization-description-country.js';

/**
 * Attribute refiners in order. Mentions and titles are settled first (a country rule reads titles); then the
 * surest country rules, the words beside a name, before the context of sentence, paragraph and article.
 */
export const ATTRIBUTE_REFINERS: readonly AttributeRefiner[] = [
  titleOnlyPeople,
  honorificMentions,
  stackedTitles,
  // Bodies first: a person's title may name one ("SNP leader", "FEMA Administrator") and take its country.
  organizationDescriptionCountry,
  contextCountry(['organization']),
  titleCountry,
  contextCountry(['person', 'group']),
];

/** Runs every attribute refiner over the merged actors; ids are renumbered when a refiner drops an actor. */
export function refineActorAttributes(document: ArticleDocument, actors: readonly Actor[]): Actor[] {
  const refined = ATTRIBUTE_REFINERS.reduce<Actor[]>((current, refiner) => refiner.refine(document, current), [...actors]);
  return refined.map((a, i) => ({ ...a, id: `a${i + 1}` }));
}
