import type { ArticleDocument } from '../document/index.js';
import type { ActorCandidate } from './candidate.js';
import type { ProperName } from './names/proper-names.js';

/** Small words a name's initials leave out: "Ministry of Defence (MoD)", "Communication Workers Union (CWU)". */
const UNINITIALLED = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'del', 'on', 'in', 'to']);
/**
 * Last words of named things that are no actors, though their initials follow them as a body's do: "the Digital
 * Markets Act (DMA)", "the Consumer Price Index (CPI)", "the Comprehensive Nuclear-Test-Ban Treaty (CTBT)".
 */
const NOT_ACTOR_HEADS = new Set([
  'act', 'acts', 'law', 'laws', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'convention', 'directive',
  'regulation', 'regulations', 'programme', 'program', 'plan', 'index', 'scheme', 'system', 'initiative', 'strategy',
  'protocol', 'standard', 'standards', 'rate', 'rates', 'product', 'disease', 'syndrome', 'virus', 'test', 'tests',
  'framework', 'zone', 'zones', 'area', 'areas', 'route', 'line', 'project', 'mission', 'summit', 'conference',
  'games', 'cup', 'championship', 'award', 'prize', 'report', 'survey', 'model', 'vehicle', 'missile', 'system',
]);

/**
 * "The Economic Freedom Fighters (EFF) of Julius Malema": a name of two or more capitalised words with its initials
 * right after it in brackets is one body's full name, as a newsroom introduces a party, a union or an agency it will
 * name by its letters. The initials must spell the name's words, so an aside in brackets is no definition; laws,
 * indices and programmes are defined the same way and are left out by their last word.
 */
export function findInitialledNames(document: ArticleDocument, names: readonly ProperName[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const name of names) {
    const last = name.terms[name.terms.length - 1]!;
    const acronym = document.terms[last.index + 1];
    if (!acronym || acronym.sentence !== last.sentence || name.possessive || !/^\s*\(\s*$/.test(last.post + acronym.pre) || !acronym.post.startsWith(')')) continue;
    const words = name.terms.filter((t, i) => !(i === 0 && t.normal === 'the'));
    if (words.length < 2 || NOT_ACTOR_HEADS.has(last.normal)) continue;
    const initials = words.filter((t) => !UNINITIALLED.has(t.normal)).map((t) => t.text[0]!).join('');
    const letters = acronym.text.replace(/s$/, '');
    if (!/^\p{Lu}{2,6}$/u.test(letters) || !/^\p{Lu}+$/u.test(initials) || initials !== letters) continue;
    const first = words[0]!;
    out.push({ start: first.start, end: name.end, name: document.text.slice(first.start, name.end), kind: 'organization', country: null, titles: [], credit: false, rule: 'actors/initialled-name' });
  }
  return out;
}
