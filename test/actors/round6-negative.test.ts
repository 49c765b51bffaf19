import { describe, it } from 'vitest';
import { expectNoActor, type ForbiddenActorCase } from './expect-actor.js';

/** [label, text, a predicate no actor may satisfy]: what the round 6 rules must not catch. */
const cases: ForbiddenActorCase[] = [
  // Company cues.
  ['no company from a sector opening a sentence', 'Technology shares fell 2% on Monday.', (a) => a.name === 'Technology'],
  ['no company from a market', 'Tokyo shares rose 1% while European shares fell.', (a) => a.kind === 'organization'],
  ['no company from a person sharing', 'Pemberton shares his view with readers every week.', (a) => a.kind === 'organization'],
  ['no company from a river or region without company evidence', 'Fires burned across the Amazon. Amazon rainfall fell by a third.', (a) => a.name === 'Amazon' && a.kind === 'organization'],
  ['no company from a list without a company in it', 'Rain fell on Cupertino, Oakland and Fresno.', (a) => a.kind === 'organization'],
  ['no company from an opening place before a list', 'Acme shares fell 3%. In Cupertino, Acme and Zentrix agreed.', (a) => a.name === 'Cupertino'],
  ['no company from a weekday before a list', 'Acme shares fell 3%. On Monday, Acme and Zentrix agreed.', (a) => a.name === 'Monday'],
  ['no company from a first name in a list', 'Acme shares fell 3%. Acme, Daniel and Zentrix signed.', (a) => a.name === 'Daniel' && a.kind === 'organization'],
  // "<Noun> <Country>".
  ['no agency from a part of a country', 'Northern Ireland and Atlantic Canada were hit by storms.', (a) => a.kind === 'organization'],
  ['no agency from a person whose surname is a country', 'Richard Ireland, the mayor, said residents had fled.', (a) => a.kind === 'organization'],
  // Armed forces in lower case stay a group; a possessive owner leaves the name to the name rules.
  ['lower-case forces stay a group', 'Canadian forces were deployed to help.', (a) => a.kind === 'organization'],
  ["no owner's possessive in a named body", "Iran's Revolutionary Guards said the strike was punishment.", (a) => a.name.startsWith("Iran's")],
  // Short names and acronyms.
  ['no head-word merge when two bodies share the head', 'The European Commission and the Election Commission met. The Commission said nothing.', (a) => a.aliases.includes('Commission')],
  // A bracket that defines an acronym decides, even where other bodies share its initials ("(CB)" is the Central Bank).
  ['no head-word merge for a plural party name', "The Socialists and Democrats held 136 seats. Olaf Scholz's Social Democrats slumped.", (a) => a.name === 'Social Democrats' && a.aliases.length > 0],
  ['no actor from the acronym of a law', 'The Digital Markets Act (DMA) comes into force on Thursday.', (a) => a.name === 'DMA'],
  ['no short name from a nationality word', 'The European Commission acted. European music fans will pay less.', (a) => a.aliases.includes('European')],
  ['no full stop kept after a non-abbreviation', 'The order came from Zentrix Holdings.', (a) => a.name.endsWith('.')],
  ['no EU body for Brussels in an article that names none', 'Brussels said it would expel two Russian diplomats.', (a) => a.kind === 'organization'],
  ['no organisation from a survey that is a report', 'The Labour Force Survey showed 3.9% unemployment.', (a) => a.kind === 'organization'],
  // Place versus person.
  ['no person from a town written as an address', 'Fire reached Jasper, Alberta, on Wednesday. Crews saved all of Jasper’s schools.', (a) => a.name === 'Jasper' && a.kind === 'person'],
  ['no surname merge for a country named before the person', 'Ireland said it would help. Later Richard Ireland, the mayor, spoke.', (a) => a.kind === 'person' && a.aliases.includes('Ireland')],
  ['no sentence-initial common word as an organisation before a noun', 'Data center sales climbed 31%.', (a) => a.name === 'Data'],
];

describe('actors: round 6 rules do not over-reach', () => {
  it.each(cases)('%s', (_label, text, forbidden) => expectNoActor(text, forbidden, '2024-07-26'));
});
