// The tense of the clause holding a time expression, from its verbs: future for a modal or a plan
// ("will", "is to", "plans to", "is expected to"), past for a past form or a perfect ("said",
// "were killed", "has closed"), present for any other verb. A clause with no verb takes the
// sentence's. The weekday, month and holiday resolvers read it: "they met on Friday" is the last
// Friday, "they will meet on Friday" the next. A time in the prepositional phrase of a noun that
// names an event ("announced the summit in July", "an invitation to the summit in Minsk in
// August") dates the event, which has no tense of its own: the clause's verb does not decide it.
import type { Tense } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';
import { LEXICON } from '../events/lexicon.js';
import { SPEECH_CUE_LEMMAS } from '../quotes/cues.js';
import { countBelow } from '../../sorted.js';
import { DETERMINERS } from '../../../text/determiners.js';

/** Words that end a clause for this purpose; a time beyond them belongs to another verb. */
const BOUNDARY = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  '"',
  '“',
  '”',
  'and',
  'but',
  'while',
  'which',
  'who',
  'that',
  'when',
  'after',
  'before',
  'because',
  'although',
  'if',
  'unless',
  'as',
]);
const MODAL_FUTURE = new Set(['will', 'shall', "'ll", '’ll', 'wo']);
/** "is to travel", "are due to", "plans to": the verb before "to" makes the clause future. */
const PLAN_BEFORE_TO = new Set([
  'is',
  'are',
  'plan',
  'plans',
  'planned',
  'planning',
  'due',
  'set',
  'expected',
  'scheduled',
  'slated',
  'going',
  'intends',
  'aims',
  'hopes',
  'hope',
]);
/**
 * Verbs of expecting and forecasting, whose "to" complement lies ahead ("the bank expects loan
 * growth to pick up in the March quarter", "analysts forecast to see"): the members of WordNet
 * 3.1's expect.v.01 (expect, anticipate), forecast.v.01 (forecast) and predict.v.01 (predict,
 * foretell), in the present (base form and third person): the past ("expected profits to rise")
 * tells a forecast made before, whose time is not ahead of the clause's.
 */
const FORECAST_PRESENT = new Set(
  ['expect', 'anticipate', 'forecast', 'predict', 'foretell'].flatMap((v) => [v, v + 's']),
);
/** Tags of the words of the object between such a verb and its "to" ("expects loan growth to"). */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** How many words that object may have. */
const OBJECT_WORDS_MAX = 4;
/** A past "be" before a plan word ("was due to", "were set to", "was going to"): a plan made before, told in the past. */
const BE_PAST = new Set(['was', 'were']);
/** Words that may stand between "be" and a participle it makes passive ("is now held", "be quickly pushed"). */
const PASSIVE_GAP_TAGS = new Set(['ADV', 'PART']);
/** "be" forms that make a participle after them a passive in the present ("is held", "could be pushed"); not "'s" (also "has"). */
const BE_PASSIVE_PRESENT = new Set(['is', 'are', 'am', "'re", '’re', 'be', 'being']);

/** "is expected by Friday", "is scheduled for Monday": a plan without "to". */
const PLAN_PARTICIPLE = new Set(['expected', 'scheduled', 'planned', 'due', 'slated', 'set']);
const BE_PRESENT = new Set(['is', 'are', "'s", "'re", 'am']);
const PAST_FORMS = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'went',
  'came',
  'took',
  'gave',
  'made',
  'held',
  'left',
  'began',
  'fell',
  'rose',
  'won',
  'lost',
  'sent',
  'saw',
  'found',
  'spent',
  'fled',
  'fought',
  'led',
  'ran',
  'struck',
  'hit',
  'broke',
  'wrote',
  'spoke',
  'sat',
  'stood',
  'became',
  'brought',
  'bought',
  'sold',
  'paid',
  'thought',
  'felt',
  'kept',
  'got',
  'put',
  'cut',
  'set',
  'shut',
  'drove',
  'knew',
  'grew',
  'threw',
  'chose',
  'stole',
  'flew',
  'hid',
  'heard',
  'meant',
  'built',
  'dealt',
  'caught',
  'taught',
  'fed',
  'read',
]);
const PERFECT = new Set(['has', 'have', "'ve"]);

/** Nouns that name an event: the head lemmas of the event lexicon's entries open to nouns. */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  Object.values(LEXICON).flatMap((entries) => entries.filter((e) => e.pos !== 'verb').map((e) => e.head)),
);
/** Tags of the words of a noun's prepositional phrases ("the summit in Astana in July"). */
const NOUN_PHRASE_TAGS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * Whether the expression starting at token `first` closes a chain of prepositional phrases of an
 * event noun: a preposition right before it, and only nouns, names, determiners, adjectives and
 * prepositions back to the event noun ("the summit in Minsk in August"; not "met the ministers
 * in August", nor "approved by Republicans in April").
 */
function inEventNounPhrase(tokens: readonly Token[], first: number, from: number): boolean {
  if (first <= from || tokens[first - 1].pos !== 'ADP') return false;
  for (let j = first - 2; j >= from && NOUN_PHRASE_TAGS.has(tokens[j].pos); j--)
    if (tokens[j].pos === 'NOUN' && EVENT_NOUNS.has(tokens[j].lemma.toLowerCase())) return true;
  return false;
}

/** The tense of each time expression's clause: `(start, end)` of the expression. */
export function tenseReader(doc: Doc): (start: number, end: number) => Tense | undefined {
  const tokens = doc.tokens;
  return (start, end) => {
    const s = sentenceAt(doc, start);
    if (s < 0) return undefined;
    const [from, to] = doc.sentences[s].tokens;
    let first = from;
    while (first < to && tokens[first].span[1] <= start) first++;
    if (first >= to) return undefined;
    if (inEventNounPhrase(tokens, first, from)) return undefined;
    let last = first;
    while (last + 1 < to && tokens[last + 1].span[0] < end) last++;
    // The clause: out from the expression to the nearest boundary on each side.
    let lo = first;
    while (lo > from && !BOUNDARY.has(tokens[lo - 1].lower)) lo--;
    lo = afterSayingVerb(tokens, lo, first);
    let hi = last;
    while (hi + 1 < to && !BOUNDARY.has(tokens[hi + 1].lower)) hi++;
    // A clause without a verb ("On Wednesday, ...") takes the first verb group after it, the
    // verb an adverbial leads into; failing that the last one before it.
    return (
      tenseOf(tokens, lo, hi + 1, start, end) ??
      appositionTense(tokens, lo, hi, first, last, from, to) ??
      groupTense(tokens, hi + 1, 1, from, to) ??
      groupTense(tokens, lo - 1, -1, from, to) ??
      // A verb in "-ing" and no finite verb in the sentence ("Great for a gift this year or for
      // yourself upgrading a setup"): the present, as before it stepped aside.
      (hasBareIng(tokens, lo, hi + 1) ? 'present' : undefined)
    );
  };
}

/** Tags of the word an apposition follows, before its comma ("Ana Ruiz, now a trainer", "to 2021, the target"). */
const APPOSITION_HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * The tense of a clause with no finite verb that is a phrase set beside another, or undefined:
 * "now" in it, with other words, tells the present state of what the phrase names ("Ana Ruiz, now
 * a trainer at the school, helped"; "and now an industry consultant"; "redesigned its thermostat,
 * now featuring a glass face"; "parents sending a child to college right now"); alone ("Now, we
 * expect") it leads into the verb after it. A phrase opened by its determiner after a noun and its
 * comma, the time inside it, belongs to the clause before it ("pushed the opening back to 2021,
 * the target until Monday, and the builder says"), not to the verb after it. A time that opens the
 * phrase ("Last year, ...") is a fronted adverbial: the verb after it.
 */
function appositionTense(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  first: number,
  last: number,
  from: number,
  to: number,
): Tense | undefined {
  if (first === last && tokens[first].lower === 'now' && (lo < first || hi > last)) return 'present';
  const opener = tokens[lo];
  if (first === lo || lo - 2 < from || tokens[lo - 1].lower !== ',') return undefined;
  if (!APPOSITION_HEAD_TAGS.has(tokens[lo - 2].pos) || !DETERMINERS.has(opener.lower)) return undefined;
  return groupTense(tokens, lo - 2, -1, from, to);
}

/** The tense of the first verb group met walking from `i` in direction `step`, within [from, to). */
function groupTense(tokens: readonly Token[], i: number, step: 1 | -1, from: number, to: number): Tense | undefined {
  for (; i >= from && i < to; i += step) {
    if (tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX') continue;
    // "In March, rising repair bills ... left her": a form in "-ing" with no auxiliary before it
    // modifies a noun or opens a participle clause; the finite verb further on decides.
    // Walking back, "began trending upwards last month, representing": the finite verb before it.
    if (bareIngForm(tokens, i, from)) continue;
    let at = i;
    while (step < 0 && at > from && (tokens[at - 1].pos === 'AUX' || tokens[at - 1].pos === 'PART')) at--;
    return tenseOf(tokens, at, Math.min(to, at + 4), -1, -1);
  }
  return undefined;
}

/** The tag of the word right after offset `end` on the same line, spaces between; undefined at a break or punctuation. */
export type NextTagAt = (end: number) => string | undefined;

export function nextTagReader(doc: Doc): NextTagAt {
  const tokens = doc.tokens;
  return (end) => {
    const next = tokens[countBelow(tokens, end, (t) => t.span[0])];
    return next && /^[ \t]+$/.test(doc.text.slice(end, next.span[0])) ? next.pos : undefined;
  };
}

/**
 * Whether the word right before offset `start` ("on" between allowed, or "at"/"in" a place's name
 * and "on": "stops at Blossom Music Center on July 22", or "to" whom and "on": "opens to the
 * public on Friday") is a verb in the present,
 * no verb of saying and no "be" or "have": "The Gophers play Saturday", "the museum opens on
 * Friday" tell a fixture or plan in the present, as a schedule does; "officials say Monday" and
 * "says Monday" report what was said, on the last such day (verbs of saying: the quotes
 * component's cue lemmas, from PARC 3.0 / PolNeAR).
 */
export type PresentVerbBeforeAt = (start: number) => boolean;
/** What may stand between the verb and the time: spaces, "on". */
const VERB_GAP_RE = /^[ \t]+(?:on[ \t]+)?$/;
/** Or a place's name after "at" or "in", then "on" ("stops at Blossom Music Center on July 22"). */
const VERB_PLACE_GAP_RE = /^[ \t]+(?:at|in)[ \t]+[^,;:\n]+?(?:[ \t]+on)?[ \t]+$/;
const ON_START_RE = /^on[ \t]/i;
/** Or "to" and whom it is open to ("opens to the public on Friday"), then "on". */
const VERB_TO_GAP_RE = /^[ \t]+to[ \t]+[^,;:\n]+?(?:[ \t]+on)?[ \t]+$/;
const TO_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const RELATIVE_OPENERS = new Set(['that', 'which']);
/** How many words such a name may have. */
const PLACE_WORDS_MAX = 5;
/** How many words whom it is open to may have ("the general public"). */
const TO_PHRASE_WORDS_MAX = 3;

/**
 * The index of the token before the run of tokens ending at `i` that `inPhrase` accepts (at most
 * `max` of them): the word that opens the phrase, or `i` when token i is not in one.
 */
function beforePhrase(tokens: readonly Token[], i: number, inPhrase: (t: Token) => boolean, max: number): number {
  let j = i;
  while (j >= 0 && inPhrase(tokens[j]) && i - j < max) j--;
  return j;
}

export function presentVerbBeforeReader(doc: Doc): PresentVerbBeforeAt {
  const tokens = doc.tokens;
  return (start) => {
    // The last token ending at or before `start`.
    let i = countBelow(tokens, start + 1, (t) => t.span[1]) - 1;
    let gap = VERB_GAP_RE;
    // The "on" stands before `start`, or inside the expression as chrono gives it ("on Friday").
    const onInside = ON_START_RE.test(doc.text.slice(start, start + 3));
    if (i >= 0 && (tokens[i].lower === 'on' || onInside)) {
      if (tokens[i].lower === 'on') i--;
      // "stops at Blossom Music Center on July 22", "plays in Cleveland on Friday": a place named between.
      let j = beforePhrase(tokens, i, (t) => t.pos === 'PROPN', PLACE_WORDS_MAX);
      if (j < i && j >= 0 && (tokens[j].lower === 'at' || tokens[j].lower === 'in')) {
        i = j - 1;
        gap = VERB_PLACE_GAP_RE;
      } else {
        // "opens to the public on Friday", "is open to visitors on Sunday": whom it is for, between.
        j = beforePhrase(tokens, i, (t) => TO_PHRASE_TAGS.has(t.pos), TO_PHRASE_WORDS_MAX);
        if (j < i && j >= 0 && tokens[j].lower === 'to') {
          i = j - 1;
          gap = VERB_TO_GAP_RE;
        }
      }
    }
    const t = tokens[i];
    // "the tour that stops at …": the tagger takes a verb after a relative "that" / "which" for a noun.
    const relativeVerb =
      t?.pos === 'NOUN' && i > 0 && RELATIVE_OPENERS.has(tokens[i - 1].lower) && t.lower.endsWith('s');
    if (!t || (t.pos !== 'VERB' && !relativeVerb) || !gap.test(doc.text.slice(t.span[1], start))) return false;
    const lemma = t.lemma.toLowerCase();
    if (SPEECH_CUE_LEMMAS.has(lemma) || lemma === 'be' || lemma === 'have' || lemma === 'do') return false;
    const w = t.lower;
    return w === lemma || (w.endsWith('s') && !w.endsWith('ss') && w !== lemma && !w.endsWith('ed'));
  };
}

/** Index of the sentence holding `offset` (sentences are sorted and disjoint), or -1. */
function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0,
    hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = doc.sentences[mid].span;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A verb form the tagger lemmatises to another word that is neither a third-person "-s" form, a
 * "-ing" form nor a present "be": an irregular past or participle ("withdrew", "swept", "rang").
 */
function irregularPast(t: Token): boolean {
  const w = t.lower;
  return t.pos === 'VERB' && !w.endsWith('s') && !w.endsWith('ing') && !BE_PRESENT.has(w) && w !== 'am';
}

/** Words that open a noun phrase: before "plans" they make it a noun. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/**
 * Whether the plan word at `i` is a noun after its determiner or adjective ("revealed lofty plans
 * to expand", "the plans to merge"): the clause's own verb decides, not the plan. "Leaders plan to
 * meet" stays a verb, even where the tagger calls it a noun.
 */
const planNoun = (tokens: readonly Token[], i: number) =>
  tokens[i].pos === 'NOUN' && i > 0 && NOUN_PHRASE_OPENERS.has(tokens[i - 1].pos);

/** Negations that, with "yet", make a perfect say what has not happened ("haven't yet qualified"). */
const NEGATION = new Set(['not', "n't", 'n’t', 'never']);

/**
 * Where the verb group of a perfect at `i` that has not happened ends ("has not yet qualified",
 * "haven't yet", "has yet to decide"): its event lies ahead, so the group dates nothing in the
 * past; -1 for any other perfect.
 */
function notYetPerfectEnd(tokens: readonly Token[], i: number, to: number): number {
  let negated = false;
  for (let j = i + 1; j < to && j <= i + 3; j++) {
    const w = tokens[j].lower;
    if (NEGATION.has(w)) negated = true;
    else if (w === 'yet') {
      if (tokens[j + 1]?.lower === 'to') return Math.min(to - 1, j + 2);
      if (!negated) return -1;
      const verb = tokens[j + 1];
      return verb && verb.pos === 'VERB' ? j + 1 : j;
    } else return -1;
  }
  return -1;
}

/**
 * Whether a verb of forecasting in the present stands before the "to" after token `i`, with
 * nothing or a short object between ("expects to report", "expects loan growth to pick up").
 */
function forecastBefore(tokens: readonly Token[], i: number, from: number): boolean {
  const j = beforePhrase(tokens, i, (t) => OBJECT_TAGS.has(t.pos), OBJECT_WORDS_MAX);
  return j >= from && tokens[j].pos === 'VERB' && FORECAST_PRESENT.has(tokens[j].lower);
}

/**
 * Whether the participle at `i` follows a present "be" or a bare "be" (adverbs between). A
 * "being" after a preposition is a gerund of what came first ("before being freed in 2010",
 * "after being delayed for two weeks"), no present.
 */
function passiveAfterPresentBe(tokens: readonly Token[], i: number, from: number): boolean {
  const j = beforePhrase(tokens, i - 1, (t) => PASSIVE_GAP_TAGS.has(t.pos) && t.lower !== 'to', 2);
  if (j < from || !BE_PASSIVE_PRESENT.has(tokens[j].lower)) return false;
  return !(tokens[j].lower === 'being' && j > 0 && GERUND_OPENERS.has(tokens[j - 1].pos));
}
const GERUND_OPENERS = new Set(['ADP', 'SCONJ']);

/** Words that may stand between "has" / "have" and its participle ("has not yet", "have already"). */
const PERFECT_GAP_TAGS = new Set(['ADV', 'PART']);

/**
 * Whether a participle follows the "has" / "have" at `i` (adverbs and "not" between): a perfect
 * ("has closed", "have been", "'ve beaten"), not a main verb ("has an exhibition", "has me
 * thinking", "have to leave").
 */
function participleAfter(tokens: readonly Token[], i: number): boolean {
  // Past the clause's window if need be: a verb group read from a few of its words ("admits he
  // has not") still has its participle.
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (PERFECT_GAP_TAGS.has(t.pos) && t.lower !== 'to') continue;
    // Right after "has" / "have" a verb is its participle, also one spelled as its base ("have
    // not cast", "have come"); a form in "-ing" is not ("have going").
    return (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
  }
  return false;
}

/** Tags of the word a participle modifies, or of the words between ("improved September quarter earnings"). */
const MODIFIED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the past form at `i` stands between a determiner and a noun phrase ("the improved
 * earnings", "their projected 180-day cruise"): a participle used as an adjective, no verb. Not a
 * verb after its subject ("They projected a cruise") nor a participle after its noun ("the talks
 * announced by the ministry"), which dates an event.
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  return i > 0 && DETERMINERS.has(tokens[i - 1].lower) && MODIFIED_TAGS.has(tokens[i + 1]?.pos ?? '');
}

/** Tags of the word a reduced relative follows: its noun ("the uncertainty created by", "the car based on"). */
const REDUCED_RELATIVE_HEAD_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * Whether the past form at `i` opens a reduced relative after its noun, with the clause's own
 * finite verb after it and before the time ("The uncertainty created by the tariffs is weighing
 * on markets today", "the car based on the new platform isn't expected until next year"): the
 * participle modifies the noun and the finite verb decides. A time inside the participle's phrase,
 * before any finite verb ("the talks announced by the ministry in March begin soon"), dates the
 * participle's event and keeps its past.
 */
function reducedRelative(tokens: readonly Token[], i: number, from: number, tStart: number): boolean {
  if (i <= from || !REDUCED_RELATIVE_HEAD_TAGS.has(tokens[i - 1].pos) || tokens[i + 1]?.pos !== 'ADP') return false;
  for (let k = i + 2; k < tokens.length && tokens[k].span[1] <= tStart; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma.toLowerCase() && !t.lower.endsWith('ing')))
      return true;
  }
  return false;
}

/**
 * Whether the "going" at `i` has no "be" before it (adverbs and "not" between): a gerund or
 * participle of movement ("remembers going to get pizza", "after going to see a doctor"), not
 * the plan of "is going to", "I'm not going to".
 */
function goingWithoutBe(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'going') return false;
  // Back over adverbs and "not" to the "be"; a clitic "'s", "’m" may itself be tagged a particle.
  // Past `from` if need be: a verb group read from its "going" ("I’m going to") keeps its "be".
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = tokens[j].lower;
    if (BE_FORMS.has(w) || BE_CLITIC_RE.test(w)) return false;
    if (!PASSIVE_GAP_TAGS.has(tokens[j].pos)) return true;
  }
  return true;
}

/**
 * Whether the plan participle at `i` follows a present "be", adverbs and "not" between ("is
 * expected by Friday", "isn’t expected until June", "is now scheduled for Monday").
 */
function planAfterBe(tokens: readonly Token[], i: number, from: number): boolean {
  const j = beforePhrase(tokens, i - 1, (t) => PASSIVE_GAP_TAGS.has(t.pos) && t.lower !== 'to', 2);
  return j >= from && BE_PRESENT.has(tokens[j].lower);
}

/** Prepositions that put a plan's time after its participle ("set for January", "expected until June"). */
const PLAN_PREPOSITIONS = new Set(['for', 'until', 'till', 'on', 'in']);

/**
 * Whether the plan participle at `i` follows its noun with no "be" ("its full launch set for
 * next year", "with delivery set for January"), the time in its phrase: a reduced relative whose
 * time lies ahead. Not "set by the board in January" (an agent: a past act) nor a time after the
 * clause's finite verb, which `reducedRelative` leaves to that verb.
 */
function planAfterNoun(tokens: readonly Token[], i: number, from: number, tStart: number): boolean {
  if (i <= from || !REDUCED_RELATIVE_HEAD_TAGS.has(tokens[i - 1].pos)) return false;
  if (!PLAN_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1].span[1] > tStart) return false;
  return !reducedRelative(tokens, i, from, tStart);
}

/** Whether tokens [from, to) hold a verb in "-ing" with no auxiliary before it. */
function hasBareIng(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bareIngForm(tokens, i, 0)) return true;
  return false;
}

/** Whether the verb at `i` is a form in "-ing" with no auxiliary or "to" right before it. */
function bareIngForm(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  const before = i > from ? tokens[i - 1] : undefined;
  return (
    !before ||
    (before.pos !== 'AUX' && before.lower !== 'to' && !BE_FORMS.has(before.lower) && !BE_CLITIC_RE.test(before.lower))
  );
}
/** A pronoun with "be" glued to it, one token ("I'm", "we’re"). */
const BE_CLITIC_RE = /['’](?:m|re)$/;
/** Forms of "be" before a verb in "-ing" ("I'm going to"), whatever the tagger calls them. */
const BE_FORMS = new Set([
  'am',
  "'m",
  '’m',
  'is',
  'are',
  "'re",
  '’re',
  "'s",
  '’s',
  'was',
  'were',
  'be',
  'been',
  'being',
]);
/** Tags of the word that opens a complement's subject ("said the missions ...", "told reporters ..."). */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * Where the clause of a time starts when a verb of saying stands before it with a finite verb of
 * its own complement between ("Shotwell said the missions would begin in March", "told reporters
 * the talks could resume in May"): after the verb of saying, whose past is not the complement's.
 * A time right after the verb ("said Monday ...") stays the saying's.
 */
function afterSayingVerb(tokens: readonly Token[], lo: number, first: number): number {
  let verbSince = false;
  for (let k = first - 1; k >= lo; k--) {
    const t = tokens[k];
    // Its complement opens with a subject or its hearer, not "to" ("pledged to reach", "continued to decline").
    if (t.pos === 'VERB' && SPEECH_CUE_LEMMAS.has(t.lemma.toLowerCase()))
      return verbSince && SUBJECT_OPENERS.has(tokens[k + 1]?.pos ?? '') ? k + 1 : lo;
    // A finite verb of the complement: an auxiliary or an inflected verb ("could begin", "wants",
    // "began"), not a base form, which the tagger also gives nouns ("a polling lead").
    if (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma.toLowerCase() && !t.lower.endsWith('ing')))
      verbSince = true;
  }
  return lo;
}

function tenseOf(tokens: readonly Token[], from: number, to: number, tStart: number, tEnd: number): Tense | undefined {
  let present = false;
  let past = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.span[0] >= tStart && t.span[1] <= tEnd) continue; // the expression's own words ("Tuesday")
    const w = t.lower;
    if (PERFECT.has(w)) {
      const end = notYetPerfectEnd(tokens, i, to);
      if (end >= 0) {
        present = true;
        i = end;
        continue;
      }
    }
    if (MODAL_FUTURE.has(w)) return 'future';
    if (w === 'to' && i > from && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX')) {
      // "was due to be released", "were set to stand down", "was going to": a plan in the past.
      if (
        PLAN_BEFORE_TO.has(tokens[i - 1].lower) &&
        !planNoun(tokens, i - 1) &&
        !goingWithoutBe(tokens, i - 1) &&
        !(i - 1 > from && BE_PAST.has(tokens[i - 2].lower))
      )
        return 'future';
      // Only a time in the complement lies ahead: "Now, we expect X to ..." holds the expecting now.
      if (tStart > t.span[0] && forecastBefore(tokens, i - 1, from)) return 'future';
    }
    // After its noun only where no past verb came first: "canceled tariffs planned for Oct. 15" is a plan given up.
    if (PLAN_PARTICIPLE.has(w) && (planAfterBe(tokens, i, from) || (!past && planAfterNoun(tokens, i, from, tStart))))
      return 'future';
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (
      !PERFECT.has(w) &&
      (PAST_FORMS.has(w) || (w !== t.lemma.toLowerCase() && (w.endsWith('ed') || irregularPast(t))))
    ) {
      // A participle after a present "be" is a passive in the present ("is held", "that is
      // wasted", "could now be pushed"): the "be" has decided the tense.
      if (passiveAfterPresentBe(tokens, i, from)) continue;
      // Between a determiner and its noun a participle is an adjective ("the improved September
      // quarter earnings", "their projected 180-day cruise"): the clause's verb decides.
      if (attributiveParticiple(tokens, i)) continue;
      // After its noun and before the clause's finite verb it opens a reduced relative ("The
      // uncertainty created by the tariffs is weighing on markets today"): the finite verb decides.
      if (reducedRelative(tokens, i, from, tStart)) continue;
      // A participle after "has/have" is a perfect: past for dating ("has closed").
      past = true;
    } else if (PERFECT.has(w)) {
      // "has closed", "have not yet met" are perfects (past for dating); "has an exhibition in
      // March", "has me thinking", "can have someone call" are a present "have".
      if (participleAfter(tokens, i)) past = true;
      else present = true;
    } else if (!bareIngForm(tokens, i, 0)) {
      // A form in "-ing" with no auxiliary has no tense of its own ("Following a storm in March,
      // the firm counted", "after seeking refuge in 2012", ", representing ... in October"): a
      // clause with no other verb takes the finite verb beside it (tenseReader). Its auxiliary
      // may stand before the window a verb group is read from ("I’m | sharing").
      present = true;
    }
  }
  return past ? 'past' : present ? 'present' : undefined;
}
