import type { NumberPhrase } from './number-phrase.js';
import { hyphenatedToNext, type Word } from './words.js';

/** Words that say a weight is meant: "weighed 8 pounds", "a weight of 300 pounds", "heavy". */
const WEIGHT_WORDS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavy', 'heavier', 'lighter']);

/** Nouns after "pounds of" that are sums of money ("300 pounds of compensation"), so the pounds are sterling. */
const MONEY_NOUNS = new Set([
  'investment', 'funding', 'spending', 'debt', 'debts', 'aid', 'support', 'savings', 'cuts', 'tax', 'taxes',
  'revenue', 'compensation', 'damages', 'losses', 'assets', 'contracts', 'money', 'cash', 'income', 'profit',
  'profits', 'sales', 'fines', 'bonuses', 'subsidies', 'loans', 'credit', 'borrowing', 'public', 'taxpayers',
]);

/**
 * Whether "pound(s)" after the number is a weight rather than sterling. A sign ("£5") or "sterling" is always money
 * and never reaches here. A weight shows by a weight word a few words before, a hyphenated compound ("a 2,000-pound
 * bomb"), or "pounds of" a substance ("500 pounds of cocaine") when the sum has no magnitude (sums in sterling are
 * written "£5m" or "5 million pounds") and the noun is not a kind of money.
 */
export function isPoundWeight(words: readonly Word[], phrase: NumberPhrase): boolean {
  const unit = words[phrase.last + 1];
  if (!unit || (unit.normal !== 'pound' && unit.normal !== 'pounds')) return false;
  if (words[phrase.last + 2]?.normal === 'sterling') return false;
  for (let j = Math.max(0, phrase.first - 4); j < phrase.first; j++) if (WEIGHT_WORDS.has(words[j]!.normal)) return true;
  if (hyphenatedToNext(words[phrase.last]!) && words[phrase.last + 2]?.tags.has('Noun') && words[phrase.last + 2]?.normal !== 'note') return true;
  if (words[phrase.last + 2]?.normal !== 'of' || phrase.factor > 1) return false;
  const noun = words[phrase.last + 3];
  return noun !== undefined && noun.tags.has('Noun') && !MONEY_NOUNS.has(noun.normal) && !noun.tags.has('Value');
}
