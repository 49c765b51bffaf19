/**
 * First words of capitalised names that are named events, not people: "Storm Boris", "Hurricane Milton",
 * "Operation Overlord". Lower case.
 */
export const NAMED_EVENT_FIRST_WORDS: ReadonlySet<string> = new Set([
  'storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'operation', 'tornado', 'wildfire', 'fire',
]);

/**
 * Last words of capitalised names that are events, indexes, days or streets, not people: "Summer Games", "Dow Jones
 * Industrial Average", "Election Day", "Wall Street". Lower case.
 */
export const NOT_PERSON_HEADS: ReadonlySet<string> = new Set([
  'games', 'olympics', 'paralympics', 'cup', 'championship', 'championships', 'open', 'festival', 'summit', 'conference',
  'average', 'index', 'composite', 'day', 'eve', 'week', 'street', 'avenue', 'road', 'highway', 'boulevard', 'lane',
  'act', 'bill', 'treaty', 'accord', 'agreement', 'plan', 'doctrine', 'war', 'award', 'prize', 'medal', 'trophy',
]);

/**
 * First words of place names in the languages whose squares, streets and sites English news keeps unchanged:
 * "Place de la République", "Plaza de Mayo", "Piazza San Marco", "Rue de Rivoli", "Avenida Paulista", and
 * English "Mount", "Lake", "Cape", "Fort". A capitalised run they open names a place, not a person, whatever tags
 * its other words get. Lower case.
 */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'place', 'plaza', 'plaça', 'praça', 'piazza', 'piazzale', 'largo', 'platz', 'plein', 'rue', 'avenue', 'avenida',
  'boulevard', 'calle', 'paseo', 'rua', 'via', 'viale', 'corso', 'quai', 'pont', 'ponte', 'puente', 'porta', 'puerta',
  'gare', 'parc', 'parque', 'jardin', 'palais', 'palazzo', 'palacio', 'château', 'schloss', 'mount', 'lake', 'cape',
  'fort', 'port', 'isla', 'monte', 'sierra', 'río', 'rio', 'lago', 'bahía', 'golfe', 'piz', 'mont',
]);
