import type { Stage } from '../pipeline/stage.js';
import type { ArticleDocument } from '../document/index.js';
import type { Actor } from '../schema/index.js';
import { overlaps, type ActorCandidate } from './candidate.js';
import { findCreditActors } from './find-credits.js';
import { findNationalPhrases } from './find-national-phrases.js';
import { classifyName } from './find-named-actors.js';
import { findProperNames, type ProperName } from './names/proper-names.js';
import { findParties } from './find-parties.js';
import { findArmedForces } from './find-armed-forces.js';
import { findStateBodies } from './find-state-bodies.js';
import { findTitleOrganizations } from './find-title-organizations.js';
import { addPersonCountries } from './person-country.js';
import { refineActorAttributes } from './attributes/index.js';
import { dropOverlaps, mergeActors } from './merge-actors.js';
import { findSurnameMentions } from './find-surnames.js';
import { findCollectives } from './find-collectives.js';
import { findFactionGroups } from './find-faction-groups.js';
import { findAgentGroups } from './find-agent-groups.js';
import { findAddressedGroups } from './find-addressed-groups.js';
import { findRecipientGroups } from './find-recipient-groups.js';
import { findActingContinents } from './find-acting-continents.js';
import { outsideCaseTitles } from './case-names.js';
import { findInitialledNames } from './initialled-names.js';
import { findShortOrganizationMentions, withFullInstitutionNames } from './find-short-organizations.js';
import { withDefinedAcronyms } from './defined-acronyms.js';
import { findListedCompanies, findTradedCompanies } from './find-single-word-companies.js';
import { withBrusselsAsEu } from './eu-capital.js';
import { NAMED_EVENT_FIRST_WORDS } from './lexicon/not-person-names.js';

/**
 * Who acts in the article: people, organisations, states acting and unnamed groups, with titles, aliases and
 * every mention. Order matters: credits first (a credit span is never a story actor), then phrases led by a
 * nationality ("Russian forces") and other collectives ("Nato leaders") before the bare names inside them, then surnames of people and short names of organisations already found.
 */
export function findActors(document: ArticleDocument): Actor[] {
  const credits = findCreditActors(document);
  const national = findNationalPhrases(document);
  const names = findProperNames(document);
  const events = namedEventNames(document);
  const parties = findParties(document, names);
  const readings = names
    .map((n) => partyOrClassified(document, n, parties))
    .filter((c): c is ActorCandidate => c !== null && !(c.kind === 'person' && events.has(c.name)));
  const named = readings.filter((c) => !surnameOfNamedPerson(c, readings));
  const organizations = new Set(named.filter((c) => c.kind === 'organization').map((c) => c.name.split(/\s+/)[0]!));
  // Factions ("left-wing and centrist candidates") are longer than the collectives inside them, so they come first.
  const collectives = [...findFactionGroups(document), ...findCollectives(document, organizations), ...findAgentGroups(document), ...findAddressedGroups(document), ...findRecipientGroups(document), ...findActingContinents(document)];
  const recognised = withBrusselsAsEu(withDefinedAcronyms(document, withFullInstitutionNames(dropOverlaps([...credits, ...national, ...collectives, ...named, ...findArmedForces(document), ...findStateBodies(document), ...findTitleOrganizations(document, names), ...findTradedCompanies(document), ...findInitialledNames(document, names)])), names));
  const listed = findListedCompanies(document, recognised);
  // Names inside a case title ("Trump v. United States") mention no one, nor lend their words to later short forms.
  const kept = outsideCaseTitles(document, [...recognised, ...listed]).sort((a, b) => a.start - b.start);
  const surnames = findSurnameMentions(document, kept).filter((s) => !kept.some((k) => overlaps(k, s)));
  const shortNames = findShortOrganizationMentions(document, kept).filter((s) => ![...kept, ...surnames].some((k) => overlaps(k, s)));
  const merged = mergeActors(document, outsideCaseTitles(document, [...surnames, ...shortNames]).concat(kept).sort((a, b) => a.start - b.start));
  // Attributes the words around each actor give (titles' and descriptions' countries, context) once mentions are merged.
  return refineActorAttributes(document, addPersonCountries(document, merged));
}

/**
 * "Jasper Mayor Richard Ireland ... Ireland said": a lone word that is the surname of a person the article named in full
 * before is that person, even where the word also names a state, a place or (by the votes after it) a party; the
 * surname rule then reads it.
 */
function surnameOfNamedPerson(c: ActorCandidate, readings: readonly ActorCandidate[]): boolean {
  // "Biden defeated Trump by seven million votes": party words after a named person's surname do not make a party.
  if ((c.kind !== 'country' && c.rule !== 'actors/party') || c.name.includes(' ')) return false;
  return readings.some((p) => p.kind === 'person' && p.start < c.start && p.name.includes(' ') && p.name.split(/\s+/).pop() === c.name);
}

/** A party name stays a party unless the name reads as something surer: a state, a titled person, a known body. */
function partyOrClassified(document: ArticleDocument, name: ProperName, parties: readonly ActorCandidate[]): ActorCandidate | null {
  const classified = classifyName(document, name);
  const party = parties.find((p) => p.end === name.end);
  if (!party) return classified;
  // "the Broad Front party": an organisation by its head word still takes the party's country.
  if (classified?.kind === 'organization') return { ...classified, country: classified.country ?? party.country };
  if (classified && !(classified.kind === 'person' && classified.titles.length === 0)) return classified;
  return party;
}

/**
 * Names the article gives to storms and operations ("Hurricane Helene"): later the bare name ("Helene killed 200")
 * is the storm again, not a person.
 */
function namedEventNames(document: ArticleDocument): ReadonlySet<string> {
  const out = new Set<string>();
  const terms = document.terms;
  for (let i = 0; i + 1 < terms.length; i++) {
    const [lead, name] = [terms[i]!, terms[i + 1]!];
    if (NAMED_EVENT_FIRST_WORDS.has(lead.normal) && /^\p{Lu}/u.test(lead.text) && lead.post === ' ' && /^\p{Lu}/u.test(name.text)) out.add(name.text.replace(/['’]s$/, ''));
  }
  // "after Debby and Helene": a lone name listed with a storm's name is another storm.
  for (let i = 0; i + 2 < terms.length; i++) {
    const [a, joint, b] = [terms[i]!, terms[i + 1]!, terms[i + 2]!];
    if (joint.normal !== 'and' && joint.normal !== 'or') continue;
    if (a.sentence !== b.sentence || a.post !== ' ' || joint.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text.replace(/['’]s$/, ''))) continue;
    const [left, right] = [a.text, b.text.replace(/['’]s$/, '')];
    // Both names must stand alone: "John and Helene Smith" are people.
    const alone = !/^\p{Lu}/u.test(terms[i - 1]?.sentence === a.sentence ? terms[i - 1]!.text : '') && !/^\p{Lu}/u.test(terms[i + 3]?.sentence === a.sentence ? terms[i + 3]!.text : '');
    if (!alone) continue;
    if (out.has(right)) out.add(left);
    else if (out.has(left)) out.add(right);
  }
  return out;
}

export const actorsStage: Stage = {
  name: 'actors',
  run: (document, facts) => ({ ...facts, actors: [...facts.actors, ...findActors(document)] }),
};
