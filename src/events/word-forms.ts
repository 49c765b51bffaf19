import nlp from 'compromise';

/** The slice of compromise's word transforms we use; they inflect single words and never parse article text. */
interface Transforms {
  verb: { conjugate(infinitive: string, model: unknown): Record<string, string | undefined> };
  noun: { toPlural(singular: string, model: unknown): string };
}
interface World {
  model: unknown;
  methods: { two: { transform: Transforms } };
}

const world = nlp.world() as unknown as World;
const transform = world.methods.two.transform;

/**
 * Every inflection of a verb lemma ("shoot" -> shoot, shoots, shot, shooting), with its particle kept after the
 * first word ("shoot down" -> "shot down"), so a lexicon can list lemmas while terms carry inflected normal forms.
 */
export function verbForms(lemma: string): string[] {
  const [head = lemma, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const forms = new Set([head]);
  for (const [tense, form] of Object.entries(transform.verb.conjugate(head, world.model))) {
    if (form && tense !== 'FutureTense') forms.add(form);
  }
  return [...forms].map((f) => f + tail);
}

/** Singular and plural of a noun lemma, inflecting the last word ("arrest warrant" -> "arrest warrants"). */
export function nounForms(lemma: string): string[] {
  const words = lemma.split(' ');
  const last = words.pop() ?? lemma;
  const plural = transform.noun.toPlural(last, world.model);
  return [...new Set([last, plural])].map((w) => [...words, w].join(' '));
}
