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
  'allies', 'air defences', 'air defenses', 'air defence units', 'units', 'servicemen', 'military bloggers', 'war bloggers', 'state media', 'elites', 'oligarchs',
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
