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
  'teachers', 'strikers', 'firefighters', 'rescuers', 'rescue teams', 'air defenses', 'air defences', 'air defenses', 'air defence units', 'units', 'servicemen', 'military bloggers', 'war bloggers', 'state media', 'elites', 'oligarchs',
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
 * Lower-case words that make a collective noun an identifiable group without a nationality: an office or level of
 * government ("regional officials", "City officials"), a political side ("Opposition politicians", "Republican
 * lawmakers", "cabinet ministers"), a former relation ("former employees").
 */
export const COLLECTIVE_MODIFIERS: ReadonlySet<string> = new Set([
  'regional', 'city', 'local', 'state', 'federal', 'provincial', 'municipal', 'county', 'district', 'opposition',
  'cabinet', 'government', 'party', 'former', 'union', 'republican', 'democratic', 'democrat', 'conservative', 'labour',
  'socialist', 'liberal', 'separatist', 'rebel', 'army', 'military', 'police', 'rescue', 'emergency',
]);

/**
 * Collectives that stand alone as a group where they open a sentence as its subject: "Critics said", "Forecasters
 * warned", "Voters went to the polls". Nouns news uses for anonymous attribution ("officials said", "analysts
 * said", "experts say", "sources said", "leaders agreed") are left out: they name no identifiable collective.
 */
export const SUBJECT_COLLECTIVES: ReadonlySet<string> = new Set([
  'critics', 'forecasters', 'voters', 'protesters', 'protestors', 'demonstrators', 'nurses', 'doctors', 'teachers',
  'strikers', 'firefighters', 'rescuers', 'regulators', 'prosecutors', 'investigators', 'shareholders', 'allies',
  'rebels', 'militants', 'insurgents', 'separatists', 'troops', 'soldiers', 'lawmakers', 'legislators', 'farmers',
  'students', 'workers', 'activists', 'residents',
]);
