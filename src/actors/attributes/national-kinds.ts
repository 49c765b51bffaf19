import type { ArticleDocument } from '../../document/index.js';
import type { Actor } from '../../schema/index.js';
import { findParties } from '../find-parties.js';
import { findProperNames } from '../names/proper-names.js';

/**
 * Head words of a state's own institutions: "Justice Department", "Senate", "National Weather Service", "Navy".
 * A company or an international body does not end in these (an "agency" may be either: only with a public first word).
 */
const STATE_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'senate', 'congress', 'parliament', 'assembly', 'house', 'commons', 'lords', 'duma',
  'bundestag', 'knesset', 'cabinet', 'government', 'presidency', 'navy', 'army', 'military', 'guard', 'police',
  'reserve', 'treasury', 'judiciary', 'legislature', 'party', 'democrats', 'republicans', 'conservatives', 'tories',
  'sabha', 'rada', 'majlis', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta', 'oireachtas', 'dáil', 'cortes', 'unit',
]);
/** Heads that are a state's only with a public first word: "National Hurricane Center", "Federal Trade Commission". */
const PUBLIC_HEADS: ReadonlySet<string> = new Set(['service', 'agency', 'commission', 'administration', 'center', 'centre', 'bureau', 'office', 'court', 'board', 'authority', 'force']);
const PUBLIC_FIRST_WORDS: ReadonlySet<string> = new Set(['national', 'federal', 'state', 'royal', 'supreme', 'central', 'justice', 'transportation', 'defense', 'defence', 'interior', 'home', 'foreign', 'environmental', 'securities', 'constitutional', 'electoral', 'high', 'appeals', 'crown', 'independent']);
/** Public heads that take "of" or "for" in a state's bodies ("Bureau of Prisons", "Office for National Statistics"). */
const PUBLIC_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['service', 'agency', 'commission', 'administration', 'bureau', 'office', 'court', 'authority', 'department', 'ministry', 'secretary']);
/** Words of international bodies: their organs belong to no one state ("European Commission", "UN Security Council"). */
export const INTERNATIONAL_WORDS = /(?:^|\s)(?:european|international|world|global|united nations|u\.?n\.?|eu|nato|african union|arab league|commonwealth|g7|g20|g-7|g-20|group of (?:seven|eight|twenty)|opec\+?|asean|olympic|security council|red cross|red crescent|ocha|unicef|unhcr|unrwa|who|imf|wfp|iaea|icc|icj|wto|oecd|interpol|amnesty|human rights watch|doctors without borders|msf)(?=$|[\s,.;:'’])/i;

export function isNationalInstitution(actor: Actor, parties: ReadonlySet<string>): boolean {
  if (INTERNATIONAL_WORDS.test(actor.name)) return false;
  const words = actor.name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  if (STATE_INSTITUTION_HEADS.has(head)) return true;
  if (PUBLIC_HEADS.has(head) && words.length > 1 && PUBLIC_FIRST_WORDS.has(words[0]!)) return true;
  // "Bureau of Prisons", "Ministry of National Defense", "Court of Appeal": the head stands before "of"/"for".
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (of > 0 && (PUBLIC_HEADS_BEFORE_OF.has(words[of - 1]!) || STATE_INSTITUTION_HEADS.has(words[of - 1]!))) return true;
  return parties.has(actor.name) || actor.aliases.some((a) => parties.has(a));
}

/** Parties named without a head word ("Labour", "SNP"), found by the words around them as the recognition finds them. */
export function partyNamesOf(document: ArticleDocument): ReadonlySet<string> {
  let names = PARTY_NAMES.get(document);
  if (!names) {
    names = new Set(findParties(document, findProperNames(document)).map((p) => p.name));
    PARTY_NAMES.set(document, names);
  }
  return names;
}

/** Party names per document: several refiners ask for them. */
const PARTY_NAMES = new WeakMap<ArticleDocument, ReadonlySet<string>>();

/**
 * Collectives of a state's political and working life: its voters, lawmakers, officials, ministers, soldiers,
 * parties, its courts' judges, juries and prosecutors and its candidates ("conservative justices", "left-wing and centrist candidates"),
 * and the people who live or work there ("Residents", "Union members", "machinists", "Nurses"). Owners,
 * lenders, analysts and forecasters are left out: markets and their watchers are no one state's.
 */
const POLITICAL_NOUNS = /\b(?:prosecutors|jurors|jury|investigators|voters|electorate|lawmakers|legislators|politicians|ministers|mps|meps|senators|officials|soldiers|troops|police|opposition|parties|residents|citizens|workers|machinists|members|nurses|teachers|doctors|farmers|strikers|justices|judges|candidates|deputies)$/i;

/** "Opposition politicians", "City officials", "Voters"; not "EU leaders" or "Nato officials" (an international body's). */
export function isPoliticalGroup(actor: Actor, actors: readonly Actor[]): boolean {
  if (!POLITICAL_NOUNS.test(actor.name) || INTERNATIONAL_WORDS.test(actor.name)) return false;
  const first = actor.name.split(/\s+/)[0]!;
  return !actors.some((o) => o.kind === 'organization' && !o.country && o.name.split(/\s+/)[0] === first);
}
