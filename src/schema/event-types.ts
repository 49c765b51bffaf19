/**
 * Event types: the PLOVER ontology (successor of CAMEO for political event data), plus news-report types PLOVER
 * lacks. Each carries one example sentence; the `events` stage documents its trigger lexicon against these.
 */
export const EVENT_TYPES = {
  AGREE: 'The delegations agreed to swap the bodies of fallen soldiers.',
  CONSULT: 'Delegations from both countries met in Istanbul for peace talks.',
  SUPPORT: 'The prime minister backed the proposal in parliament.',
  CONCEDE: 'The government released 300 prisoners as a goodwill gesture.',
  COOPERATE: 'The two agencies set up a joint commission on missing persons.',
  AID: 'The EU sent 40 tonnes of medical supplies to the flooded region.',
  RETREAT: 'Troops withdrew from the village overnight.',
  INVESTIGATE: 'Prosecutors opened an inquiry into the collapse.',
  DEMAND: 'The union demanded a 10% pay rise.',
  DISAPPROVE: 'Bloggers criticised the military for its failures.',
  REJECT: 'The Kremlin rejected the proposed ceasefire.',
  THREATEN: 'Washington threatened further sanctions.',
  SANCTION: 'The EU imposed new sanctions on Russian banks.',
  PROTEST: 'Thousands marched through the capital on Saturday.',
  MOBILIZE: 'The army put its reserve units on alert.',
  COERCE: 'Police arrested 12 protesters outside the ministry.',
  ASSAULT: 'Russian forces shelled the city, killing three people.',
  // Not in PLOVER, needed for news reports.
  ACCUSE: 'The court accused them of abducting children.',
  PROPOSE: 'Ukraine proposed further talks later in June.',
  INTERCEPT: 'Air defences downed 162 drones overnight.',
  EXCHANGE: 'The two sides exchanged 1,000 prisoners each.',
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
