/**
 * Last words that make a capitalised name an organisation ("International Criminal Court", "Bank of England",
 * "Acme Corp"). Lower case; matched on the head word of a name, or before "of" ("Ministry of Defence").
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'court', 'tribunal', 'commission', 'council', 'committee', 'agency', 'bureau',
  'authority', 'administration', 'service', 'services', 'force', 'forces', 'army', 'navy', 'guard', 'police', 'command',
  'directorate', 'inspectorate', 'secretariat', 'cabinet', 'government', 'parliament', 'assembly', 'senate', 'congress',
  'duma', 'bundestag', 'knesset', 'legislature', 'party', 'movement', 'front', 'alliance', 'union', 'league',
  'federation', 'confederation', 'coalition', 'organization', 'organisation', 'association', 'society', 'institute',
  'institution', 'foundation', 'fund', 'trust', 'bank', 'exchange', 'reserve', 'board', 'university', 'college',
  'academy', 'school', 'hospital', 'clinic', 'church', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'llp', 'ag',
  'gmbh', 'sa', 'nv', 'co', 'company', 'companies', 'group', 'holdings', 'partners', 'capital', 'ventures', 'energy',
  'resources', 'petroleum', 'oil', 'gas', 'airlines', 'air lines', 'airways', 'motors', 'industries', 'technologies', 'systems',
  'communications', 'telecom', 'pharmaceuticals', 'media', 'news', 'network', 'television', 'radio', 'press', 'times',
  'post', 'journal', 'herald', 'gazette', 'tribune', 'club', 'team', 'brigade', 'battalion', 'regiment', 'division',
  'corps', 'fleet', 'mission', 'programme', 'program', 'observatory', 'watch', 'network', 'red cross', 'crescent',
  'nations', 'labs', 'laboratories', 'mining', 'steel', 'motor', 'electric', 'insurance', 'securities', 'investments',
  'therapeutics', 'biosciences', 'biotech', 'bio', 'pharma', 'photonics', 'devices', 'semiconductor', 'semiconductors',
  'research', 'analytics', 'health', 'healthcare', 'software', 'robotics', 'logistics', 'foods', 'brands', 'retail',
  'guards', 'democrats', 'republicans', 'conservatives', 'socialists', 'liberals', 'greens', 'brothers',
  'utilities', 'airline', 'bancorp', 'bros',
  // "Thames Water", "Anglian Water": British water companies are named by their river or region and "Water".
  'water',
  // "S&P Global Ratings", "Fitch Ratings": credit rating agencies.
  'ratings',
  // Legislatures named in their own language: "Lok Sabha", "Verkhovna Rada", "Sejm", "Folketing".
  'sabha', 'rada', 'majlis', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta', 'oireachtas', 'dáil', 'cortes',
  // "Military Emergencies Unit", "Special Investigations Unit".
  'unit',
  // "West Ham United", "Blackburn Rovers", "Brighton & Hove Albion": the last words of football clubs' names.
  'united', 'rovers', 'wanderers', 'albion', 'hotspur', 'athletic', 'fc', 'afc',
  // Two-word heads, matched on a name's last two words: "the Canadian Red Cross", "the U.S. Geological Survey" (national
  // geological surveys are agencies; a bare "Survey" names a report as often).
  'geological survey',
]);

/** Heads that take "of" before the rest of an organisation's name ("Ministry of Defence", "Bank of Japan"). */
export const HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'court', 'commission', 'council', 'committee', 'bank', 'university', 'institute',
  'league', 'union', 'federation', 'organization', 'organisation', 'association', 'bureau', 'board', 'house', 'chamber',
  'church', 'academy', 'school', 'college', 'society', 'party', 'army', 'people’s', 'republic', 'kingdom', 'state',
  'states', 'secretary', 'fund', 'agency', 'authority', 'museum', 'cathedral', 'palace', 'bay', 'gulf', 'sea',
  'strait', 'isle', 'island', 'islands', 'city', 'port', 'group', 'brothers', 'sisters', 'sons', 'daughters', 'friends',
  'knights', 'alternative', 'government', 'district',
]);

export function isOrganizationHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word.toLowerCase());
}

/**
 * Plural party names: capitalised, they name the party even where they open a sentence ("Republicans also captured
 * the Senate"); after a word for some of its members ("senior Conservatives") they name a group of its people.
 */
export const PARTY_PLURALS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'conservatives', 'tories', 'socialists', 'liberals', 'greens', 'social democrats',
  'christian democrats', 'free democrats', 'nationalists', 'unionists', 'communists',
]);

/** Heads of bodies a person leads, named after "of": "the Samajwadi Party of Akhilesh Yadav". Lower case. */
export const LED_BODY_HEADS: ReadonlySet<string> = new Set(['party', 'front', 'alliance', 'movement', 'fighters']);
