/** Precision, recall and F1 from counts; an empty side scores 1 (nothing to find, nothing found wrongly). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(matched: number, predicted: number, expected: number): Prf {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Share of checks that passed, or null when there was nothing to check. */
export function accuracy(checks: readonly boolean[]): number | null {
  return checks.length === 0 ? null : checks.filter(Boolean).length / checks.length;
}
