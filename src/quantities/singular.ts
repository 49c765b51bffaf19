import nlp from 'compromise';

/** Nouns compromise's inflector gets wrong or that news uses in a fixed singular. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['others', 'other'],
  ['series', 'series'], ['species', 'species'], ['police', 'police'], ['personnel', 'personnel'],
  ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['casualties', 'casualty'],
]);

interface NounInflector {
  methods: { two: { transform: { noun: { toSingular(word: string, model: unknown): string } } } };
  model: unknown;
}

/**
 * The singular, lower-case form of one noun, from compromise's inflection rules. This reads compromise's shared
 * model and never changes it, and it does not parse any text.
 */
export function singularOf(noun: string, plural: boolean): string {
  const lower = noun.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (!plural) return lower;
  const world = nlp.world() as unknown as NounInflector;
  return world.methods.two.transform.noun.toSingular(lower, world.model) || lower;
}
