import type { Term } from '../document/index.js';
import { CLAUSE_PUNCTUATION } from './cue-words.js';
import type { Trigger } from './find-triggers.js';

/** Workforces and their organisations: the ones who strike in labour news ("nurses went on strike"). */
const WORKFORCE: ReadonlySet<string> = new Set([
  'union', 'unions', 'worker', 'workers', 'staff', 'employee', 'employees', 'workforce', 'nurse', 'nurses', 'doctor',
  'doctors', 'physician', 'physicians', 'teacher', 'teachers', 'lecturer', 'lecturers', 'driver', 'drivers', 'miner',
  'miners', 'pilot', 'pilots', 'docker', 'dockers', 'dockworker', 'dockworkers', 'machinist', 'machinists',
  'firefighter', 'firefighters', 'cleaner', 'cleaners', 'controller', 'controllers', 'labourer', 'labourers', 'laborer',
  'laborers', 'farmer', 'farmers', 'actor', 'actors', 'writer', 'writers', 'autoworker', 'autoworkers', 'strikers',
]);

/** Words of a labour dispute in the same sentence. */
const LABOUR_CUES: ReadonlySet<string> = new Set([
  'walkout', 'walkouts', 'picket', 'pickets', 'picketing', 'pay', 'wage', 'wages', 'bargaining', 'pension', 'pensions',
  'staffing', 'overtime', 'shifts', 'job', 'jobs',
]);

/** Words of armed force: a strike among them is an attack whatever else the sentence says. */
const MILITARY_CUES: ReadonlySet<string> = new Set([
  'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'air', 'airstrike', 'airstrikes', 'military', 'army',
  'troops', 'forces', 'artillery', 'bomb', 'bombs', 'jets', 'warplanes', 'retaliatory', 'nuclear', 'killed', 'killing',
  'wounded', 'dead', 'target', 'targets', 'targeted', 'militants', 'precision', 'pre-emptive',
]);

/** "strike over pay": what a labour strike is about. */
const DISPUTE_OBJECTS: ReadonlySet<string> = new Set(['pay', 'wages', 'pensions', 'conditions', 'contract', 'contracts', 'staffing', 'hours']);

/**
 * "nurses went on strike", "the union has struck", "a strike by 7,400 nurses": a strike by a workforce is a protest
 * (PLOVER PROTEST: "strikes, boycotts, demonstrations"), not an attack. A strike is labour when it is "on strike" or
 * "strike action", when a workforce stands just before it or after "by"/"of", when it is "over pay", or when its
 * sentence speaks of a labour dispute and of no armed force. Everything else stays an ASSAULT.
 */
export function asLabourStrike(trigger: Trigger, terms: readonly Term[]): Trigger {
  if (trigger.type !== 'ASSAULT' || trigger.lemma !== 'strike') return trigger;
  return isLabourStrike(trigger, terms) ? { ...trigger, type: 'PROTEST' } : trigger;
}

function isLabourStrike(trigger: Trigger, terms: readonly Term[]): boolean {
  const first = terms.indexOf(trigger.terms[0]!);
  const last = terms.indexOf(trigger.terms[trigger.terms.length - 1]!);
  const near = terms.slice(Math.max(0, first - 3), first);
  if (near.some((t) => MILITARY_CUES.has(t.normal))) return false;
  const next = terms[last + 1]?.normal ?? '';
  if (terms[first - 1]?.normal === 'on' || next === 'action') return true;
  if (next === 'over' && DISPUTE_OBJECTS.has(terms[last + 2]?.normal ?? '')) return true;
  if (clauseBefore(terms, first, 3).some((t) => WORKFORCE.has(possessiveOff(t)))) return true;
  if ((next === 'by' || next === 'of') && terms.slice(last + 2, last + 6).some((t) => WORKFORCE.has(t.normal))) return true;
  const sentence = terms.map(possessiveOff);
  const labour = sentence.some((w) => LABOUR_CUES.has(w) || WORKFORCE.has(w));
  return labour && !sentence.some((w) => MILITARY_CUES.has(w));
}

/** Up to `reach` terms before `at`, within its clause. */
function clauseBefore(terms: readonly Term[], at: number, reach: number): Term[] {
  const out: Term[] = [];
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    if (CLAUSE_PUNCTUATION.test(terms[k]!.post)) break;
    out.push(terms[k]!);
  }
  return out;
}

function possessiveOff(term: Term): string {
  return term.normal.replace(/['’]s?$/, '');
}
