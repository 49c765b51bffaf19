import { describe, expect, it } from 'vitest';
import { actorNamed } from './attributes-support.js';

/** [label, text, person, expected titles] */
const cases: Array<[string, string, string, string[]]> = [
  ['before: seat of government owns the title', 'Kremlin spokesman Dmitry Peskov warned of harm.', 'Dmitry Peskov', ['Kremlin spokesman']],
  ['before: hyphenated title', 'Secretary-General Antonio Guterres condemned the attack.', 'Antonio Guterres', ['Secretary-General']],
  ['before: a role and a rank are two titles', 'The barrage failed, military spokesman Rear Adm. Daniel Hagari told reporters.', 'Daniel Hagari', ['military spokesman', 'Rear Adm.']],
  ['after: a state before the head', 'Joe Biden, the US President, will give a speech.', 'Joe Biden', ['US President']],
  ['after: a nationality before a sports role', 'Simone Biles, the American gymnast, added three golds.', 'Simone Biles', ['American gymnast']],
  ['after: a region adjective', 'Markus Söder, the Bavarian premier, demanded a vote.', 'Markus Söder', ['Bavarian premier']],
  ['after: an acronym owner', 'First Minister John Swinney, the SNP leader, said so.', 'John Swinney', ['First Minister', 'SNP leader']],
  ['after: a body owner', 'Ursula von der Leyen, the European Commission president, said the centre held.', 'Ursula von der Leyen', ['European Commission president']],
  ['after: the possessive owner is left out', 'Ben Minicucci, Alaska’s chief executive, said in a statement that it was done.', 'Ben Minicucci', ['chief executive']],
  ['after: a common-noun owner is left out', '"Nurses leave," said Denise Hollway, the union\'s president.', 'Denise Hollway', ['president']],
  ['after: a membership', 'Benny Gantz, a member of the cabinet, said Israel would respond.', 'Benny Gantz', ['member of the cabinet']],
  ['before comma: three qualifiers', 'It was confirmed by Lakeshore\'s chief operating officer, Mark Ferrante.', 'Mark Ferrante', ['chief operating officer']],
  ['before comma: a title between the comma and the name', 'His running mate, Senator JD Vance of Ohio, will become vice president.', 'JD Vance', ['Senator', 'running mate']],
];

describe('actors: titles', () => {
  it.each(cases)('%s', (_label, text, name, titles) => {
    expect([...actorNamed(text, name).titles].sort()).toEqual([...titles].sort());
  });
});
