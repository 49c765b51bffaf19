import type { EventType } from '../schema/event-types.js';

/**
 * Trigger words per event type, as lemmas: verbs are inflected with compromise's conjugator and nouns pluralised
 * (see word-forms.ts), so "shell" also matches "shelled" and "shelling". Multi-word entries are matched as
 * consecutive terms ("shoot down", "arrest warrant"). `objects` lists words that must follow a general verb within a
 * few words before it counts ("set up" only with "a commission", "send" only with "aid"), because alone those verbs
 * name no event.
 *
 * Each block names the example sentence of src/schema/event-types.ts it was written against, plus the business,
 * disaster, election and court uses of the same type. A word belongs to one type; where PLOVER is ambiguous the
 * comment says why we chose. Reporting verbs ("said", "told", "according to") are deliberately absent: reported
 * speech is the source of the news, not an event in it.
 */
export interface TriggerLemmas {
  readonly verbs?: readonly string[];
  readonly nouns?: readonly string[];
  /** Verb lemma -> words that must follow it for it to count. */
  readonly objects?: Readonly<Record<string, readonly string[]>>;
}

const AID_OBJECTS = ['rescue', 'rescuers', 'teams', 'crews', 'personnel', 'doctors', 'experts', 'million', 'billion', 'aid', 'supplies', 'assistance', 'relief', 'food', 'water', 'medicine', 'medicines', 'weapons', 'equipment', 'funds', 'funding', 'ammunition', 'tents', 'loan', 'loans'];
const BODY_OBJECTS = ['commission', 'committee', 'task', 'working', 'group', 'mechanism', 'hotline', 'joint', 'partnership', 'fund'];
// "fired the chief executive" is not an attack; "fired 472 drones at" is.
const WEAPON_OBJECTS = ['at', 'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'shot', 'shots', 'shell', 'shells', 'artillery', 'mortar', 'mortars', 'bullet', 'bullets', 'grenade', 'grenades', 'salvo', 'barrage', 'projectiles', 'gun', 'guns', 'weapon', 'weapons'];
const SANCTION_OBJECTS = ['sanction', 'sanctions', 'tariff', 'tariffs', 'restrictions', 'embargo', 'ban', 'duties', 'curbs'];

export const TRIGGER_LEXICON: Readonly<Record<EventType, TriggerLemmas>> = {
  // "The delegations agreed to swap the bodies ..."; also deals, settlements, signed contracts, accepted offers.
  // "progress" and "breakthrough" name agreement reached in talks (mostly negated: "produced no progress").
  AGREE: {
    verbs: ['agree', 'accept', 'sign', 'ratify', 'settle', 'approve'],
    nouns: ['agreement', 'deal', 'accord', 'treaty', 'settlement', 'pact', 'breakthrough', 'progress'],
  },
  // "Delegations from both countries met in Istanbul for peace talks."; also summits and visits. Not "host": air
  // bases "hosting" bombers meet no one; "hosted talks" is found by "talks".
  CONSULT: {
    verbs: ['meet', 'negotiate', 'consult', 'confer', 'visit', 'hold talks', 'telephone', 'phone'],
    nouns: ['talks', 'negotiation', 'meeting', 'summit', 'consultation', 'visit', 'phone call', 'discussion'],
  },
  // "The prime minister backed the proposal in parliament."; also endorsements in elections.
  SUPPORT: {
    // "hail" as a verb is praise ("hailed the ruling"); the noun is weather, so only the verb.
    verbs: ['back', 'endorse', 'support', 'praise', 'welcome', 'defend', 'congratulate', 'thank', 'hail'],
    nouns: ['endorsement', 'backing', 'congratulations', 'praise'],
  },
  // "The government released 300 prisoners as a goodwill gesture."; resigning and lifting sanctions yield too.
  CONCEDE: {
    verbs: ['release', 'free', 'concede', 'apologise', 'apologize', 'resign', 'step down', 'lift', 'ease', 'pardon'],
    nouns: ['release', 'concession', 'apology', 'resignation', 'pardon'],
    objects: { lift: SANCTION_OBJECTS, ease: SANCTION_OBJECTS },
  },
  // "The two agencies set up a joint commission on missing persons."; also mergers and partnerships.
  COOPERATE: {
    verbs: ['cooperate', 'collaborate', 'partner', 'team up', 'set up', 'establish', 'merge'],
    nouns: ['cooperation', 'collaboration', 'partnership', 'merger', 'joint venture', 'alliance'],
    objects: { 'set up': BODY_OBJECTS, establish: BODY_OBJECTS },
  },
  // "The EU sent 40 tonnes of medical supplies to the flooded region."; also bailouts and rescue work.
  AID: {
    verbs: ['aid', 'donate', 'send', 'deliver', 'provide', 'supply', 'dispatch', 'pledge', 'promise', 'rescue', 'evacuate', 'bail out'],
    nouns: ['aid', 'assistance', 'donation', 'bailout', 'rescue', 'evacuation'],
    objects: { send: AID_OBJECTS, deliver: AID_OBJECTS, provide: AID_OBJECTS, supply: AID_OBJECTS, dispatch: AID_OBJECTS, pledge: AID_OBJECTS, promise: AID_OBJECTS },
  },
  // "Troops withdrew from the village overnight."; "redeploy ... farther from the front line" moves away too.
  RETREAT: {
    verbs: ['withdraw', 'retreat', 'pull out', 'pull back', 'redeploy', 'abandon', 'evacuate from'],
    nouns: ['withdrawal', 'retreat', 'pullout'],
  },
  // "Prosecutors opened an inquiry into the collapse."; also audits, probes by regulators.
  INVESTIGATE: {
    verbs: ['investigate', 'probe', 'inspect', 'audit', 'examine'],
    nouns: ['investigation', 'inquiry', 'probe', 'audit', 'inspection', 'review'],
  },
  // "The union demanded a 10% pay rise."
  DEMAND: {
    verbs: ['demand', 'call for', 'urge', 'insist'],
    nouns: ['demand', 'ultimatum'],
  },
  // "Bloggers criticised the military for its failures."; also court rulings against a party and a judge's dissent.
  DISAPPROVE: {
    verbs: ['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'deplore', 'complain', 'rule against', 'oppose', 'dismiss', 'dissent'],
    nouns: ['criticism', 'condemnation', 'complaint', 'dissent'],
  },
  // "The Kremlin rejected the proposed ceasefire."; also vetoes, refused offers, votes against.
  REJECT: {
    verbs: ['reject', 'refuse', 'veto', 'rebuff', 'rule out', 'turn down', 'vote against', 'block'],
    nouns: ['rejection', 'refusal', 'veto'],
  },
  // "Washington threatened further sanctions." Not "warn": news warnings are mostly advice ("warned of floods").
  THREATEN: {
    verbs: ['threaten'],
    nouns: ['threat'],
  },
  // "The EU imposed new sanctions on Russian banks."; also fines, bans and tariffs by regulators and courts.
  SANCTION: {
    verbs: ['sanction', 'penalise', 'penalize', 'fine', 'ban', 'embargo', 'boycott', 'expel', 'suspend', 'impose', 'bar'],
    nouns: ['sanction', 'embargo', 'ban', 'penalty', 'boycott', 'tariff'],
    objects: { impose: SANCTION_OBJECTS },
  },
  // "Thousands marched through the capital on Saturday."; also walkouts ("went on strike"; a "strike" by a workforce
  // is retyped from ASSAULT in labour-strike.ts). "march" only with where or
  // against what: "he will march with athletes", "a march back to the White House" protest nothing.
  PROTEST: {
    verbs: ['protest', 'march', 'rally', 'demonstrate', 'picket', 'riot', 'go on strike', 'walk out', 'walk off the job'],
    nouns: ['protest', 'demonstration', 'rally', 'riot', 'walkout', 'general strike', 'hunger strike'],
    objects: { march: ['through', 'against', 'on', 'protest', 'demanding', 'calling', 'toward', 'towards'] },
  },
  // "The army put its reserve units on alert."
  MOBILIZE: {
    verbs: ['mobilise', 'mobilize', 'deploy', 'conscript', 'put on alert', 'call up', 'mass', 'reinforce'],
    nouns: ['mobilisation', 'mobilization', 'deployment', 'buildup', 'build-up', 'conscription'],
  },
  // "Police arrested 12 protesters outside the ministry."; also convictions, deportations and legal action (CAMEO 173
  // "arrest, detain, or charge with legal action": suing, indicting). Not "charge": mostly fees in business news.
  COERCE: {
    verbs: ['arrest', 'detain', 'deport', 'seize', 'jail', 'imprison', 'convict', 'sentence', 'confiscate', 'censor', 'sue', 'indict', 'prosecute'],
    nouns: ['arrest', 'arrest warrant', 'detention', 'deportation', 'crackdown', 'curfew', 'seizure', 'conviction', 'indictment', 'prosecution'],
  },
  // "Russian forces shelled the city, killing three people."; also deadly blasts. PLOVER puts abduction here (COERCE
  // keeps arrests and deportations, CAMEO 173-174).
  ASSAULT: {
    verbs: ['attack', 'strike', 'shell', 'bomb', 'kill', 'shoot', 'fire', 'target', 'raid', 'invade', 'assault', 'storm', 'ambush', 'wound', 'injure', 'destroy', 'damage', 'massacre', 'stab', 'fight', 'hit', 'abduct', 'kidnap', 'fire on', 'open fire'],
    objects: { fire: WEAPON_OBJECTS },
    nouns: ['attack', 'strike', 'airstrike', 'air strike', 'assault', 'raid', 'invasion', 'bombing', 'shelling', 'offensive', 'fighting', 'massacre', 'killing', 'shooting', 'explosion', 'blast', 'ambush', 'bombardment', 'abduction', 'kidnapping'],
  },
  // "The court accused them of abducting children."; also allegations, blame, and a lawsuit (the claim it makes).
  ACCUSE: {
    verbs: ['accuse', 'allege', 'blame'],
    nouns: ['accusation', 'allegation', 'lawsuit'],
  },
  // "Ukraine proposed further talks later in June."; also offers, bids and motions.
  PROPOSE: {
    verbs: ['propose', 'offer', 'present', 'put forward', 'table', 'invite'],
    nouns: ['proposal', 'offer', 'bid', 'counter-proposal', 'invitation'],
    objects: { present: ['memo', 'plan', 'proposal', 'draft', 'offer', 'terms', 'bid', 'roadmap', 'document', 'list'] },
  },
  // "Air defences downed 162 drones overnight."; see intercept-refiner.ts for "destroyed 52 missiles".
  INTERCEPT: {
    verbs: ['down', 'intercept', 'shoot down', 'repel', 'repulse', 'neutralise', 'neutralize'],
    nouns: ['interception'],
  },
  // "The two sides exchanged 1,000 prisoners each."; also swaps of shares and prisoners.
  EXCHANGE: {
    verbs: ['exchange', 'swap'],
    nouns: ['exchange', 'swap', 'prisoner exchange'],
  },
};
