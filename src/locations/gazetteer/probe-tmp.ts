import countries from 'world-countries/countries.json' with { type: 'json' };
import cities from 'city-timezones/data/cityMap.json' with { type: 'json' };
export const n = countries.length + cities.length;
