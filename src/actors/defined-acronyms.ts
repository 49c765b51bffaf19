import type { ArticleDocument, Term } from '../document/index.js';
import { overlaps, type ActorCandidate } from './candidate.js';
import type { ProperName } from './names/proper-names.js';

const ACRONYM = /^\p{Lu}{2,6}s?$/u;

/**
 * "the National Electoral Institute (INE)", "the Digital Markets Act (DMA)": an acronym the text defines in brackets
 * right after a name is that name, whatever language its initials follow. Where the name is an actor of the article,
 * every use of the acronym is a mention of it (even where the acronym alone read as nothing); where the name is no
 * actor (a law, a programme, a product), neither is the acronym, so its bare-acronym guesses go.
 */
export function withDefinedAcronyms(document: ArticleDocument, found: readonly ActorCandidate[], names: readonly ProperName[]): ActorCandidate[] {
  const owners = new Map<string, ActorCandidate | null>();
  for (const t of document.terms) {
    if (!ACRONYM.test(t.text) || !/\(\s*$/.test((document.terms[t.index - 1]?.post ?? '') + t.pre) || !t.post.startsWith(')')) continue;
    const defined = definedName(document, t, names);
    if (!defined) continue;
    const owner = found.find((c) => !c.credit && c.start >= defined.start && c.end === defined.end) ?? null;
    if (!owners.has(t.text) || owner) owners.set(t.text, owner);
  }
  if (owners.size === 0) return [...found];
  const isUse = (t: Term): boolean => owners.has(t.text) && t.text === t.text.toUpperCase();
  const uses = document.terms.filter(isUse);
  // Only the bare-acronym guess goes: a reading from other evidence ("the DMA said") is left to its own rule.
  const kept = found.filter((c) => !(c.rule === 'actors/acronym' && owners.has(c.name) && uses.some((u) => overlaps(u, c))));
  const added: ActorCandidate[] = [];
  for (const u of uses) {
    const owner = owners.get(u.text);
    if (!owner || kept.some((k) => overlaps(k, u))) continue;
    added.push({ start: u.start, end: u.end, name: owner.name, kind: owner.kind, country: owner.country, titles: [], credit: false, rule: 'actors/defined-acronym' });
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The capitalised name that ends right before the bracket: "Institutional Revolutionary Party (PRI)". */
function definedName(document: ArticleDocument, acronym: Term, names: readonly ProperName[]): { start: number; end: number } | null {
  const before = document.terms[acronym.index - 1];
  if (!before || before.sentence !== acronym.sentence || /['’]s$/.test(before.text)) return null;
  const name = names.find((n) => n.terms[n.terms.length - 1] === before || n.end === before.end);
  if (!name || name.terms.length < 2) return null;
  // The actor's own span may leave out a leading "the": match on the name's last word and any start inside it.
  return { start: name.terms.find((t) => t.normal !== 'the')!.start, end: name.end };
}
