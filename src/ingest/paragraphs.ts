/** A block of text separated from the next by a blank line. Offsets into `article.text`, trimmed of white space. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

const BLANK_LINE = /\n[ \t]*\n\s*/g;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (from: number, to: number) => {
    const slice = text.slice(from, to);
    const start = from + (slice.length - slice.trimStart().length);
    const end = to - (slice.length - slice.trimEnd().length);
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  let from = 0;
  for (const match of text.matchAll(BLANK_LINE)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}
