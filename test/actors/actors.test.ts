import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors/index.js';
import { documentOf } from '../support/document.js';

interface Expected {
  name: string;
  kind?: string;
  country?: string | null;
  titles?: string[];
  aliases?: string[];
  credit?: boolean;
  mentions?: string[];
}

/** [label, text, actor expected (fields compared only where given)] */
const cases: Array<[string, string, Expected]> = [
  ['title: pre-nominal lower case', 'Defence minister Rustem Umarov told reporters.', { name: 'Rustem Umarov', kind: 'person', titles: ['Defence minister'] }],
  ['title: nationality + President', 'He met Turkish President Recep Tayyip Erdogan on Monday.', { name: 'Recep Tayyip Erdogan', titles: ['Turkish President'], country: 'TR' }],
  ['title: Ukrainian President', 'Ukrainian President Volodymyr Zelensky spoke.', { name: 'Volodymyr Zelensky', titles: ['Ukrainian President'], country: 'UA' }],
  ['title: appositive head of', 'So said Vasyl Malyuk, head of the Ukrainian security service, who led it.', { name: 'Vasyl Malyuk', titles: ['head of the Ukrainian security service'], country: 'UA' }],
  ['title: appositive with possessive inside', 'The list was handed over, said Andriy Yermak, head of Mr Zelensky’s office.', { name: 'Andriy Yermak', titles: ['head of Mr Zelensky’s office'] }],
  ['title: before comma after possessive', 'The court named the country’s commissioner for children’s rights, Maria Lvova-Belova, in the warrant.', { name: 'Maria Lvova-Belova', titles: ['commissioner for children’s rights'] }],
  ['title: appositive with article', 'Jane Porter, a spokeswoman for the company, declined to comment.', { name: 'Jane Porter', titles: ['spokeswoman for the company'] }],
  ['title: chief executive', 'Chief executive Mary Barra said sales rose.', { name: 'Mary Barra', titles: ['Chief executive'] }],
  ['title: Prime Minister', 'British Prime Minister Keir Starmer arrived in Paris.', { name: 'Keir Starmer', titles: ['British Prime Minister'], country: 'GB' }],
  ['title: Foreign Minister', 'Chinese Foreign Minister Wang Yi met his counterpart.', { name: 'Wang Yi', titles: ['Chinese Foreign Minister'], country: 'CN' }],
  ['alias: Mr + surname', 'Volodymyr Zelensky spoke. Mr Zelensky said more later.', { name: 'Volodymyr Zelensky', aliases: ['Mr Zelensky'], mentions: ['Volodymyr Zelensky', 'Mr Zelensky'] }],
  ['alias: bare surname', 'Vladimir Putin was absent. Without pressure, Putin will keep playing games.', { name: 'Vladimir Putin', aliases: ['Putin'], mentions: ['Vladimir Putin', 'Putin'] }],
  ['alias: possessive surname', 'Emmanuel Macron spoke. Mr Macron’s office said so.', { name: 'Emmanuel Macron', aliases: ['Mr Macron'] }],
  ['alias: Ms honorific', 'Angela Merkel left. Ms Merkel said nothing.', { name: 'Angela Merkel', aliases: ['Ms Merkel'] }],
  ['alias: surname without a person tag', 'Rustem Umarov led the team. Later Umarov said talks went well.', { name: 'Rustem Umarov', aliases: ['Umarov'] }],
  ['credit: photographer', 'A truck burning near a town (Igor Kobets/AP)\n\nThe story goes on here.', { name: 'Igor Kobets', kind: 'person', credit: true }],
  ['credit: agency', 'A truck burning near a town (Igor Kobets/AP)\n\nThe story goes on here.', { name: 'AP', kind: 'organization', credit: true }],
  ['credit: ministry credit gets its country', 'Delegates at a palace (Ukrainian Ministry of Defence/AP)\n\nMore text follows.', { name: 'Ukrainian Ministry of Defence', credit: true, country: 'UA' }],
  ['metonymy: Kremlin', 'The Kremlin effectively rejected it.', { name: 'Kremlin', kind: 'organization', country: 'RU' }],
  ['metonymy: Kremlin possessive', 'Russia presented a memo setting out the Kremlin’s terms.', { name: 'Kremlin', mentions: ['Kremlin'] }],
  ['metonymy: White House', 'The White House said on Friday it would respond.', { name: 'White House', kind: 'organization', country: 'US' }],
  ['metonymy: capital acting', 'He said Kyiv had made a show of it.', { name: 'Ukraine', kind: 'country', country: 'UA', mentions: ['Kyiv'] }],
  ['metonymy: capital possessive', 'It destroyed a third of Moscow’s bomber fleet.', { name: 'Russia', kind: 'country', mentions: ['Moscow'] }],
  ['metonymy: capital and country merge', 'Russia fired drones. Later Moscow said it would talk.', { name: 'Russia', aliases: ['Moscow'], mentions: ['Russia', 'Moscow'] }],
  ['metonymy: Beijing acting', 'Beijing warned Washington over tariffs.', { name: 'China', kind: 'country', country: 'CN', mentions: ['Beijing'] }],
  ['kind: country subject', 'Ukraine proposed further talks.', { name: 'Ukraine', kind: 'country', country: 'UA' }],
  ['kind: country object of pressure', 'There must be new pressure on Russia.', { name: 'Russia', kind: 'country' }],
  ['kind: delegations from countries', 'Delegations from Russia and Ukraine have met.', { name: 'Ukraine', kind: 'country' }],
  ['kind: acronym country', 'US-led efforts have so far failed.', { name: 'US', kind: 'country', country: 'US' }],
  ['kind: organisation by head word', 'The International Criminal Court issued a warrant.', { name: 'International Criminal Court', kind: 'organization' }],
  ['kind: company', 'Shares of Rio Tinto Group fell sharply.', { name: 'Rio Tinto Group', kind: 'organization' }],
  ['kind: company Inc', 'Acme Widgets Inc said profits doubled.', { name: 'Acme Widgets Inc', kind: 'organization' }],
  ['kind: company short name joins its full name', 'Brightwave Devices agreed the deal. Brightwave said it would close soon.', { name: 'Brightwave Devices', kind: 'organization', aliases: ['Brightwave'] }],
  ['kind: company with a possessive head', 'Nurses at Lakeview Health’s hospitals walked out.', { name: 'Lakeview Health', kind: 'organization' }],
  ['country: organisation named for a first-level region', 'The Texas Department of Transportation closed the road.', { name: 'Texas Department of Transportation', kind: 'organization', country: 'US' }],
  ['kind: ministry of', 'The Ministry of Health reported new cases.', { name: 'Ministry of Health', kind: 'organization' }],
  ['kind: party', 'The Labour Party won the vote.', { name: 'Labour Party', kind: 'organization' }],
  ['kind: central bank', 'The European Central Bank raised rates.', { name: 'European Central Bank', kind: 'organization' }],
  ['kind: alliance acronym', 'He met leaders on Nato’s eastern flank.', { name: 'Nato', kind: 'organization', mentions: ['Nato'] }],
  ['kind: state body by possessive', 'Ukraine’s air force said so.', { name: 'Ukraine’s air force', kind: 'organization', country: 'UA', mentions: ['Ukraine’s air force'] }],
  ['kind: state body by demonym', 'The Ukrainian air force said so.', { name: 'Ukrainian air force', kind: 'organization', country: 'UA' }],
  ['kind: defence ministry', 'Drones were downed, Russia’s Defence Ministry said.', { name: 'Russia’s Defence Ministry', kind: 'organization', country: 'RU' }],
  ['group: demonym forces', 'Russian forces shelled the town.', { name: 'Russian forces', kind: 'group', country: 'RU' }],
  ['group: capital officials', 'Kyiv officials would need a week.', { name: 'Kyiv officials', kind: 'group', country: 'UA' }],
  ['group: capital and demonym merge', 'Kyiv officials spoke. Ukrainian officials agreed.', { name: 'Ukrainian officials', aliases: ['Kyiv officials'] }],
  ['group: delegation', 'At the table, the Ukrainian delegation said.', { name: 'Ukrainian delegation', kind: 'group', country: 'UA' }],
  ['group: bloggers', 'Many Russian military bloggers criticised the army.', { name: 'Russian military bloggers', kind: 'group', country: 'RU' }],
  ['group: air defences', 'Russian air defences downed 162 drones.', { name: 'Russian air defences', kind: 'group', country: 'RU' }],
  ['group: protesters', 'Georgian protesters marched again.', { name: 'Georgian protesters', kind: 'group', country: 'GE' }],
  ['person: compromise-tagged single name in article with full name', 'Joe Biden spoke. Biden left.', { name: 'Joe Biden', mentions: ['Joe Biden', 'Biden'] }],
  ['person: hyphenated surname', 'Maria Lvova-Belova was named.', { name: 'Maria Lvova-Belova', kind: 'person' }],
  ['person: three names', 'Recep Tayyip Erdogan said the talks were an achievement.', { name: 'Recep Tayyip Erdogan', kind: 'person' }],
  ['title: region before title gives its country', 'Ohio Governor Mike Dewine toured the plant.', { name: 'Mike Dewine', titles: ['Ohio Governor'], country: 'US' }],
  ['title: appositive with possessive country', 'Karim Haddad, a spokesman for Jordan’s foreign ministry, confirmed the date.', { name: 'Karim Haddad', country: 'JO' }],
  ['title: appositive head of a possessive country body', 'Omar Saleh, head of Morocco’s Information Service, spoke.', { name: 'Omar Saleh', country: 'MA' }],
  ['title: sheriff', 'Sheriff Dana Whitlock said roads were closed.', { name: 'Dana Whitlock', titles: ['Sheriff'], kind: 'person' }],
  ['name: hyphenated Arabic article', 'Talal al-Hashimi, a spokesman, spoke. Mr Hashimi added more.', { name: 'Talal al-Hashimi', kind: 'person', aliases: ['Mr Hashimi'] }],
  ['organisation: possessive country before a body', 'Officials said Jordan’s State Broadcasting Authority would comment.', { name: 'State Broadcasting Authority', kind: 'organization', country: 'JO' }],
  ['organisation: "of the" inside a name', 'Aid went through the International Federation of the Red Crescent on Friday.', { name: 'International Federation of the Red Crescent', kind: 'organization' }],
  ['organisation: acronym from initials joins the full name', 'The European Space Agency (ESA) said the launch slipped. ESA gave no date.', { name: 'European Space Agency', kind: 'organization', aliases: ['ESA'] }],
  ['organisation: acronym used before the full name', 'Forecasts from NWS were grim, the National Weather Service said.', { name: 'National Weather Service', aliases: ['NWS'] }],
  ['organisation: National X Center is a body', 'Rain will fall for days, the National Drought Center said.', { name: 'National Drought Center', kind: 'organization' }],
  ['organisation: one-word movement', 'Talks between Israel and Hezbollah stalled.', { name: 'Hezbollah', kind: 'organization' }],
  ['organisation: region-named agency', 'The Texas Department of Transportation closed roads.', { name: 'Texas Department of Transportation', kind: 'organization', country: 'US' }],
];

describe('actors', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const document = documentOf(text);
    const actors = findActors(document);
    const actor = actors.find((a) => a.name === expected.name);
    expect(actor, `${text}\n${JSON.stringify(actors, null, 1)}`).toBeDefined();
    const { mentions, ...fields } = expected;
    expect(actor).toMatchObject(fields);
    if (mentions) expect(actor!.mentions.map((m) => m.text)).toEqual(mentions);
    for (const m of actor!.mentions) {
      expect(document.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentence).toBe(document.sentenceAt(m.start));
    }
  });
});
