import { describe, it } from 'vitest';
import { expectActor, type ActorCase } from './expect-actor.js';

/** [label, text, expected actor: name, kind, (country, aliases,) mention texts (each checked against its offsets)] */
const cases: ActorCase[] = [
  // Single-word companies: a company cue anywhere makes every use of the word the company.
  ['shares moving, sentence-initial', 'The fine hit Apple on Monday. Apple shares closed 2.5 per cent lower.', { name: 'Apple', kind: 'organization', mentions: ['Apple', 'Apple'] }],
  ['possessive before a corporate office', "The ruling pleased Daniel Ek, Spotify's chief executive. Spotify had complained in 2019.", { name: 'Spotify', kind: 'organization', mentions: ['Spotify', 'Spotify'] }],
  ['listed with a company', 'Acme shares fell 3%. Rules now bind six firms, including Acme, Zentrix and Meta.', { name: 'Meta', kind: 'organization', mentions: ['Meta'] }],
  ['listed with a company (middle member)', 'Acme shares fell 3%. Rules now bind six firms, including Acme, Zentrix and Meta.', { name: 'Zentrix', kind: 'organization', mentions: ['Zentrix'] }],
  ['description after the one body named in the sentence before', "Daniel Ek, Spotify's chief executive, welcomed it. The Swedish company has long accused Zentrix of abuse. Zentrix shares fell 2% as Zentrix said it would appeal.", { name: 'Spotify', kind: 'organization', country: 'SE', mentions: ['Spotify'] }],
  // "<Noun> <Country>" agencies and companies.
  ['agency named noun + country', 'Two days after Parks Canada ordered residents to leave, an officer with Parks Canada said crews were working.', { name: 'Parks Canada', kind: 'organization', country: 'CA', mentions: ['Parks Canada', 'Parks Canada'] }],
  ['airline named noun + country', 'Air Canada cancelled flights to the town.', { name: 'Air Canada', kind: 'organization', country: 'CA', mentions: ['Air Canada'] }],
  // Capitalised armed forces after a nationality are a named body.
  ['Canadian Armed Forces', 'Trudeau approved the deployment of the Canadian Armed Forces to help.', { name: 'Canadian Armed Forces', kind: 'organization', country: 'CA', mentions: ['Canadian Armed Forces'] }],
  // Short names merge into the full actor.
  ['bare head word after the full name', 'The European Commission fined Apple. The Commission found that rivals were hobbled.', { name: 'European Commission', kind: 'organization', aliases: ['Commission'], mentions: ['European Commission', 'Commission'] }],
  ['bracketed acronym in another language order', 'A count by the National Electoral Institute (INE) gave her 58%. INE said the tally would start.', { name: 'National Electoral Institute', kind: 'organization', aliases: ['INE'], mentions: ['National Electoral Institute', 'INE', 'INE'] }],
  ['bracketed acronym the name rules miss', 'She was backed by the National Action Party (PAN) in the race.', { name: 'National Action Party', kind: 'organization', aliases: ['PAN'], mentions: ['National Action Party', 'PAN'] }],
  ['bracket defines an acronym other bodies share initials with', 'The Central Bank (CB) spoke, and the Civic Board met. CB said more.', { name: 'Central Bank', kind: 'organization', aliases: ['CB'], mentions: ['Central Bank', 'CB', 'CB'] }],
  // "Brussels" acting is the EU body the article names.
  ['Brussels acting for the Commission', 'The European Commission fined Apple, the first time Brussels has punished the company.', { name: 'European Commission', kind: 'organization', aliases: ['Brussels'], mentions: ['European Commission', 'Brussels'] }],
  ["plural possessive inside a party's name", "Jorge Máynez of the Citizens' Movement took 10%.", { name: "Citizens' Movement", kind: 'organization', mentions: ["Citizens' Movement"] }],
  // Heads of two words.
  ['national Red Cross', 'The Canadian Red Cross began handing out payments on Thursday.', { name: 'Canadian Red Cross', kind: 'organization', country: 'CA', mentions: ['Canadian Red Cross'] }],
  ['national geological survey', 'The U.S. Geological Survey measured it at 7.5.', { name: 'U.S. Geological Survey', kind: 'organization', country: 'US', mentions: ['U.S. Geological Survey'] }],
  // An abbreviated legal suffix keeps its full stop.
  ['Co. keeps its stop', 'About 33,000 households were without power, Hokuriku Electric Power Co. said.', { name: 'Hokuriku Electric Power Co.', kind: 'organization', mentions: ['Hokuriku Electric Power Co.'] }],
  ['Inc. keeps its stop', 'The suit named Zentrix Holdings Inc. as a defendant.', { name: 'Zentrix Holdings Inc.', kind: 'organization', mentions: ['Zentrix Holdings Inc.'] }],
  // A surname that is also a country's name is the person named in full before.
  ['surname that names a state', 'Jasper Mayor Richard Ireland put losses at 30%. Ireland said many residents did not know.', { name: 'Richard Ireland', kind: 'person', aliases: ['Ireland'], mentions: ['Richard Ireland', 'Ireland'] }],
];

describe('actors: round 6 recognition rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectActor(text, expected, '2024-07-26'));
});
