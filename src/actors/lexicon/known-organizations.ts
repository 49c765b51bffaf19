/**
 * Organisations news names by one word that carries no head ("Hamas", "Hezbollah", "Nato"): armed movements,
 * alliances and international bodies written as ordinary words. Lower case. Only names that stand for one
 * organisation worldwide belong here.
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'hamas', 'hezbollah', 'hizbollah', 'taliban', 'houthis', 'fatah', 'nato', 'opec', 'isis', 'isil', 'al-qaeda',
  'al-shabab', 'interpol', 'europol', 'frontex', 'unicef', 'unesco', 'unrwa', 'unhcr', 'asean', 'mercosur',
  'fifa', 'uefa', 'eurostat', 'ofgem', 'ofcom', 'ofsted', 'ofwat', 'ofqual', 'greenpeace', 'amnesty', 'fitch',
]);

/**
 * Companies whose name ends in a possessive ("Moody's cut the rating", "McDonald's said"): the ’s is part of the name,
 * not a possessive of a person. Lower case, with a straight apostrophe.
 */
export const POSSESSIVE_NAMES: ReadonlySet<string> = new Set([
  "moody's", "mcdonald's", "sainsbury's", "macy's", "kellogg's", "lloyd's", "domino's", "wendy's", "kohl's",
  "dillard's", "denny's", "applebee's", "christie's", "sotheby's", "hershey's", "claire's",
]);

export function isPossessiveName(word: string): boolean {
  return POSSESSIVE_NAMES.has(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * Chambers of a legislature named by one word once the article has set the scene: "the House" (of
 * Representatives), "the Commons", "the Lords". Lower case.
 */
export const LEGISLATIVE_CHAMBERS: ReadonlySet<string> = new Set(['house', 'commons', 'lords', 'senate', 'congress', 'bundestag', 'knesset', 'duma', 'sejm', 'storting', 'riksdag']);

/** Prefixes of ships' names ("USS Dwight D. Eisenhower", "HMS Queen Elizabeth"): a naval unit, never a person. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'HMCS', 'HMAS', 'HMNZS', 'INS', 'RFS', 'USNS']);
/** The navy, and so the state, each ship prefix names. */
export const SHIP_PREFIX_COUNTRIES: Readonly<Record<string, string>> = { USS: 'US', USNS: 'US', HMS: 'GB', HMCS: 'CA', HMAS: 'AU', HMNZS: 'NZ', INS: 'IN', RFS: 'RU' };

/**
 * Acronyms for economic measures, roles and things, not organisations: "2% of GDP", "an MP", "the CEO".
 */
export const NOT_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'EPS', 'IPO', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MPS', 'MEP', 'MEPS', 'AI', 'EV',
  'EVS', 'LNG', 'VAT', 'ETF', 'ETFS', 'ESG', 'M&A', 'R&D', 'IT', 'TV', 'PC', 'PCS', 'GPU', 'GPUS', 'CPU', 'AM', 'PM',
  'OK', 'DNA', 'HIV', 'COVID', 'RSV', 'ICU', 'ER', 'QB', 'MVP', 'PPE', 'SUV', 'SUVS', 'USD', 'EUR', 'GBP', 'YOY',
]);
