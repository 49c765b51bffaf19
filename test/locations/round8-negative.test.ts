import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { findLocations } from '../../src/locations/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, a location name that must not be found] */
const cases: Array<[string, string, string]> = [
  ['no region from a people named with a compass word', 'The president asked South Africans to give the party five more years.', 'South Africans'],
  ['no region from another compass people', 'North Koreans crossed the border at night.', 'North Koreans'],
  ['no region from a football club', 'He owns a 27% stake in West Ham United.', 'West Ham United'],
  ['no city from a club named after its city', 'Fans of Leeds United marched to the ground.', 'Leeds United'],
  ['no place from "a" nationality and a feature head', 'The quake was felt on a Japanese island near Taiwan.', 'Japanese island'],
  ['no place from "an" nationality and a landmark head', 'He was treated at an Italian hospital.', 'Italian hospital'],
  ['no landmark from a religion before "temple"', 'Modi inaugurated a grand Hindu temple on Jan. 22.', 'Hindu temple'],
  ['no region from a product name before "software"', 'CrowdStrike, whose Falcon software guards computers, apologised.', 'Falcon'],
  ['no city from a wind', 'Forecasters expected the Santa Ana winds to ease by Thursday.', 'Santa Ana'],
  ['no city from a describing word opening a sentence', 'Nice weather returned to the coast on Sunday.', 'Nice'],
  ['no Iceland from "Island" in a road name', 'Landslides buried the Central Cross-Island Highway.', 'Iceland'],
];

describe('locations: round 8 negative', () => {
  it.each(cases)('%s', (_label, text, name) => {
    const document = documentOf(text);
    const locations = findLocations(document, findActors(document));
    expect(locations.filter((l) => l.name === name || (name === 'Iceland' && l.country === 'IS')), JSON.stringify(locations, null, 1)).toEqual([]);
  });
});
