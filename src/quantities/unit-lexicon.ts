/** Currency signs and words, to ISO 4217. A bare "$" is the US dollar, as in English-language news. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['a$', 'AUD'], ['c$', 'CAD'], ['hk$', 'HKD'], ['nt$', 'TWD'], ['nz$', 'NZD'],
  ['s$', 'SGD'], ['r$', 'BRL'], ['mx$', 'MXN'], ['€', 'EUR'], ['£', 'GBP'],
  ['¥', 'JPY'], ['₴', 'UAH'], ['₽', 'RUB'], ['₹', 'INR'],
]);

export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['lira', 'TRY'], ['liras', 'TRY'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['won', 'KRW'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
]);

/**
 * Measure units, by the normal form compromise gives, to the singular unit we report. Abbreviations stay as
 * written ("km"), full words are singular ("mile") and keep the text's spelling: "liters" is `liter`, "litres" is
 * `litre` (the unit as written, not a house style).
 */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['mile', 'mile'], ['miles', 'mile'], ['km', 'km'], ['kilometre', 'kilometre'], ['kilometres', 'kilometre'],
  ['kilometer', 'kilometer'], ['kilometers', 'kilometer'], ['metre', 'metre'], ['metres', 'metre'],
  ['meter', 'meter'], ['meters', 'meter'], ['m', 'm'], ['mm', 'mm'], ['cm', 'cm'], ['millimetre', 'millimetre'],
  ['millimetres', 'millimetre'], ['centimetre', 'centimetre'], ['centimetres', 'centimetre'], ['millimeter', 'millimeter'],
  ['millimeters', 'millimeter'], ['centimeter', 'centimeter'], ['centimeters', 'centimeter'], ['foot', 'foot'],
  ['feet', 'foot'], ['ft', 'ft'], ['inch', 'inch'], ['inches', 'inch'], ['yard', 'yard'], ['yards', 'yard'],
  ['kg', 'kg'], ['kilogram', 'kilogram'], ['kilograms', 'kilogram'], ['kilo', 'kilogram'], ['kilos', 'kilogram'],
  ['gram', 'gram'], ['grams', 'gram'], ['g', 'g'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['ton', 'ton'],
  ['tons', 'ton'], ['t', 't'], ['pound', 'pound'], ['pounds', 'pound'], ['lb', 'lb'], ['lbs', 'lb'], ['litre', 'litre'],
  ['litres', 'litre'], ['liter', 'liter'], ['liters', 'liter'], ['gallon', 'gallon'], ['gallons', 'gallon'],
  ['barrel', 'barrel'], ['barrels', 'barrel'], ['bpd', 'barrel per day'], ['acre', 'acre'], ['acres', 'acre'],
  ['hectare', 'hectare'], ['hectares', 'hectare'], ['degree', 'degree'], ['degrees', 'degree'],
  ['mph', 'mph'], ['kph', 'kph'], ['kmh', 'kmh'], ['knot', 'knot'], ['knots', 'knot'], ['megawatt', 'megawatt'],
  ['megawatts', 'megawatt'], ['mw', 'mw'], ['gigawatt', 'gigawatt'], ['gigawatts', 'gigawatt'], ['gw', 'gw'],
  ['kw', 'kw'], ['kilowatt', 'kilowatt'], ['kilowatts', 'kilowatt'], ['point', 'point'], ['points', 'point'],
  ['sqkm', 'sqkm'], ['magnitude', 'magnitude'], ['c', 'celsius'], ['f', 'fahrenheit'], ['celsius', 'celsius'],
  ['fahrenheit', 'fahrenheit'],
]);

/** Units that "per" joins to a measure: "barrels per day", "km per hour". */
export const PER_UNITS: ReadonlyMap<string, string> = new Map([
  ['day', 'day'], ['hour', 'hour'], ['year', 'year'], ['month', 'month'], ['week', 'week'], ['second', 'second'],
  ['minute', 'minute'], ['capita', 'capita'], ['person', 'person'], ['head', 'head'],
]);

/** Counted nouns that make a number a duration or an age, which belong to the dates stage. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'weekend', 'weekends', 'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'afternoons', 'millennium',
]);

/**
 * Scales whose word comes before the level: "magnitude 7.8", "a Category 4 hurricane", "a Force 9 gale", "a Level 3
 * alert", "grade 2". The unit is the scale word; such a number is a level, not a name ("Article 5").
 */
export const SCALE_WORDS: ReadonlySet<string> = new Set(['magnitude', 'category', 'force', 'level', 'grade']);

/** Levels on the scales other than magnitude run from 0 to 12 (Beaufort); a larger number is a name or a count. */
export const MAX_SCALE_LEVEL = 12;
