import type { Actor } from '../../schema/index.js';
import { isHonorific } from '../lexicon/honorifics.js';
import type { AttributeRefiner } from './refiner.js';

/** "Mr. ", "Ms ", "Sir ", "Dr. " written right before a mention; the dot is optional. */
const HONORIFIC_BEFORE = /(?:^|[\s“"‘(])(\p{Lu}\p{Ll}{1,7}\.?) $/u;

/**
 * A person's mention keeps the honorific written before it ("Mr. Trump" is the mention, and an alias), as the
 * annotation guide asks; finders that split "Mr." off at its full stop leave it outside.
 */
export const honorificMentions: AttributeRefiner = {
  name: 'attributes/honorific-mentions',
  refine: (document, actors) =>
    actors.map((actor): Actor => {
      if (actor.kind !== 'person' || actor.credit) return actor;
      const mentions = actor.mentions.map((m) => {
        const match = HONORIFIC_BEFORE.exec(document.text.slice(Math.max(0, m.start - 12), m.start));
        const word = match?.[1];
        if (!word || !isHonorific(word) || m.text.startsWith(word)) return m;
        const start = m.start - word.length - 1;
        return { ...m, start, text: document.text.slice(start, m.end), sentence: document.sentenceAt(start) };
      });
      const aliases = [...new Set([...actor.aliases, ...mentions.map((m) => m.text)])].filter((t) => t !== actor.name && mentions.some((m) => m.text === t));
      return { ...actor, mentions, aliases };
    }),
};
