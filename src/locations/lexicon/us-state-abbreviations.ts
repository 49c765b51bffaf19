/**
 * AP-style abbreviations of US states, written after a town ("West Palm Beach, Fla.", "Bend, Ore."). Keys without
 * the full stop. Two-letter postal codes are left out: "CA", "IN", "OR" are words or other things far more often.
 */
const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut',
  Del: 'Delaware', Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky',
  La: 'Louisiana', Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi',
  Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska', Nev: 'Nevada', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania',
  Tenn: 'Tennessee', Vt: 'Vermont', Va: 'Virginia', Wash: 'Washington', Wis: 'Wisconsin', Wyo: 'Wyoming',
  'N.H': 'New Hampshire', 'N.J': 'New Jersey', 'N.M': 'New Mexico', 'N.Y': 'New York', 'N.C': 'North Carolina',
  'N.D': 'North Dakota', 'R.I': 'Rhode Island', 'S.C': 'South Carolina', 'S.D': 'South Dakota', 'W.Va': 'West Virginia',
};

/**
 * Abbreviations that are also words or honorifics ("Miss", "Mass", "Ill", "Del", "Wash"): a state only right after
 * "Town, ", never on their own.
 */
const ONLY_AFTER_A_TOWN: ReadonlySet<string> = new Set(['Del', 'Ga', 'Ill', 'Ind', 'La', 'Mass', 'Miss', 'Mo', 'Pa', 'Va', 'Vt', 'Wash', 'Ore', 'Md', 'Ky']);

/** The state an abbreviation names ("Fla" or "Fla." is Florida), or null. */
export function usStateAbbreviation(word: string): string | null {
  const key = word.replace(/\.$/, '');
  return Object.hasOwn(AP_STATE_ABBREVIATIONS, key) ? AP_STATE_ABBREVIATIONS[key]! : null;
}

/** Whether the abbreviation names its state even where no town stands before it ("in Calif."). */
export function standsAlone(word: string): boolean {
  const key = word.replace(/\.$/, '');
  return Object.hasOwn(AP_STATE_ABBREVIATIONS, key) && !ONLY_AFTER_A_TOWN.has(key);
}
