import type { ArticleDocument, Term } from '../../document/index.js';
import type { Span } from '../../schema/index.js';
import { citiesNamed, provinceNamed, regionOutweighsCities } from '../../locations/gazetteer/cities.js';
import { countryByName } from '../../locations/gazetteer/countries.js';
import { nationOf } from '../nation-of.js';

/** A word of the article that names a state or a place in one: "Polish", "Warsaw", "Florida", "West Virginia". */
export interface StateCue {
  start: number;
  end: number;
  sentence: number;
  country: string;
  /** "routes to Japan", "in Ankara": the state as a place, after a preposition, not as an attribute of an actor. */
  afterPreposition: boolean;
}

/** Region words that are also common capitalised words at the head of names ("Georgia" is both; "Central" is not a cue). */
const NOT_REGION = /^(?:(?:north|south|east|west)(?:ern)?|central|capital|national|federal|state|city|new|island|islands|coast|delta|lakes|valley|mountain|highlands|lowlands|upper|lower)$/i;


/**
 * Every state cue of the article in text order, outside caption credits: nationalities, states, capitals and
 * first-level regions named by one or two words. They say which state a sentence, a paragraph or the article is about.
 */
export function stateCuesOf(document: ArticleDocument, people: readonly Span[] = []): StateCue[] {
  const credits = document.captions.map((c) => c.credit);
  // A state's name inside a person's name ("Jordan Bardella", "Georgia Meloni") is no cue.
  const inCredit = (t: Term): boolean => [...credits, ...people].some((c) => t.start >= c.start && t.start < c.end);
  const cues: StateCue[] = [];
  const terms = document.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (inCredit(t) || !/^\p{Lu}/u.test(t.text)) continue;
    const next = terms[i + 1];
    const pair = next && t.post === ' ' && next.sentence === t.sentence ? placeCountry(`${t.text} ${next.text.replace(/['’]s$/, '')}`) : null;
    const previous = terms[i - 1];
    const afterPreposition = previous !== undefined && previous.sentence === t.sentence && (PLACE_PREPOSITIONS.has(previous.normal) || previous.tags.has('Preposition'));
    // Cities are cues only as places ("officials in Wrocław"): alone, too many are also surnames.
    const afterIn = afterPreposition && PLACE_PREPOSITIONS.has(previous!.normal) && ['in', 'of', 'from', 'near'].includes(previous!.normal);
    const single = t.text.replace(/['’]s$/, '');
    const country = pair ?? nationOf(t)?.country.code ?? (NOT_REGION.test(t.text) ? null : (regionCountry(single) ?? (afterIn ? cityCountry(single) : null)));
    if (country) cues.push({ start: t.start, end: pair ? next!.end : t.end, sentence: t.sentence, country, afterPreposition });
    if (pair) i++;
  }
  return cues;
}

/** "City officials in Wrocław": a city after these words is a place, and names its state. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'near', 'to', 'at', 'into', 'toward', 'towards', 'across', 'inside', 'throughout', 'around', 'over', 'within', 'outside']);
/** Only sizeable cities: small towns share their names with surnames and words. */
const CUE_CITY_POPULATION = 100_000;

function placeCountry(name: string): string | null {
  return countryByName(name)?.code ?? regionCountry(name);
}

function cityCountry(name: string): string | null {
  const city = citiesNamed(name)[0];
  return city && city.population >= CUE_CITY_POPULATION ? city.country : null;
}

function regionCountry(name: string): string | null {
  return regionOutweighsCities(name) ? (provinceNamed(name)?.country ?? null) : null;
}

/**
 * The state the article is about: the one its cues name most, when it has at least twice the cues of any other.
 * A report on a British election names Britain throughout; a summit of many states has no single setting.
 */
export function settingCountry(cues: readonly StateCue[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cues) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < MIN_SETTING_CUES) return null;
  return !second || top[1] >= SETTING_LEAD * second[1] ? top[0] : null;
}

const MIN_SETTING_CUES = 3;
const SETTING_LEAD = 2;
