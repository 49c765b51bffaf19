/**
 * Buildings that news copy uses for the government they house: "the Kremlin said" is the Russian presidency.
 * Each is an organisation of that country.
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, { country: string }> = new Map([
  ['Kremlin', { country: 'RU' }],
  ['White House', { country: 'US' }],
  ['Pentagon', { country: 'US' }],
  ['Downing Street', { country: 'GB' }],
  ['Whitehall', { country: 'GB' }],
  ['Elysee', { country: 'FR' }],
  ['Élysée', { country: 'FR' }],
  ['Elysée', { country: 'FR' }],
  ['Quai d’Orsay', { country: 'FR' }],
  ['Zhongnanhai', { country: 'CN' }],
  ['Blue House', { country: 'KR' }],
  ['Bankova', { country: 'UA' }],
  ['Foggy Bottom', { country: 'US' }],
  ['Capitol Hill', { country: 'US' }],
]);

/**
 * Financial districts that news copy uses for the investors and analysts there: "Wall Street cheered the result"
 * is a group of that country, never a person.
 */
export const FINANCIAL_CENTRES: ReadonlyMap<string, { country: string }> = new Map([
  ['Wall Street', { country: 'US' }],
  ['Dalal Street', { country: 'IN' }],
  ['Bay Street', { country: 'CA' }],
]);
