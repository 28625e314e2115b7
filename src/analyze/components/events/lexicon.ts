// The trigger lexicon: which words signal which PLOVER event category. One named list per
// category, each entry a head lemma with optional constraints on its neighbours. Verbs are listed
// by lemma; nominal triggers ("talks", "clashes", "deployment") by their singular lemma.
//
// Entry fields:
//   head     the lemma of the trigger token (lower case)
//   pos      'verb' | 'noun': restrict to that part of speech (wink tags sentence-initial plurals
//            as PROPN, so 'noun' accepts PROPN too); omitted: any
//   next     lemmas that must follow directly (phrasal verbs: "call on", "pull out")
//   object   one of these lemmas must occur within OBJECT_WINDOW tokens after the head
//            ("deliver weapons", "sign a treaty", "release prisoners")
//   before   one of these lemmas must occur directly before the head ("air strike", "military footprint")
//            or BEFORE_WINDOW tokens before it (passives: "hostages were freed")
//   unless   none of these lemmas may occur within OBJECT_WINDOW tokens after the head
//            ("meet demands" is not a meeting; "struck a deal" is not an attack)
//   notNext  none of these lemmas may follow directly ("aid workers" are people, not aid)
//   notAfter none of these lemmas may stand within BEFORE_WINDOW tokens before the head
//            ("a pause in hostilities" is not violence)
//   context  one of these lemmas must occur somewhere in the sentence ("a nationwide strike" by unions)
//   notContext none of these lemmas may occur in the sentence ("the epidemic killed 80": no assault)
// Entries for one head are tried in order; the first whose constraints hold wins.
import type { EventType } from '../../../record/types.js';

export interface TriggerEntry {
  readonly head: string;
  readonly pos?: 'verb' | 'noun';
  readonly next?: readonly string[];
  readonly object?: readonly string[];
  readonly before?: readonly string[];
  readonly unless?: readonly string[];
  readonly notNext?: readonly string[];
  readonly notAfter?: readonly string[];
  readonly context?: readonly string[];
  readonly notContext?: readonly string[];
}

/** Tokens after the head searched for `object` and `unless` lemmas: a short noun phrase. */
export const OBJECT_WINDOW = 5;
/** Tokens before the head searched for `object` (passives) and `notAfter` lemmas. */
export const BEFORE_WINDOW = 3;

const WEAPONS = ['weapon', 'weapons', 'arm', 'arms', 'armament', 'armaments', 'ammunition', 'missile', 'missiles', 'tank', 'tanks', 'drone', 'drones', 'artillery', 'equipment', 'rifle', 'rifles', 'jet', 'jets'];
const AID_GOODS = ['flour', 'wheat', 'rice', 'blanket', 'blankets', 'aid', 'assistance', 'food', 'medicine', 'medicines', 'supplies', 'supply', 'relief', 'grain', 'vaccine', 'vaccines', 'fuel', 'loan', 'loans', 'funding', 'fund', 'funds', 'money', 'grant', 'grants', 'support', 'tent', 'tents', 'water', 'shelter', 'package', 'million', 'billion', '$', '€', '£'];
const FORCES = ['troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'battalion', 'battalions', 'brigade', 'unit', 'units', 'police', 'officer', 'officers', 'reservist', 'reservists', 'warship', 'warships', 'militia', 'marine', 'marines', 'paratrooper', 'paratroopers', 'division', 'contingent', 'peacekeeper', 'peacekeepers', 'guard', 'guards', 'fighter', 'fighters'];
const CAPTIVES = ['prisoner', 'prisoners', 'hostage', 'hostages', 'detainee', 'detainees', 'captive', 'captives', 'activist', 'activists', 'journalist', 'journalists', 'dissident', 'dissidents', 'sailor', 'sailors', 'crew'];
const ACCORDS = ['agreement', 'deal', 'treaty', 'accord', 'pact', 'memorandum', 'truce', 'ceasefire', 'cease-fire', 'armistice', 'compromise', 'settlement', 'consensus', 'contract', 'declaration'];
const LABOUR = ['worker', 'workers', 'union', 'unions', 'employee', 'employees', 'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses', 'miner', 'miners', 'driver', 'drivers', 'staff', 'general', 'hunger', 'labour', 'labor', 'dockworker', 'dockworkers', 'farmer', 'farmers'];
/** Words before a violence noun that say it stopped ("a pause in hostilities", "cessation of fighting"). */
const CESSATION = ['cessation', 'pause', 'end', 'halt', 'lull', 'truce', 'stop', 'suspension'];
/** Animals: culling them is no assault ("kill 10,000 birds"). */
const ANIMALS = ['bird', 'birds', 'duck', 'ducks', 'chicken', 'chickens', 'poultry', 'pig', 'pigs', 'hog', 'hogs', 'cattle', 'cow', 'cows', 'animal', 'animals', 'fowl', 'flock', 'flocks', 'sheep', 'goat', 'goats', 'fish', 'livestock', 'swan', 'swans', 'geese'];
/** Causes of death that are not actors: "the strain that killed", "the flood killed". */
const NON_HUMAN_CAUSES = ['virus', 'strain', 'disease', 'outbreak', 'flu', 'influenza', 'infection', 'illness', 'epidemic', 'pandemic', 'fever', 'cancer', 'h5n1', 'ebola', 'cholera', 'malaria', 'earthquake', 'quake', 'storm', 'hurricane', 'typhoon', 'cyclone', 'flood', 'floods', 'flooding', 'landslide', 'heatwave', 'drought', 'crash', 'accident', 'avalanche', 'tornado', 'tsunami', 'wildfire', 'blaze'];
/** What else gets mobilised: "mobilisation of resources" is no deployment of forces. */
const NON_MILITARY_MOBILISATION = ['resource', 'resources', 'fund', 'funds', 'funding', 'money', 'voter', 'voters', 'support', 'volunteer', 'volunteers', 'community', 'communities'];
/** People and groups that "aid" can modify without being aid ("aid workers", "aid agencies"). */
const AID_PEOPLE = ['worker', 'workers', 'agency', 'agencies', 'group', 'groups', 'official', 'officials', 'organisation', 'organisations', 'organization', 'organizations'];
const RESTRICTIONS = ['sanction', 'sanctions', 'restriction', 'restrictions', 'curfew', 'ban', 'blockade', 'embargo', 'limit', 'limits', 'controls', 'state'];

export const LEXICON: Readonly<Record<EventType, readonly TriggerEntry[]>> = {
  // Agreeing to, signing or reaching a deal; accepting a proposal.
  AGREE: [
    // "agree with" is an opinion, not an agreement between parties.
    { head: 'agree', pos: 'verb', notAfter: ['than', 'as'], notNext: ['with'] },
    { head: 'sign', object: ACCORDS },
    { head: 'reach', object: ACCORDS },
    { head: 'conclude', object: ACCORDS },
    { head: 'strike', object: ['deal', 'agreement', 'bargain', 'compromise'] },
    { head: 'seal', object: ACCORDS },
    { head: 'broker', object: ACCORDS },
    { head: 'accept', object: ['offer', 'proposal', 'plan', 'terms', 'deal', 'invitation', 'ceasefire', 'mediation'] },
    { head: 'ceasefire', pos: 'noun', before: ['agree', 'agreed', 'announce', 'announced'] },
  ],
  // Meetings, talks, visits, negotiations, phone calls between parties.
  CONSULT: [
    { head: 'meet', pos: 'verb', unless: ['demand', 'demands', 'target', 'targets', 'deadline', 'requirement', 'requirements', 'expectation', 'expectations', 'need', 'needs', 'criterion', 'criteria'] },
    { head: 'meeting', pos: 'noun' },
    { head: 'talk', pos: 'noun' },
    { head: 'talks', pos: 'noun' },
    { head: 'talk', pos: 'verb', next: ['with', 'to'] },
    // "ahead of the summit", "before the summit": a date to place other events by, not news itself.
    { head: 'summit', pos: 'noun', notAfter: ['before', 'ahead', 'advance', 'after', 'since', 'during'] },
    { head: 'visit' },
    { head: 'negotiate' },
    { head: 'negotiation' },
    { head: 'negotiations' },
    { head: 'consult' },
    { head: 'consultation' },
    { head: 'consultations' },
    { head: 'discuss', pos: 'verb' },
    { head: 'host', pos: 'verb' },
    { head: 'call', pos: 'noun', before: ['phone', 'telephone', 'video'] },
    { head: 'speak', next: ['by', 'with'] },
    { head: 'mediate' },
    { head: 'mediation', pos: 'noun' },
  ],
  // Verbal or political support, praise, endorsement, recognition.
  SUPPORT: [
    { head: 'support', pos: 'verb' },
    { head: 'support', pos: 'noun', next: ['for'] },
    { head: 'endorse' },
    { head: 'endorsement' },
    { head: 'back', pos: 'verb', unless: ['down'] },
    { head: 'praise' },
    { head: 'welcome', pos: 'verb' },
    { head: 'commend' },
    { head: 'applaud' },
    { head: 'congratulate' },
    { head: 'hail', pos: 'verb' },
    { head: 'laud' },
    { head: 'thank', pos: 'verb' },
    { head: 'backing', pos: 'noun' },
    { head: 'side', pos: 'verb', next: ['with'] },
    { head: 'stand', next: ['with', 'by', 'behind'] },
    { head: 'defend', object: ['decision', 'right', 'policy', 'government', 'move', 'plan', 'use', 'record'] },
    { head: 'approve', object: ['plan', 'deal', 'proposal', 'agreement', 'bid', 'request', 'membership', 'accession', 'resolution'] },
    { head: 'solidarity', pos: 'noun' },
    { head: 'recognize', object: ['independence', 'government', 'state', 'sovereignty', 'statehood', 'election', 'result', 'results', 'referendum', 'vote', 'annexation', 'authority', 'authorities', 'plate', 'plates', 'passport', 'passports'] },
    { head: 'recognise', object: ['independence', 'government', 'state', 'sovereignty', 'statehood', 'election', 'result', 'results', 'referendum', 'vote', 'annexation', 'authority', 'authorities', 'plate', 'plates', 'passport', 'passports'] },
  ],
  // Yielding: apologies, resignations, releasing captives, lifting restrictions.
  CONCEDE: [
    { head: 'concede' },
    { head: 'apologize' },
    { head: 'apologise' },
    { head: 'apology' },
    { head: 'resign' },
    { head: 'step', next: ['down', 'aside'] },
    { head: 'back', next: ['down'] },
    { head: 'release', object: CAPTIVES },
    { head: 'free', pos: 'verb', object: CAPTIVES },
    { head: 'lift', object: RESTRICTIONS },
    { head: 'ease', object: RESTRICTIONS },
    { head: 'pardon' },
    { head: 'amnesty' },
    { head: 'compensate' },
    { head: 'reverse', object: ['decision', 'ban', 'policy', 'order'] },
    // Withdrawing a bill or a demand is yielding, not a retreat of forces.
    { head: 'withdraw', object: ['bill', 'law', 'proposal', 'decree', 'plan', 'charge', 'charges', 'lawsuit', 'complaint', 'candidacy', 'demand', 'demands', 'reform', 'tax'] },
  ],
  // Working together: cooperation, joint operations, intelligence sharing.
  COOPERATE: [
    { head: 'cooperate' },
    { head: 'cooperation', pos: 'noun' },
    { head: 'co-operate' },
    { head: 'collaborate' },
    { head: 'collaboration' },
    { head: 'partnership', pos: 'noun' },
    { head: 'joint', object: ['exercise', 'exercises', 'patrol', 'patrols', 'operation', 'operations', 'drill', 'drills', 'investigation', 'venture', 'project'] },
    { head: 'share', object: ['intelligence', 'information', 'data'] },
    { head: 'work', next: ['together', 'closely'] },
    { head: 'team', next: ['up'] },
    { head: 'extradite' },
    { head: 'extradition' },
    { head: 'restore', object: ['tie', 'ties', 'relation', 'relations'] },
    { head: 'establish', object: ['tie', 'ties', 'relation', 'relations'] },
  ],
  // Material aid: weapons deliveries, humanitarian and economic assistance.
  AID: [
    { head: 'aid', pos: 'noun', notNext: AID_PEOPLE },
    { head: 'aid', pos: 'verb' },
    { head: 'assistance', pos: 'noun' },
    { head: 'delivery', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'deliveries', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'deliver', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'supply', pos: 'verb', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'send', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'provide', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'donate' },
    { head: 'donation' },
    { head: 'give', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'grant', pos: 'verb', object: [...WEAPONS, ...AID_GOODS, 'asylum'] },
    { head: 'offer', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'pledge', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'transfer', object: WEAPONS },
    { head: 'fund', pos: 'verb' },
    { head: 'finance', pos: 'verb' },
    { head: 'equip', object: FORCES },
    { head: 'train', object: FORCES },
    { head: 'bailout' },
    { head: 'loan', pos: 'noun', before: ['a', 'emergency', 'new', 'the'] },
    { head: 'convoy', before: ['aid', 'relief', 'humanitarian'] },
    { head: 'relief', before: ['emergency', 'humanitarian', 'disaster', 'debt'] },
    { head: 'airdrop' },
    { head: 'airlift' },
    { head: 'ship', pos: 'verb', object: [...WEAPONS, ...AID_GOODS] },
  ],
  // Withdrawing forces, pulling out, surrendering, disarming.
  RETREAT: [
    // "The last troops left Kherson": leaving is a withdrawal when armed forces leave.
    { head: 'leave', pos: 'verb', before: ['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'army', 'contingent', 'peacekeeper', 'peacekeepers', 'unit', 'units'] },
    { head: 'withdraw' },
    { head: 'withdrawal' },
    { head: 'retreat' },
    { head: 'pull', next: ['out', 'back'] },
    { head: 'pullout' },
    { head: 'pull-out' },
    { head: 'surrender' },
    { head: 'disarm' },
    { head: 'demobilize' },
    { head: 'demobilise' },
    { head: 'evacuate', object: FORCES },
    { head: 'hand', next: ['over'], object: [...WEAPONS, 'territory', 'control', 'town', 'city', 'base', 'position', 'positions'] },
  ],
  // Demands, appeals, calls on others to act.
  REQUEST: [
    // "applied to join NATO", "applied for membership".
    { head: 'apply', pos: 'verb', object: ['join', 'membership', 'accession'] },
    { head: 'demand', pos: 'verb' },
    { head: 'demand', pos: 'noun', next: ['for', 'that'] },
    { head: 'urge' },
    { head: 'call', next: ['on', 'for', 'upon'] },
    { head: 'ask', unless: ['question', 'questions'] },
    { head: 'request' },
    { head: 'appeal', next: ['to', 'for'] },
    { head: 'plead' },
    { head: 'petition' },
    { head: 'press', pos: 'verb', next: ['for'] },
    { head: 'press', pos: 'verb', object: ['to'] },
    { head: 'seek', object: ['help', 'assistance', 'aid', 'support', 'extradition', 'release', 'asylum', 'talks', 'clarification', 'compensation', 'explanation'] },
    { head: 'implore' },
    { head: 'insist', next: ['that', 'on'] },
    { head: 'call', pos: 'noun', next: ['for'] },
  ],
  // Accusations, blame, criticism, condemnation, charges.
  ACCUSE: [
    { head: 'accuse' },
    { head: 'accusation' },
    { head: 'blame' },
    { head: 'allege' },
    { head: 'allegation' },
    { head: 'criticize' },
    { head: 'criticise' },
    { head: 'criticism' },
    { head: 'condemn' },
    { head: 'condemnation' },
    { head: 'denounce' },
    { head: 'charge', pos: 'verb', next: ['with'] },
    { head: 'charge', pos: 'verb', object: ['with'] },
    { head: 'sue' },
    { head: 'lawsuit' },
  ],
  // Rejections, refusals, vetoes, denials.
  REJECT: [
    { head: 'reject' },
    { head: 'rejection' },
    { head: 'refuse' },
    { head: 'veto' },
    { head: 'rebuff' },
    { head: 'dismiss', object: ['proposal', 'offer', 'claim', 'claims', 'call', 'calls', 'demand', 'demands', 'plan', 'request', 'report', 'reports', 'allegation', 'allegations'] },
    { head: 'deny', pos: 'verb' },
    { head: 'turn', next: ['down'] },
    { head: 'brush', next: ['aside', 'off'] },
    { head: 'decline', pos: 'verb', next: ['to'] },
    { head: 'decline', pos: 'verb', object: ['offer', 'invitation', 'request', 'proposal'] },
  ],
  // Threats and warnings of force or punishment, ultimatums.
  THREATEN: [
    { head: 'threaten' },

    // A warning is a threat only when it names a punishment; "warned that clashes could erupt" is a forecast.
    { head: 'warn', object: ['retaliation', 'consequences', 'response', 'force', 'action', 'measures', 'reprisal', 'reprisals', 'strike', 'strikes'] },
    { head: 'ultimatum' },
    { head: 'vow', object: ['retaliate', 'retaliation', 'revenge', 'response', 'respond'] },
  ],
  // Demonstrations, rallies, strikes by workers, boycotts, riots.
  PROTEST: [
    { head: 'protest' },
    { head: 'protester', pos: 'noun', next: ['gather', 'gathered', 'march', 'marched', 'rally', 'rallied'] },
    { head: 'demonstrate', unless: ['that', 'how', 'ability', 'capability', 'commitment'] },
    { head: 'demonstration', pos: 'noun' },
    { head: 'demonstrator', pos: 'noun', next: ['gather', 'gathered', 'march', 'marched'] },
    { head: 'rally', pos: 'noun' },
    { head: 'rally', pos: 'verb' },
    { head: 'march', pos: 'verb' },
    { head: 'march', pos: 'noun', before: ['protest', 'a', 'the', 'peaceful', 'mass'] },
    { head: 'strike', before: LABOUR },
    { head: 'strike', pos: 'verb', context: LABOUR },
    { head: 'strike', pos: 'noun', context: [...LABOUR, 'nationwide', 'indefinite', 'wage', 'wages', 'pay', 'salary', 'salaries'] },
    { head: 'strike', next: ['for', 'over'] },
    { head: 'walkout' },
    { head: 'walk', next: ['off', 'out'] },
    { head: 'boycott' },
    { head: 'sit-in' },
    { head: 'picket' },
    { head: 'riot' },
    { head: 'protester', object: ['gather', 'march', 'rally', 'chant', 'block', 'occupy', 'demand', 'take', 'clash', 'storm', 'set'] },
    { head: 'demonstrator', object: ['gather', 'march', 'rally', 'chant', 'block', 'occupy', 'demand', 'take', 'clash', 'storm'] },
    { head: 'block', object: ['road', 'roads', 'highway', 'highways', 'street', 'streets', 'bridge', 'bridges', 'railway', 'entrance'], context: ['protest', 'protester', 'protesters', 'farmer', 'farmers', 'worker', 'workers', 'student', 'students', 'activist', 'activists', 'demonstrator', 'demonstrators', 'driver', 'drivers', 'resident', 'residents'] },
    { head: 'occupy', object: ['square', 'building', 'campus', 'office', 'offices', 'ministry', 'factory', 'university'] },
    { head: 'vigil' },
    { head: 'stage', object: ['protest', 'protests', 'rally', 'rallies', 'march', 'demonstration', 'demonstrations', 'strike', 'walkout', 'sit-in'] },
    { head: 'take', next: ['to'], object: ['streets', 'street'] },
  ],
  // Sanctions, embargoes, expelling diplomats, cutting ties, suspending cooperation.
  SANCTION: [
    { head: 'sanction' },
    { head: 'sanctions', pos: 'noun' },
    { head: 'embargo' },
    { head: 'expel', object: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'attaché', 'attache'] },
    { head: 'recall', object: ['ambassador', 'envoy'] },
    { head: 'sever', object: ['tie', 'ties', 'relation', 'relations'] },
    { head: 'cut', object: ['tie', 'ties', 'relation', 'relations'] },
    { head: 'suspend', object: ['aid', 'talks', 'cooperation', 'relation', 'relations', 'trade', 'import', 'imports', 'export', 'exports', 'flight', 'flights', 'membership', 'funding'] },
    { head: 'freeze', object: ['asset', 'assets', 'account', 'accounts', 'fund', 'funds', 'participation', 'membership', 'cooperation'] },
    { head: 'tariff', pos: 'noun' },
    { head: 'tariffs', pos: 'noun' },
    { head: 'blacklist' },
    { head: 'penalty', pos: 'noun', before: ['impose', 'imposed', 'new', 'economic', 'financial'] },
    { head: 'penalties', pos: 'noun', before: ['impose', 'imposed', 'new', 'economic', 'financial'] },
    { head: 'ban', pos: 'verb', object: ['import', 'imports', 'export', 'exports', 'flight', 'flights', 'entry', 'airline', 'airlines'] },
    { head: 'downgrade', object: ['tie', 'ties', 'relation', 'relations'] },
  ],
  // Deployments, build-ups, reinforcements, mobilisation of forces.
  MOBILIZE: [
    { head: 'deploy' },
    { head: 'deployment' },
    { head: 'redeploy' },
    { head: 'mobilize' },
    { head: 'mobilise' },
    { head: 'mobilization', unless: NON_MILITARY_MOBILISATION },
    { head: 'mobilisation', unless: NON_MILITARY_MOBILISATION },
    { head: 'reinforce' },
    { head: 'reinforcement' },
    { head: 'reinforcements' },
    { head: 'build-up' },
    { head: 'buildup' },
    { head: 'build', next: ['up'], object: FORCES },
    { head: 'footprint', before: ['military'] },
    { head: 'presence', before: ['military', 'naval', 'troop'] },
    { head: 'station', pos: 'verb', object: FORCES },
    { head: 'exercise', before: ['military', 'naval', 'war', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'exercises', before: ['military', 'naval', 'war', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'drill', before: ['military', 'naval', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'drills', before: ['military', 'naval', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'mass', pos: 'verb' },
    { head: 'dispatch', object: FORCES },
    { head: 'send', object: FORCES },
    { head: 'move', object: FORCES },
    { head: 'alert', before: ['high', 'heightened', 'combat', 'full'] },
    { head: 'call', next: ['up'] },
  ],
  // Coercion short of violence: arrests, seizures, raids, bans, curfews, deportations, crackdowns.
  COERCE: [
    // "police dispersed them", "fired tear gas": crowd control by force.
    { head: 'disperse', before: ['police', 'troops', 'forces', 'riot', 'soldiers', 'officers'] },
    { head: 'fire', pos: 'verb', object: ['tear', 'teargas', 'rubber', 'cannon'] },
    { head: 'arrest' },
    { head: 'detain' },
    { head: 'detention' },
    { head: 'seize' },
    { head: 'seizure' },
    { head: 'confiscate' },
    { head: 'confiscation' },
    { head: 'punish' },
    { head: 'declare', object: ['emergency', 'curfew', 'martial', 'lockdown'] },
    { head: 'close', object: ['border', 'borders', 'crossing', 'crossings', 'airspace', 'embassy', 'consulate', 'port', 'ports'] },
    { head: 'raid' },
    { head: 'deport' },
    { head: 'deportation' },
    { head: 'expel' },
    { head: 'crackdown' },
    { head: 'crack', next: ['down'] },
    { head: 'curfew' },
    { head: 'ban', pos: 'verb' },
    { head: 'blockade' },
    { head: 'jail', pos: 'verb' },
    { head: 'imprison' },
    { head: 'censor' },
    { head: 'impose', object: ['curfew', 'ban', 'lockdown', 'restriction', 'restrictions', 'martial', 'emergency'] },
    { head: 'shut', next: ['down'] },
    { head: 'sentence', pos: 'verb' },
    { head: 'convict' },
    { head: 'evict' },
    { head: 'eviction' },
    { head: 'demolish' },
    { head: 'impound' },
    { head: 'round', next: ['up'] },
    { head: 'outlaw', pos: 'verb' },
    { head: 'dissolve', object: ['party', 'parliament', 'cabinet', 'assembly', 'union', 'group', 'council'] },
    { head: 'disperse', object: ['crowd', 'crowds', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'rally', 'march', 'protest'] },
    { head: 'intercept', object: ['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships', 'migrant', 'migrants', 'shipment'] },
    { head: 'block', object: ['website', 'websites', 'access', 'internet', 'account', 'accounts'] },
    { head: 'house', before: ['under'], next: ['arrest'] },
    { head: 'prosecute' },
    { head: 'lockdown' },
  ],
  // Violence: attacks, strikes from the air, shelling, bombings, clashes, killings, kidnappings.
  ASSAULT: [
    { head: 'attack', unless: ['policy', 'plan', 'decision', 'proposal', 'remarks', 'comment', 'comments'] },
    { head: 'strike', before: ['air', 'drone', 'missile', 'rocket', 'artillery', 'military', 'israeli', 'russian', 'us', 'u.s.'] },
    { head: 'strike', pos: 'noun', next: ['on', 'against'] },
    { head: 'strike', pos: 'verb', unless: ['deal', 'agreement', 'bargain', 'compromise', 'tone', 'balance', 'chord'], notContext: NON_HUMAN_CAUSES },
    { head: 'airstrike' },
    { head: 'air-strike' },
    { head: 'shell', pos: 'verb' },
    { head: 'shelling' },
    { head: 'bomb', pos: 'verb' },
    { head: 'bombing' },
    { head: 'bombard' },
    { head: 'bombardment' },
    { head: 'clash' },
    { head: 'kill', pos: 'verb', unless: ANIMALS, notAfter: [...NON_HUMAN_CAUSES, ...ANIMALS], notContext: NON_HUMAN_CAUSES },
    { head: 'killing', unless: ANIMALS, notAfter: [...NON_HUMAN_CAUSES, ...ANIMALS], notContext: NON_HUMAN_CAUSES },
    { head: 'shoot', pos: 'verb' },
    { head: 'shooting' },
    { head: 'fire', pos: 'verb', next: ['on', 'at', 'upon', 'into'] },
    { head: 'open', next: ['fire'] },
    { head: 'ambush' },
    { head: 'assassinate' },
    { head: 'assassination' },
    { head: 'kidnap' },
    { head: 'abduct' },
    { head: 'abduction' },
    { head: 'massacre' },
    { head: 'explosion' },
    { head: 'blast', pos: 'noun' },
    { head: 'fighting', pos: 'noun', notAfter: CESSATION },
    { head: 'violence', pos: 'noun', notAfter: CESSATION },
    // Fighting a problem is no assault ("fight corruption", "fight the epidemic").
    { head: 'fight', pos: 'verb', unless: ['corruption', 'poverty', 'inflation', 'crime', 'climate', 'fire', 'fires', 'mosquito', 'mosquitoes', 'pest', 'pests', 'hunger', 'famine', 'fraud', 'terrorism', 'obesity', 'infections', ...NON_HUMAN_CAUSES], notContext: ['immune'] },
    { head: 'invade' },
    { head: 'invasion' },
    { head: 'offensive', before: ['an', 'the', 'its', 'their', 'new', 'major', 'ground', 'military', 'spring', 'summer', 'counter'] },
    { head: 'retake' },
    { head: 'recapture' },
    { head: 'assault', unless: ['charge', 'charges'] },
    { head: 'storm', pos: 'verb', object: ['building', 'compound', 'embassy', 'parliament', 'prison', 'base', 'village', 'town', 'camp', 'office', 'headquarters', 'palace'] },
    { head: 'destroy', object: FORCES.concat(['islamist', 'islamists', 'militant', 'militants', 'rebel', 'rebels', 'base', 'bases', 'position', 'positions', 'insurgent', 'insurgents', 'enemy', 'terrorist', 'terrorists', 'village', 'convoy']) },
    { head: 'stab' },
    { head: 'beat', pos: 'verb', object: ['protester', 'protesters', 'demonstrator', 'demonstrators', 'detainee', 'detainees', 'journalist', 'journalists', 'student', 'students', 'prisoner', 'prisoners'] },
    { head: 'torture' },
    { head: 'hostilities', pos: 'noun', notAfter: CESSATION },
    { head: 'skirmish' },
    { head: 'hit', pos: 'verb', context: ['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'shell', 'shells', 'bomb', 'bombs', 'strike', 'strikes', 'airstrike', 'airstrikes', 'artillery', 'mortar'] },
    { head: 'target', pos: 'verb', context: ['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'attack', 'attacks', 'strike', 'strikes', 'militant', 'militants', 'gunmen', 'army', 'forces'] },
    { head: 'gun', next: ['down'] },
    { head: 'behead' },
    { head: 'execute', object: ['prisoner', 'prisoners', 'hostage', 'hostages', 'civilian', 'civilians', 'soldier', 'soldiers', 'men', 'people'] },
    { head: 'murder' },
    { head: 'lynch' },
    { head: 'wound', pos: 'verb' },
    { head: 'injure', pos: 'verb' },
    { head: 'detonate' },
    { head: 'blow', next: ['up'] },
    { head: 'torch', pos: 'verb' },
    { head: 'burn', object: ['village', 'villages', 'house', 'houses', 'home', 'homes', 'church', 'mosque', 'school', 'market'] },
    { head: 'loot' },
    { head: 'gunfire' },
    { head: 'firefight' },
    { head: 'battle', pos: 'verb' },
    { head: 'shoot', next: ['down'] },
    { head: 'besiege' },
    { head: 'siege', before: ['the', 'a', 'its', 'under'] },
    { head: 'capture', object: ['town', 'city', 'village', 'base', 'airport', 'port', 'territory', 'district', 'hill', 'bridge', 'position', 'positions', 'capital'] },
    { head: 'raze' },
    { head: 'slaughter', unless: ANIMALS, notAfter: ANIMALS, notContext: NON_HUMAN_CAUSES },
    { head: 'attack', pos: 'noun' },
  ],
};
