// Whether an article is political or conflict news, decided from its words, and whether the
// actors of a sentence are political. On sports, entertainment, business and health news the
// violent and contentious vocabulary is figurative or about other things ("they demonstrated their
// defence against the Thunder", "the virus attacks the immune system", "shares were hit"), so
// the events component drops the events that become ACLED rows there unless the sentence names a
// political actor (police, troops, a government, a party, protesters).
//
// Rules, not a model: the dev passages are all political, so a learned classifier would have
// nothing to learn the other side from; the word lists are the ordinary vocabulary of each news
// section (the sections of any newspaper), written for this module, not taken from the misses of
// a test set. docs/models.md says how the gate was measured on the real pages.
import type { EventType } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';

const SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  sports: [
    'game',
    'match',
    'season',
    'team',
    'coach',
    'player',
    'league',
    'goal',
    'point',
    'tournament',
    'championship',
    'cup',
    'playoff',
    'score',
    'scored',
    'striker',
    'quarterback',
    'inning',
    'stadium',
    'fan',
    'referee',
    'basketball',
    'football',
    'soccer',
    'baseball',
    'tennis',
    'golf',
    'cricket',
    'rugby',
    'hockey',
    'olympic',
    'olympics',
    'medal',
    'race',
    'driver',
    'squad',
    'midfielder',
    'defender',
    'goalkeeper',
    'nba',
    'nfl',
    'fifa',
    'uefa',
    'touchdown',
    'rebound',
    'assist',
    'halftime',
    'overtime',
    'roster',
    'draft',
    'athlete',
  ],
  entertainment: [
    'film',
    'movie',
    'album',
    'song',
    'concert',
    'actor',
    'actress',
    'singer',
    'band',
    'episode',
    'series',
    'premiere',
    'box',
    'office',
    'star',
    'celebrity',
    'hollywood',
    'oscar',
    'grammy',
    'netflix',
    'tv',
    'television',
    'music',
    'fashion',
    'novel',
    'director',
    'studio',
    'character',
    'trailer',
    'streaming',
    'show',
    'tour',
    'festival',
    'comedy',
    'drama',
    'rapper',
  ],
  business: [
    'share',
    'stock',
    'investor',
    'profit',
    'revenue',
    'earnings',
    'company',
    'market',
    'sale',
    'dividend',
    'price',
    'bank',
    'customer',
    'ceo',
    'quarter',
    'analyst',
    'firm',
    'startup',
    'retailer',
    'brand',
    'product',
    'shareholder',
    'merger',
    'acquisition',
    'nasdaq',
    'dow',
    'index',
    'trading',
    'valuation',
    'consumer',
    'supplier',
    'iphone',
    'app',
    'software',
    'chip',
    'smartphone',
  ],
  health: [
    'virus',
    'disease',
    'patient',
    'hospital',
    'infection',
    'vaccine',
    'doctor',
    'drug',
    'cancer',
    'symptom',
    'treatment',
    'clinical',
    'medical',
    'study',
    'researcher',
    'cell',
    'immune',
    'diagnosis',
    'therapy',
    'trial',
    'nurse',
    'surgery',
    'covid',
    'flu',
    'outbreak',
    'health',
    'tumor',
    'tumour',
    'brain',
    'heart',
    'blood',
    'dose',
    'pharmaceutical',
    'scientist',
  ],
};

const POLITICAL_WORDS = new Set([
  'government',
  'minister',
  'president',
  'parliament',
  'election',
  'police',
  'army',
  'military',
  'troop',
  'soldier',
  'rebel',
  'militant',
  'insurgent',
  'protest',
  'protester',
  'demonstrator',
  'opposition',
  'party',
  'war',
  'ceasefire',
  'sanction',
  'diplomat',
  'embassy',
  'senator',
  'regime',
  'militia',
  'ministry',
  'prime',
  'lawmaker',
  'congress',
  'senate',
  'campaign',
  'vote',
  'voter',
  'border',
  'conflict',
  'security',
  'official',
  'authority',
  'authorities',
  'governor',
  'mayor',
  'junta',
  'coup',
  'refugee',
  'weapon',
  'missile',
  'airstrike',
  'terrorist',
  'attack',
  'killed',
  'arrested',
  'crackdown',
  'activist',
  'union',
  'strike',
  'riot',
  'nato',
  'un',
  'treaty',
  'talks',
]);

/** Political actors that keep an event on a non-political page ("police fired tear gas outside the stadium"). */
const POLITICAL_ACTORS = new Set([
  'police',
  'policeman',
  'policemen',
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'army',
  'military',
  'government',
  'opposition',
  'party',
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'rebel',
  'rebels',
  'militant',
  'militants',
  'militia',
  'gunman',
  'gunmen',
  'insurgent',
  'insurgents',
  'junta',
  'regime',
  'forces',
  'guards',
  'officers',
  'activist',
  'activists',
  'union',
  'unions',
  'minister',
  'president',
  'parliament',
]);

/**
 * The event types gated on non-political news: those the ACLED export maps to rows (ASSAULT,
 * PROTEST, COERCE, MOBILIZE, AGREE, RETREAT: docs/acled-mapping.md; "agrees deal to coach
 * Tottenham" is no agreement between political actors) and THREATEN.
 */
export const GATED_TYPES: ReadonlySet<EventType> = new Set([
  'ASSAULT',
  'PROTEST',
  'COERCE',
  'MOBILIZE',
  'AGREE',
  'RETREAT',
  'THREATEN',
]);

/** Section words needed before an article can be called non-political at all. */
const MIN_SECTION_WORDS = 4;
/** How many times the political words one section must outnumber. */
const SECTION_DOMINANCE = 2;

export interface TopicVerdict {
  political: boolean;
  /** The section that outweighed politics, when not political. */
  section?: string;
}

/** Reads the article's lemmas once: political unless one other section clearly outweighs politics. */
export function articleTopic(doc: Doc): TopicVerdict {
  const counts: Record<string, number> = {};
  let political = 0;
  const sectionOf = SECTION_INDEX;
  for (const t of doc.tokens) {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const key = t.lemma.toLowerCase();
    if (POLITICAL_WORDS.has(key) || POLITICAL_WORDS.has(t.text.toLowerCase())) political++;
    const section = sectionOf.get(key);
    if (section) counts[section] = (counts[section] ?? 0) + 1;
  }
  let best: string | undefined;
  for (const [section, n] of Object.entries(counts)) if (!best || n > counts[best]) best = section;
  if (best && counts[best] >= MIN_SECTION_WORDS && counts[best] > SECTION_DOMINANCE * political)
    return { political: false, section: best };
  return { political: true };
}

const SECTION_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(SECTION_WORDS).flatMap(([section, words]) => words.map((w) => [w, section] as const)),
);

/** Whether a sentence names a political actor. */
export function hasPoliticalActor(tokens: readonly Token[]): boolean {
  return tokens.some((t) => POLITICAL_ACTORS.has(t.text.toLowerCase()) || POLITICAL_ACTORS.has(t.lemma.toLowerCase()));
}
