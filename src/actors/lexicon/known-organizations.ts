/**
 * Organisations news names by one word that carries no head ("Hamas", "Hezbollah", "Nato"): armed movements,
 * alliances and international bodies written as ordinary words. Lower case. Only names that stand for one
 * organisation worldwide belong here.
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'hamas', 'hezbollah', 'hizbollah', 'taliban', 'houthis', 'fatah', 'nato', 'opec', 'isis', 'isil', 'al-qaeda',
  'al-shabab', 'interpol', 'europol', 'frontex', 'unicef', 'unesco', 'unrwa', 'unhcr', 'asean', 'mercosur',
  'fifa', 'uefa', 'eurostat', 'ofgem', 'ofcom', 'ofsted', 'greenpeace', 'amnesty',
]);
