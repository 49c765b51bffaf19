import { describe, expect, it } from 'vitest';
import { actorNamed } from './attributes-support.js';

/** [label, text, actor, expected country] */
const cases: Array<[string, string, string, string]> = [
  ['person: seat of government in the title', 'Kremlin spokesman Dmitry Peskov warned of harm.', 'Dmitry Peskov', 'RU'],
  ['person: state in an appositive title', 'Joe Biden, the US President, will give a speech.', 'Joe Biden', 'US'],
  ['person: state possessive before an appositive title', 'Léon Marchand, France’s swimming star, won four golds.', 'Léon Marchand', 'FR'],
  ['person: region possessive before the title', 'Hawaii’s governor, Josh Green, has backed the deal.', 'Josh Green', 'US'],
  ['person: city in the title', 'The flag passed from the Paris mayor, Anne Hidalgo, to her successor.', 'Anne Hidalgo', 'FR'],
  ['person: "of" a state after the name', 'Prime Minister Benjamin Netanyahu of Israel called to congratulate him.', 'Benjamin Netanyahu', 'IL'],
  ['person: "of" a region after the name', 'Senator JD Vance of Ohio will become vice president.', 'JD Vance', 'US'],
  ['person: a state’s possessive before the name', 'Algeria’s Imane Khelif won boxing gold.', 'Imane Khelif', 'DZ'],
  ['person: a body with a country named in the title', 'FEMA Administrator Deanne Criswell said the Federal Emergency Management Agency in Washington had money. The US agency will pay.', 'Deanne Criswell', 'US'],
  ['person: the sentence’s opening frame', 'In Belgium, Prime Minister Alexander De Croo said he would resign.', 'Alexander De Croo', 'BE'],
  ['person: the state named first in the paragraph', 'Czech Prime Minister Petr Fiala said the region faced the gravest situation. Interior Minister Vít Rakušan said one person had drowned.', 'Vít Rakušan', 'CZ'],
  ['person: the state named later as an attribute', 'President Joe Biden said U.S. forces helped shoot down the drones.', 'Joe Biden', 'US'],
  ['organization: the place right after a body', 'Erdogan agreed to send the application to the parliament in Ankara, which may vote on it.', 'parliament', 'TR'],
  ['organization: a home description after the name', 'A judge ordered Streamwell, the Denver-based fitness company, to pay a penalty.', 'Streamwell', 'US'],
  ['organization: a home description in a later sentence', 'Veridian Pharmaceuticals agreed to buy Kestrel Bio. The New Jersey company also reported higher revenue.', 'Veridian Pharmaceuticals', 'US'],
  ['organization: a state possessive appositive', 'A girl was wounded, according to Magen David Adom, Israel’s ambulance service.', 'Magen David Adom', 'IL'],
  ['organization: a national description before the name', 'The French data protection regulator, CNIL, ordered a fine.', 'CNIL', 'FR'],
  ['organization: a national institution in a report set in one state', 'Florida braced for the storm. Ohio and Texas sent crews. The National Weather Service warned of floods in California.', 'National Weather Service', 'US'],
  ['group: political collective in the opening paragraph’s state', 'Polish Prime Minister Donald Tusk declared a disaster. Opposition politicians criticised Mr Tusk.', 'Opposition politicians', 'PL'],
];

describe('actors: countries from the text', () => {
  it.each(cases)('%s', (_label, text, name, country) => {
    expect(actorNamed(text, name).country).toBe(country);
  });
});
