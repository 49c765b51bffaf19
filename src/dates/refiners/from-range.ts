import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { cloneWithTags } from '../tags.js';

/** "from 9 to 11 March": chrono's range starts at "9"; "from" opens the range, so the fact's text keeps it. */
export const fromRangePrefixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      if (!result.end) return result;
      const match = /\bfrom\s+$/i.exec(context.text.slice(Math.max(0, result.index - 8), result.index));
      if (!match) return result;
      const extended = cloneWithTags(result);
      extended.index = result.index - match[0].length;
      extended.text = match[0] + result.text;
      return extended;
    });
  },
};
