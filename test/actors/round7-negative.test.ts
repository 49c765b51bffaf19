import { describe, it } from 'vitest';
import { expectNoActor, type ForbiddenActorCase } from './expect-actor.js';

/** [label, text, a predicate no actor may satisfy]: what the round 7 rules must not catch. */
const cases: ForbiddenActorCase[] = [
  // Groups.
  ['no group from firefighters at work', 'Firefighters used the river to pump water onto the flames.', (a) => a.kind === 'group'],
  ['no faction from a side that is no collective', 'The left-wing alliance won 182 seats.', (a) => a.kind === 'group'],
  ['no faction inside a hyphenated name', 'Anti-conservative voters were few.', (a) => a.name === 'conservative voters'],
  ['no agents counted by a number', 'Two gunmen were arrested on Monday.', (a) => a.kind === 'group'],
  ['no agents counted after "of"', 'Hundreds of rioters were charged.', (a) => a.kind === 'group'],
  ['no agents led by a capitalised name', 'He blamed Sinaloa gunmen for the attack.', (a) => a.name === 'gunmen'],
  ['no addressed group without "to"', 'She urged residents, who had fled, to stay calm.', (a) => a.name === 'residents'],
  ['no addressed group from a forcing verb', 'The fire was forcing residents to abandon cars.', (a) => a.kind === 'group'],
  ['no group from a nationality plural in general', 'She promised to govern for all Mexicans.', (a) => a.kind === 'group'],
  // Companies.
  ['no company from a list counted among people', 'Smith, Jones and Brown, three of the longest-serving senators, voted no.', (a) => a.kind === 'organization'],
  ['no company from a list without a count', 'Delta, United and American said flights would resume.', (a) => a.name === 'American' && a.kind === 'organization'],
  ['no renaming by a first name', 'The union, Maria Lopez said, would strike.', (a) => a.kind === 'organization' && a.name.includes('Maria')],
  ['no organisation from an operating system', 'Windows, the operating system, crashed.', (a) => a.name === 'Windows' && a.kind === 'organization'],
  // Places and case titles.
  ['no person from a square', 'Crowds filled Place de la Concorde in Paris on Sunday night.', (a) => a.kind === 'person'],
  ['no person from a plaza', 'Thousands gathered in Plaza de Mayo on Friday.', (a) => a.kind === 'person'],
  ['no person from a hyphenated region', 'Three people died in the neighbouring region of Castilla-La Mancha, officials said.', (a) => a.kind === 'person'],
  ['no actors inside a case title', 'Writing for the majority in Trump v. United States, the chief justice said so.', (a) => a.name === 'Trump' || a.name === 'United States'],
  ['no actors inside a case title without a stop', 'The ruling overturned Roe v Wade.', (a) => a.name === 'Roe' || a.name === 'Wade'],
];

describe('actors: round 7 rules do not over-reach', () => {
  it.each(cases)('%s', (_label, text, forbidden) => expectNoActor(text, forbidden, '2024-07-02'));
});
