import { describe, expect, it } from 'vitest';
import { actorNamed, actorsOf } from './attributes-support.js';

/** [label, text, actor, country it must keep (null: none)] — countries the text does not give. */
const countries: Array<[string, string, string, string | null]> = [
  ['an international body’s officer takes no state', 'Poland was flooded. Warsaw asked for help. Polish towns emptied. European Commission President Ursula von der Leyen said she would travel.', 'Ursula von der Leyen', null],
  ['a secretary general is no state office', 'Ukraine asked for more. Kyiv wants a date. Ukrainian officials waited. Secretary General Jens Stoltenberg told him the allies stood close.', 'Jens Stoltenberg', null],
  ['a union officer is no state office', 'Ohio nurses struck. Ohio hospitals closed. Texas and Florida watched. "We leave," said Denise Hollway, the union\'s president.', 'Denise Hollway', null],
  ['a company is not given the setting', 'Florida braced. Ohio and Texas sent crews. Catastrophe modeler Acme Analytics put losses at $50 billion.', 'Acme Analytics', null],
  ['a place after "to" is no attribute', 'The Transport Ministry must approve the routes to Japan.', 'Transport Ministry', null],
  ['a first name that is a state is no cue', 'Jordan Bardella urged voters to back his party.', 'Jordan Bardella', null],
  ['one sentence with no state gives none', 'Turnout fell, and Labour won 300 seats across the country.', 'Labour', null],
];

describe('actors: no country the text does not give', () => {
  it.each(countries)('%s', (_label, text, name, country) => {
    expect(actorNamed(text, name).country ?? null).toBe(country);
  });
});

describe('actors: title and name negatives', () => {
  it('a rank abbreviation alone is no person', () => {
    const actors = actorsOf('The barrage failed, military spokesman Rear Adm. Daniel Hagari told reporters.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Daniel Hagari']);
  });
  it('an honorific is never a title', () => {
    expect(actorNamed('Mr. Trump said Dr. Jane Roe would lead.', 'Jane Roe').titles).toEqual([]);
  });
  it('a description after a name is no title without a title head', () => {
    expect(actorNamed('Sherrod Brown, a three-term Democrat, lost.', 'Sherrod Brown').titles).toEqual([]);
  });
  it('a clause after a name is no title', () => {
    expect(actorNamed('Jordan Bardella, the 28-year-old who headed the list, spoke.', 'Jordan Bardella').titles).toEqual([]);
  });
  it('"Sir" and a first name shared by two full names stay apart', () => {
    const actors = actorsOf('Sir John Major and Sir John Curtice spoke. Later Sir John left.');
    expect(actors.find((a) => a.name === 'John Major')?.aliases ?? []).not.toContain('Sir John');
    expect(actors.find((a) => a.name === 'John Curtice')?.aliases ?? []).not.toContain('Sir John');
  });
});
