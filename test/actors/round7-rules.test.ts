import { describe, it } from 'vitest';
import { expectActor, type ActorCase } from './expect-actor.js';

/** [label, text, expected actor: name, kind, (country,) mention texts (each checked against its offsets)] */
const cases: ActorCase[] = [
  // Political factions: a side before a collective, a count outside the name.
  ['side before justices, counted by a word', 'The five conservative judges and the four liberal justices split.', { name: 'liberal justices', kind: 'group', mentions: ['liberal justices'] }],
  ['hyphenated side', 'Hundreds of right-wing voters marched through the capital.', { name: 'right-wing voters', kind: 'group', mentions: ['right-wing voters'] }],
  ['coordinated sides, counted by a figure', 'By Tuesday, more than 150 left-wing and centrist candidates had withdrawn.', { name: 'left-wing and centrist candidates', kind: 'group', mentions: ['left-wing and centrist candidates'] }],
  // Bare collectives: a court's members, a party's partners.
  ['the justices', 'The justices rejected the appeal, and the justices sent the case back.', { name: 'justices', kind: 'group', mentions: ['justices', 'justices'] }],
  ["a party's allies", 'Polls suggested the Green Party and its allies could win a majority.', { name: 'allies', kind: 'group', mentions: ['allies'] }],
  ['evacuees as subject', 'Evacuees were sleeping in school gyms in three towns.', { name: 'Evacuees', kind: 'group', mentions: ['Evacuees'] }],
  // Agents of violence.
  ['gunmen after an opening phrase', 'On election day, gunmen shot dead a candidate in the north.', { name: 'gunmen', kind: 'group', mentions: ['gunmen'] }],
  ['rioters after a preposition', 'The protest ended with rioters storming the parliament.', { name: 'rioters', kind: 'group', mentions: ['rioters'] }],
  ['a kind noun before the agents', 'The violence is worst in states where drug cartels fight for routes.', { name: 'drug cartels', kind: 'group', mentions: ['drug cartels'] }],
  // People an appeal addresses.
  ['appeal to residents', 'The governor urged residents not to return to damaged homes.', { name: 'residents', kind: 'group', mentions: ['residents'] }],
  ['appeal to a nationality', 'She urged Canadians to vote early.', { name: 'Canadians', kind: 'group', country: 'CA', mentions: ['Canadians'] }],
  ['called on', 'The union called on members to reject the offer.', { name: 'members', kind: 'group', mentions: ['members'] }],
  // Companies an appositive names.
  ['list counted among companies', 'Qantas, Emirates and Lufthansa, three of the largest carriers, cancelled flights.', { name: 'Emirates', kind: 'organization', mentions: ['Emirates'] }],
  ['nationality word counted among companies takes the country', 'Delta, United and American, three of the biggest U.S. airlines, grounded flights.', { name: 'American', kind: 'organization', country: 'US', mentions: ['American'] }],
  ['a name renaming an organisation noun', "The prime minister's liberal alliance, Forward Together, came third.", { name: 'Forward Together', kind: 'organization', mentions: ['Forward Together'] }],
  ['hospital system appositive', 'Operations were cancelled at Northbridge Health Partners, the largest hospital system in the state.', { name: 'Northbridge Health Partners', kind: 'organization', mentions: ['Northbridge Health Partners'] }],
  ['two-word airline head', 'Passengers queued at a Pacific Air Lines counter.', { name: 'Pacific Air Lines', kind: 'organization', mentions: ['Pacific Air Lines'] }],
  // A surname that reads as a party by the votes after it is the person named in full before.
  ['surname before votes', 'Maria Alvarez conceded on Sunday. Lopez beat Alvarez by 300,000 votes.', { name: 'Maria Alvarez', kind: 'person', mentions: ['Maria Alvarez', 'Alvarez'] }],
];

describe('actors: round 7 recognition rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectActor(text, expected, '2024-07-02'));
});
