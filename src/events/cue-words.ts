/**
 * Small closed word lists the events stage reads around a trigger, as compromise normal forms. Kept apart from the
 * trigger lexicon because they decide roles and context, not event types.
 */

/** Verbs that report speech: their subject is the source of the news, not a participant in it. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'report', 'reports', 'reported',
  'claim', 'claims', 'claimed', 'state', 'states', 'stated', 'announce', 'announces', 'announced', 'confirm',
  'confirms', 'confirmed', 'write', 'wrote', 'note', 'noted', 'insisted', 'explained', 'quoted', 'according',
]);

/** Prepositions before the one acted upon ("attack against Ukraine", "sanctions on banks", "fired at Kyiv"). */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'on', 'at', 'upon', 'for', 'into', 'toward', 'towards']);

/** Prepositions before a place where something happens; they rank a location mention first. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'around', 'near', 'over', 'inside', 'outside', 'across', 'into', 'throughout', 'within', 'off', 'along',
]);

/** A count after these says where, not what was hit ("drones over eight regions", "bases in five regions"). */
export const SCOPE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'over', 'across', 'from', 'within', 'throughout', 'into']);

/** Prepositions that attach a date to an event ("on Sunday", "overnight" is a date word itself). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'during', 'at', 'by', 'overnight', 'last', 'this']);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'without', 'neither', 'nor']);
/** "efforts to ... have so far failed": the attempt was made, the event did not happen. */
export const FAILURE_VERBS: ReadonlySet<string> = new Set(['failed', 'fail', 'fails', 'collapsed', 'stalled']);

export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'must', 'should', 'may']);
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'further', 'next', 'upcoming', 'planned', 'proposed', 'forthcoming']);
/** Words after a trigger that say it is still ahead ("a release ... was being prepared", "talks are planned"). */
export const FUTURE_PREDICATES: ReadonlySet<string> = new Set(['prepared', 'planned', 'expected', 'scheduled', 'due']);
export const HISTORICAL_MARKERS: ReadonlySet<string> = new Set(['previous', 'earlier', 'former', 'prior', 'past', 'last', 'since']);

/**
 * Words whose "to" infinitive is still ahead: "agreed to swap", "a commission to exchange", "threats to penalise".
 * Other verbs take a purpose that was carried out ("called Mr Trump to concede").
 */
export const INTENT_GOVERNORS: ReadonlySet<string> = new Set([
  'agree', 'agreed', 'agrees', 'plan', 'plans', 'planned', 'planning', 'decide', 'decided', 'propose', 'proposed',
  'promise', 'promised', 'pledge', 'pledged', 'vow', 'vowed', 'threaten', 'threatened', 'threat', 'threats', 'want',
  'wants', 'wanted', 'seek', 'seeks', 'sought', 'aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'expect',
  'expected', 'expects', 'need', 'needs', 'prepare', 'prepared', 'preparing', 'try', 'tried', 'attempt', 'offer',
  'offered', 'ask', 'asked', 'urge', 'urged', 'commission', 'proposal', 'deal', 'agreement', 'bid', 'set', 'due',
  'going', 'will', 'would', 'whether', 'decision',
]);

/** Verbs that make someone do the act in their infinitive ("prompting Moscow to redeploy"): it happened. */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set([
  'prompt', 'prompted', 'prompting', 'force', 'forced', 'forcing', 'cause', 'caused', 'causing', 'lead', 'led',
  'leading', 'help', 'helped', 'allow', 'allowed', 'enable', 'enabled', 'order', 'ordered', 'made', 'make',
]);

/** Consequences of an attack told in the same clause ("shelled ..., killing three"): quantities, not events. */
export const CONSEQUENCE_LEMMAS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'damage', 'destroy']);

/** What air defences bring down: an attack verb on these is an interception ("destroyed 52 of 80 drones"). */
export const PROJECTILE_UNITS: ReadonlySet<string> = new Set(['drone', 'missile', 'rocket', 'projectile', 'cruise missile', 'ballistic missile', 'shell']);

/** Event types that two sides do together; their actors are `participant`s. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'AGREE', 'EXCHANGE', 'COOPERATE']);

/** A term ending in one of these closes a clause for role and scope purposes. */
export const CLAUSE_PUNCTUATION = /[,;:()—–]/;
