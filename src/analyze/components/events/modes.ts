// PLOVER `mode` (how an event was carried out) and `context` tags (what it is about), each read
// from cue words in the event's sentence. Modes are checked in the listed order, so the more
// specific cue wins ("air strike" is aerial before "strike" could be anything else).
import type { EventType } from '../../../record/types.js';

interface ModeCue {
  readonly mode: string;
  readonly cues: readonly string[];
}

/** Mode cues per category: lower-case lemmas or words anywhere in the event's clause. */
export const MODES: Partial<Record<EventType, readonly ModeCue[]>> = {
  MOBILIZE: [
    { mode: 'police', cues: ['police', 'riot', 'gendarme', 'gendarmerie'] },
    { mode: 'militia', cues: ['militia', 'militias', 'paramilitary', 'volunteer', 'volunteers'] },
    {
      mode: 'weapons',
      cues: [
        'missile',
        'missiles',
        'warship',
        'warships',
        'tank',
        'tanks',
        'jet',
        'jets',
        'weapon',
        'weapons',
        'artillery',
        'armament',
        'armaments',
        'bomber',
        'bombers',
        'submarine',
        'submarines',
      ],
    },
    {
      mode: 'troops',
      cues: [
        'troop',
        'troops',
        'soldier',
        'soldiers',
        'force',
        'forces',
        'military',
        'army',
        'battalion',
        'brigade',
        'reservist',
        'reservists',
        'marine',
        'marines',
        'footprint',
      ],
    },
  ],
  AID: [
    {
      mode: 'military',
      cues: [
        'weapon',
        'weapons',
        'arm',
        'arms',
        'armament',
        'armaments',
        'ammunition',
        'missile',
        'missiles',
        'military',
        'tank',
        'tanks',
        'drone',
        'drones',
        'artillery',
        'defense',
        'defence',
      ],
    },
    {
      mode: 'humanitarian',
      cues: [
        'humanitarian',
        'food',
        'medicine',
        'medicines',
        'medical',
        'relief',
        'shelter',
        'tent',
        'tents',
        'refugee',
        'refugees',
        'vaccine',
        'vaccines',
        'water',
        'grain',
      ],
    },
    {
      mode: 'economic',
      cues: [
        'loan',
        'loans',
        'economic',
        'financial',
        'funding',
        'budget',
        'grant',
        'grants',
        'million',
        'billion',
        'credit',
        'investment',
        '$',
        '€',
        '£',
      ],
    },
  ],
  ASSAULT: [
    {
      mode: 'aerial',
      cues: [
        'air',
        'airstrike',
        'airstrikes',
        'air-strike',
        'drone',
        'drones',
        'missile',
        'missiles',
        'rocket',
        'rockets',
        'warplane',
        'warplanes',
        'aircraft',
        'helicopter',
        'jet',
        'jets',
      ],
    },
    {
      mode: 'explosives',
      cues: [
        'bomb',
        'bombing',
        'bombs',
        'explosive',
        'explosives',
        'explosion',
        'blast',
        'ied',
        'mine',
        'grenade',
        'suicide',
        'car-bomb',
      ],
    },
    { mode: 'abduct', cues: ['kidnap', 'kidnapped', 'abduct', 'abducted', 'abduction', 'hostage', 'hostages'] },
    {
      mode: 'firearms',
      cues: [
        'shoot',
        'shot',
        'shooting',
        'gun',
        'guns',
        'gunman',
        'gunmen',
        'gunfire',
        'fire',
        'fired',
        'rifle',
        'rifles',
        'sniper',
        'snipers',
      ],
    },
    { mode: 'beat', cues: ['beat', 'beaten', 'beating', 'baton', 'batons', 'stab', 'stabbed', 'knife'] },
    {
      mode: 'artillery',
      cues: ['shell', 'shelled', 'shelling', 'artillery', 'mortar', 'mortars', 'bombard', 'bombardment'],
    },
  ],
  PROTEST: [
    { mode: 'strike', cues: ['strike', 'walkout', 'stoppage'] },
    { mode: 'boycott', cues: ['boycott'] },
    { mode: 'riot', cues: ['riot', 'rioting', 'rioters', 'looting'] },
    {
      mode: 'demonstrate',
      cues: [
        'protest',
        'protests',
        'protester',
        'protesters',
        'demonstration',
        'demonstrators',
        'rally',
        'march',
        'marched',
        'sit-in',
      ],
    },
  ],
  COERCE: [
    {
      mode: 'arrest',
      cues: ['arrest', 'arrested', 'detain', 'detained', 'detention', 'jail', 'jailed', 'imprison', 'imprisoned'],
    },
    { mode: 'seize', cues: ['seize', 'seized', 'seizure', 'confiscate', 'confiscated'] },
    { mode: 'deport', cues: ['deport', 'deported', 'deportation', 'expel', 'expelled'] },
    { mode: 'restrict', cues: ['curfew', 'ban', 'banned', 'blockade', 'lockdown', 'censor', 'censored'] },
  ],
  SANCTION: [
    {
      mode: 'economic',
      cues: [
        'sanction',
        'sanctions',
        'embargo',
        'tariff',
        'tariffs',
        'asset',
        'assets',
        'trade',
        'import',
        'imports',
        'export',
        'exports',
      ],
    },
    { mode: 'diplomatic', cues: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'ties', 'relations'] },
  ],
};

/** Context tags: a tag applies when one of its cues occurs in the event's sentence. */
export const CONTEXTS: readonly ModeCue[] = [
  {
    mode: 'military',
    cues: [
      'military',
      'army',
      'troop',
      'troops',
      'soldier',
      'soldiers',
      'armed',
      'weapon',
      'weapons',
      'armament',
      'armaments',
      'missile',
      'missiles',
      'defense',
      'defence',
      'base',
      'navy',
      'naval',
      'artillery',
    ],
  },
  {
    mode: 'migration',
    cues: ['refugee', 'refugees', 'migrant', 'migrants', 'asylum', 'migration', 'displaced', 'deportation', 'deported'],
  },
  {
    mode: 'illegal_drugs',
    cues: [
      'drug',
      'drugs',
      'narcotic',
      'narcotics',
      'cartel',
      'cocaine',
      'heroin',
      'opium',
      'trafficker',
      'traffickers',
    ],
  },
  {
    mode: 'territory',
    cues: [
      'border',
      'frontier',
      'territory',
      'territorial',
      'annex',
      'annexation',
      'region',
      'island',
      'islands',
      'disputed',
    ],
  },
  {
    mode: 'diplomatic',
    cues: ['diplomat', 'diplomats', 'diplomatic', 'ambassador', 'embassy', 'summit', 'envoy', 'minister', 'talks'],
  },
  {
    mode: 'economic',
    cues: [
      'trade',
      'tariff',
      'tariffs',
      'economy',
      'economic',
      'investment',
      'loan',
      'loans',
      'oil',
      'gas',
      'export',
      'exports',
      'import',
      'imports',
    ],
  },
  {
    mode: 'political',
    cues: ['election', 'elections', 'parliament', 'opposition', 'vote', 'party', 'president', 'government'],
  },
  {
    mode: 'terrorism',
    cues: [
      'terrorist',
      'terrorists',
      'terrorism',
      'islamist',
      'islamists',
      'jihadist',
      'jihadists',
      'extremist',
      'extremists',
      'militant',
      'militants',
    ],
  },
  {
    mode: 'human_rights',
    cues: ['rights', 'activist', 'activists', 'dissident', 'dissidents', 'torture', 'journalist', 'journalists'],
  },
  { mode: 'labor', cues: ['worker', 'workers', 'union', 'unions', 'wage', 'wages', 'pay', 'pension', 'pensions'] },
  {
    mode: 'health',
    cues: ['vaccine', 'vaccines', 'hospital', 'hospitals', 'epidemic', 'pandemic', 'outbreak', 'medical'],
  },
];

/** The first mode of the category whose cue occurs among the words. */
export function modeOf(type: EventType, words: ReadonlySet<string>): string | undefined {
  return MODES[type]?.find((m) => m.cues.some((c) => words.has(c)))?.mode;
}

/**
 * Each cue's context tags, one bit per tag at its index in CONTEXTS. A sentence's words (some 50)
 * are looked up once each instead of the 115 cues in its set, once per sentence with an event.
 */
const CONTEXT_BITS_OF_CUE: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  CONTEXTS.forEach((c, k) => {
    for (const w of c.cues) bits.set(w, (bits.get(w) ?? 0) | (1 << k));
  });
  return bits;
})();

/** Every context tag with a cue among the words, in the listed order. */
export function contextsOf(words: ReadonlySet<string>): string[] {
  let bits = 0;
  for (const w of words) bits |= CONTEXT_BITS_OF_CUE.get(w) ?? 0;
  return bits === 0 ? [] : CONTEXTS.filter((_, k) => bits & (1 << k)).map((c) => c.mode);
}
