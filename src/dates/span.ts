/**
 * A date's text without the preposition that introduces it ("on Sunday" is "Sunday", "at 23:42" is "23:42"),
 * per fixtures/ANNOTATION.md, and without punctuation chrono takes in at either end ("(on Monday,").
 * Words that change the value stay: "late on Tuesday", "between June 20 and 30", "from 9 to 11 March".
 */
const LEADING = /^(?:[\s,;:(\[（]+|(?:on|in|at|since|by|during)\s+)+/i;
const TRAILING = /[\s,;:)\]）]+$|(?<![ap]\.m)\.$/;
/** A zone after a clock time ("4:30 p.m. ET") is not part of the value we give, so not of the text either. */
const TIME_ZONE = /\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK)$/;

export function trimDateSpan(text: string, start: number): { text: string; start: number; end: number } {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(TIME_ZONE, '').replace(TRAILING, '');
  return { text: trimmed, start: start + lead, end: start + lead + trimmed.length };
}
