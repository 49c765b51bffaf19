import { joined, readNumberPhrase, type NumberPhrase } from './number-phrase.js';
import type { Word } from './words.js';

/** A number joined to the one before it: the high end of a range, or the whole of a ratio. */
export interface SecondNumber {
  relation: 'range' | 'ratio';
  phrase: NumberPhrase;
  /** Index of the word that opens the pair ("between"), when there is one before the first number. */
  opener: number | null;
}

const RANGE_LINKS = new Set(['to', '-', '–']);

/**
 * "52 out of 80", "270 of 538", "one in five", "one in every four" (ratios); "18 to 25", "between 20 and 30", "20-30" (ranges). "from 10 to 20" is
 * two levels of a change, not a range, so it is left as two numbers.
 */
export function readSecondNumber(words: readonly Word[], a: NumberPhrase): SecondNumber | null {
  const at = a.last + 1;
  const link = words[at];
  if (!link || a.form !== 'cardinal') return null;
  const before = words[a.first - 1]?.normal;
  if (/^\s*[-–]\s*$/.test(words[a.last]!.post) && before !== 'from') {
    // "20 – 30": compromise keeps a spaced dash as punctuation after the first number.
    const b = readNumberPhrase(words, at);
    return b && b.form === 'cardinal' ? { relation: 'range', phrase: b, opener: null } : null;
  }
  if (!joined(words, a.last)) return null;
  if (link.normal === 'out' && words[at + 1]?.normal === 'of' && joined(words, at)) {
    const b = followingNumber(words, at + 2, at + 1);
    return b ? { relation: 'ratio', phrase: b, opener: null } : null;
  }
  if (link.normal === 'of') {
    // "at least 270 of 538", "11 of the 31 allies": a number after "of" is the whole ("two of the drones" is no ratio).
    const the = words[at + 1]?.normal === 'the' && joined(words, at + 1);
    const b = followingNumber(words, the ? at + 2 : at + 1, the ? at + 1 : at);
    return b && b.value > a.value ? { relation: 'ratio', phrase: b, opener: null } : null;
  }
  if (link.normal === 'in' && a.value === 1 && !a.digits) {
    // "one in every four": "every" only stresses the whole.
    const every = words[at + 1]?.normal === 'every' && joined(words, at + 1);
    const b = followingNumber(words, every ? at + 2 : at + 1, every ? at + 1 : at);
    return b && b.value > 1 && !b.digits ? { relation: 'ratio', phrase: b, opener: null } : null;
  }
  if (before === 'from') return null;
  const opensWithBetween = before === 'between';
  if (RANGE_LINKS.has(link.normal) || (link.normal === 'and' && opensWithBetween)) {
    const b = followingNumber(words, at + 1, at);
    if (b) return { relation: 'range', phrase: b, opener: opensWithBetween ? a.first - 1 : null };
  }
  return null;
}

function followingNumber(words: readonly Word[], at: number, link: number): NumberPhrase | null {
  if (!joined(words, link)) return null;
  const b = readNumberPhrase(words, at);
  return b && b.form === 'cardinal' ? b : null;
}
