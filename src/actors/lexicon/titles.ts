/**
 * Words that head a role given to a person in news copy ("Defence minister", "chief executive", "head of ...").
 * Lower case. A title is a run of these, department words and nationality adjectives right before a name.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah', 'leader', 'head', 'chief', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'director', 'director-general', 'executive', 'ceo', 'cfo', 'coo', 'founder',
  'co-founder', 'owner', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide',
  'ambassador', 'envoy', 'diplomat', 'negotiator', 'commissioner', 'commander', 'general', 'admiral', 'colonel',
  'lieutenant', 'major', 'captain', 'sergeant', 'marshal', 'officer', 'governor', 'mayor', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'deputy', 'speaker', 'judge', 'justice', 'prosecutor', 'attorney',
  'lawyer', 'ombudsman', 'inspector', 'official', 'economist', 'analyst', 'researcher', 'scientist', 'professor',
  'coach', 'striker', 'captain', 'editor', 'correspondent', 'reporter', 'journalist', 'photographer', 'activist',
  'candidate', 'nominee', 'challenger', 'incumbent', 'representative', 'administrator', 'archbishop', 'bishop',
  'patriarch', 'cardinal', 'rabbi', 'imam', 'governor-general', 'regent', 'dictator', 'monarch', 'president-elect',
  'founder', 'partner', 'superintendent', 'treasurer', 'comptroller', 'auditor', 'registrar', 'dean', 'rector',
  'provost', 'principal', 'counsel', 'strategist', 'pollster', 'tsar', 'czar', 'warlord', 'taoiseach', 'tanaiste',
  'chancellor-elect', 'prime-minister', 'forecaster', 'meteorologist', 'firefighter', 'fire chief', 'sheriff',
  'member', 'co-chair', 'co-chairman', 'running mate', 'athlete', 'sprinter', 'swimmer', 'gymnast', 'boxer', 'cyclist',
  'footballer', 'cricketer', 'golfer', 'skier', 'star', 'magistrate', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'assemblymember', 'selectman',
]);

/**
 * Abbreviated ranks and offices written before a name with their full stop: "Rear Adm. X", "Gen. X", "Sen. X".
 * Lower case, without the dot. They are titles, never honorifics.
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'gen', 'adm', 'lt', 'col', 'sgt', 'capt', 'maj', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt', 'sen', 'rep', 'gov', 'lt-gen', 'maj-gen',
]);

/**
 * Heads of offices of a state or one of its regions or towns: a holder serves the state the article is about
 * ("Prime Minister X" in a report on a British election is British). Business and international roles are not here.
 */
export const GOVERNMENT_TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'secretary', 'king', 'queen',
  'prince', 'princess', 'emperor', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'mp', 'speaker', 'judge', 'justice', 'prosecutor', 'attorney', 'sheriff', 'fire chief', 'taoiseach',
  'tanaiste', 'leader', 'candidate', 'running mate', 'commissioner', 'ombudsman', 'spokesman', 'spokeswoman',
  'spokesperson', 'general', 'admiral', 'commander', 'colonel', 'ambassador', 'envoy', 'deputy', 'member', 'co-chair',
  'magistrate', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman',
  'assemblymember',
  ...RANK_ABBREVIATIONS,
]);

/** Words that qualify a title head: a department, a rank, a tenure ("Defence", "Foreign", "deputy", "former"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'defence', 'defense', 'foreign', 'interior', 'home', 'finance', 'treasury', 'justice', 'health', 'economy',
  'economic', 'economics', 'trade', 'energy', 'education', 'culture', 'agriculture', 'environment', 'transport',
  'labour', 'labor', 'industry', 'digital', 'security', 'intelligence', 'military', 'army', 'navy', 'state',
  'prime', 'vice', 'deputy', 'first', 'former', 'acting', 'interim', 'senior', 'top', 'chief', 'executive', 'general',
  'lieutenant', 'major', 'rear', 'supreme', 'grand', 'crown', 'opposition', 'party', 'union', 'campaign', 'press',
  'communications', 'national', 'federal', 'regional', 'district', 'local', 'city', 'county', 'provincial', 'presidential',
  'attorney', 'solicitor', 'managing', 'operating', 'financial', 'technology', 'technical', 'marketing', 'news',
  'policy', 'peace', 'climate', 'humanitarian', 'human', 'rights', 'development', 'infrastructure', 'emergency', 'emergencies',
  'sports', 'foreign-policy', 'lead', 'special', 'high', 'new', 'outgoing', 'incoming', 'then', 'longtime', 'veteran',
  'former', 'de', 'facto', 'self-proclaimed', 'elected', 'central', 'bank', 'club', 'team', 'company', 'group', 'court',
  'shadow', 'business', 'housing', 'science', 'pensions', 'communities', 'commerce', 'homeland', 'cabinet', 'junior',
]);

/** A word as the lexicons hold it: lower case, a rank's full stop dropped ("Adm." is "adm"). */
function keyOf(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** First words an appositive title starts with after the name ("X, head of ...", "X, a spokesman for ..."). */
export function isTitleHead(word: string): boolean {
  const w = keyOf(word);
  return TITLE_HEADS.has(w) || RANK_ABBREVIATIONS.has(w);
}

export function isTitleWord(word: string): boolean {
  const w = keyOf(word);
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || RANK_ABBREVIATIONS.has(w);
}

/** "Rear Adm.", "Gen.": a rank abbreviation, which keeps its full stop inside a title. */
export function isRankAbbreviation(word: string): boolean {
  return RANK_ABBREVIATIONS.has(keyOf(word));
}

/** Whether a title names an office of a state ("Interior Minister", "Governor"), by its head words. */
export function isGovernmentTitle(title: string): boolean {
  // A secretary general heads an international body (Nato, the UN), not a state's department.
  if (/secretary[\s-]general/i.test(title)) return false;
  const words = title.toLowerCase().replace(/\./g, '').split(/[\s]+/);
  return words.some((w, i) => GOVERNMENT_TITLE_HEADS.has(w) || GOVERNMENT_TITLE_HEADS.has(`${w} ${words[i + 1] ?? ''}`));
}
