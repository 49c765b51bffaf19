import type { ArticleDocument, Term } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import { nationNear } from './find-armed-forces.js';
import { nationOf } from './nation-of.js';

/** Bodies of a state that news names by a common noun alone: "the parliament in Ankara", "the federal government". */
const BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'government', 'parliament', 'cabinet', 'legislature', 'presidency', 'junta']);
/** Heads that need a modifier to name one body: "the health ministry" is one ministry, "the ministry" points back. */
const NEEDS_MODIFIER: ReadonlySet<string> = new Set(['ministry']);
/** Modifiers a body's common name takes: its portfolio or its level ("interior ministry", "federal government"). */
const BODY_MODIFIERS: ReadonlySet<string> = new Set([
  'health', 'interior', 'foreign', 'defence', 'defense', 'finance', 'justice', 'economy', 'energy', 'education',
  'emergencies', 'emergency', 'agriculture', 'environment', 'transport', 'culture', 'labour', 'labor', 'trade',
  'industry', 'information', 'communications', 'digital', 'federal', 'national', 'state', 'regional', 'provincial',
  'local', 'interim', 'military', 'transitional', 'coalition', 'central', 'war', 'caretaker', 'outgoing', 'new',
  ...['eastern', 'western', 'northern', 'southern', 'rival', 'breakaway'],
]);
/**
 * Modifiers that tell one of a divided state's governments from another: "the eastern government", "the rival
 * government". Such a phrase names its body wherever it stands ("a minister in the eastern government").
 */
const DIVIDING_MODIFIERS: ReadonlySet<string> = new Set(['eastern', 'western', 'northern', 'southern', 'rival', 'breakaway']);
/** A describing word written before the body and not part of its name: "the Hamas-run health ministry". */
const DESCRIPTION = /-(?:run|led|backed|controlled|appointed|dominated)$/;
const ACTING_TAGS = ['Verb', 'Auxiliary', 'Modal', 'Copula'];

/**
 * State bodies named by a common noun after "the", where they act ("the interior ministry said", "the federal
 * government would cover") or sit in a named place ("the parliament in Ankara"). The name is the noun phrase as
 * written without "the" or a description; the country is the state named nearest before it, if any. A bare
 * "the government" counts only where the text names its state.
 */
export function findStateBodies(document: ArticleDocument): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const head of document.terms) {
    if (!BODY_HEADS.has(head.normal) || head.text !== head.normal) continue;
    const start = nameStart(document, head);
    if (start === null || !(acts(document, head) || DIVIDING_MODIFIERS.has(document.terms[start.index]!.normal))) continue;
    const modified = start.index < head.index;
    if (NEEDS_MODIFIER.has(head.normal) && !modified) continue;
    const place = document.terms[head.index + 1]?.normal === 'in' ? document.terms[head.index + 2] : undefined;
    const country = (place ? nationOf(place)?.country.code : undefined) ?? nationNear(document, head);
    if (!modified && !country) continue;
    out.push({ start: start.start, end: head.end, name: document.text.slice(start.start, head.end), kind: 'organization', country, titles: [], credit: false, rule: 'actors/state-body' });
  }
  return out;
}

/** The first word of the body's name after "the" (and a description), or null when no "the" leads it. */
function nameStart(document: ArticleDocument, head: Term): Term | null {
  let k = head.index;
  while (k > 0 && head.index - k < 2 && BODY_MODIFIERS.has(document.terms[k - 1]!.normal) && /^\p{Ll}/u.test(document.terms[k - 1]!.text)) k--;
  let before = document.terms[k - 1];
  if (before && DESCRIPTION.test(before.text)) before = document.terms[k - 2];
  // compromise may split "Hamas-run" in two: "run" after a word joined by a hyphen.
  else if (before && DESCRIPTION.test(`-${before.normal}`) && document.terms[k - 2]?.post === '-') before = document.terms[k - 3];
  if (!before || before.normal !== 'the' || before.sentence !== head.sentence) return null;
  return document.terms[k]!;
}

/** Followed by a verb ("said", "would cover") or by "in" and a capitalised place ("in Ankara", "in Gaza"). */
function acts(document: ArticleDocument, head: Term): boolean {
  const next = document.terms[head.index + 1];
  const after = document.terms[head.index + 2];
  if (!next || next.sentence !== head.sentence || !/^\s*$/.test(head.post)) return false;
  if (ACTING_TAGS.some((tag) => next.tags.has(tag)) && !next.tags.has('Noun')) return true;
  return next.normal === 'in' && after !== undefined && after.sentence === head.sentence && /^\p{Lu}/u.test(after.text);
}
