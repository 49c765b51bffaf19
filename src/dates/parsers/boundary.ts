import type { ParsingContext } from 'chrono-node';

/**
 * chrono runs a parser's pattern again on the text after a rejected match's first character, so a pattern cannot see
 * what came before it: "2022" rejected would come back as "022". Every parser checks the original text instead.
 */
export function startsWord(context: ParsingContext, index: number): boolean {
  return index === 0 || !/[\w$£€]/.test(context.text[index - 1]!);
}

export function textBefore(context: ParsingContext, index: number, length = 40): string {
  return context.text.slice(Math.max(0, index - length), index);
}

export function textAfter(context: ParsingContext, index: number, length = 40): string {
  return context.text.slice(index, index + length);
}
