import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf } from '../support/document.js';

describe('buildDocument: sentences', () => {
  const cases: [label: string, text: string, sentences: string[]][] = [
    ['two sentences', 'Officials met. They talked.', ['Officials met.', 'They talked.']],
    ['paragraphs', 'First one.\n\nSecond one.', ['First one.', 'Second one.']],
    ['a caption without a full stop stays its own sentence', 'Story text.\n\nA truck burning (Igor Petrov/AP)\n\nMore story.', [
      'Story text.', 'A truck burning (Igor Petrov/AP)', 'More story.',
    ]],
    ['abbreviations do not split', 'Mr. Smith met Dr. Jones in the U.S. on Monday.', ['Mr. Smith met Dr. Jones in the U.S. on Monday.']],
    ['quotes', '“Russia must feel it,” he said. Then he left.', ['“Russia must feel it,” he said.', 'Then he left.']],
  ];
  it.each(cases)('%s', (_label, text, sentences) => {
    const doc = documentOf(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(sentences);
    doc.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('marks caption sentences and their credit, and numbers paragraphs', () => {
    const text = 'Story text. More.\n\nA truck burning (Igor Petrov/AP)\n\nMore story.';
    const doc = documentOf(text);
    expect(doc.sentences.map((s) => [s.paragraph, s.caption])).toEqual([[0, false], [0, false], [1, true], [2, false]]);
    expect(doc.sentences[2]?.credit).toEqual({ start: 35, end: 51, text: '(Igor Petrov/AP)' });
  });
});

describe('buildDocument: terms and lookups', () => {
  const text = 'Russia on Sunday fired 472 drones at Ukraine.\n\nKyiv said so.';
  const doc = documentOf(text);

  it('every term points at its own characters', () => {
    for (const t of doc.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.terms.map((t) => t.text)).toEqual(['Russia', 'on', 'Sunday', 'fired', '472', 'drones', 'at', 'Ukraine', 'Kyiv', 'said', 'so']);
  });

  it('tags come from the one compromise parse', () => {
    expect(doc.terms.find((t) => t.text === 'fired')?.tags.has('PastTense')).toBe(true);
    expect(doc.terms.find((t) => t.text === '472')?.tags.has('Value')).toBe(true);
  });

  const lookups: [offset: number, sentence: number][] = [[0, 0], [44, 0], [45, -1], [47, 1], [59, 1], [60, -1]];
  it.each(lookups)('sentenceAt(%i) is %i', (offset, sentence) => {
    expect(doc.sentenceAt(offset)).toBe(sentence);
  });

  it('termsIn returns the terms inside a span', () => {
    expect(doc.termsIn(10, 26).map((t) => t.text)).toEqual(['Sunday', 'fired', '472']);
    expect(doc.termsIn(11, 16)).toEqual([]);
  });

  it('reference is noon UTC of the publication day', () => {
    expect(doc.reference?.toISOString()).toBe('2025-06-02T12:00:00.000Z');
    expect(documentOf('No date.', null).reference).toBeNull();
  });
});

describe('buildDocument: the golden article', () => {
  const raw = readFileSync(new URL('../../fixtures/2025-06-02-istanbul-talks.txt', import.meta.url), 'utf8');
  const doc = documentOf(raw.replace(/^\s*date \S+ /, ''));
  it('finds the three captions and nothing else', () => {
    const captions = doc.sentences.filter((s) => s.caption);
    expect(captions.map((s) => s.credit?.text)).toEqual([
      '(Ukrainian Ministry of Defence/AP)',
      '(Alexander Kazakov, Sputnik, Kremlin Pool Photo/AP)',
      '(Igor Kobzev/AP)',
    ]);
  });
  it('keeps every sentence inside one paragraph', () => {
    for (const s of doc.sentences) {
      const p = doc.paragraphs[s.paragraph]!;
      expect(s.start >= p.start && s.end <= p.end).toBe(true);
    }
  });
});
