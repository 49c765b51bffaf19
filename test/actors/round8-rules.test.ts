import { describe, it } from 'vitest';
import { expectActor, type ActorCase } from './expect-actor.js';

/**
 * [label, text, expected actor] for the rules written after held-out set six was scored: romanised given names,
 * offices a title head takes with "of"/"for", local offices.
 */
const cases: ActorCase[] = [
  // Romanised Chinese and Korean given names split at a hyphen.
  ['Wade-Giles given name', 'President Tsai Ing-wen visited the shelter on Thursday.', { name: 'Tsai Ing-wen', kind: 'person', titles: ['President'], mentions: ['Tsai Ing-wen'] }],
  ['pinyin given name after a comma', 'The premier, Chen Chien-jen, said funds would follow.', { name: 'Chen Chien-jen', kind: 'person', mentions: ['Chen Chien-jen'] }],
  ['Korean given name', 'Kim Jong-un watched the launch, state media said.', { name: 'Kim Jong-un', kind: 'person', mentions: ['Kim Jong-un'] }],
  ['Korean given name ending in "in"', 'Former president Moon Jae-in said he would not comment.', { name: 'Moon Jae-in', kind: 'person', titles: ['Former president'], mentions: ['Moon Jae-in'] }],
  ['Korean given name of five letters', 'President Yoon Suk-yeol declared martial law.', { name: 'Yoon Suk-yeol', kind: 'person', mentions: ['Yoon Suk-yeol'] }],
  // Offices: a title head with "of" or "for" and the office's capitalised words.
  ['Secretary of State opening a sentence', 'Secretary of State Antony Blinken said the United States stood ready.', { name: 'Antony Blinken', kind: 'person', titles: ['Secretary of State'], mentions: ['Antony Blinken'] }],
  ['Secretary of State after a national owner', 'He met US Secretary of State Antony Blinken in Riyadh.', { name: 'Antony Blinken', kind: 'person', country: 'US', titles: ['US Secretary of State'], mentions: ['Antony Blinken'] }],
  ['office of two words', 'Minister of Foreign Affairs Wang Yi said talks would go on.', { name: 'Wang Yi', kind: 'person', titles: ['Minister of Foreign Affairs'], mentions: ['Wang Yi'] }],
  ['office words compromise tags as a person', 'Later, Director of National Intelligence Avril Haines testified.', { name: 'Avril Haines', kind: 'person', titles: ['Director of National Intelligence'], mentions: ['Avril Haines'] }],
  ['Chief of Staff', 'Chief of Staff Jeff Zients said the plan was ready.', { name: 'Jeff Zients', kind: 'person', titles: ['Chief of Staff'], mentions: ['Jeff Zients'] }],
  ['office with "for"', 'Minister for Europe Nusrat Ghani spoke on Monday.', { name: 'Nusrat Ghani', kind: 'person', titles: ['Minister for Europe'], mentions: ['Nusrat Ghani'] }],
  // Local offices are titles.
  ['a county magistrate', 'Hualien County Magistrate Hsu Chen-wei urged calm.', { name: 'Hsu Chen-wei', kind: 'person', titles: ['Hualien County Magistrate'], mentions: ['Hsu Chen-wei'] }],
  ['a councillor', 'Councillor Jane Morris said the road would reopen.', { name: 'Jane Morris', kind: 'person', titles: ['Councillor'], mentions: ['Jane Morris'] }],
  // Organisations' countries.
  ["an owner's possessive before a body named after another state", "China's Taiwan Affairs Office said Beijing was ready to help.", { name: 'Taiwan Affairs Office', kind: 'organization', country: 'CN', mentions: ['Taiwan Affairs Office'] }],
  ["a home after a person's possessive in an appositive", "The offer came from EP Group, Mr Kretinsky's Prague-based investment vehicle, on Wednesday.", { name: 'EP Group', kind: 'organization', country: 'CZ', mentions: ['EP Group'] }],
  ['a state body whose head takes "of"', 'In Pretoria, officials of South Africa said the Department of Home Affairs had reopened. The Bureau of Statistics of South Africa agreed.', { name: 'Department of Home Affairs', kind: 'organization', country: 'ZA', mentions: ['Department of Home Affairs'] }],
  ['a constitutional court in the setting', 'South Africa votes today. South Africa has nine provinces, and South Africa counts slowly. The Constitutional Court ruled on Monday.', { name: 'Constitutional Court', kind: 'organization', country: 'ZA', mentions: ['Constitutional Court'] }],
  // An organisation's first word stands for it; where the rest of the name follows, the mention is the full name.
  ['full name where its first reading failed', "Royal Mail is for sale. The buyer pledged to keep Royal Mail's headquarters in London. Staff at a Royal Mail delivery office said so.", { name: 'Royal Mail', kind: 'organization', mentions: ['Royal Mail', 'Royal Mail', 'Royal Mail'] }],
  // A name defined by its initials in brackets is a body.
  ['a party defined by its initials', 'The Economic Freedom Fighters (EFF) of Julius Malema were fourth. The EFF said it would talk to anyone.', { name: 'Economic Freedom Fighters', kind: 'organization', aliases: ['EFF'], mentions: ['Economic Freedom Fighters', 'EFF', 'EFF'] }],
  ['initials that skip "of" and "and"', 'The National Union of Rail, Maritime and Transport Workers (RMT) called a strike.', { name: 'National Union of Rail, Maritime and Transport Workers', kind: 'organization', country: null, mentions: ['National Union of Rail, Maritime and Transport Workers', 'RMT'] }],
  // Generation suffixes are part of a name, and the surname is the word before them.
  ['a generation numeral', 'John J. Ray III, who took over the firm, testified. Ray said the losses were huge.', { name: 'John J. Ray III', kind: 'person', mentions: ['John J. Ray III', 'Ray'] }],
  ['"Jr." keeps its full stop', 'Martin Luther King Jr. spoke in 1963. King was 34.', { name: 'Martin Luther King Jr.', kind: 'person', mentions: ['Martin Luther King Jr.', 'King'] }],
  // Bodies of people.
  ['a jury acting', 'A jury convicted the 32-year-old on Nov. 2 on seven counts.', { name: 'jury', kind: 'group', mentions: ['jury'] }],
  ['jurors addressed', 'The judge said he had lied to jurors when he testified.', { name: 'jurors', kind: 'group', mentions: ['jurors'] }],
  ['defense lawyers', 'Prosecutors sought 40 years, while his defense lawyers asked for six.', { name: 'defense lawyers', kind: 'group', mentions: ['defense lawyers'] }],
  ['a two-word nationality asked to act', 'The president had asked South Africans to give the party five more years.', { name: 'South Africans', kind: 'group', country: 'ZA', mentions: ['South Africans'] }],
  // A body the text gives no state is of the state the article is set in.
  ['a company in a story set in one state', 'LONDON — Britain\'s biggest parcel firm, Swiftpost, said on Monday it would cut jobs in Britain. Unions in Leeds and Manchester said Britain needed the jobs. Swiftpost shares fell.', { name: 'Swiftpost', kind: 'organization', country: 'GB', mentions: ['Swiftpost', 'Swiftpost'] }],
  ['a union in a story set in one state', 'Workers in Ohio, Texas and Michigan walked out. The United Auto Workers union said Detroit carmakers in the United States must pay more. The United Auto Workers will vote on Friday.', { name: 'United Auto Workers', kind: 'organization', country: 'US', mentions: ['United Auto Workers', 'United Auto Workers'] }],
  ['a body named once is cited in passing', 'Workers in Ohio, Texas and Michigan walked out. Analysts at Corbel Research said Detroit carmakers in the United States must pay more.', { name: 'Corbel Research', kind: 'organization', country: null, mentions: ['Corbel Research'] }],
  // A division only GeoNames holds, named by one state alone, inside a body's name.
  ['a constituent country inside a bank\'s name', 'The Bank of England held rates at 5.25%.', { name: 'Bank of England', kind: 'organization', country: 'GB', mentions: ['Bank of England'] }],
  // A ship's prefix names its navy's state.
  ['a ship prefix', 'Jets from the USS Dwight D. Eisenhower flew over Israel, Jordan and Israel again.', { name: 'USS Dwight D. Eisenhower', kind: 'organization', country: 'US', mentions: ['USS Dwight D. Eisenhower'] }],
  // Titles from verbs of office, honorific mentions, and more title words.
  ['an office left', 'Jacob Zuma resigned as president in 2018 under pressure.', { name: 'Jacob Zuma', kind: 'person', titles: ['president'], mentions: ['Jacob Zuma'] }],
  ['an office held, in a clause', 'Lloyd Austin, who served as defense secretary, spoke on Monday.', { name: 'Lloyd Austin', kind: 'person', titles: ['defense secretary'], mentions: ['Lloyd Austin'] }],
  ['an office after an honorific mention', 'Jacob Zuma launched a party. Mr Zuma, the former president, was barred.', { name: 'Jacob Zuma', kind: 'person', titles: ['former president'], mentions: ['Jacob Zuma', 'Mr Zuma'] }],
  ['a shadow minister owned by a party', "Labour won 400 seats in Britain. Jonathan Reynolds, Labour's shadow business secretary, said the party would study it.", { name: 'Jonathan Reynolds', kind: 'person', country: 'GB', titles: ['shadow business secretary'], mentions: ['Jonathan Reynolds'] }],
  ["an office's own sentence before its paragraph's first state", "China's Taiwan Affairs Office said Beijing would help. Secretary of State Antony Blinken said the United States stood ready to help.", { name: 'Antony Blinken', kind: 'person', country: 'US', titles: ['Secretary of State'], mentions: ['Antony Blinken'] }],
  ["prosecutors belong to the state of the setting", 'In New York, a U.S. judge heard the case. Prosecutors said the American banker lied. The United States will appeal.', { name: 'Prosecutors', kind: 'group', country: 'US', mentions: ['Prosecutors'] }],
  ['a party\'s leader after its "of"', 'In Uttar Pradesh the Samajwadi Party of Akhilesh Yadav won 37 seats.', { name: 'Akhilesh Yadav', kind: 'person', mentions: ['Akhilesh Yadav'] }],
  ['the party before its leader', 'In Uttar Pradesh the Samajwadi Party of Akhilesh Yadav won 37 seats.', { name: 'Samajwadi Party', kind: 'organization', mentions: ['Samajwadi Party'] }],
  ['a company named after a noun for what it is', 'Flights were canceled, according to tracking site FlightAware, on Friday.', { name: 'FlightAware', kind: 'organization', mentions: ['FlightAware'] }],
  ['a company after a corporate role and "of"', 'Kurtz, a former chief technology officer of McAfee, was there in 2010.', { name: 'McAfee', kind: 'organization', mentions: ['McAfee'] }],
  ['a court named with its circuit', 'The U.S. Court of Appeals for the 7th Circuit ruled on Monday.', { name: 'U.S. Court of Appeals for the 7th Circuit', kind: 'organization', country: 'US', mentions: ['U.S. Court of Appeals for the 7th Circuit'] }],
  ['a court named with its district and state', 'A judge of the U.S. District Court for the Southern District of New York said so.', { name: 'U.S. District Court for the Southern District of New York', kind: 'organization', country: 'US', mentions: ['U.S. District Court for the Southern District of New York'] }],
  ['a legislature named in its own language', "The BJP won 240 of 543 seats in the Lok Sabha, India's lower house.", { name: 'Lok Sabha', kind: 'organization', country: 'IN', mentions: ['Lok Sabha'] }],
  ['a military unit', 'Soldiers of the Military Emergencies Unit searched garages in Valencia, Spain, and Spain sent more.', { name: 'Military Emergencies Unit', kind: 'organization', country: 'ES', mentions: ['Military Emergencies Unit'] }],
  ['people who receive aid', 'The ministry said it had flown food, water and medicine to hikers stranded in the gorge.', { name: 'hikers', kind: 'group', mentions: ['hikers'] }],
  ['residents receiving meals', 'Volunteers delivered hot meals to residents on Sunday.', { name: 'residents', kind: 'group', mentions: ['residents'] }],
  ['a continent acting as a bloc', 'Europe imposed new sanctions on Russia on Friday.', { name: 'Europe', kind: 'group', country: null, mentions: ['Europe'] }],
  ['a continent as the source of sanctions', 'There must be new sanctions, and not just from Europe.', { name: 'Europe', kind: 'group', country: null, mentions: ['Europe'] }],
];

describe('actors: round 8 recognition rules', () => {
  it.each(cases)('%s', (_label, text, expected) => expectActor(text, expected, '2024-05-30'));
});
