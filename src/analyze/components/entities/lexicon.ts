// Word lists the entity recogniser keys on. All lower case; lookups are Set/Map gets.

/** Head words of organisation names: a capitalised run ending in (or built around) one is an ORG. */
export const ORG_CUES: ReadonlySet<string> = new Set([
  'institute', 'institution', 'ministry', 'university', 'college', 'school', 'academy', 'party', 'army', 'navy',
  'council', 'bank', 'agency', 'committee', 'commission', 'forces', 'force', 'department', 'office', 'corporation',
  'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'co', 'co.', 'company', 'group', 'association', 'federation',
  'union', 'organization', 'organisation', 'foundation', 'center', 'centre', 'service', 'services', 'court',
  'parliament', 'congress', 'senate', 'assembly', 'board', 'authority', 'bureau', 'fund', 'society', 'league',
  'church', 'movement', 'front', 'network', 'times', 'post', 'news', 'journal', 'press', 'television', 'radio',
  'hospital', 'police', 'guard', 'administration', 'government', 'cabinet', 'secretariat', 'alliance', 'coalition',
  'club', 'team', 'brigade', 'battalion', 'regiment', 'division', 'command', 'programme', 'program', 'project',
  'initiative', 'industries', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'laboratory', 'laboratories',
  'institutes', 'tribunal', 'duma', 'nations',
]);

/** Facility head words: a capitalised run ending in one is a FAC ("Heathrow Airport", "Golden Gate Bridge"). */
export const FAC_CUES: ReadonlySet<string> = new Set([
  'airport', 'bridge', 'stadium', 'tower', 'palace', 'square', 'station', 'port', 'harbour', 'harbor', 'dam',
  'highway', 'street', 'avenue', 'road', 'building', 'base', 'prison', 'mosque', 'cathedral', 'temple', 'museum',
  'arena', 'canal', 'tunnel', 'plant', 'house',
]);

/** Head words of natural or loosely bounded regions: a capitalised run ending in one is a LOC. */
export const LOC_CUES: ReadonlySet<string> = new Set([
  'river', 'mountains', 'mountain', 'valley', 'sea', 'ocean', 'gulf', 'bay', 'lake', 'desert', 'island', 'islands',
  'peninsula', 'coast', 'strait', 'basin', 'plateau', 'range', 'corridor', 'delta', 'region', 'province', 'county',
  'state', 'district', 'oblast', 'territory', 'route', 'passage',
]);

/** Titles that precede a person's name ("President Emomali Rakhmon", "Dr. Jones"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'prime', 'premier', 'chancellor', 'secretary', 'senator', 'sen.',
  'rep.', 'representative', 'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh',
  'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant',
  'sgt.', 'admiral', 'commander', 'marshal', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.',
  'professor', 'judge', 'justice', 'ambassador', 'envoy', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head', 'chief', 'officer', 'deputy', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'health', 'attorney', 'speaker', 'sir', 'lord', 'lady', 'bishop', 'rabbi',
  'imam', 'ayatollah', 'father', 'reverend', 'rev.', 'emir', 'sultan', 'mullah', 'commissioner', 'inspector',
  'detective', 'analyst', 'researcher', 'economist', 'scientist', 'correspondent', 'editor', 'founder',
  'manager', 'coach', 'dean', 'rector', 'executive', 'official', 'activist', 'lawyer', 'author', 'expert',
  'del.', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'assemblyman', 'councillor', 'councilman', 'mp',
]);

/** Title words that are only modifiers of the real title ("Prime Minister", "Foreign Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'deputy', 'vice', 'chief', 'executive', 'attorney']);

/** Honorifics that mark a person but are not a job title worth recording. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'lady', 'lord', 'dr', 'dr.']);

/** Heads of nominal mentions of a person: "the Kremlin leader", "the Russian president". */
export const NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'leader', 'president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'spokesman', 'spokeswoman',
  'chief', 'head', 'ruler', 'strongman', 'dictator', 'monarch', 'prime', 'governor', 'mayor', 'senator', 'general',
]);

/** Speech and cognition verbs (lemmas) that mark their capitalised subject or object as a speaker: "Markov says". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'continue', 'argue', 'warn', 'insist', 'claim', 'state', 'note', 'explain', 'believe',
  'think', 'write', 'ask', 'reply', 'suggest', 'admit', 'deny', 'announce', 'declare', 'acknowledge', 'recall',
]);

/** Capitalised words that start sentences or headlines but never begin a name. */
export const NOT_NAME_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'after',
  'before', 'but', 'and', 'or', 'if', 'when', 'while', 'although', 'moreover', 'however', 'such', 'no', 'not', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'there', 'here', 'what', 'who', 'why',
  'how', 'recently', 'meanwhile', 'yet', 'so', 'because', 'since', 'until', 'during', 'according', 'some', 'many',
  'most', 'all', 'both', 'each', 'every', 'one', 'two', 'three', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'also', 'other', 'now',
  'comment', 'comments', 'read', 'more', 'click', 'share', 'home', 'people',
  "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d',
]);

/** Lower-case words that may sit inside an ORG or FAC name between capitalised words ("Institute for Political Research"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'on', '&']);

/**
 * Plural capitalised words with these endings name groups of people (NORP): "Islamists", "Shiites".
 * Only when the word is not a plural common noun: "Critics", "Farmers", "Traders" share the shapes.
 */
export const GROUP_SUFFIXES: readonly string[] = ['ists', 'ites', 'ans', 'ins', 'ese', 'ics', 'ats'];

/**
 * Political, religious and ethnic group names (and their adjectives) that no country's demonym
 * covers, several also common nouns: NORP whatever their shape or position.
 */
export const GROUP_NAMES: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'democrat', 'republican', 'democratic', 'conservatives', 'liberals', 'socialists',
  'communists', 'greens', 'tories', 'loyalists', 'nationalists', 'royalists',
  'christians', 'christian', 'muslims', 'muslim', 'jews', 'jewish', 'protestants', 'protestant', 'catholics',
  'catholic', 'evangelicals', 'evangelical', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'hindu', 'hindus',
  'buddhist', 'buddhists', 'sikh', 'sikhs',
  'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'arab', 'arabs', 'kurd', 'kurds', 'kurdish',
  'anglo-saxon', 'anglo-saxons',
]);

/**
 * Lower-case nouns right after "the X" that make X a physical feature (LOC), not an institution:
 * "the Danube ports", "the Mekong basin".
 */
export const FEATURE_NEIGHBOURS: ReadonlySet<string> = new Set([
  'river', 'basin', 'delta', 'valley', 'estuary', 'banks', 'bank', 'shore', 'shores', 'coast', 'waters', 'gorge',
  'ports', 'floodplain', 'watershed', 'headwaters', 'crossing', 'tributary', 'tributaries',
]);

/** Prepositions before "the X" that place X as a river, range or sea: "over the Panj", "along the Danube". */
export const FEATURE_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'along', 'across', 'up', 'down', 'beyond', 'upstream', 'downstream']);

/** Party labels written before a politician's name ("Republican Donald Trump"): an affiliation, not part of the name. */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'republican', 'democrat', 'democratic', 'conservative', 'labour', 'liberal', 'tory', 'socialist', 'communist',
  'green', 'independent',
]);

/**
 * Head words of names that are none of our types (laws, plans, events, prizes): "Clean Air Act",
 * "Clean Power Plan", "Election Day". A run ending in one is not an entity.
 */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set([
  'act', 'bill', 'law', 'treaty', 'accord', 'accords', 'agreement', 'plan', 'day', 'week', 'eve', 'festival',
  'award', 'awards', 'prize', 'cup', 'games', 'war', 'doctrine', 'amendment', 'summit', 'conference', 'olympics',
  'convention',
]);

/** Lower-case particles inside or at the start of personal names ("Bill de Blasio", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'dos', 'das', 'ter', 'ten']);
