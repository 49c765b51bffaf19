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
]);

/** First words an appositive title starts with after the name ("X, head of ...", "X, a spokesman for ..."). */
export function isTitleHead(word: string): boolean {
  return TITLE_HEADS.has(word.toLowerCase());
}

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}
