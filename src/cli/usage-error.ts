/** A problem the person at the terminal can fix: printed as one line, no stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
