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
//   personObject the object's head noun is a kind of person (WordNet's noun.person, as listed in
//            models/role-nouns.txt): "captured two journalists", "the capture of the rebel leader",
//            or, in a passive, the noun before it ("aid workers were captured")
//   heldObject lemmas of participles that make the noun before them, within the object window,
//            an object as good as one of `object` ("release the fishermen detained in March")
//   after    like object, but only after the head ("charged him with fraud", not "AirPods with
//            wireless charging case")
//   before   one of these lemmas must occur directly before the head ("air strike", "military footprint")
//            or BEFORE_WINDOW tokens before it (passives: "hostages were freed")
//   unless   none of these lemmas may occur within OBJECT_WINDOW tokens after the head
//            ("meet demands" is not a meeting; "struck a deal" is not an attack)
//   notNext  none of these lemmas may follow directly ("aid workers" are people, not aid)
//   notAfter none of these lemmas may stand within BEFORE_WINDOW tokens before the head
//            ("a pause in hostilities" is not violence)
//   governedBy one of these lemmas must govern the head: stand before it with only determiners,
//            adjectives and numbers between, at most BEFORE_WINDOW tokens back ("without an agreement")
//   context  one of these lemmas must occur somewhere in the sentence ("a nationwide strike" by unions)
//   notContext none of these lemmas may occur in the sentence ("the epidemic killed 80": no assault)
// Entries for one head are tried in order; the first whose constraints hold wins.
import type { EventType } from '../../../record/types.js';

export interface TriggerEntry {
  readonly head: string;
  readonly pos?: 'verb' | 'noun';
  readonly next?: readonly string[];
  readonly object?: readonly string[];
  readonly heldObject?: readonly string[];
  readonly personObject?: boolean;
  readonly after?: readonly string[];
  readonly before?: readonly string[];
  readonly unless?: readonly string[];
  readonly notNext?: readonly string[];
  readonly notAfter?: readonly string[];
  readonly context?: readonly string[];
  readonly notContext?: readonly string[];
  readonly governedBy?: readonly string[];
}

/** Kinds of support that are material help, not words: "budget support", "military support". */
const MATERIAL_SUPPORT = ['budget', 'budgetary', 'financial', 'military', 'economic', 'humanitarian'];

/** What an earmarking gives when it is aid: "earmarked €50 million in budget support for Moldova". */
const EARMARKED_AID = ['aid', 'assistance', 'support', 'relief', 'loan', 'loans', 'grant', 'grants'];

/** Agreements and negotiations one can leave. */
const AGREEMENTS = [
  'agreement',
  'treaty',
  'accord',
  'deal',
  'pact',
  'convention',
  'protocol',
  'talks',
  'negotiation',
  'negotiations',
];

/** Tokens after the head searched for `object` and `unless` lemmas: a short noun phrase. */
export const OBJECT_WINDOW = 5;
/** Tokens before the head searched for `object` (passives) and `notAfter` lemmas. */
export const BEFORE_WINDOW = 3;

/** What "a call for ..." invites when it is a tender or a contest, not a demand. */
const CALLS_FOR_ENTRIES = [
  'proposal',
  'proposals',
  'paper',
  'papers',
  'application',
  'applications',
  'submission',
  'submissions',
  'entry',
  'entries',
  'nomination',
  'nominations',
];
/** What a refusal withholds when it is only a refusal to inform ("declined to comment"). */
const WITHHOLDING = [
  'comment',
  'say',
  'confirm',
  'address',
  'discuss',
  'elaborate',
  'specify',
  'identify',
  'answer',
  'disclose',
  'speculate',
  'respond',
  'reveal',
  'name',
  'detail',
];
/** What rallies on a market page: prices, not crowds. */
const MARKETS = [
  'stock',
  'stocks',
  'share',
  'shares',
  'market',
  'markets',
  'price',
  'prices',
  'bond',
  'bonds',
  'dollar',
  'index',
  'oil',
  'equity',
  'equities',
];
/** WordNet 3.1's "pour, swarm, stream, teem" (move in large numbers), as words: what crowds of protesters do. */
const CROWD_MOVES = ['pour', 'poured', 'pours', 'pouring', 'swarm', 'swarmed', 'stream', 'streamed', 'teem', 'teemed'];
/** Medical attacks: "a heart attack", "a panic attack". */
const MEDICAL_ATTACKS = ['heart', 'panic', 'asthma', 'anxiety', 'seizure'];
/** Batteries and chargers: "charging" them is electric, not legal. */
const DEVICE_POWER = ['battery', 'batteries', 'charger', 'chargers', 'cable', 'cables', 'port', 'usb', 'power'];

/**
 * Military vehicles and air defences, as objects of a delivery: the one-word hyponyms of "military
 * vehicle" and "armored vehicle" in WordNet 3.1 that name nothing else ("carrier", "fighter",
 * "sub", "picket", "technical" left out) and are not warships (a warship sent is deployed, WARSHIPS
 * under FORCES), "helicopter" (its "chopper" left out), and the modifiers
 * "armoured" and "air-defence", whose presence in the object makes the vehicles or systems military
 * ("supplied armoured vehicles", "delivered the two air-defence systems").
 */
const MILITARY_VEHICLES = ((singular: readonly string[]) => [
  ...singular,
  ...singular.map((w) => w + 's'),
  'armoured',
  'armored',
  'air-defence',
  'air-defense',
  'defence',
  'defense',
  'anti-aircraft',
])(['warplane', 'bomber', 'humvee', 'panzer', 'half-track', 'howitzer', 'helicopter']);

const WEAPONS = [
  'weapon',
  'weapons',
  'arm',
  'arms',
  'armament',
  'armaments',
  'ammunition',
  'missile',
  'missiles',
  'tank',
  'tanks',
  'drone',
  'drones',
  'artillery',
  'equipment',
  'rifle',
  'rifles',
  'jet',
  'jets',
  ...MILITARY_VEHICLES,
];
const AID_GOODS = [
  'flour',
  'wheat',
  'rice',
  'blanket',
  'blankets',
  'aid',
  'assistance',
  'food',
  'medicine',
  'medicines',
  'supplies',
  'supply',
  'relief',
  'grain',
  'vaccine',
  'vaccines',
  'fuel',
  'loan',
  'loans',
  'funding',
  'fund',
  'funds',
  'money',
  'grant',
  'grants',
  'support',
  'tent',
  'tents',
  'water',
  'shelter',
  'package',
  'million',
  'billion',
  '$',
  '€',
  '£',
];
/** Aid goods that are handed out: AID_GOODS less money and its amounts. */
const HANDED_OUT = AID_GOODS.filter((w) => !/^[$€£]$|illion$|^money$/.test(w));
/**
 * Aid goods that are distributed: those handed out less funds, loans, grants, packages and
 * support, which a programme or a budget distributes too ("the distribution of the funds").
 */
const DISTRIBUTED = HANDED_OUT.filter((w) => !/^(loan|fund|grant)s?$|^funding$|^support$|^package$/.test(w));
/**
 * Kinds of warship, from the hyponyms of "warship" in WordNet 3.1 (and "submarine", under its
 * "submersible"), without "carrier" (also an airline or a firm) and obsolete ones ("ironclad").
 */
const WARSHIPS = [
  'destroyer',
  'destroyers',
  'frigate',
  'frigates',
  'corvette',
  'corvettes',
  'cruiser',
  'cruisers',
  'battleship',
  'battleships',
  'submarine',
  'submarines',
  'gunboat',
  'gunboats',
];
const FORCES = [
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'force',
  'forces',
  'battalion',
  'battalions',
  'brigade',
  'unit',
  'units',
  'police',
  'officer',
  'officers',
  'reservist',
  'reservists',
  'warship',
  'warships',
  'militia',
  'marine',
  'marines',
  'paratrooper',
  'paratroopers',
  'division',
  'contingent',
  'peacekeeper',
  'peacekeepers',
  'guard',
  'guards',
  'fighter',
  'fighters',
  ...WARSHIPS,
  // WordNet 3.1 warplane.n.1 {warplane, military plane}, "an aircraft designed and used for
  // combat": warplanes sent or moved are forces sent or moved, as warships are.
  'warplane',
  'warplanes',
];
/**
 * Law enforcement, whose raids are coercion: WordNet 3.1's "police, police force, constabulary,
 * law" and "policeman, police officer, officer" with its hyponym "cop", "federal agent" (an agent
 * of a law enforcement agency) and "authorities" (the governing authority, "authorities raided
 * the newspaper's offices"); and "warrant" and "search", what a police raid executes.
 */
const LAW_ENFORCEMENT = [
  'police',
  'constabulary',
  'policeman',
  'policemen',
  'officer',
  'officers',
  'cop',
  'cops',
  'agent',
  'agents',
  'authorities',
  'warrant',
  'search',
];
/** Words that make an armed reading of "intervene" or "reserves" the sentence's. */
const MILITARY_CONTEXT = ['militarily', 'military', 'troops', 'army', 'forces'];
/**
 * Verbs of taking and holding captive, whose participle after a noun makes it a captive ("the
 * fishermen detained in March"): WordNet 3.1's arrest.v.1 (arrest, apprehend, nab), detain.v.1
 * (detain), imprison.v.1 (imprison, incarcerate, immure, jail, gaol, remand) and
 * kidnap.v.1 (kidnap, abduct); slang and senses mostly of something else (confine, collar, nail, cop,
 * lag, jug, snatch, nobble, phrasal verbs) left out.
 */
const HELD = [
  'arrest',
  'apprehend',
  'nab',
  'detain',
  'imprison',
  'incarcerate',
  'immure',
  'jail',
  'gaol',
  'remand',
  'kidnap',
  'kidnapp',
  'abduct',
];

/**
 * People one releases from captivity. WordNet 3.1 glosses "prisoner, captive" as "a person who is
 * confined; especially a prisoner of war" (one "taken by the enemy in time of war"), so with its
 * hyponyms (detainee, hostage, internee, prisoner of war) come the members of the forces such
 * prisoners are: the synonyms of "soldier" and "serviceman" ("yet to release eleven soldiers").
 * Not its convicts and inmates: freed at the end of a sentence or in a jailbreak ("stormed a
 * prison and freed 800 inmates"), which no captor yields.
 */
const CAPTIVES = [
  'prisoner',
  'prisoners',
  'hostage',
  'hostages',
  'detainee',
  'detainees',
  'captive',
  'captives',
  'activist',
  'activists',
  'journalist',
  'journalists',
  'dissident',
  'dissidents',
  'sailor',
  'sailors',
  'crew',
  'internee',
  'internees',
  'pow',
  'pows',
  'soldier',
  'soldiers',
  'serviceman',
  'servicemen',
];
/** Places taken by force: "captured the town", "seized control of the airport". */
const CAPTURED_PLACES = [
  'town',
  'city',
  'village',
  'base',
  'airport',
  'port',
  'territory',
  'district',
  'hill',
  'bridge',
  'position',
  'positions',
  'capital',
];
/** Who is beaten when a beating is violence, not a sports win ("beat protesters", not "beat Georgia 3-2"). */
const BEATEN = [
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'detainee',
  'detainees',
  'journalist',
  'journalists',
  'student',
  'students',
  'prisoner',
  'prisoners',
];
const ACCORDS = [
  'agreement',
  'deal',
  'treaty',
  'accord',
  'pact',
  'memorandum',
  'truce',
  'ceasefire',
  'cease-fire',
  'armistice',
  'compromise',
  'settlement',
  'consensus',
  'contract',
  'declaration',
];
/**
 * Verbs of bringing an accord about, which with an accord as object are an agreement ("clinched an
 * accord", "finalised the deal"): the words of WordNet 3.1's settle.v.3 ("settle conclusively;
 * come to terms") and its troponyms, finalize.v.1 ("make final") and close.v.6 ("complete a
 * business deal, negotiation, or an agreement"). Left out: "compromise", "clear", "solve" and
 * "determine", whose news use with an accord is to endanger, approve or decide about it.
 */
const CONCLUDING_VERBS = ['settle', 'square', 'concert', 'clinch', 'finalize', 'finalise', 'close'];
/**
 * Civilians who act together in the street: the sectors of PLOVER's actor codes that are no state
 * (manual 0.7b1, "Sector Primary Codes": CVL civilians, LAB and AGR organised labour and peasants,
 * EDU students, OPP and SOC activists and civil society), by the nouns news uses for them.
 */
const CIVILIAN_COLLECTIVES = [
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'activist',
  'activists',
  'farmer',
  'farmers',
  'peasant',
  'peasants',
  'worker',
  'workers',
  'union',
  'unions',
  'miner',
  'miners',
  'fisherman',
  'fishermen',
  'driver',
  'drivers',
  'trucker',
  'truckers',
  'student',
  'students',
  'resident',
  'residents',
  'villager',
  'villagers',
];
const LABOUR = [
  'worker',
  'workers',
  'union',
  'unions',
  'employee',
  'employees',
  'teacher',
  'teachers',
  'doctor',
  'doctors',
  'nurse',
  'nurses',
  'miner',
  'miners',
  'driver',
  'drivers',
  'staff',
  'general',
  'hunger',
  'labour',
  'labor',
  'dockworker',
  'dockworkers',
  'farmer',
  'farmers',
];
/** Words before a violence noun that say it stopped ("a pause in hostilities", "cessation of fighting"). */
const CESSATION = ['cessation', 'pause', 'end', 'halt', 'lull', 'truce', 'stop', 'suspension'];
/** Animals: culling them is no assault ("kill 10,000 birds"). */
const ANIMALS = [
  'bird',
  'birds',
  'duck',
  'ducks',
  'chicken',
  'chickens',
  'poultry',
  'pig',
  'pigs',
  'hog',
  'hogs',
  'cattle',
  'cow',
  'cows',
  'animal',
  'animals',
  'fowl',
  'flock',
  'flocks',
  'sheep',
  'goat',
  'goats',
  'fish',
  'livestock',
  'swan',
  'swans',
  'geese',
];
/** Causes of death that are not actors: "the strain that killed", "the flood killed". */
const NON_HUMAN_CAUSES = [
  'virus',
  'strain',
  'disease',
  'outbreak',
  'flu',
  'influenza',
  'infection',
  'illness',
  'epidemic',
  'pandemic',
  'fever',
  'cancer',
  'h5n1',
  'ebola',
  'cholera',
  'malaria',
  'earthquake',
  'quake',
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
  'flood',
  'floods',
  'flooding',
  'landslide',
  'heatwave',
  'drought',
  'crash',
  'accident',
  'avalanche',
  'tornado',
  'tsunami',
  'wildfire',
  'blaze',
];
/** What else gets mobilised: "mobilisation of resources" is no deployment of forces. */
const NON_MILITARY_MOBILISATION = [
  'resource',
  'resources',
  'fund',
  'funds',
  'funding',
  'money',
  'voter',
  'voters',
  'support',
  'volunteer',
  'volunteers',
  'community',
  'communities',
];
/** People and groups that "aid" can modify without being aid ("aid workers", "aid agencies"). */
const AID_PEOPLE = [
  'worker',
  'workers',
  'agency',
  'agencies',
  'group',
  'groups',
  'official',
  'officials',
  'organisation',
  'organisations',
  'organization',
  'organizations',
];
const RESTRICTIONS = [
  'sanction',
  'sanctions',
  'restriction',
  'restrictions',
  'curfew',
  'ban',
  'blockade',
  'embargo',
  'limit',
  'limits',
  'controls',
  'state',
  'veto',
];

/** What one recognises in SUPPORT's sense ("recognised its independence", "recognise the passports"), either spelling. */
const RECOGNISED = [
  'independence',
  'government',
  'state',
  'sovereignty',
  'statehood',
  'election',
  'result',
  'results',
  'referendum',
  'vote',
  'annexation',
  'authority',
  'authorities',
  'plate',
  'plates',
  'passport',
  'passports',
];

/** Technology and money are deployed too ("deploying cleaner technology", "solar project deployment"): no forces move. */
const DEPLOYED_THINGS = [
  'technology',
  'solar',
  'project',
  'system',
  'software',
  'network',
  'panel',
  'capital',
  'fund',
  'tool',
  'app',
  'update',
  'code',
  'server',
  'feature',
  'energy',
  'renewable',
];

/**
 * WordNet 3.1's traffic cop, "a policeman who controls the flow of automobile traffic": traffic
 * police sent out ("teams of traffic police were deployed") are on duty, no force mobilised.
 */
const TRAFFIC_DUTY = ['traffic'];

/** What is offered or given when it is information, not aid. */
const INFORMATION = ['evidence', 'information', 'explanation', 'detail', 'details', 'proof', 'comment'];
/** What one sends without sending the thing it asks for ("sent a request for military aid"). */
const REQUESTS = ['request', 'requests', 'appeal', 'appeals', 'plea', 'pleas', 'application', 'demand', 'demands'];

/** Reactions something is "met with" ("met with laughter", "met with resistance"): no meeting. */
const RECEPTIONS = [
  'laughter',
  'criticism',
  'skepticism',
  'scepticism',
  'derision',
  'applause',
  'silence',
  'resistance',
  'anger',
  'outrage',
  'cheers',
  'boos',
  'opposition',
  'approval',
  'disbelief',
  // "any raid would be met with force": a response, not a meeting.
  'force',
];

/** What one withdraws as a concession: a bill, a demand, a charge ("the withdrawal of the bill"). */
const WITHDRAWN_MEASURES = [
  'bill',
  'law',
  'proposal',
  'decree',
  'plan',
  'charge',
  'charges',
  'lawsuit',
  'complaint',
  'candidacy',
  'demand',
  'demands',
  'reform',
  'tax',
];

/** A forecast "calls for" weather; no one asks anything ("forecasts called for low humidity"). */
const FORECASTS = ['forecast', 'forecaster', 'model', 'recipe'];

/**
 * What "support" holds up when it is not backing for an actor: a claim ("no evidence to support
 * their estimates") or the economy ("demand supported by lower rates", "support consumption").
 */
const UNPOLITICAL_SUPPORT = [
  'claim',
  'estimate',
  'theory',
  'argument',
  'assertion',
  'conclusion',
  'finding',
  'hypothesis',
  'notion',
  'evidence',
  'consumption',
  'growth',
  'demand',
  'price',
  'economy',
  'market',
  'spending',
  'earnings',
  'income',
  'revenue',
  'stock',
  'currency',
];

/** Gatherings the police disperse ("sit" is the first word of "sit-in", split by the tokenizer). */
const DISPERSED = [
  'crowd',
  'crowds',
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'rally',
  'march',
  'protest',
  'demonstration',
  'gathering',
  'sit',
];

/** Projectiles whose impact is an attack ("rockets slammed into the camp"). */
const PROJECTILES = [
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'bomb',
  'bombs',
  'mortar',
  'mortars',
  'drone',
  'drones',
];

/** What one balks at when the balking is a rejection: requests and proposals put to one. */
const BALKED_AT = [
  ...REQUESTS,
  'call',
  'calls',
  'proposal',
  'proposals',
  'plan',
  'plans',
  'term',
  'terms',
  'condition',
  'conditions',
  'offer',
  'deal',
];

/** Armed forces whose leaving is a withdrawal ("the last troops left Kherson"). */
const ARMED_LEAVERS = [
  'troop',
  'troops',
  'force',
  'forces',
  'soldier',
  'soldiers',
  'army',
  'contingent',
  'peacekeeper',
  'peacekeepers',
  'unit',
  'units',
];

export const LEXICON: Readonly<Record<EventType, readonly TriggerEntry[]>> = {
  // Agreeing to, signing or reaching a deal; accepting a proposal.
  AGREE: [
    // "agree with" is an opinion, not an agreement between parties.
    { head: 'agree', pos: 'verb', notAfter: ['than', 'as'], notNext: ['with'] },
    { head: 'sign', object: ACCORDS },
    // WordNet 3.1 arrangement.n.1, "the thing arranged or agreed to": an agreement when it is
    // reached, signed, struck or concluded ("reached a provisional arrangement"), not a display
    // or a piece of music.
    { head: 'arrangement', pos: 'noun', governedBy: ['reach', 'sign', 'strike', 'conclude'] },
    // WordNet 3.1: ink, "append one's signature to; 'They inked the contract'".
    { head: 'ink', pos: 'verb', object: ACCORDS },
    // WordNet 3.1: initial, "mark with one's initials" (an accord initialled before its signing).
    { head: 'initial', pos: 'verb', object: ACCORDS },
    { head: 'reach', object: ACCORDS },
    { head: 'conclude', object: ACCORDS },
    ...CONCLUDING_VERBS.map((head): TriggerEntry => ({ head, pos: 'verb', object: ACCORDS })),
    { head: 'strike', object: ['deal', 'agreement', 'bargain', 'compromise'] },
    { head: 'seal', object: ACCORDS },
    { head: 'broker', object: ACCORDS },
    { head: 'accept', object: ['offer', 'proposal', 'plan', 'terms', 'deal', 'invitation', 'ceasefire', 'mediation'] },
    { head: 'ceasefire', pos: 'noun', before: ['agree', 'agreed', 'announce', 'announced'] },
    // "ended without an agreement", "no deal": an accord named only to say there is none (the
    // negation is read by modality.ts). With WordNet 3.1's armistice.n.1 (truce, cease-fire; "a state
    // of peace agreed to between opponents"): "left without a truce". ("pact", treaty.n.1's, is a
    // WordNet trigger of its own, models/event-triggers.txt: a hand head here would shadow it.)
    ...[
      'agreement',
      'deal',
      'accord',
      'treaty',
      'settlement',
      'compromise',
      'truce',
      'ceasefire',
      'cease-fire',
      'armistice',
    ].map((head): TriggerEntry => ({
      head,
      pos: 'noun',
      governedBy: ['without', 'no'],
    })),
  ],
  // Meetings, talks, visits, negotiations, phone calls between parties.
  CONSULT: [
    {
      head: 'meet',
      pos: 'verb',
      unless: [
        'demand',
        'demands',
        'target',
        'targets',
        'deadline',
        'requirement',
        'requirements',
        'expectation',
        'expectations',
        'need',
        'needs',
        'criterion',
        'criteria',
        'threshold',
        'thresholds',
        'standard',
        'standards',
        'goal',
        'goals',
        'quota',
        'obligation',
        'obligations',
        // "was met with hoots of laughter": a reception, not a meeting.
        ...RECEPTIONS,
      ],
    },
    { head: 'meeting', pos: 'noun' },
    { head: 'talk', pos: 'noun' },
    { head: 'talks', pos: 'noun' },
    { head: 'talk', pos: 'verb', next: ['with', 'to'] },
    // "ahead of the summit", "before the summit": a date to place other events by, not news itself.
    { head: 'summit', pos: 'noun', notAfter: ['before', 'ahead', 'advance', 'after', 'since', 'during'] },
    { head: 'visit' },
    // "his own negotiating team", "negotiating power": the word classifies a noun.
    { head: 'negotiate', notNext: ['team', 'teams', 'position', 'positions', 'power', 'skills', 'tactics', 'partner'] },
    { head: 'negotiation' },
    { head: 'negotiations' },
    { head: 'consult' },
    // WordNet 3.1: reconvene, "meet again" ("will reconvene in Kabul next month").
    { head: 'reconvene', pos: 'verb' },
    { head: 'consultation' },
    { head: 'consultations' },
    // "This post will discuss the following": a text about its own contents.
    {
      head: 'discuss',
      pos: 'verb',
      notAfter: ['post', 'article', 'chapter', 'section', 'paper', 'episode', 'podcast', 'video', 'page', 'book'],
    },
    { head: 'host', pos: 'verb' },
    { head: 'call', pos: 'noun', before: ['phone', 'telephone', 'video'] },
    { head: 'speak', next: ['by', 'with'] },
    { head: 'mediate' },
    { head: 'mediation', pos: 'noun' },
  ],
  // Verbal or political support, praise, endorsement, recognition.
  SUPPORT: [
    { head: 'support', pos: 'verb', unless: UNPOLITICAL_SUPPORT, notAfter: UNPOLITICAL_SUPPORT },
    // "budget support for Malawi" is money given (AID).
    { head: 'support', pos: 'noun', next: ['for'], notAfter: MATERIAL_SUPPORT },
    { head: 'endorse' },
    { head: 'endorsement' },
    { head: 'back', pos: 'verb', unless: ['down'] },
    // After a modal, "back" is a verb whatever the tagger says ("France would back a mission");
    // "would back down", "will be back" are not backing.
    {
      head: 'back',
      before: ['would', 'will', 'could', 'should', 'may', 'might', 'must'],
      notNext: ['down', 'away', 'off', 'out', 'up', 'into', 'to', 'from', 'in', 'home', 'on', '.', ','],
    },
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
    // As "stand behind": "rallied behind Baku" backs it (a crowd rallying is a protest).
    { head: 'rally', next: ['behind', 'around', 'round'] },
    // "threw its weight behind the plan".
    { head: 'weight', before: ['his', 'her', 'its', 'their', 'our', 'full'], next: ['behind'] },
    { head: 'defend', object: ['decision', 'right', 'policy', 'government', 'move', 'plan', 'use', 'record'] },
    {
      head: 'approve',
      object: ['plan', 'deal', 'proposal', 'agreement', 'bid', 'request', 'membership', 'accession', 'resolution'],
    },
    { head: 'solidarity', pos: 'noun' },
    { head: 'recognize', object: RECOGNISED },
    { head: 'recognise', object: RECOGNISED },
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
    // Captors yield captives; a rescue frees them against the captors' will ("a rescue mission to free").
    { head: 'release', object: CAPTIVES, heldObject: HELD, notAfter: ['rescue'] },
    { head: 'free', pos: 'verb', object: CAPTIVES, heldObject: HELD, notAfter: ['rescue'] },
    { head: 'lift', object: RESTRICTIONS },
    // WordNet 3.1, the synset of "lift" as "cancel officially": revoke, annul, repeal, rescind, overturn.
    ...['revoke', 'annul', 'repeal', 'rescind', 'overturn'].map((head): TriggerEntry => ({
      head,
      pos: 'verb',
      object: RESTRICTIONS,
    })),
    // Opening again what a restriction closed ("will reopen the border crossing").
    {
      head: 'reopen',
      pos: 'verb',
      object: ['border', 'borders', 'crossing', 'crossings', 'checkpoint', 'checkpoints', 'airspace'],
    },
    { head: 'ease', object: RESTRICTIONS },
    // WordNet 3.1 "easing, relief: the act of reducing something unpleasant": relief from a
    // restriction given is easing it ("provide some relief from the 25% tariffs"), not aid.
    ...['provide', 'give', 'grant', 'offer'].map((head): TriggerEntry => ({
      head,
      pos: 'verb',
      object: ['relief'],
      after: ['from'],
      context: [...RESTRICTIONS, 'tariff', 'tariffs'],
    })),
    { head: 'pardon' },
    // WordNet 3.1 commute.v.4, "exchange a penalty for a less severe one": PLOVER's CONCEDE
    // ("pardons and amnesties") when a sentence or penalty is commuted, not a trip to work.
    { head: 'commute', pos: 'verb', object: ['sentence', 'sentences', 'penalty', 'penalties', 'punishment'] },
    { head: 'amnesty' },
    { head: 'compensate' },
    { head: 'reverse', object: ['decision', 'ban', 'policy', 'order'] },
    // Withdrawing a bill or a demand is yielding, not a retreat of forces.
    { head: 'withdraw', object: WITHDRAWN_MEASURES },
    { head: 'withdrawal', object: WITHDRAWN_MEASURES },
    // WordNet 3.1 shelve.v.1 {postpone, table, shelve, defer, put off}, "hold back to a later
    // time": a bill or plan shelved is set aside, as withdrawn ("shelved the finance bill").
    { head: 'shelve', pos: 'verb', object: WITHDRAWN_MEASURES },
    // WordNet 3.1: drop, "stop pursuing or acting; 'drop a lawsuit'" ("dropped charges against
    // forty protesters"); "prices dropped after the tax" is a fall.
    {
      head: 'drop',
      pos: 'verb',
      object: WITHDRAWN_MEASURES,
      unless: [
        'after',
        'as',
        'because',
        'since',
        'when',
        'by',
        'to',
        'from',
        'percent',
        '%',
        'below',
        'amid',
        'in',
        'with',
        'no',
      ],
    },
  ],
  // Working together: cooperation, joint operations, intelligence sharing.
  COOPERATE: [
    { head: 'cooperate' },
    // "a security cooperation pact": the word names the kind of accord, which is the event.
    { head: 'cooperation', pos: 'noun', notNext: ACCORDS },
    { head: 'co-operate' },
    { head: 'collaborate' },
    { head: 'collaboration' },
    { head: 'partnership', pos: 'noun' },
    {
      head: 'joint',
      object: [
        'exercise',
        'exercises',
        'patrol',
        'patrols',
        'operation',
        'operations',
        'drill',
        'drills',
        'investigation',
        'venture',
        'project',
        // PLOVER's COOPERATE ("joint military games and maneuvers"); WordNet 3.1 maneuver.n.1
        // {maneuver, manoeuvre}, "a military training exercise".
        'maneuver',
        'maneuvers',
        'manoeuvre',
        'manoeuvres',
        // WordNet 3.1 campaign.n.2, "a series of actions advancing a principle", a kind of
        // venture.n.1 (above), and campaign.n.3, a military campaign, a kind of military
        // operation (above): one run by two parties together.
        'campaign',
        'campaigns',
        // WordNet 3.1 unit.n.3 {unit, social unit}, "an organization regarded as part of a larger
        // social group", whose kinds are the military unit and the task force: one two parties
        // set up together.
        'unit',
        'units',
      ],
    },
    { head: 'share', object: ['intelligence', 'information', 'data', 'evidence'] },
    // WordNet 3.1 pool.v.1, "combine into a common fund": pooled intelligence, like shared intelligence.
    { head: 'pool', pos: 'verb', object: ['intelligence', 'information', 'data', 'evidence'] },
    // WordNet 3.1: exchange, "give to, and receive from, one another".
    { head: 'exchange', pos: 'verb', object: ['intelligence', 'information', 'data', 'evidence'] },
    // WordNet 3.1 glosses extradite as "hand over to the authority of another country".
    {
      head: 'hand',
      next: ['over'],
      object: ['suspect', 'suspects', 'suspected', 'fugitive', 'fugitives'],
      context: ['authorities', 'extradition'],
    },
    { head: 'work', next: ['together', 'closely'] },
    { head: 'team', next: ['up'] },
    { head: 'extradite' },
    // "the extradition bill", "his extradition hearing": a law or a proceeding, not a handover (a treaty is cooperation).
    { head: 'extradition' },
    { head: 'restore', object: ['tie', 'ties', 'relation', 'relations'] },
    { head: 'establish', object: ['tie', 'ties', 'relation', 'relations'] },
  ],
  // Material aid: weapons deliveries, humanitarian and economic assistance.
  AID: [
    // WordNet 3.1 distribute.v.1 {distribute, give out, hand out}, disburse.v.1 {disburse, pay
    // out}: aid handed out or disbursed (not bonuses or exams).
    { head: 'hand', next: ['out'], object: HANDED_OUT },
    // The synset's other words, and its noun of the act (distribution.n.3, "the act of
    // distributing"), with goods as objects; a distribution in a sentence that names humanitarian
    // aid is one (PLOVER's AID: "humanitarian aid such as emergency assistance").
    { head: 'distribute', object: DISTRIBUTED },
    { head: 'give', next: ['out'], object: DISTRIBUTED },
    // The noun's goods after it ("a distribution of food"): "suspended food distribution" names
    // the aid suspended.
    { head: 'distribution', pos: 'noun', after: DISTRIBUTED },
    { head: 'distribution', pos: 'noun', context: ['humanitarian'] },
    { head: 'disburse', object: EARMARKED_AID },
    { head: 'aid', pos: 'noun', notNext: AID_PEOPLE },
    { head: 'aid', pos: 'verb' },
    { head: 'assistance', pos: 'noun' },
    { head: 'delivery', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'deliveries', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'deliver', object: [...WEAPONS, ...AID_GOODS], unless: REQUESTS },
    { head: 'supply', pos: 'verb', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'send', object: [...WEAPONS, ...AID_GOODS], unless: REQUESTS },
    { head: 'provide', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'donate' },
    { head: 'donation' },
    { head: 'give', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'grant', pos: 'verb', object: [...WEAPONS, ...AID_GOODS, 'asylum'] },
    // "offered no evidence to support their estimates": what is offered is information, not aid.
    { head: 'offer', object: [...WEAPONS, ...AID_GOODS], unless: INFORMATION },
    { head: 'pledge', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'transfer', object: WEAPONS },
    { head: 'fund', pos: 'verb' },
    { head: 'finance', pos: 'verb' },
    { head: 'equip', object: FORCES },
    // The verb: "officers boarded the train" is a railway train, not training.
    { head: 'train', pos: 'verb', object: FORCES },
    { head: 'bailout' },
    { head: 'loan', pos: 'noun', before: ['a', 'emergency', 'new', 'the'] },
    { head: 'convoy', before: ['aid', 'relief', 'humanitarian'] },
    { head: 'relief', before: ['emergency', 'humanitarian', 'disaster', 'debt'] },
    { head: 'airdrop' },
    { head: 'airlift' },
    // WordNet 3.1: truck, "convey (goods etc.) by truck".
    { head: 'truck', pos: 'verb', object: AID_GOODS },
    // "relief supplies", "medical supplies" (supplies of goods, not a supply of a market).
    { head: 'supply', pos: 'noun', before: ['relief', 'humanitarian', 'medical', 'aid', 'emergency'] },
    { head: 'ship', pos: 'verb', object: [...WEAPONS, ...AID_GOODS] },
    { head: 'shipment', object: [...WEAPONS, ...AID_GOODS] },
    // Military goods handed to another party ("handed over three patrol boats to the navy");
    // fighters handing over their own weapons disarm (RETREAT), so plain weapons are not listed.
    { head: 'hand', next: ['over'], object: [...MILITARY_VEHICLES, 'boat', 'boats', 'vessel', 'vessels'] },
    // WordNet 3.1: "allow, appropriate, earmark, set aside, reserve: give or assign a resource to a
    // particular person or cause".
    // Only aid by name: "funds earmarked to help farmers" is a budget line, not aid given.
    { head: 'earmark', pos: 'verb', object: EARMARKED_AID },
    // "budget support", "military support for Kyiv": material support is aid.
    { head: 'support', pos: 'noun', before: MATERIAL_SUPPORT },
  ],
  // Withdrawing forces, pulling out, surrendering, disarming.
  RETREAT: [
    // WordNet 3.1 disengage.v.1 {disengage, withdraw}: armed forces that disengage withdraw
    // ("troops disengaged from the town"), as with "leave".
    { head: 'disengage', pos: 'verb', before: ARMED_LEAVERS },
    { head: 'disengage', pos: 'verb', object: ARMED_LEAVERS },
    // PLOVER's RETREAT ("withdraw troops"); WordNet 3.1 repatriate.v.1, "send someone back to his
    // homeland": armed forces brought home or back ("bring home its peacekeepers").
    { head: 'bring', next: ['home', 'back'], object: ARMED_LEAVERS },
    // "The last troops left Kherson": leaving is a withdrawal when armed forces leave.
    { head: 'leave', pos: 'verb', before: ARMED_LEAVERS },
    // WordNet 3.1: "leave, depart, pull up stakes", with the same condition as "leave".
    { head: 'depart', pos: 'verb', before: ARMED_LEAVERS },
    { head: 'withdraw' },
    { head: 'withdrawal' },
    { head: 'retreat' },
    { head: 'pull', next: ['out', 'back'], unless: AGREEMENTS },
    { head: 'pullout' },
    { head: 'pull-out' },
    { head: 'surrender' },
    { head: 'disarm' },
    { head: 'demobilize' },
    { head: 'demobilise' },
    { head: 'evacuate', object: FORCES },
    // WordNet 3.1 exit.n.2 "the act of going out" and evacuation.n.2 "the act of vacating
    // (leaving empty)": when armed forces go, as with "leave" ("completed their exit").
    { head: 'exit', pos: 'noun', object: ARMED_LEAVERS },
    { head: 'evacuation', object: ARMED_LEAVERS },
    // WordNet 3.1: vacate, "leave behind empty; move out of" ("are to vacate their bases").
    // and "abandon", in the same WordNet synset ("vacate, empty, abandon").
    ...['vacate', 'abandon'].map((head): TriggerEntry => ({
      head,
      object: ['base', 'bases', 'position', 'positions', 'post', 'posts', 'garrison', 'camp', 'camps'],
    })),
    // "pull its troops out of Transnistria": the forces between verb and particle.
    { head: 'pull', after: FORCES, object: ['out', 'back'], unless: AGREEMENTS },
    {
      head: 'hand',
      next: ['over'],
      object: [...WEAPONS, 'territory', 'control', 'town', 'city', 'base', 'position', 'positions'],
    },
  ],
  // Demands, appeals, calls on others to act.
  REQUEST: [
    // "applied to join NATO", "applied for membership".
    { head: 'apply', pos: 'verb', object: ['join', 'membership', 'accession'] },
    // "submitted its application to join ASEAN", "a membership application".
    { head: 'application', pos: 'noun', object: ['join', 'membership', 'accession'] },
    { head: 'demand', pos: 'verb' },
    { head: 'demand', pos: 'noun', next: ['for', 'that'] },
    { head: 'urge' },
    // "a call for proposals" is a tender, not a demand.
    // A verb: "the call on July 25" is a phone call.
    { head: 'call', pos: 'verb', next: ['on', 'for', 'upon'], unless: CALLS_FOR_ENTRIES, notAfter: FORECASTS },
    // Asking a question is not a request: "asked about the fight", "asked whether ...", "Aderholt
    // asked." (speech verb), "asked not to be identified", "asked for comment".
    {
      head: 'ask',
      unless: ['question', 'questions', 'about', 'whether', 'identify', 'identified', 'name', 'named', 'comment'],
      notNext: [
        ',',
        '.',
        '?',
        '!',
        ':',
        '“',
        '"',
        'if',
        'whether',
        'what',
        'why',
        'how',
        'when',
        'who',
        'where',
        'again',
      ],
    },
    // "did not respond to a request for comment": a reporter's routine question, not a demand.
    { head: 'request', unless: ['comment'] },
    // The noun is a request when it is one appeal ("an urgent appeal to donors", "Kenya's appeal
    // to"); with no determiner it is the mass noun of attraction ("holds broad appeal to voters",
    // "has little appeal to the young"), WordNet 3.1's appeal.n.02, "attractiveness that interests".
    { head: 'appeal', pos: 'verb', next: ['to', 'for'] },
    {
      head: 'appeal',
      pos: 'noun',
      next: ['to', 'for'],
      governedBy: [
        'a',
        'an',
        'the',
        'this',
        'that',
        'its',
        'his',
        'her',
        'their',
        'our',
        'my',
        'your',
        "'s",
        '’s',
        'new',
        'fresh',
      ],
    },
    // A plural is countable, so appeals made ("additional appeals to Hispanic voters").
    { head: 'appeals', pos: 'noun', next: ['to', 'for'] },
    // A plea in court ("pleaded not guilty", "pleads guilty to threatening") is no request: the
    // event is what was charged.
    { head: 'plead', notNext: ['guilty', 'not', 'innocent', 'no', 'nolo'] },
    { head: 'petition' },
    { head: 'press', pos: 'verb', next: ['for'] },
    { head: 'press', pos: 'verb', object: ['to'] },
    {
      head: 'seek',
      object: [
        'help',
        'assistance',
        'aid',
        'support',
        'extradition',
        'release',
        'asylum',
        'talks',
        'clarification',
        'compensation',
        'explanation',
      ],
    },
    { head: 'implore' },
    { head: 'insist', next: ['that', 'on'] },
    { head: 'call', pos: 'noun', next: ['for'], unless: CALLS_FOR_ENTRIES },
  ],
  // Accusations, blame, criticism, condemnation, charges.
  ACCUSE: [
    { head: 'accuse' },
    { head: 'accusation' },
    // The verb blames; the noun is most often a share of blame someone takes, shares or deflects
    // ("deflect the blame", "portions of the blame"): an accusation only when it is put "on"
    // someone (WordNet 3.1 blame.v.1, "put or pin the blame on").
    { head: 'blame', pos: 'verb' },
    { head: 'blame', pos: 'noun', after: ['on'] },
    { head: 'allege' },
    { head: 'allegation' },
    { head: 'criticize' },
    { head: 'criticise' },
    { head: 'criticism' },
    { head: 'condemn' },
    { head: 'condemnation' },
    { head: 'denounce' },
    { head: 'charge', pos: 'verb', next: ['with'] },
    // WordNet 3.1: charge, "make an accusatory claim; 'The defense attorney charged that the jurors were biased'".
    { head: 'charge', pos: 'verb', next: ['that'] },
    // Charging a device is no charge: "charging Apple laptops with portable batteries".
    { head: 'charge', pos: 'verb', after: ['with'], unless: DEVICE_POWER },
    { head: 'sue' },
    { head: 'lawsuit' },
    // "held Moscow responsible for the blast": WordNet 3.1's example of hold ("deem, view as"), "I
    // hold him personally responsible". Not "hold those responsible accountable", a promise to punish.
    { head: 'hold', pos: 'verb', object: ['responsible'], notNext: ['those', 'whoever', 'anyone', 'everyone'] },
  ],
  // Rejections, refusals, vetoes, denials.
  REJECT: [
    // Leaving an agreement or talks is a rejection, not a retreat of forces ("pulled out of the treaty").
    { head: 'withdraw', after: AGREEMENTS },
    { head: 'withdrawal', after: AGREEMENTS },
    // WordNet 3.1 balk.v.1 {resist, balk, baulk, jib}, "refuse to comply": "balked at the demand".
    // What is refused is a demand, a proposal or terms ("balked at the lender's demand"), not a price.
    ...['balk', 'baulk'].map((head): TriggerEntry => ({ head, pos: 'verb', next: ['at'], object: BALKED_AT })),
    { head: 'pull', next: ['out'], after: AGREEMENTS },
    { head: 'walk', next: ['out'], after: AGREEMENTS },
    { head: 'reject' },
    { head: 'rejection' },
    { head: 'refuse' },
    // "will lift its veto": the veto ends (CONCEDE), no rejection is told.
    { head: 'veto', notAfter: ['lift', 'drop', 'withdraw'] },
    { head: 'rebuff' },
    {
      head: 'dismiss',
      object: [
        'proposal',
        'offer',
        'claim',
        'claims',
        'call',
        'calls',
        'demand',
        'demands',
        'plan',
        'request',
        'report',
        'reports',
        'allegation',
        'allegations',
        'rumour',
        'rumours',
        'rumor',
        'rumors',
        'speculation',
        'suggestion',
        'suggestions',
      ],
    },
    { head: 'deny', pos: 'verb' },
    { head: 'turn', next: ['down'] },
    { head: 'brush', next: ['aside', 'off'] },
    // "declined to comment / to say when" withholds information; it rejects nothing.
    { head: 'decline', pos: 'verb', next: ['to'], unless: WITHHOLDING },
    { head: 'decline', pos: 'verb', object: ['offer', 'invitation', 'request', 'proposal'] },
  ],
  // Threats and warnings of force or punishment, ultimatums.
  THREATEN: [
    { head: 'threaten' },

    // A warning is a threat only when it names a punishment; "warned that clashes could erupt" is a forecast.
    {
      head: 'warn',
      object: [
        'retaliation',
        'consequences',
        'response',
        'force',
        'action',
        'measures',
        'reprisal',
        'reprisals',
        'strike',
        'strikes',
      ],
    },
    // "warned that it would launch a new operation", "warning that the raid would not go
    // unanswered": a that-clause naming force or punishment (not "warned that clashes could erupt").
    ...(['warn', 'warning'] as const).map((head): TriggerEntry => ({
      head,
      // "issued a stern warning to Kabul, saying any raid would be met with force".
      object: head === 'warn' ? ['that'] : ['that', 'to'],
      context: [
        'retaliate',
        'retaliation',
        'reprisal',
        'reprisals',
        'unanswered',
        'force',
        'respond',
        'response',
        'consequences',
        'punish',
        'punishment',
        'operation',
        'offensive',
        // "warned that it would target the ports", "that any ship ... would be targeted" (filters.ts).
        'target',
      ],
    })),
    { head: 'ultimatum' },
    { head: 'vow', object: ['retaliate', 'retaliation', 'revenge', 'response', 'respond'] },
    // "promised a harsh response", "promised revenge": a promise of punishment.
    { head: 'promise', object: ['retaliation', 'revenge', 'response', 'reprisal', 'reprisals', 'retribution'] },
  ],
  // Demonstrations, rallies, strikes by workers, boycotts, riots.
  PROTEST: [
    { head: 'protest' },
    // WordNet 3.1 strike.n.1 {strike, work stoppage}: a stoppage of work, or one called across
    // a country ("a nationwide stoppage"), is a strike; a stoppage in play or in a pipe is not.
    { head: 'stoppage', pos: 'noun', before: ['work', 'nationwide', 'national', 'general'] },
    { head: 'protester', pos: 'noun', next: ['gather', 'gathered', 'march', 'marched', 'rally', 'rallied'] },
    // WordNet 3.1: "pour, swarm, stream, teem", to move in large numbers ("protesters poured into the square").
    { head: 'protester', pos: 'noun', next: CROWD_MOVES },
    { head: 'demonstrator', pos: 'noun', next: CROWD_MOVES },
    { head: 'demonstrate', unless: ['that', 'how', 'ability', 'capability', 'commitment'] },
    { head: 'demonstration', pos: 'noun' },
    { head: 'demonstrator', pos: 'noun', next: ['gather', 'gathered', 'march', 'marched'] },
    // Markets rally too: "the rally in bank stocks", "shares rallied".
    { head: 'rally', pos: 'noun', unless: MARKETS, notAfter: MARKETS },
    { head: 'rally', pos: 'verb', notAfter: MARKETS },
    { head: 'march', pos: 'verb', notNext: ['band', 'bands'] },
    { head: 'march', pos: 'noun', before: ['protest', 'a', 'the', 'peaceful', 'mass'] },
    {
      head: 'march',
      pos: 'noun',
      context: [
        'organiser',
        'organisers',
        'organizer',
        'organizers',
        'protester',
        'protesters',
        'activist',
        'activists',
      ],
    },
    { head: 'strike', before: LABOUR },
    { head: 'strike', pos: 'verb', context: LABOUR },
    {
      head: 'strike',
      pos: 'noun',
      context: [...LABOUR, 'nationwide', 'indefinite', 'wage', 'wages', 'pay', 'salary', 'salaries'],
    },
    { head: 'strike', next: ['for', 'over'] },
    { head: 'walkout' },
    { head: 'walk', next: ['off', 'out'] },
    { head: 'boycott' },
    { head: 'sit-in' },
    { head: 'picket' },
    // "riot police", "riot gear" are the police's, not a riot.
    {
      head: 'riot',
      notNext: [
        'police',
        'policeman',
        'policemen',
        'officer',
        'officers',
        'gear',
        'squad',
        'unit',
        'shield',
        'control',
      ],
    },
    {
      head: 'protester',
      object: ['gather', 'march', 'rally', 'chant', 'block', 'occupy', 'demand', 'take', 'clash', 'storm', 'set'],
    },
    {
      head: 'demonstrator',
      object: ['gather', 'march', 'rally', 'chant', 'block', 'occupy', 'demand', 'take', 'clash', 'storm'],
    },
    {
      head: 'block',
      object: ['road', 'roads', 'highway', 'highways', 'street', 'streets', 'bridge', 'bridges', 'railway', 'entrance'],
      context: ['protest', ...CIVILIAN_COLLECTIVES],
    },
    // A blockade made by civilians: PLOVER's PROTEST ("all civilian demonstrations and other
    // collective actions carried out as protests"), mode "obstruct" ("obstruct passage", CAMEO
    // 144); COERCE's "restrict" is an authority's ("impose restrictions on political freedoms or
    // movement"), below. PLOVER manual 0.7b1, sections PROTEST and COERCE.
    { head: 'blockade', before: CIVILIAN_COLLECTIVES },
    {
      head: 'occupy',
      object: ['square', 'building', 'campus', 'office', 'offices', 'ministry', 'factory', 'university'],
    },
    { head: 'vigil' },
    {
      head: 'stage',
      object: [
        'protest',
        'protests',
        'rally',
        'rallies',
        'march',
        'demonstration',
        'demonstrations',
        'strike',
        'walkout',
        'sit-in',
      ],
    },
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
    { head: 'break', next: ['off'], object: ['tie', 'ties', 'relation', 'relations'] },
    { head: 'cut', object: ['tie', 'ties', 'relation', 'relations'] },
    {
      head: 'suspend',
      object: [
        'aid',
        'talks',
        'cooperation',
        'relation',
        'relations',
        'trade',
        'import',
        'imports',
        'export',
        'exports',
        'flight',
        'flights',
        'membership',
        'funding',
        'access',
        'disbursement',
        'disbursements',
        'lending',
        'loan',
        'loans',
        'assistance',
        // PLOVER's SANCTION, "all reductions in normal, routine, or cooperative relations": an
        // agreement or a treaty between parties suspended (not a deal, most often a firm's).
        'agreement',
        'treaty',
        'accord',
        'pact',
      ],
    },
    {
      head: 'freeze',
      object: [
        'asset',
        'assets',
        'account',
        'accounts',
        'fund',
        'funds',
        'participation',
        'membership',
        'cooperation',
        'reserve',
        'reserves',
      ],
    },
    { head: 'tariff', pos: 'noun' },
    { head: 'tariffs', pos: 'noun' },
    { head: 'blacklist' },
    { head: 'penalty', pos: 'noun', before: ['impose', 'imposed', 'new', 'economic', 'financial'] },
    { head: 'penalties', pos: 'noun', before: ['impose', 'imposed', 'new', 'economic', 'financial'] },
    {
      head: 'ban',
      pos: 'verb',
      object: ['import', 'imports', 'export', 'exports', 'flight', 'flights', 'entry', 'airline', 'airlines'],
    },
    { head: 'downgrade', object: ['tie', 'ties', 'relation', 'relations'] },
    // WordNet 3.1 bar.v.1, "prevent from entering; keep out": imports or exports barred, as banned.
    { head: 'bar', pos: 'verb', object: ['import', 'imports', 'export', 'exports'] },
    // WordNet 3.1 persona_non_grata.n.1, "a diplomat who is unacceptable to the government to
    // which he is sent": declaring one is the expulsion of diplomats (PLOVER SANCTION).
    { head: 'declare', object: ['persona'] },
  ],
  // Deployments, build-ups, reinforcements, mobilisation of forces.
  MOBILIZE: [
    // WordNet 3.1 amass.v.1 {accumulate, gather, amass}: a build-up (PLOVER MOBILIZE) when
    // what is amassed is troops or arms ("amassed troops and tanks near the frontier").
    { head: 'amass', object: [...FORCES, ...WEAPONS] },
    // WordNet 3.1 recall.v.? / call_back, "summon to return": reservists or retired officers
    // called back to service.
    { head: 'call', next: ['back'], object: ['reservist', 'reservists', 'veteran', 'veterans', 'retired', 'former'] },
    { head: 'recall', object: ['reservist', 'reservists', 'veteran', 'veterans', 'retired'] },
    // Weapons deployed are forces deployed, whatever else is named ("air defence systems").
    { head: 'deploy', object: [...WEAPONS, 'defence', 'defense'] },
    { head: 'deploy', unless: DEPLOYED_THINGS, notAfter: [...DEPLOYED_THINGS, ...TRAFFIC_DUTY] },
    // A deployment with no forces or weapons named in a sentence that names technology or energy
    // deploys them ("demands deployment on a gargantuan scale" of "wind and solar power").
    {
      head: 'deployment',
      context: [...FORCES, ...WEAPONS, ...MILITARY_CONTEXT],
      unless: DEPLOYED_THINGS,
      notAfter: DEPLOYED_THINGS,
    },
    { head: 'deployment', unless: DEPLOYED_THINGS, notAfter: DEPLOYED_THINGS, notContext: DEPLOYED_THINGS },
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
    // "plans to build a military base": a new base is a deployment; a "fan base" is not.
    {
      head: 'build',
      pos: 'verb',
      object: ['base', 'bases', 'airbase', 'outpost', 'outposts', 'garrison'],
      context: ['military', 'army', 'naval', 'navy', 'air', 'troops', 'forces'],
    },
    { head: 'footprint', before: ['military'] },
    { head: 'presence', before: ['military', 'naval', 'troop'] },
    { head: 'station', pos: 'verb', object: FORCES },
    { head: 'exercise', before: ['military', 'naval', 'war', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'exercises', before: ['military', 'naval', 'war', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'drill', before: ['military', 'naval', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'drills', before: ['military', 'naval', 'combat', 'live-fire'], notAfter: ['joint'] },
    { head: 'mass', pos: 'verb' },
    { head: 'dispatch', object: FORCES },
    { head: 'send', object: FORCES, unless: REQUESTS },
    // WordNet 3.1 force.n.4 {force, personnel}, "a group of people willing to obey orders", and
    // PLOVER's MOBILIZE ("mobilize armed personnel or units"): personnel dispatched or sent are
    // forces when the sentence says they are armed ("military personnel"); a hospital's are staff.
    ...['dispatch', 'send'].map((head): TriggerEntry => ({
      head,
      object: ['personnel'],
      context: [...MILITARY_CONTEXT, 'armed'],
    })),
    { head: 'move', object: FORCES },
    // Verbs of WordNet 3.1 that move or put something somewhere, with forces as their object:
    // rush, "cause to move fast"; fly, "transport by aeroplane"; ferry, "transport from one place
    // to another"; position, "put into a certain place" ("flew 300 troops to the capital").
    ...['rush', 'fly', 'ferry', 'position'].map((head): TriggerEntry => ({ head, pos: 'verb', object: FORCES })),
    // WordNet 3.1: reserve, "armed forces that are not on active duty but can be called in an
    // emergency"; forces only in a sentence about forces ("would move reserves to the border",
    // not "moved its reserves into gold").
    { head: 'move', object: ['reserve', 'reserves'], context: MILITARY_CONTEXT },
    { head: 'alert', before: ['high', 'heightened', 'combat', 'full'] },
    // WordNet 3.1: readiness, "the state of having been made ready or prepared for use or action
    // (especially military action)".
    { head: 'readiness', before: ['high', 'heightened', 'combat', 'full'] },
    { head: 'call', next: ['up'] },
    // WordNet 3.1: "station, post, send, place: assign to a station" ("posted 2,000 troops to the
    // border"; "troops posted along the border" is their state, as "stationed": filters.ts).
    { head: 'post', pos: 'verb', object: FORCES },
    // Forces arriving are deployed, as forces leaving withdraw ("paratroopers began arriving").
    {
      head: 'arrive',
      pos: 'verb',
      before: [...ARMED_LEAVERS, 'paratrooper', 'paratroopers', 'officer', 'officers', 'police'],
    },
    // A force made larger: "expand its peacekeeping force", "enlarge its garrison".
    { head: 'expand', object: [...FORCES, 'garrison', 'presence', 'mission'] },
    { head: 'enlarge', object: [...FORCES, 'garrison', 'presence', 'mission'] },
    { head: 'increase', object: ['troop', 'troops', 'garrison', 'contingent'] },
    // A deployment made larger, unless what is deployed is technology or energy (as for the noun).
    ...['expand', 'enlarge', 'increase'].map((head): TriggerEntry => ({
      head,
      object: ['deployment'],
      notContext: DEPLOYED_THINGS,
    })),
  ],
  // Coercion short of violence: arrests, seizures, raids, bans, curfews, deportations, crackdowns.
  COERCE: [
    // "police dispersed them", "fired tear gas": crowd control by force.
    { head: 'disperse', before: ['police', 'troops', 'forces', 'riot', 'soldiers', 'officers'] },
    { head: 'fire', pos: 'verb', object: ['tear', 'teargas', 'rubber', 'cannon'] },
    // Used as fired (WordNet 3.1 water_cannon.n.1, tear_gas.n.1): "riot police used water cannon
    // to scatter them", when forces or police are in the sentence.
    {
      head: 'use',
      pos: 'verb',
      object: ['tear', 'teargas', 'rubber', 'cannon'],
      context: [...FORCES, ...LAW_ENFORCEMENT],
    },
    { head: 'arrest' },
    // "was caught by police": the passive of catching with the police as its agent is an arrest.
    {
      head: 'catch',
      pos: 'verb',
      next: ['by'],
      object: ['police', 'authorities', 'guard', 'guards', 'officer', 'officers', 'soldiers', 'troops'],
    },
    { head: 'detain' },
    // WordNet 3.1 glosses arrest as "take into custody": "took him into custody", "were taken into
    // police custody". Being "in custody" is a state, not the arrest.
    { head: 'custody', pos: 'noun', before: ['into'] },
    { head: 'detention' },
    { head: 'seize' },
    { head: 'seizure' },
    // WordNet 3.1 capture.v.6, "succeed in catching or seizing, especially after a chase" ("We
    // finally caught the suspect"): a person captured is taken captive. Capturing a place is an
    // assault (below).
    { head: 'capture', personObject: true },
    { head: 'confiscate' },
    { head: 'confiscation' },
    { head: 'punish' },
    { head: 'declare', object: ['emergency', 'curfew', 'martial', 'lockdown'] },
    {
      head: 'close',
      object: ['border', 'borders', 'crossing', 'crossings', 'airspace', 'embassy', 'consulate', 'port', 'ports'],
    },
    // WordNet 3.1 "bust, police raid: a surprise attack by police": a raid is coercion when law
    // enforcement makes it; else it is raid.n.01, "a sudden short attack" (ASSAULT, below).
    { head: 'raid', context: LAW_ENFORCEMENT },
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
    { head: 'disperse', object: DISPERSED },
    // WordNet 3.1: "disperse, dissipate, dispel, break up, scatter: cause to separate and go in
    // different directions; 'scattered the crowds'".
    { head: 'break', next: ['up'], object: DISPERSED },
    { head: 'scatter', object: DISPERSED },
    {
      head: 'intercept',
      object: ['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships', 'migrant', 'migrants', 'shipment'],
    },
    { head: 'block', object: ['website', 'websites', 'access', 'internet', 'account', 'accounts'] },
    { head: 'cut', object: ['internet', 'mobile', 'telephone', 'phone', 'communications'] },
    // Suspended like cut: internet or telephone service shut by authorities (PLOVER COERCE).
    { head: 'suspend', object: ['internet', 'mobile', 'telephone', 'phone', 'communications'] },
    // WordNet 3.1 expropriate.v.1, "deprive of possessions": property seized (PLOVER COERCE).
    { head: 'expropriate' },
    { head: 'house', before: ['under'], next: ['arrest'] },
    { head: 'prosecute' },
    { head: 'lockdown' },
  ],
  // Violence: attacks, strikes from the air, shelling, bombings, clashes, killings, kidnappings.
  ASSAULT: [
    // WordNet 3.1 neutralize.v.4 {neutralize, neutralise, liquidate, waste, knock off, do in}, "get
    // rid of (someone who may be a threat) by killing": a killing when the object is a person
    // ("neutralised 14 militants"); an effect, a threat or a firm's assets are not.
    ...['neutralise', 'neutralize', 'liquidate'].map((head): TriggerEntry => ({ head, personObject: true })),
    {
      // Attacks on a plan, a record or a person in a debate are criticism: verbal.ts retypes them.
      // A disease attacks too ("the virus attacked the elderly"): no violence.
      head: 'attack',
      notAfter: [...MEDICAL_ATTACKS, ...NON_HUMAN_CAUSES],
    },
    {
      head: 'strike',
      before: ['air', 'drone', 'missile', 'rocket', 'artillery', 'military', 'israeli', 'russian', 'us', 'u.s.'],
    },
    { head: 'strike', pos: 'noun', next: ['on', 'against'] },
    {
      head: 'strike',
      pos: 'verb',
      unless: ['deal', 'agreement', 'bargain', 'compromise', 'tone', 'balance', 'chord'],
      notContext: NON_HUMAN_CAUSES,
    },
    { head: 'airstrike' },
    { head: 'air-strike' },
    { head: 'shell', pos: 'verb' },
    // WordNet 3.1: pound, "strike or drive against with a heavy impact", by weapons ("pounded villages with mortar fire").
    {
      head: 'pound',
      pos: 'verb',
      context: [
        'artillery',
        'mortar',
        'mortars',
        'shell',
        'shells',
        'rocket',
        'rockets',
        'missile',
        'missiles',
        'drone',
        'drones',
        'airstrikes',
        'jets',
        'warplanes',
      ],
    },
    // "No shots were fired", "shots were fired at the convoy".
    { head: 'shot', pos: 'noun', after: ['fire'] },
    { head: 'shelling' },
    { head: 'bomb', pos: 'verb' },
    { head: 'bombing' },
    { head: 'bombard' },
    { head: 'bombardment' },
    { head: 'clash' },
    {
      head: 'kill',
      pos: 'verb',
      unless: ANIMALS,
      notAfter: [...NON_HUMAN_CAUSES, ...ANIMALS],
      notContext: NON_HUMAN_CAUSES,
    },
    { head: 'killing', unless: ANIMALS, notAfter: [...NON_HUMAN_CAUSES, ...ANIMALS], notContext: NON_HUMAN_CAUSES },
    { head: 'shoot', pos: 'verb' },
    { head: 'shooting' },
    { head: 'fire', pos: 'verb', next: ['on', 'at', 'upon', 'into', 'across'] },
    // Forces crossing into a country invade it ("were Belarusian troops to cross into Ukraine").
    { head: 'cross', next: ['into'], object: ARMED_LEAVERS },
    // WordNet 3.1: intervene, "get involved, so as to alter or hinder an action, or through force
    // or threat of force": violence when it is armed ("intervene militarily", "troops ready to intervene").
    {
      head: 'intervene',
      pos: 'verb',
      context: MILITARY_CONTEXT,
      // Security forces intervening are police ("security forces intervened"), not a commissioner
      // for security speaking.
      notContext: ['police', 'court', 'courts', 'judge'],
      notAfter: ['security'],
    },
    { head: 'open', next: ['fire'] },
    { head: 'trade', next: ['fire', 'shots', 'gunfire'] },
    { head: 'exchange', next: ['fire', 'shots', 'gunfire'] },
    { head: 'respond', next: ['with'], object: ['force', 'strike', 'strikes', 'attack', 'attacks'] },
    { head: 'ambush' },
    { head: 'assassinate' },
    { head: 'assassination' },
    { head: 'kidnap' },
    { head: 'abduct' },
    { head: 'abduction' },
    { head: 'massacre' },
    { head: 'explosion' },
    // WordNet 3.1 raid.n.01, "a sudden short attack" ("trying to raid a militant position"); a police
    // raid is COERCE (above).
    { head: 'raid' },
    { head: 'blast', pos: 'noun' },
    { head: 'fighting', pos: 'noun', notAfter: CESSATION },
    // Domestic violence is crime at home, not political violence.
    { head: 'violence', pos: 'noun', notAfter: [...CESSATION, 'domestic'] },
    // Fighting a problem is no assault ("fight corruption", "fight the epidemic").
    {
      head: 'fight',
      pos: 'verb',
      unless: [
        'corruption',
        'poverty',
        'inflation',
        'crime',
        'climate',
        'fire',
        'fires',
        'mosquito',
        'mosquitoes',
        'pest',
        'pests',
        'hunger',
        'famine',
        'fraud',
        'terrorism',
        'obesity',
        'infections',
        ...NON_HUMAN_CAUSES,
      ],
      notContext: ['immune'],
    },
    { head: 'invade' },
    { head: 'invasion' },
    {
      head: 'offensive',
      before: ['an', 'the', 'its', 'their', 'new', 'major', 'ground', 'military', 'spring', 'summer', 'counter'],
    },
    // "launched a military operation in northern Syria": the general word for a use of armed force.
    { head: 'operation', pos: 'noun', before: ['military'] },
    { head: 'retake' },
    { head: 'recapture' },
    { head: 'assault', unless: ['charge', 'charges'] },
    {
      head: 'storm',
      pos: 'verb',
      object: [
        'building',
        'compound',
        'embassy',
        'parliament',
        'prison',
        'base',
        'village',
        'town',
        'camp',
        'office',
        'headquarters',
        'palace',
      ],
    },
    {
      head: 'destroy',
      object: FORCES.concat([
        'islamist',
        'islamists',
        'militant',
        'militants',
        'rebel',
        'rebels',
        'base',
        'bases',
        'position',
        'positions',
        'insurgent',
        'insurgents',
        'enemy',
        'terrorist',
        'terrorists',
        'village',
        'convoy',
      ]),
    },
    { head: 'stab' },
    { head: 'beat', pos: 'verb', object: BEATEN },
    // A gerund the tagger reads as a noun ("were seen beating protesters", "and beating demonstrators").
    { head: 'beating', object: BEATEN },
    { head: 'torture' },
    { head: 'hostilities', pos: 'noun', notAfter: CESSATION },
    { head: 'skirmish' },
    // WordNet 3.1 slam.v.2 "strike violently", smash "collide or strike violently": a missile,
    // rocket, shell or bomb that slams or smashes into something ("rockets slam into camp").
    ...['slam', 'smash'].map((head): TriggerEntry => ({ head, next: ['into'], before: PROJECTILES })),
    {
      head: 'hit',
      pos: 'verb',
      context: [
        'missile',
        'missiles',
        'rocket',
        'rockets',
        'drone',
        'drones',
        'shell',
        'shells',
        'bomb',
        'bombs',
        'strike',
        'strikes',
        'airstrike',
        'airstrikes',
        'artillery',
        'mortar',
      ],
    },
    {
      head: 'target',
      pos: 'verb',
      context: [
        'missile',
        'missiles',
        'rocket',
        'rockets',
        'drone',
        'drones',
        'attack',
        'attacks',
        'strike',
        'strikes',
        'militant',
        'militants',
        'gunmen',
        'army',
        'forces',
      ],
    },
    { head: 'gun', next: ['down'] },
    { head: 'behead' },
    {
      head: 'execute',
      object: [
        'prisoner',
        'prisoners',
        'hostage',
        'hostages',
        'civilian',
        'civilians',
        'soldier',
        'soldiers',
        'men',
        'people',
      ],
    },
    { head: 'murder' },
    { head: 'lynch' },
    { head: 'wound', pos: 'verb' },
    { head: 'injure', pos: 'verb' },
    { head: 'detonate' },
    { head: 'blow', next: ['up'] },
    { head: 'torch', pos: 'verb' },
    {
      head: 'burn',
      object: ['village', 'villages', 'house', 'houses', 'home', 'homes', 'church', 'mosque', 'school', 'market'],
    },
    { head: 'loot' },
    { head: 'gunfire' },
    { head: 'firefight' },
    // "battling extradition", "battle to win the election", "battling cancer": contests, not combat.
    {
      head: 'battle',
      pos: 'verb',
      unless: [
        'extradition',
        'charge',
        'charges',
        'cancer',
        'illness',
        'disease',
        'addiction',
        'lawsuit',
        'win',
        'election',
      ],
    },
    { head: 'shoot', next: ['down'] },
    { head: 'besiege' },
    { head: 'siege', before: ['the', 'a', 'its', 'under', 'lay', 'laid', 'laying'] },
    { head: 'capture', object: CAPTURED_PLACES },
    // WordNet 3.1 seize.v.4 "take or capture by force" ("The terrorists seized the politicians"):
    // a place seized is captured, as above; goods seized are confiscated (COERCE).
    { head: 'seize', next: ['control'], object: CAPTURED_PLACES },
    // The place must be the object itself, no preposition before it ("seized weapons at the port").
    { head: 'seize', object: CAPTURED_PLACES, unless: ['of', 'at', 'in', 'from', 'near', 'on', 'outside'] },
    { head: 'raze' },
    { head: 'slaughter', unless: ANIMALS, notAfter: ANIMALS, notContext: NON_HUMAN_CAUSES },
    { head: 'attack', pos: 'noun', notAfter: MEDICAL_ATTACKS },
  ],
};
