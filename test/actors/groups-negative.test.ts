import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schema/index.js';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

/** [label, text, a predicate no actor may satisfy] */
const cases: Array<[string, string, (a: Actor) => boolean]> = [
  ['no group for strikers counted by a figure', 'Boeing braced for a standoff as about 33,000 machinists stayed off the job.', (a) => a.kind === 'group'],
  ['no group for workers counted after an organisation’s word', 'Hawaiian Airlines agreed the deal. The Teamsters represent some 2000 Hawaiian workers.', (a) => a.kind === 'group'],
  ['no group for a class a "who" clause defines', 'The judge wrote that the firm may not charge former members who cancel.', (a) => a.kind === 'group'],
  ['no group for investors a "who" clause defines', 'Investors who expect rates to fall could be disappointed.', (a) => a.kind === 'group'],
  ['no group for people at work at the scene', 'Rescue workers were still pulling bodies from the mud.', (a) => a.kind === 'group'],
  ['no group for rescuers in a caption', 'Rescuers carry a survivor from a collapsed building (Emre Caylak/Getty Images)', (a) => a.kind === 'group'],
  ['no group for a plural inside a name', 'Members of the International Association of Machinists walked out.', (a) => a.kind === 'group' && /machinists/i.test(a.name)],
  ['no group for members counted by a fraction', 'The change was used by barely a third of members so far.', (a) => a.kind === 'group'],
  ['no group for generic supporters or reporters', 'He told supporters and reporters that the count was over.', (a) => a.kind === 'group'],
  ['no group in a time clause of the background', 'Trump won, four years after voters turned him out of office.', (a) => a.kind === 'group'],
  ['no group for members of a staff', 'The chief executive said in a memo to staff that he wanted a reset.', (a) => a.kind === 'group'],
];

describe('actors: groups (negative)', () => {
  it.each(cases)('%s', (_label, text, forbidden) => {
    const actors = findActors(documentOf(text));
    expect(actors.filter(forbidden), JSON.stringify(actors, null, 1)).toEqual([]);
  });
});
