import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/ingest/captions.js';
import { splitParagraphs } from '../../src/ingest/paragraphs.js';

const captionsOf = (text: string) => findCaptions(text, splitParagraphs(text));

describe('findCaptions: credits', () => {
  const cases: [paragraph: string, credit: string, names: [string, 'person' | 'organization'][]][] = [
    ['A truck burning in the region (Igor Petrov/AP)', '(Igor Petrov/AP)', [['Igor Petrov', 'person'], ['AP', 'organization']]],
    [
      'The president (Alexander Ivanov, Sputnik, Kremlin Pool Photo/AP)',
      '(Alexander Ivanov, Sputnik, Kremlin Pool Photo/AP)',
      [['Alexander Ivanov', 'person'], ['Sputnik', 'organization'], ['Kremlin Pool Photo', 'organization'], ['AP', 'organization']],
    ],
    [
      'Delegations at the palace (Ukrainian Ministry of Defence/AP)',
      '(Ukrainian Ministry of Defence/AP)',
      [['Ukrainian Ministry of Defence', 'organization'], ['AP', 'organization']],
    ],
    ['Flood water in the town square (Reuters)', '(Reuters)', [['Reuters', 'organization']]],
    ['Rescuers at work (Jane Smith/PA Wire)', '(Jane Smith/PA Wire)', [['Jane Smith', 'person'], ['PA Wire', 'organization']]],
    ['The chief executive on stage (Mark Lee/Bloomberg via Getty Images)', '(Mark Lee/Bloomberg via Getty Images)', [
      ['Mark Lee', 'person'], ['Bloomberg', 'organization'], ['Getty Images', 'organization'],
    ]],
    ['A family waits outside a collapsed block (Photo: Bulent Kaya/AFP)', '(Photo: Bulent Kaya/AFP)', [['Bulent Kaya', 'person'], ['AFP', 'organization']]],
    ['Supporters at the count (Picture: Jane Roe/PA)', '(Picture: Jane Roe/PA)', [['Jane Roe', 'person'], ['PA', 'organization']]],
    ['The striker celebrates (Vianney Thibaut/AFP)', '(Vianney Thibaut/AFP)', [['Vianney Thibaut', 'person'], ['AFP', 'organization']]],
    ['The leader speaks in London (Helen Marsh/PA via AP)', '(Helen Marsh/PA via AP)', [['Helen Marsh', 'person'], ['PA', 'organization'], ['AP', 'organization']]],
    ['A mural in Kyiv (Oksana Vianova/Reuters)', '(Oksana Vianova/Reuters)', [['Oksana Vianova', 'person'], ['Reuters', 'organization']]],
    ['Homes line a street in Jasper (Megan Albright/The Canadian Press)', '(Megan Albright/The Canadian Press)', [
      ['Megan Albright', 'person'], ['Canadian Press', 'organization'],
    ]],
    ['A rally in Ohio (The Associated Press)', '(The Associated Press)', [['Associated Press', 'organization']]],
    ['Voters queue in Leeds (Handout/Electoral Commission)', '(Handout/Electoral Commission)', [['Electoral Commission', 'organization']]],
  ];
  it.each(cases)('%s', (paragraph, credit, names) => {
    const text = `Story paragraph one. It goes on.\n\n${paragraph}\n\nStory again.`;
    const [caption, ...more] = captionsOf(text);
    expect(more).toEqual([]);
    expect(caption?.paragraph).toBe(1);
    expect(caption?.credit.text).toBe(credit);
    expect(text.slice(caption!.credit.start, caption!.credit.end)).toBe(credit);
    expect(caption?.names.map((n) => [n.text, n.kind])).toEqual(names);
    for (const n of caption!.names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});
