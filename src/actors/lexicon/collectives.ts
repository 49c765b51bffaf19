/**
 * Nouns for unnamed collectives that a nationality or a capital turns into a group actor: "Russian forces",
 * "Kyiv officials", "the Ukrainian delegation", "Russian military bloggers". Lower case.
 */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'forces', 'troops', 'soldiers', 'delegation', 'delegations', 'delegates', 'diplomats', 'negotiators',
  'bloggers', 'leaders', 'authorities', 'lawmakers', 'legislators', 'politicians', 'ministers', 'generals', 'commanders',
  'protesters', 'protestors', 'demonstrators', 'investigators', 'prosecutors', 'officers', 'residents', 'citizens',
  'nationals', 'civilians', 'workers', 'rebels', 'militants', 'fighters', 'separatists', 'insurgents', 'activists',
  'journalists', 'analysts', 'experts', 'voters', 'farmers', 'students', 'refugees', 'migrants', 'hackers', 'sources',
  'media', 'negotiating team', 'team', 'sailors', 'pilots', 'marines', 'paratroopers', 'mercenaries', 'volunteers',
  'police', 'policemen', 'border guards', 'guards', 'prisoners', 'hostages', 'captives', 'athletes', 'players',
  'fans', 'businesses', 'companies', 'firms', 'banks', 'producers', 'exporters', 'importers', 'regulators', 'judges',
  'courts', 'bishops', 'clerics', 'opposition', 'diaspora', 'envoys', 'representatives', 'counterparts', 'partners',
  'allies', 'shareholders', 'stockholders', 'employees', 'subscribers', 'forecasters', 'critics', 'nurses', 'doctors',
  'teachers', 'strikers', 'firefighters', 'rescuers', 'rescue teams', 'agencies', 'groups', 'coalition', 'deputies',
  'members', 'parties', 'mps', 'meps', 'senators', 'machinists', 'creditors', 'bondholders', 'lenders', 'investors',
  'executives', 'unions', 'justices', 'candidates', 'air defenses', 'air defences', 'air defenses', 'air defence units', 'units', 'servicemen', 'military bloggers', 'war bloggers', 'state media', 'elites', 'oligarchs',
  'lawyers', 'attorneys', 'jurors', 'jury', 'hikers', 'tourists', 'passengers', 'pilgrims',
]);

/**
 * Lower-case names of state bodies that a nationality or a country's possessive turns into an organisation:
 * "Ukraine's air force", "the Ukrainian security service", "Russia's Defence Ministry". Longest first.
 */
export const STATE_BODIES: readonly string[] = [
  'defence ministry', 'defense ministry', 'foreign ministry', 'interior ministry', 'finance ministry', 'justice ministry',
  'health ministry', 'economy ministry', 'energy ministry', 'emergencies ministry', 'foreign office', 'home office',
  'security service', 'intelligence service', 'intelligence agency', 'intelligence services', 'security services',
  'military intelligence', 'general staff', 'armed forces', 'special forces', 'air force', 'border guard', 'border service', 'national guard', 'coast guard',
  'central bank', 'navy', 'army', 'military', 'government', 'parliament', 'presidency', 'cabinet', 'embassy',
  'police', 'prosecutor’s office', 'prosecutor general’s office', 'supreme court', 'constitutional court',
].sort((a, b) => b.split(' ').length - a.split(' ').length);

/**
 * Head nouns of a state's bodies: after a nationality or a country's possessive, a phrase ending in one ("Turkey's
 * disaster agency", "Israel's war cabinet", "Norway's central bank") names one of that state's organisations.
 */
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'agency', 'service', 'cabinet', 'government', 'parliament', 'mission', 'embassy', 'consulate', 'bank',
  'court', 'office', 'council', 'committee', 'presidency', 'authority', 'commission', 'department', 'regulator',
  'watchdog', 'administration', 'legislature', 'assembly', 'junta', 'guard', 'police', 'navy', 'army', 'military',
  'force', 'command', 'directorate', 'inspectorate', 'senate', 'congress', 'prosecutor’s office',
]);

/** Bodies that stand for their state abroad and take "to" the body or state they are sent to: "Iran's mission to the United Nations". */
export const ACCREDITED_BODIES: ReadonlySet<string> = new Set(['mission', 'embassy', 'delegation', 'consulate']);

/**
 * Lower-case words that make a collective noun an identifiable group without a nationality: an office or level of
 * government ("regional officials", "City officials"), a political side ("Opposition politicians", "Republican
 * lawmakers", "cabinet ministers"), a former relation ("former employees").
 */
export const COLLECTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'regional', 'city', 'local', 'state', 'federal', 'provincial', 'municipal', 'county', 'district', 'opposition',
  'cabinet', 'government', 'party', 'former', 'union', 'republican', 'democratic', 'democrat', 'conservative', 'labour',
  'socialist', 'liberal', 'separatist', 'rebel', 'army', 'military', 'police', 'aid',
  'humanitarian', 'relief', 'rights', 'tory', 'alliance', 'ruling', 'company', 'campaign',
  'administration', 'election', 'health', 'security', 'hospital', 'school', 'defense', 'defence',
]);

/**
 * Words for some of a party's members before its plural name: "senior Conservatives", "moderate Republicans" are a
 * group of the party's people, not the party. Lower case.
 */
export const MEMBER_MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'junior', 'moderate', 'leading', 'prominent', 'rebel', 'centrist', 'hardline', 'young', 'younger', 'veteran',
  'disgruntled', 'rank-and-file', 'many', 'some', 'several', 'fellow', 'other',
]);

/**
 * Collectives that are an identifiable group even bare, wherever they stand as subject or object and are not
 * counted: "urged regulators to demand guarantees", "analysts had expected", "said soldiers would reinforce",
 * "talks with creditors", "attitudes among MPs". They are the parties a story is about: owners and lenders, the
 * electorate and its legislators, strikers. Anonymous-attribution nouns ("officials", "sources", "experts"), people
 * at work at the scene ("rescuers", "witnesses", "reporters"), people in general ("residents", "customers",
 * "supporters", "members") and counted people ("7,400 nurses") are left out. Lower case.
 */
export const BARE_COLLECTIVES: ReadonlySet<string> = new Set([
  'regulators', 'analysts', 'economists', 'investors', 'forecasters', 'critics', 'soldiers', 'deputies',
  'protesters', 'protestors', 'demonstrators', 'shareholders', 'stockholders', 'bondholders', 'creditors', 'lenders',
  'voters', 'lawmakers', 'legislators', 'mps', 'meps', 'senators', 'ministers', 'machinists', 'strikers',
  // "the justices rejected": the members of a court deciding a case; "its allies": a party's or a state's partners.
  'justices', 'allies',
  // "lying to jurors": the members of a jury.
  'jurors',
]);

/**
 * Singular nouns for a body of people that acts as one: "A jury convicted him", "the panel ruled", "a mob attacked".
 * Groups where a verb follows them.
 */
export const SINGULAR_BODIES: ReadonlySet<string> = new Set(['jury', 'panel', 'crowd', 'mob', 'grand jury']);

/**
 * Words for the work of people at the scene of a disaster: "Rescue workers were pulling bodies", "Search teams",
 * "Emergency crews". News shows them at work but does not report on them as a party, whatever their capitals.
 */
export const SCENE_WORK_MODIFIERS: ReadonlySet<string> = new Set(['rescue', 'search', 'emergency', 'recovery', 'salvage']);

/** Plural acronyms of legislators, written in capitals: "Labour MPs", "among MEPs". */
export const ACRONYM_COLLECTIVE = /^(?:MPs|MEPs|MSPs|MLAs|TDs)$/;

/**
 * Collectives that stand alone as a group where they open a sentence as its subject: "Critics said", "Forecasters
 * warned", "Voters went to the polls". Nouns news uses for anonymous attribution ("officials said", "analysts
 * said", "experts say", "sources said", "leaders agreed") are left out: they name no identifiable collective; so
 * are people at work at the scene ("Rescuers carry a survivor", "Firefighters used the river"), whom news shows
 * but does not report on. "Evacuees were sheltering" are the people a disaster displaced: the story reports on them.
 */
export const SUBJECT_COLLECTIVES: ReadonlySet<string> = new Set([
  'critics', 'forecasters', 'voters', 'protesters', 'protestors', 'demonstrators', 'nurses', 'doctors', 'teachers',
  'strikers', 'evacuees', 'regulators', 'prosecutors', 'investigators', 'shareholders', 'allies',
  'rebels', 'militants', 'insurgents', 'separatists', 'troops', 'soldiers', 'lawmakers', 'legislators', 'farmers',
  'students', 'workers', 'activists', 'residents', 'deputies', 'ministers', 'mps', 'meps', 'senators', 'creditors',
  'bondholders', 'lenders', 'machinists', 'stockholders',
]);

/**
 * Words for a political side that make the people after them a faction, whatever their count: "conservative
 * justices", "more than 200 left-wing and centrist candidates", "Thousands of left-wing voters". Hyphenated sides
 * are written as compromise splits them, joined by "-". Lower case.
 */
export const POLITICAL_SIDES: ReadonlySet<string> = new Set([
  'conservative', 'liberal', 'centrist', 'progressive', 'left-wing', 'right-wing', 'far-right', 'far-left',
  'hard-right', 'hard-left', 'centre-left', 'centre-right', 'center-left', 'center-right', 'leftist', 'rightist',
  'hardline', 'moderate', 'populist', 'nationalist', 'socialist', 'communist', 'republican', 'democratic',
]);

/**
 * People named by the violence they do: wherever news names them they are the agent of an attack ("gunmen shot
 * dead two people", "rioters storming the Capitol", "where drug cartels fight for territory"). Lower case.
 */
export const VIOLENT_AGENTS: ReadonlySet<string> = new Set([
  'gunmen', 'rioters', 'attackers', 'assailants', 'looters', 'arsonists', 'hijackers', 'kidnappers', 'snipers',
  'cartels', 'gangs', 'mobs',
]);
