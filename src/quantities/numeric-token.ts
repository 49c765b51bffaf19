import { MAGNITUDE_WORDS } from './number-lexicon.js';

/** What one digit token says: "$3.1", "4.2%", "6,000", "£1.2bn", "22nd", "3km", "18-25%". */
export interface NumericToken {
  value: number;
  /** Upper end when the token is itself a range ("18-25%", "3-4"). */
  max: number | null;
  sign: string | null;
  percent: boolean;
  ordinal: boolean;
  /** A unit glued to the digits ("km" in "3km"); magnitudes are applied to the value, not kept here. */
  unit: string | null;
  magnitude: boolean;
  factor: number;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const SIGN = String.raw`US\$|A\$|C\$|HK\$|NT\$|NZ\$|S\$|R\$|MX\$|[$€£¥₴₽₹]`;
// "18-25%", "5.25%-5.5%", "$3-4bn": the sign and the percent may be written on both ends of a range.
const NUMERIC_PATTERN = new RegExp(String.raw`^(${SIGN})?(${NUMBER})(?:%?[-–](?:${SIGN})?(${NUMBER}))?(%|[a-z]+)?$`, 'i');
const SIGN_GROUP = 1;
const NUMBER_GROUP = 2;
const MAX_GROUP = 3;
const SUFFIX_GROUP = 4;

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Letters that may follow digits directly as a unit; anything else ("10am", "4x4", "G7") is not a plain number. */
const GLUED_UNITS = new Set(['c', 'f', 'km', 'm', 'mm', 'cm', 'kg', 'g', 't', 'mph', 'kph', 'kmh', 'ft', 'mw', 'gw', 'kw', 'bpd', 'sqkm']);

/** "10th-largest": compromise keeps a digit ordinal and its superlative as one term. */
const SUPERLATIVE_ORDINAL = /^(\d+)(?:st|nd|rd|th)-[a-z]+est$/i;

/** Reads a digit token, or null when the token is not one. */
export function readNumericToken(text: string): NumericToken | null {
  const superlative = SUPERLATIVE_ORDINAL.exec(text);
  if (superlative) {
    return { value: Number(superlative[1]), max: null, sign: null, percent: false, ordinal: true, unit: null, magnitude: false, factor: 1 };
  }
  const match = NUMERIC_PATTERN.exec(text);
  if (!match) return null;
  const sign = match[SIGN_GROUP] ?? null;
  const suffix = (match[SUFFIX_GROUP] ?? '').toLowerCase();
  let value = toNumber(match[NUMBER_GROUP]!);
  let max = match[MAX_GROUP] ? toNumber(match[MAX_GROUP]) : null;
  const token: NumericToken = { value, max, sign, percent: suffix === '%', ordinal: false, unit: null, magnitude: false, factor: 1 };
  if (suffix === '' || suffix === '%') return token;
  if (ORDINAL_SUFFIXES.has(suffix) && max === null && Number.isInteger(value)) return { ...token, ordinal: true };
  // "5m" is five million dollars after a currency sign, and five metres without one.
  const magnitude = MAGNITUDE_WORDS.get(suffix);
  if (magnitude !== undefined && (sign !== null || suffix !== 'm')) {
    value = scale(value, magnitude);
    max = max === null ? null : scale(max, magnitude);
    return { ...token, value, max, magnitude: true, factor: magnitude };
  }
  if (GLUED_UNITS.has(suffix) && sign === null) return { ...token, unit: suffix };
  // "370p a share", "a 10p dividend": pence are hundredths of a pound, reported in pounds.
  if (suffix === 'p' && sign === null && max === null) return { ...token, value: scale(value, 0.01), sign: '£' };
  return null;
}

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

/** Multiplies without the float noise of 3.1 * 1e9 = 3100000000.0000005. */
export function scale(value: number, by: number): number {
  return Number((value * by).toPrecision(12));
}
