// Finds event triggers in a sentence: tokens whose lemma heads a lexicon entry whose neighbour
// constraints hold. Pure matching; roles and modality are decided elsewhere.
import { createRequire } from 'node:module';
import type { EventType } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import { BEFORE_WINDOW, LEXICON, OBJECT_WINDOW, type TriggerEntry } from './lexicon.js';
import { WEEKDAY_NAMES } from '../../../text/calendar-words.js';
import { wordnetEntries } from './wordnet-triggers.js';
import { actsOnPerson } from './person-object.js';

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
  /** The entry's word lists as sets, for the many lookups of its constraints. */
  sets: EntrySets;
}

type WordList =
  | 'next'
  | 'object'
  | 'heldObject'
  | 'after'
  | 'before'
  | 'unless'
  | 'notNext'
  | 'notAfter'
  | 'context'
  | 'notContext'
  | 'governedBy';
type EntrySets = Partial<Record<WordList, ReadonlySet<string>>>;
const WORD_LISTS: readonly WordList[] = [
  'next',
  'object',
  'heldObject',
  'after',
  'before',
  'unless',
  'notNext',
  'notAfter',
  'context',
  'notContext',
  'governedBy',
];

function entrySets(entry: TriggerEntry): EntrySets {
  const sets: EntrySets = {};
  for (const list of WORD_LISTS) {
    const words = entry[list];
    if (words) sets[list] = new Set(words);
  }
  return sets;
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
      list.push({ type, entry, sets: entrySets(entry) });
      map.set(entry.head, list);
    }
  }
  // WordNet's words for heads the hand lexicon does not have.
  for (const [type, entry] of wordnetEntries(new Set(map.keys()))) {
    const list = map.get(entry.head) ?? [];
    list.push({ type, entry, sets: entrySets(entry) });
    map.set(entry.head, list);
  }
  const constrained = (e: TriggerEntry) =>
    e.next || e.object || e.personObject || e.after || e.before || e.context || e.governedBy ? 0 : 1;
  for (const list of map.values()) list.sort((a, b) => constrained(a.entry) - constrained(b.entry));
  return map;
})();

const VERB_TAGS = new Set(['VERB', 'AUX']);
/** Verbs of aspect between a doer and the verb it begins ("troops began arriving"): a \`before\` word may stand before them. */
const ASPECTUAL: ReadonlySet<string> = new Set(['begin', 'start', 'continue', 'keep']);
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
  // A trigger ending in a preposition takes the noun as its object ("rockets slam into camp").
  if (end > i + 1 && tokens[end - 1].pos === 'ADP') return false;
  // An "-ing" verb classifies only after a determiner ("a consulting firm"), not after a verb
  // ("stop supplying weapons": the weapons are its object).
  if (VERB_TAGS.has(t.pos) && !(/ing$/i.test(t.text) && ATTRIBUTIVE_OPENERS.has(tokens[i - 1]?.pos ?? ''))) {
    return false;
  }
  return keysOf(next).some((k) => CLASSIFIED_THINGS.has(k));
}

/**
 * Tags of the word before an "-ed" form that make it an adjective, not a finite verb ("for
 * sanctioned goods", "the attacked convoy", "eleven jailed journalists").
 */
const PARTICIPLE_OPENERS = new Set(['DET', 'ADP', 'NUM']);
const CLAUSAL_PREPOSITIONS = new Set(['as', 'than']);

/**
 * A past participle used as an adjective before a common noun ("a channel for sanctioned goods",
 * "the attacked convoy") names a thing by what was done to it: no event is told. Only a word
 * tagged as a verb: a lexical adjective ("his alleged role") keeps its own entries.
 */
function participleModifier(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[end];
  if (end !== i + 1 || next?.pos !== 'NOUN' || tokens[i].pos !== 'VERB' || !/ed$/i.test(tokens[i].text)) return false;
  const before = tokens[i - 1];
  // At the sentence's start an "-ed" form before its noun has no subject: "Jailed journalists began ...".
  if (!before) return true;
  // The preposition "for" is often tagged as a conjunction; other conjunctions open a clause
  // ("militias that attacked villages", "as well as provided weapons").
  if (before.pos === 'SCONJ') return before.lower === 'for';
  // "as" and "than" tagged as prepositions still open verb phrases ("as well as provided weapons").
  if (CLAUSAL_PREPOSITIONS.has(before.lower)) return false;
  return PARTICIPLE_OPENERS.has(before.pos) || POSSESSIVE_PRONOUNS.has(before.lower);
}

const SIBILANT_PLURAL = /(sh|ch|ss|x|z)es$/;

/** Lower-case forms a token may be looked up under: lemma, word, and a crude singular for capitalised plurals wink leaves unlemmatised. */
export function keysOf(t: Token): string[] {
  const lowered = t.lower;
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
  let kept = t.word.trigger;
  if (kept === undefined || kept.lemma !== t.lemma)
    t.word.trigger = kept = { lemma: t.lemma, mayHead: mayHead(t), entries: undefined };
  return kept.mayHead;
}

/** Whether a word may head a trigger under one lemma (kept on the word's entry, Word.trigger: mayTrigger asks of every token). */
export interface WordTrigger {
  readonly lemma: string;
  readonly mayHead: boolean;
  /** The entries under the word's keys under that lemma (entriesUnder), made on first use by firstHolding. */
  entries: readonly IndexedEntry[] | undefined;
}

/** Whether token t's lemma (as it is or in lower case) heads an entry, or its word starts as one does. */
function mayHead(t: Token): boolean {
  const lemma = t.lemma.toLowerCase();
  return (
    BY_HEAD.has(t.lemma) ||
    (lemma !== t.lemma && BY_HEAD.has(lemma)) ||
    PREFIXES.has(t.word.lower.slice(0, PREFIX_LENGTH)) ||
    BY_HEAD.has(irregularBase(t) ?? '')
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

  /** Token i's keys (it must exist). */
  keysAt(i: number): string[] {
    return (this.keys[i] ??= keysOf(this.tokens[i]));
  }

  /** Whether token i exists and one of its keys is in `words`. */
  has(i: number, words: ReadonlySet<string>): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    for (const k of this.keysAt(i)) if (words.has(k)) return true;
    return false;
  }

  /** Whether a token in [from, to) (clipped to the sentence) has one of its keys in `words`. */
  anyIn(from: number, to: number, words: ReadonlySet<string>): boolean {
    return this.firstIn(from, to, words) >= 0;
  }

  /** The first token in [from, to) (clipped to the sentence) with one of its keys in `words`, or -1. */
  firstIn(from: number, to: number, words: ReadonlySet<string>): number {
    for (let j = Math.max(0, from); j < to && j < this.tokens.length; j++) if (this.has(j, words)) return j;
    return -1;
  }
}

function holds({ type, entry, sets }: IndexedEntry, sentence: SentenceKeys, i: number): number | null {
  const tokens = sentence.tokens;
  const t = tokens[i];
  const verbal = readsAsVerb(tokens, i) || isOfGerund(tokens, i);
  if (entry.pos === 'verb' && !verbal) return null;
  if (verbal && isNameWord(tokens, i)) return null;
  if (entry.pos === 'noun' && !NOUN_TAGS.has(t.pos)) return null;
  if (
    sets.before &&
    !sentence.has(i - 1, sets.before) &&
    !(ASPECTUAL.has(tokens[i - 1]?.lemma) && sentence.has(i - 2, sets.before)) &&
    !sentence.has(beforeAuxiliaries(tokens, i), sets.before) &&
    !sentence.has(beforeAmount(tokens, i), sets.before)
  ) {
    return null;
  }
  if (sets.governedBy && !governed(sentence, i, sets.governedBy)) return null;
  // The BEFORE_WINDOW tokens before the head.
  const preceding = i - BEFORE_WINDOW;
  if (sets.notAfter && sentence.anyIn(preceding, i, sets.notAfter)) return null;
  if (sets.context && !sentence.anyIn(0, tokens.length, sets.context)) return null;
  if (sets.notContext && sentence.anyIn(0, tokens.length, sets.notContext)) return null;
  let end = i + 1;
  if (sets.next) {
    // The particle may follow a day ("charged on Thursday that", "spoke on Monday with").
    let at = i + 1;
    if (!sentence.has(at, sets.next)) {
      // Or an adverb of manner ("stood firmly behind", "pulled swiftly back").
      at += dayAdjunctAt(tokens, at) || mannerAdverbAt(tokens, at);
      if (at === i + 1 || !sentence.has(at, sets.next)) return null;
    }
    end = at + 1;
  }
  // The window: the OBJECT_WINDOW tokens after the head (and its particle), not counting a time
  // adjunct in it ("pressed his counterparts on Monday to extend").
  const windowEnd =
    sets.object || sets.after || sets.unless || entry.personObject
      ? end + OBJECT_WINDOW + timeAdjunctTokens(tokens, end) + measureTokens(tokens, end)
      : 0;
  if (sets.notNext && sentence.has(end, sets.notNext)) return null;
  // With an object list, the first object word after the head ends the span `unless` reads: a
  // word after it belongs to a second object ("sent troops and a request for aid" sends troops;
  // "sent a request for troops" does not).
  let objectAt = sets.object ? sentence.firstIn(end, windowEnd, sets.object) : -1;
  while (objectAt >= 0 && inComplexPreposition(tokens, objectAt))
    objectAt = sentence.firstIn(objectAt + 1, windowEnd, sets.object!);
  if (objectAt < 0 && sets.heldObject) objectAt = heldObjectAt(sentence, end, windowEnd, sets.heldObject);
  if (sets.object && objectAt < 0) {
    if (!sentence.anyIn(preceding, i, sets.object)) return null;
    // Forces are what a deployment verb moves; before an active one with an object of its own
    // they are its subject ("troops evacuated the base" still retreat: there they are the doer).
    if (type === 'MOBILIZE' && hasOwnObject(tokens, end)) return null;
  }
  if (entry.personObject && !actsOnPerson(tokens, i, end, windowEnd)) return null;
  if (sets.after && !sentence.anyIn(end, windowEnd, sets.after)) return null;
  if (sets.unless && sentence.anyIn(end, objectAt >= 0 ? objectAt : windowEnd, sets.unless)) return null;
  if (classifiesThing(tokens, i, end) || participleModifier(tokens, i, end)) return null;
  return end;
}

const capitalised = (t: Token | undefined) => !!t && /^[A-Z][a-z]/.test(t.text);

/**
 * "more Bright Futures Seed Grant funding": a capitalised word right after a capitalised name word,
 * mid-sentence, goes on the name, though the tagger reads it as a verb. Not in a line set in title
 * case, where most words are capitalised ("Acme Corp Donates Food To Flood Victims").
 */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  if (i < 2 || !capitalised(tokens[i]) || tokens[i - 1].pos !== 'PROPN' || !capitalised(tokens[i - 1])) return false;
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.text));
  return words.filter(capitalised).length * 2 < words.length;
}

/**
 * "gave evidence in support of her neighbour": a noun between "in" and "of" is a complex
 * preposition's (in support of, in aid of, in favour of: Quirk et al.'s "in + noun + of"), not
 * the verb's object.
 */
function inComplexPreposition(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'in' && tokens[at + 1]?.lower === 'of';
}

/** Words that open a noun phrase that is a verb's own object ("send a signal", "moved their crates"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Whether the verb ending before token `end` takes an object of its own, a noun phrase right after
 * it: then an object word before a deployment verb is its subject ("the police should send a
 * clear signal", "soldiers moved the crates"), not what it moves as in a passive ("troops were
 * sent to the border") or a relative clause ("the troops the government sent last week").
 */
function hasOwnObject(tokens: readonly Token[], end: number): boolean {
  return OBJECT_OPENERS.has(tokens[end]?.lower ?? '');
}

/**
 * The first noun in [from, to) that a participle of one of `participles` follows ("release [the
 * four fishermen] detained in March", "freed two men abducted last week"): the participle says
 * what the noun is (captives), whatever the noun. -1 when none.
 */
function heldObjectAt(sentence: SentenceKeys, from: number, to: number, participles: ReadonlySet<string>): number {
  const tokens = sentence.tokens;
  for (let j = Math.max(0, from); j < to && j + 1 < tokens.length; j++) {
    if (!NOUN_TAGS.has(tokens[j].pos)) continue;
    const next = tokens[j + 1];
    // The tagger may call a participle it does not know a noun, leaving it unlemmatised ("abducted").
    const participle =
      next.pos === 'VERB' || next.pos === 'ADJ' || (next.pos === 'NOUN' && next.lemma.toLowerCase() === next.lower);
    if (participle && /ed$/i.test(next.text) && sentence.has(j + 1, participles)) return j;
  }
  return -1;
}

/** Whether token j is part of an amount: a number or a currency sign ("$3 billion", "300"). */
function inAmount(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NUM' || (t.pos === 'SYM' && /^\p{Sc}$/u.test(t.text)));
}

/** The index before an amount that ends right before token i ("a [$3 billion] loan"); i - 1 when none. */
/** Auxiliaries and "not" that may stand between a `before` doer and its verb ("peacekeepers will not depart"). */
const MAX_AUXILIARIES = 3;

/**
 * The token before the auxiliaries and "not" that precede the verb at \`i\` ("troops [have] left",
 * "peacekeepers [will not] depart"); \`i - 1\` when none do. The doer a \`before\` list names stands
 * there as well as directly before the verb.
 */
function beforeAuxiliaries(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < MAX_AUXILIARIES && (tokens[k].pos === 'AUX' || tokens[k].lemma === 'not')) k--;
  return k;
}

function beforeAmount(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && inAmount(tokens[k])) k--;
  return k;
}

/**
 * The tokens of a measure phrase opening the object at `from` ("[400 metric tonnes of] flour",
 * "[$5 million worth of] arms"): an amount, a noun with its modifiers, and "of". They do not count
 * against the object window, as the measure says how much, not what.
 */
function measureTokens(tokens: readonly Token[], from: number): number {
  let j = from;
  while (inAmount(tokens[j])) j++;
  if (j === from) return 0;
  const head = j;
  while (tokens[j] && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN') && j - head < 3) j++;
  if (j === head || tokens[j - 1].pos !== 'NOUN') return 0;
  if (tokens[j]?.lower === 'worth') j++;
  return tokens[j]?.lower === 'of' ? j + 1 - from : 0;
}

/** 1 when token j is an adverb in "-ly" ("firmly", "quickly") that may stand inside a phrasal verb, else 0. */
function mannerAdverbAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  return t && t.pos === 'ADV' && t.lower.length > 4 && t.lower.endsWith('ly') ? 1 : 0;
}

/** Words naming a day or a part of one, which with the word before them make a time adjunct ("on Monday", "last week"). */
const DAY_WORDS = new Set([...WEEKDAY_NAMES, 'today', 'yesterday', 'tomorrow', 'tonight']);
/** Words that lead a time adjunct before a day word ("on Monday", "late Tuesday"). */
const TIME_LEADS = new Set(['on', 'late', 'early', 'last', 'next', 'this']);

/** Tokens of a day adjunct starting at token j ("Thursday", "on Thursday", "late Tuesday"), or 0. */
function dayAdjunctAt(tokens: readonly Token[], j: number): number {
  if (DAY_WORDS.has(tokens[j]?.lower ?? '')) return 1;
  return TIME_LEADS.has(tokens[j]?.lower ?? '') && DAY_WORDS.has(tokens[j + 1]?.lower ?? '') ? 2 : 0;
}

/** Tokens of time adjuncts among the OBJECT_WINDOW tokens from `from`: the window is stretched by as many. */
function timeAdjunctTokens(tokens: readonly Token[], from: number): number {
  let n = 0;
  for (let j = from; j < from + OBJECT_WINDOW && j < tokens.length; j++) {
    if (!DAY_WORDS.has(tokens[j].lower)) continue;
    n += TIME_LEADS.has(tokens[j - 1]?.lower ?? '') && j - 1 >= from ? 2 : 1;
  }
  return n;
}

/**
 * Tags of the words that may stand between a governing word and its noun ("without a new
 * agreement", "no ceasefire deal": a common noun before it classifies it).
 */
const NOUN_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/** Whether the first word before token i that is no determiner, adjective, number or common noun, within BEFORE_WINDOW, is in \`words\`. */
function governed(sentence: SentenceKeys, i: number, words: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= 0 && j >= i - BEFORE_WINDOW; j--) {
    if (sentence.has(j, words)) return true;
    if (!NOUN_MODIFIER_TAGS.has(sentence.tokens[j].pos)) return false;
  }
  return false;
}

/** Possessive pronouns ("her" is left out: it is as often an object). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/**
 * "during Carlineo's sentencing", "their killing": an "-ing" form after a possessive is a noun,
 * whatever tag the tagger gave it, and is read as one (its owner, its modality).
 */
function isPossessedGerund(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
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
    // Entries under each of the token's keys in turn; the first that holds wins.
    const end = firstHolding(sentence, i);
    if (end) {
      out.push({
        type: end.type === 'AID' && isSentToBase(tokens, end.end) ? 'MOBILIZE' : end.type,
        start: i,
        end: end.end,
        nominal: !readsAsVerb(tokens, i) || isPossessedGerund(tokens, i),
      });
      i = end.end - 1;
    }
  }
  return out;
}

/** Tokens after an aid trigger searched for its destination ("send six attack helicopters to its air base"). */
const DESTINATION_WINDOW = 10;
/** Tags inside a destination's noun phrase. */
const DESTINATION_TAGS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "will send helicopters to its air base", "shipped missiles to the 5th base": weapons sent to a
 * military base are put where the sender's forces are, a deployment (PLOVER's MOBILIZE, "military
 * moves that fall short of the actual use of force"), not aid, whose benefit goes to a recipient.
 * A destination "to" phrase headed by base (WordNet 3.1 base.n.2, "installation from which a
 * military force initiates operations"), within a few tokens of the trigger; "the base of" is
 * something else's foot.
 */
function isSentToBase(tokens: readonly Token[], from: number): boolean {
  const last = Math.min(tokens.length, from + DESTINATION_WINDOW);
  for (let i = from; i < last; i++) {
    if (tokens[i].lower !== 'to') continue;
    let j = i + 1;
    while (j < last && DESTINATION_TAGS.has(tokens[j].pos) && tokens[j].lemma !== 'base') j++;
    return j < last && j > i + 1 && tokens[j].lemma === 'base' && tokens[j + 1]?.lower !== 'of';
  }
  return false;
}

/**
 * Whether token i is read as a verb: tagged one, or one of the forms the tagger misreads (an
 * aspectual gerund, an "-ed" or irregular past between subject and object, a headline's present).
 * One list for the verb entries' test (holds) and the nominal flag of a trigger.
 */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  return (
    VERB_TAGS.has(tokens[i].pos) ||
    isAspectualGerund(tokens, i) ||
    isMistaggedPastVerb(tokens, i) ||
    isHeadlinePresentVerb(tokens, i) ||
    isMistaggedIrregularPast(tokens, i)
  );
}

/**
 * "have begun sharing evidence", "started supplying fuel": an "-ing" form after a verb of aspect
 * is that verb's complement, a verb, though the tagger may call it an adjective or a noun.
 */
function isAspectualGerund(tokens: readonly Token[], i: number): boolean {
  return !VERB_TAGS.has(tokens[i].pos) && /ing$/i.test(tokens[i].text) && ASPECTUAL.has(tokens[i - 1]?.lemma ?? '');
}

/**
 * "Police apprehended the suspect", "Rebels decapitated two soldiers": an "-ed" word the tagger
 * does not know (it leaves it unlemmatised) between a noun or pronoun and the start of a noun
 * phrase is a past-tense verb with its subject and object, though the tagger calls it an
 * adjective or a noun. Only unknown words: a known one keeps the tagger's reading.
 */
function isMistaggedPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/ed$/i.test(t.text) || t.lemma.toLowerCase() !== t.lower) return false;
  return hasSubjectAndObject(tokens[i - 1], tokens[i + 1]);
}
const PAST_VERB_SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Whether `before` may be a verb's subject (a noun or a pronoun, no possessive) and `after` start its object. */
function hasSubjectAndObject(before: Token | undefined, after: Token | undefined): boolean {
  return (
    before !== undefined &&
    after !== undefined &&
    PAST_VERB_SUBJECT_TAGS.has(before.pos) &&
    !POSSESSIVE_PRONOUNS.has(before.lower) &&
    PAST_VERB_OBJECT_TAGS.has(after.pos)
  );
}

/**
 * WordNet 3.1's verb exceptions (irregular forms -> base: "shot" -> "shoot", "fought" -> "fight"),
 * as wink-eng-lite-web-model (MIT) ships them; read on first use.
 */
let verbExceptions: Readonly<Record<string, string>> | undefined;
export function irregularBase(t: Token): string | undefined {
  verbExceptions ??= createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<
    string,
    string
  >;
  const base = verbExceptions[t.lower];
  return base !== undefined && base !== t.lower ? base : undefined;
}

/**
 * "Gunmen shot a village headman": after a sentence-opening plural the tagger may read an
 * irregular past form as a noun, left unlemmatised. Such a form between a noun (its subject) and
 * the start of a noun phrase (its object), or a resultative adjective and then the object ("shot
 * dead two farmers"), is the clause's verb, as in isMistaggedPastVerb for "-ed" forms. Not after
 * a determiner or an adjective ("her best shot a year ago"): no subject stands there.
 */
function isMistaggedIrregularPast(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'NOUN' || t.lemma.toLowerCase() !== t.lower || irregularBase(t) === undefined) return false;
  let after = tokens[i + 1];
  if (after?.pos === 'ADJ' && PAST_VERB_OBJECT_TAGS.has(tokens[i + 2]?.pos ?? '')) after = tokens[i + 2];
  return hasSubjectAndObject(tokens[i - 1], after);
}

/**
 * "Kyrgyz court jails opposition journalist": headlines tell events in the present tense, and in a
 * line with no verb at all the tagger reads the "-s" form as a plural noun. Such a word between a
 * noun (its subject) and the start of a noun phrase (its object) is the headline's verb, as in
 * isMistaggedPastVerb. Only in a sentence with no verb tag: elsewhere "arms deliveries" and
 * "sanctions bill" are compounds.
 */
function isHeadlinePresentVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'NOUN' || !/[^s]s$/i.test(t.text) || t.lemma.toLowerCase() === t.lower) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || (before.pos !== 'NOUN' && before.pos !== 'PROPN') || !PAST_VERB_OBJECT_TAGS.has(after.pos))
    return false;
  return !tokens.some((x) => VERB_TAGS.has(x.pos));
}
const PAST_VERB_OBJECT_TAGS = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'NOUN']);

/** The verb an "-ing" form comes from, as an extra key: "sharing" -> "shar", "share"; "supplying" -> "supply". */
function gerundStems(t: Token): string[] {
  const stem = t.lower.slice(0, -3);
  return [stem, `${stem}e`, stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem];
}

/**
 * "the signing of the treaty", "the sacking of the minister": an "-ing" form between an article
 * and "of" is the verb made a noun, its object after "of". It is looked up under its verb as well
 * (verb entries hold, their object read after "of") and is reported as a noun (nominal).
 */
function isOfGerund(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i + 1]?.lower === 'of' &&
    !VERB_TAGS.has(tokens[i].pos) &&
    /ing$/i.test(tokens[i].text) &&
    ARTICLES.has(tokens[i - 1]?.lower ?? '')
  );
}
const ARTICLES = new Set(['the', 'a', 'an']);

function firstHolding(sentence: SentenceKeys, i: number): { type: EventType; end: number } | null {
  const t = sentence.tokens[i];
  let entries: readonly IndexedEntry[];
  if (isAspectualGerund(sentence.tokens, i) || isOfGerund(sentence.tokens, i))
    entries = entriesUnder([...sentence.keysAt(i), ...gerundStems(t)]);
  else if (isMistaggedIrregularPast(sentence.tokens, i))
    // Only the verb's entries: the form is read as the verb ("shot" -> "shoot"), not as a noun.
    entries = entriesUnder([irregularBase(t)!]).filter((e) => e.entry.pos !== 'noun');
  else {
    // The token's keys depend only on its word and lemma (keysOf): their entries are kept on the
    // word's entry with that lemma (mayTrigger made it), not looked up per token.
    const kept = t.word.trigger;
    if (kept !== undefined && kept.lemma === t.lemma) entries = kept.entries ??= entriesUnder(sentence.keysAt(i));
    else entries = entriesUnder(sentence.keysAt(i));
  }
  for (const indexed of entries) {
    const end = holds(indexed, sentence, i);
    if (end !== null) return { type: indexed.type, end };
  }
  return null;
}

/**
 * The entries under each of `keys` in turn, in the order firstHolding tries them. A key that
 * repeats an earlier one adds nothing: holds() reads only the sentence, so an entry that did not
 * hold under the first would not under the second.
 */
function entriesUnder(keys: readonly string[]): readonly IndexedEntry[] {
  const out: IndexedEntry[] = [];
  for (let k = 0; k < keys.length; k++) {
    if (keys.indexOf(keys[k]) < k) continue;
    const list = BY_HEAD.get(keys[k]);
    if (list !== undefined) for (const indexed of list) out.push(indexed);
  }
  return out;
}

/**
 * Whether the rules have an entry for token t under any of its keys (or its irregular verb's
 * base): then the rules decide it, held or not, and the trigger model (trigger-model.ts) leaves it.
 */
export function rulesKnow(t: Token): boolean {
  if (NEVER_TRIGGER_TAGS.has(t.pos)) return false;
  for (const k of keysOf(t)) if (BY_HEAD.has(k)) return true;
  return BY_HEAD.has(irregularBase(t) ?? '');
}
