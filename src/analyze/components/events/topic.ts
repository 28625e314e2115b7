// Whether an article is political or conflict news, decided from its words, and whether the
// actors of a sentence are political. On sports, entertainment, business and health news the
// violent and contentious vocabulary is figurative or about other things ("they demonstrated their
// defence against the Thunder", "the virus attacks the immune system", "shares were hit"), so
// the events component drops the events that become ACLED rows there unless the sentence names a
// political actor (police, troops, a government, a party, protesters). Crime news and advice
// columns about private lives ("You were assaulted", a kidnapping, a drug arrest) are the same
// kind of page for ACLED, which codes no common crime: there police and prosecutors are the
// ordinary actors of a case, not political ones.
//
// Rules, not a model: the dev passages are all political, so a learned classifier would have
// nothing to learn the other side from; the word lists are the ordinary vocabulary of each news
// section (the sections of any newspaper), written for this module, not taken from the misses of
// a test set. The gate covers every event type: PLOVER events are between political actors, and
// on these pages "support for Alexa", "asked about the fight" or "a partnership with Ulta" are
// product, sports and business language, not requests, support or cooperation. docs/models.md says how the gate was measured on the real pages.
import type { Doc, Token } from '../../doc.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../../text/calendar-words.js';

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
  science: [
    'planet',
    'moon',
    'telescope',
    'spacecraft',
    'astronomer',
    'orbit',
    'lunar',
    'mars',
    'jupiter',
    'saturn',
    'asteroid',
    'galaxy',
    'lander',
    'rocket',
    'species',
    'fossil',
    'physicist',
    'plume',
    'experiment',
  ],
  technology: [
    'device',
    'laptop',
    'gadget',
    'battery',
    'feature',
    'user',
    'keyboard',
    'screen',
    'display',
    'ios',
    'android',
    'gaming',
    'console',
    'headphone',
    'speaker',
    'wireless',
    'charger',
  ],
  crime: [
    'suspect',
    'victim',
    'crime',
    'criminal',
    'murder',
    'homicide',
    'robbery',
    'burglary',
    'theft',
    'stabbing',
    'stab',
    'steal',
    'kidnap',
    'kidnapping',
    'kidnapper',
    'felony',
    'misdemeanor',
    'jail',
    'inmate',
    'sheriff',
    'detective',
    'jury',
    'defendant',
    'prosecutor',
    'guilty',
    'plead',
    'convict',
    'conviction',
    'warrant',
    'indictment',
    'custody',
    'bail',
    'gunpoint',
    'robber',
    'burglar',
    'assailant',
    'prison',
    'possession',
    'arrest',
  ],
  family: [
    'husband',
    'wife',
    'daughter',
    'son',
    'sister',
    'brother',
    'mother',
    'father',
    'granddaughter',
    'grandson',
    'grandmother',
    'grandfather',
    'grandchild',
    'sibling',
    'boyfriend',
    'girlfriend',
    'marriage',
    'divorce',
    'parent',
    'cousin',
    'niece',
    'nephew',
    'aunt',
    'uncle',
    'friend',
  ],
  lifestyle: [
    'recipe',
    'ingredient',
    'cup',
    'tablespoon',
    'teaspoon',
    'bake',
    'oven',
    'flavor',
    'flavour',
    'kitchen',
    'meal',
    'snack',
    'diet',
    'hike',
    'trail',
    'vacation',
    'hotel',
    'advice',
    'blog',
    'mindset',
    'wedding',
    'relationship',
    'habit',
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
  'tariff',
  'administration',
  'impeachment',
  'legislation',
  'policy',
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
  'senator',
  'governor',
  'mayor',
  'lawmaker',
  'lawmakers',
  'ambassador',
  'diplomat',
  'diplomats',
  'official',
  'officials',
  'prosecutor',
  'prosecutors',
  'congress',
  'senate',
  'ministry',
  'embassy',
  'administration',
  'department',
  'secretary',
  'commission',
  'attorney',
  'legislature',
  'tariff',
  'tariffs',
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

/** Each document's verdict: the quotes component asks too (quotes/index.ts), before events. */
const verdicts = new WeakMap<Doc, TopicVerdict>();

/** Reads the article's lemmas once: political unless one other section clearly outweighs politics. */
export function articleTopic(doc: Doc): TopicVerdict {
  let verdict = verdicts.get(doc);
  if (verdict === undefined) verdicts.set(doc, (verdict = readTopic(doc)));
  return verdict;
}

function readTopic(doc: Doc): TopicVerdict {
  const counts: Record<string, number> = {};
  let political = 0;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'NUM') {
      if (isMatchScore(tokens, i)) counts.sports = (counts.sports ?? 0) + 1;
      continue;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const topic = wordTopic(t);
    if (topic.political) political++;
    if (topic.section) counts[topic.section] = (counts[topic.section] ?? 0) + 1;
  }
  let best: string | undefined;
  for (const [section, n] of Object.entries(counts)) if (!best || n > counts[best]) best = section;
  if (best && counts[best] >= MIN_SECTION_WORDS && counts[best] > SECTION_DOMINANCE * political)
    return { political: false, section: best };
  return { political: true };
}

/** A match score, "4-1" as one token or "3 – 2" as three: small numbers joined by a dash. */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
const SMALL_NUMBER = /^\d{1,2}$/;
const DASHES = new Set(['-', '–']);
/** Month names and their abbreviations, before a range of days. */
const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * Whether token i (a number) opens a match score, a sports word of its own ("crushed Valencia
 * 4-1"). A vote ("a 5-4 ruling") counts too, but a political page has political words enough to
 * outweigh it.
 */
function isMatchScore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "Oct. 28–29": a range of days.
  const before = tokens[i - 1];
  if (before && MONTHS.has(before.lower.replace(/\.$/, ''))) return false;
  if (SCORE.test(t.text)) return true;
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  return (
    SMALL_NUMBER.test(t.text) &&
    !!dash &&
    !!second &&
    DASHES.has(dash.text) &&
    second.pos === 'NUM' &&
    SMALL_NUMBER.test(second.text) &&
    dash.span[0] - t.span[1] <= 1 &&
    second.span[0] - dash.span[1] <= 1
  );
}

const SECTION_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(SECTION_WORDS).flatMap(([section, words]) => words.map((w) => [w, section] as const)),
);

/** What a word says of the topic under one lemma (kept on the word's entry, Word.topic). */
export interface WordTopic {
  readonly lemma: string;
  /** The lemma or the word is a political word. */
  readonly political: boolean;
  /** The section the lemma is a word of, if any. */
  readonly section: string | undefined;
}

/**
 * What token t says of the topic: a political word (its lemma or itself, in lower case), a
 * section's word (its lemma). Kept on the word's shared entry for the lemma it came with, so it is
 * worked out once per word rather than looked up per token.
 */
function wordTopic(t: Token): WordTopic {
  const kept = t.word.topic;
  if (kept !== undefined && kept.lemma === t.lemma) return kept;
  const key = t.lemma.toLowerCase();
  const topic: WordTopic = {
    lemma: t.lemma,
    political: POLITICAL_WORDS.has(key) || POLITICAL_WORDS.has(t.word.lower),
    section: SECTION_INDEX.get(key) ?? capitalisedPlural(t),
  };
  t.word.topic = topic;
  return topic;
}

/**
 * The section of a capitalised plural the tagger read as a name and so left unlemmatised
 * ("Shares in the retailer fell", "Investors sold"; a headline's "Astronomers"): the section of
 * its singular, the lower-case word less its "s". A word that is a section word as it stands was
 * found above.
 */
function capitalisedPlural(t: Token): string | undefined {
  if (t.pos !== 'PROPN' || t.lemma.toLowerCase() !== t.word.lower) return undefined;
  const w = t.word.lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? SECTION_INDEX.get(w.slice(0, -1)) : undefined;
}

/**
 * Police, prosecutors and guards: in crime news and stories about private lives they are the
 * ordinary actors of a criminal case (an arrest, a charge), not a sign of political events.
 */
const LAW_ENFORCEMENT = new Set([
  'police',
  'policeman',
  'policemen',
  'officers',
  'guards',
  'prosecutor',
  'prosecutors',
  'attorney',
  'department',
]);
/** Sections whose stories are about private people, where law enforcement is not a political actor. */
const PRIVATE_SECTIONS = new Set(['crime', 'family']);

/** Whether a sentence names a political actor; on a crime or family page, police and prosecutors do not count. */
export function hasPoliticalActor(tokens: readonly Token[], topic: TopicVerdict = { political: true }): boolean {
  const lawEnforcementCounts = !PRIVATE_SECTIONS.has(topic.section ?? '');
  const political = (w: string) => POLITICAL_ACTORS.has(w) && (lawEnforcementCounts || !LAW_ENFORCEMENT.has(w));
  // Nouns only: "the official end of the night" names no official.
  return tokens.some(
    (t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && (political(t.lower) || political(t.lemma.toLowerCase())),
  );
}
