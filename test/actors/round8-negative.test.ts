import { describe, it } from 'vitest';
import { expectNoActor, type ForbiddenActorCase } from './expect-actor.js';

/** [label, text, a predicate no actor may satisfy]: what the round 8 rules must not catch. */
const cases: ForbiddenActorCase[] = [
  ['no hyphen word joined to a place', 'A Prague-based group bought the stake.', (a) => a.name.includes('-based')],
  ['no hyphen word joined to a seat of government', 'Kremlin-run media repeated the claim.', (a) => a.name.includes('-run')],
  ['no syllable-shaped English word after a name', 'Tom Smith-free weekends were rare.', (a) => a.name.includes('free')],
  ['no office from an organisation', 'The Bank of England Governor Andrew Bailey spoke.', (a) => a.titles.some((t) => t.startsWith('of'))],
  ['no person from an office alone', 'The Secretary of State for Health said so.', (a) => a.kind === 'person'],
  ['no office words in the name', 'He met US Secretary of State Antony Blinken.', (a) => a.name.includes('State')],
  ['no Iceland from "Island" in a name', 'Landslides buried the Central Cross-Island Highway, the National Fire Agency said.', (a) => a.country === 'IS'],
  ['no Iceland from an island state', 'Rhode Island officials said the ferry would run.', (a) => a.country === 'IS'],
  ['no country for a company from where it trades', 'Acme Corp said it would open stores in France and Germany next year.', (a) => a.name === 'Acme Corp' && a.country !== null],
  ['no organisation from a dateline story opener', 'HUALIEN, Taiwan — Rescue workers on Thursday used helicopters.', (a) => a.name === 'Rescue'],
  ['no organisation from a law defined by its initials', 'The Digital Markets Act (DMA) took effect in March.', (a) => a.kind === 'organization'],
  ['no organisation from an aside in brackets', 'The Supreme Leader (who rarely speaks) said nothing.', (a) => a.name === 'Supreme Leader'],
  ['no country from a region named by a common word', 'The Maritime and Coastal Agency said the port was closed.', (a) => a.country === 'TG'],
  ['no generation numeral after a thing', 'World War II ended in 1945.', (a) => a.name.endsWith('II')],
  ['no jury without a verb', 'The jury room was empty.', (a) => a.kind === 'group'],
  ['no setting state for an international body', 'In Israel, Israeli officials said Israel would respond. The U.N. Security Council met on Sunday.', (a) => a.name.includes('Security Council') && a.country !== null],
  ['no setting state for a UN agency', 'DERNA, Libya — Libyan officials said Libya needed help. The UN humanitarian office, OCHA, appealed for aid.', (a) => a.name === 'OCHA' && a.country !== null],
  ['no South Sudan from "Unity" in a government\'s name', 'The Government of National Unity in Tripoli sent aid.', (a) => a.country === 'SS'],
  ['no office from "as" before no title', 'Anna Lee stepped down as a precaution.', (a) => a.titles.length > 0],
  ["no state for a company's officer from the company", "Storms hit Texas, Ohio and Texas again. Jane Roe, Acme Water's chief executive, said Acme Water would pay. Acme Water shares fell.", (a) => a.name === 'Jane Roe' && a.country !== null],
  ['no person from a storm listed with a named storm', 'Hurricane Helene killed 200 people. Hurricane Milton was the third to strike, after Debby and Helene.', (a) => a.name === 'Debby'],
  ['no storm from people listed by full name', 'Hurricane Helene hit. Officials said John and Helene Smith were safe.', (a) => a.name === 'Helene'],
  ['no leader cut from a party named after a state', 'The Communist Party of India won 4 seats.', (a) => a.name === 'Communist Party'],
  ['no leader cut from a party of a people', 'The Party of European Socialists met in Rome.', (a) => a.kind === 'person'],
  ['no company from a state after a role and "of"', 'He met the chief executive of Ireland on Monday.', (a) => a.kind === 'organization'],
  ['no company from an office after "director of"', 'Later, Director of National Intelligence Avril Haines testified.', (a) => a.kind === 'organization'],
  ['no court run into a following clause', 'The court ruled for the 7th time on Monday.', (a) => a.name.includes('7th')],
  ['no group from people counted before "other"', 'She and two other former executives pleaded guilty.', (a) => a.kind === 'group'],
  ['no group from people counted before "more"', 'Three more union members were arrested.', (a) => a.kind === 'group'],
  ['no recipients without a verb of giving', 'The road to residents was closed.', (a) => a.kind === 'group'],
  ['no recipients across a clause break', 'They sent aid; to residents it meant little.', (a) => a.kind === 'group'],
  ['no recipients counted by a number', 'They sent food to 400 hikers.', (a) => a.kind === 'group'],
  ['no bloc from a continent as a market', 'Europe accounts for about a quarter of its sales.', (a) => a.name === 'Europe'],
  ['no bloc from a continent inside a state\'s name', 'Banks in South Africa reported problems with payments.', (a) => a.name === 'Africa'],
  ['no bloc from a continent after a preposition', 'Talks in Europe resumed on Monday.', (a) => a.name === 'Europe'],
  ['no bloc from flights out of a continent', 'Flights from Europe were cancelled.', (a) => a.name === 'Europe'],
];

describe('actors: round 8 rules do not over-reach', () => {
  it.each(cases)('%s', (_label, text, forbidden) => expectNoActor(text, forbidden, '2024-05-30'));
});
