import { describe, expect, it } from 'vitest';
import { actorNamed } from './attributes-support.js';

/** [label, text, actor, expected aliases, expected mention texts] */
const cases: Array<[string, string, string, string[], string[]]> = [
  ['an honorific with a full stop stays in the mention', 'Donald J. Trump won. The agency declared Mr. Trump the winner.', 'Donald J. Trump', ['Mr. Trump'], ['Donald J. Trump', 'Mr. Trump']],
  ['Sir and a first name are the knight', 'Sir Keir Starmer won the election. Sir Keir went to the palace.', 'Keir Starmer', ['Sir Keir Starmer', 'Sir Keir'], ['Sir Keir Starmer', 'Sir Keir']],
  ['a state body keeps the wording the text gives it', 'Qatar’s foreign ministry said the talks went on.', 'Qatar’s foreign ministry', [], ['Qatar’s foreign ministry']],
];

describe('actors: names, aliases and mentions', () => {
  it.each(cases)('%s', (_label, text, name, aliases, mentions) => {
    const actor = actorNamed(text, name);
    expect([...actor.aliases].sort()).toEqual([...aliases].sort());
    expect(actor.mentions.map((m) => m.text)).toEqual(mentions);
  });
});
