// Finds event triggers in a sentence: tokens whose lemma heads a lexicon entry whose neighbour
// constraints hold. Pure matching; roles and modality are decided elsewhere.
import type { EventType } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import { BEFORE_WINDOW, LEXICON, OBJECT_WINDOW, type TriggerEntry } from './lexicon.js';

export interface TriggerMatch {
  type: EventType;
  /** Token indexes (relative to the sentence) of the first and one past the last trigger token. */
  start: number;
  end: number;
  /** A noun ("talks", "clashes") rather than a verb. */
  nominal: boolean;
}

interface IndexedEntry {
  type: EventType;
  entry: TriggerEntry;
}

/**
 * Entries by head lemma. Entries with neighbour constraints come first, so "strike a deal"
 * (AGREE, needs an object) is tried before a bare "strike" could be an attack.
 */
const BY_HEAD: ReadonlyMap<string, readonly IndexedEntry[]> = (() => {
  const map = new Map<string, IndexedEntry[]>();
  for (const [type, entries] of Object.entries(LEXICON) as [EventType, readonly TriggerEntry[]][]) {
    for (const entry of entries) {
      const list = map.get(entry.head) ?? [];
      list.push({ type, entry });
      map.set(entry.head, list);
    }
  }
  const constrained = (e: TriggerEntry) => (e.next || e.object || e.after || e.before || e.context ? 0 : 1);
  for (const list of map.values()) list.sort((a, b) => constrained(a.entry) - constrained(b.entry));
  return map;
})();

const VERB_TAGS = new Set(['VERB', 'AUX']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * Nouns that an event word before them only classifies: "a detention centre", "the extradition
 * bill", "a consulting firm", "seizure statistics", "assault rifles" name a thing, not an event.
 */
const CLASSIFIED_THINGS = new Set([
  'centre',
  'center',
  'facility',
  'camp',
  'bill',
  'law',
  'hearing',
  'proceeding',
  'case',
  'firm',
  'company',
  'business',
  'industry',
  'service',
  'statistic',
  'data',
  'figure',
  'total',
  'rate',
  'prevention',
  'rifle',
  'weapon',
  'helicopter',
  'aircraft',
  'drone',
  'dog',
  'policy',
]);

const ATTRIBUTIVE_OPENERS = new Set(['DET', 'ADJ', 'PRON']);

/** An event noun (or "-ing" form) directly before a noun it classifies. */
function classifiesThing(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const next = tokens[end];
  if (!next || !NOUN_TAGS.has(next.pos) || next.pos === 'PROPN') return false;
  // An "-ing" verb classifies only after a determiner ("a consulting firm"), not after a verb
  // ("stop supplying weapons": the weapons are its object).
  if (VERB_TAGS.has(t.pos) && !(/ing$/i.test(t.text) && ATTRIBUTIVE_OPENERS.has(tokens[i - 1]?.pos ?? ''))) {
    return false;
  }
  return keysOf(next).some((k) => CLASSIFIED_THINGS.has(k));
}

const SIBILANT_PLURAL = /(sh|ch|ss|x|z)es$/;

/** Lower-case forms a token may be looked up under: lemma, word, and a crude singular for capitalised plurals wink leaves unlemmatised. */
export function keysOf(t: Token): string[] {
  const lowered = t.text.toLowerCase();
  const word = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
  const lemma = t.lemma.toLowerCase();
  const keys = [lemma, word];
  // "-es" is a plural ending only after sibilants ("clashes", "marches"), not in "aides".
  if (SIBILANT_PLURAL.test(word)) keys.push(word.slice(0, -2));
  if (word.endsWith('s')) keys.push(word.slice(0, -1));
  // Past forms wink leaves unlemmatised ("abducted", "criticised").
  if (word.endsWith('ed')) keys.push(word.slice(0, -2), word.slice(0, -1));
  return keys;
}

/** Cheap pre-check before the full lookup: most tokens are not triggers, so avoid building their keys. */
function mayTrigger(t: Token): boolean {
  if (t.text.length < 2 || NEVER_TRIGGER_TAGS.has(t.pos)) return false;
  const lemma = t.lemma.toLowerCase();
  return (
    BY_HEAD.has(t.lemma) ||
    (lemma !== t.lemma && BY_HEAD.has(lemma)) ||
    PREFIXES.has(t.text.slice(0, PREFIX_LENGTH).toLowerCase())
  );
}

/** Function words and numbers: no lexicon head is one. */
const NEVER_TRIGGER_TAGS = new Set([
  'DET',
  'ADP',
  'PUNCT',
  'PRON',
  'CCONJ',
  'SCONJ',
  'NUM',
  'PART',
  'SYM',
  'SPACE',
  'X',
]);

/** Every head's first PREFIX_LENGTH letters: a word whose lemma misses may still match by its form ("abducted", "Clashes"). */
const PREFIX_LENGTH = 4;
const PREFIXES: ReadonlySet<string> = new Set([...BY_HEAD.keys()].map((h) => h.slice(0, PREFIX_LENGTH)));

/**
 * One sentence's tokens with each token's lookup keys (keysOf) built on first use: an entry's
 * context constraints read every token of the sentence, for each candidate trigger in it.
 */
class SentenceKeys {
  private readonly keys: (string[] | undefined)[];

  constructor(readonly tokens: readonly Token[]) {
    this.keys = new Array<string[] | undefined>(tokens.length);
  }

  /** Whether token i exists and one of its keys is in `words`. */
  has(i: number, words: readonly string[]): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const keys = (this.keys[i] ??= keysOf(this.tokens[i]));
    return keys.some((k) => words.includes(k));
  }
}

function holds(entry: TriggerEntry, sentence: SentenceKeys, i: number): number | null {
  const tokens = sentence.tokens;
  const has = (j: number, words: readonly string[]) => sentence.has(j, words);
  const t = tokens[i];
  if (entry.pos === 'verb' && !VERB_TAGS.has(t.pos)) return null;
  if (entry.pos === 'noun' && !NOUN_TAGS.has(t.pos)) return null;
  if (entry.before && !has(i - 1, entry.before)) return null;
  const preceding = Array.from({ length: BEFORE_WINDOW }, (_, j) => i - 1 - j);
  if (entry.notAfter && preceding.some((j) => has(j, entry.notAfter!))) return null;
  if (entry.context && !tokens.some((_, j) => has(j, entry.context!))) return null;
  if (entry.notContext && tokens.some((_, j) => has(j, entry.notContext!))) return null;
  let end = i + 1;
  if (entry.next) {
    if (!has(i + 1, entry.next)) return null;
    end = i + 2;
  }
  const window = tokens.slice(end, end + OBJECT_WINDOW).map((_, j) => end + j);
  if (entry.notNext && has(end, entry.notNext)) return null;
  if (entry.object && ![...window, ...preceding].some((j) => has(j, entry.object!))) return null;
  if (entry.after && !window.some((j) => has(j, entry.after!))) return null;
  if (entry.unless && window.some((j) => has(j, entry.unless!))) return null;
  if (classifiesThing(tokens, i, end)) return null;
  return end;
}

/** Possessive pronouns ("her" is left out: it is as often an object). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/**
 * "during Carlineo's sentencing", "their killing": an "-ing" form after a possessive is a noun,
 * whatever tag the tagger gave it, and is read as one (its owner, its modality).
 */
function isPossessedGerund(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  return /ing$/i.test(tokens[i].text) && (/^['’]s?$/.test(before) || POSSESSIVE_PRONOUNS.has(before));
}

/** Trigger matches in one sentence's tokens, in text order, at most one per token. */
export function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const sentence = new SentenceKeys(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!mayTrigger(t) && tokens[i + 1]?.text !== '-') continue;
    // Capitalised mid-sentence words are names ("March", "Strike Force"), not triggers.
    if (i > 0 && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && tokens[i - 1].text !== '“') continue;
    // Hyphenated compounds wink splits ("sit-in", "build-up", "pull-out") are looked up whole.
    const hyphenated =
      tokens[i + 1]?.text === '-' && tokens[i + 2] ? `${t.text}-${tokens[i + 2].text}`.toLowerCase() : null;
    const whole = hyphenated ? BY_HEAD.get(hyphenated) : undefined;
    if (whole) {
      out.push({ type: whole[0].type, start: i, end: i + 3, nominal: true });
      i += 2;
      continue;
    }
    const candidates = keysOf(t).flatMap((k) => BY_HEAD.get(k) ?? []);
    for (const { type, entry } of candidates) {
      const end = holds(entry, sentence, i);
      if (end === null) continue;
      out.push({ type, start: i, end, nominal: !VERB_TAGS.has(t.pos) || isPossessedGerund(tokens, i) });
      i = end - 1;
      break;
    }
  }
  return out;
}
