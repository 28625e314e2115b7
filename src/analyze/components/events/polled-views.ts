// "60 percent of Americans support sanctions", "most voters oppose new tariffs, a survey found",
// "44 percent say they want the House to impeach": a share of people for or against a measure,
// or wanting it taken, is an opinion about it, not the measure taken; so is what such a share
// says should be done ("51 percent say he should be impeached") and a poll's "majority support
// for" a measure.
import type { Token } from '../../doc.js';

/**
 * Verbs of being for or against something: WordNet 3.1's support.v.1 and back.v.1 ("be behind;
 * approve of"), favor.v.1, endorse.v.1 and oppose.v.1; and want.v.1 ("feel or have a desire for").
 */
const VIEW_VERBS = new Set(['support', 'back', 'favor', 'favour', 'endorse', 'oppose', 'want']);
/** Of these, the one that takes an object and a "to" infinitive ("want the House to impeach"). */
const WANTING = 'want';
/** Words naming a share of a population, a poll's subject ("a majority of", "most", "60 percent"). */
const SHARE_WORDS = new Set(['percent', '%', 'majority', 'minority', 'most', 'half', 'third', 'quarter', 'plurality']);
/** WordNet 3.1's poll.n.1, "an inquiry into public opinion": poll, canvass (and its hyponyms exit poll, straw poll). */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'canvass']);
/** With survey.n.1: the questioning of people whose answers are tallied. */
const POLL_WORDS: ReadonlySet<string> = new Set([...POLL_NOUNS, 'survey', 'surveys']);
/**
 * Verbs a poll reports its answers by: WordNet 3.1's say.v.1 ("express in words"), think.v.1
 * ("judge or regard") and believe.v.1 ("accept as true").
 */
const ANSWER_VERBS = new Set(['say', 'think', 'believe']);
/** Share words that are a count of answers, whatever else the sentence says ("51 percent"). */
const COUNTED_SHARES = new Set(['percent', '%']);
/** Nouns of being for or against something (the nouns of support.v.1, back.v.1 and oppose.v.1). */
const VIEW_NOUNS = new Set(['support', 'backing', 'opposition']);
/** Tags of the words between the verb and the event noun ("support new tariff", "oppose the"). */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** Tags of the object of "want" before its "to" ("want [the House] to impeach"). */
const WANTED_DOER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const OBJECT_REACH = 3;
/** Tokens before the verb searched for its subject's share word. */
const SUBJECT_REACH = 6;

/** The tagger may call the verb a noun after a plural subject ("Americans support sanctions"). */
const isView = (t: Token) => (t.pos === 'VERB' || t.pos === 'NOUN') && VIEW_VERBS.has(t.lemma.toLowerCase());

/** Whether the event at `start` (a noun, or a verb) is what a polled share of people supports, opposes or wants. */
export function isPolledView(nominal: boolean, start: number, tokens: readonly Token[]): boolean {
  if (nominal && isShareOfSupport(start, tokens)) return true;
  if (!nominal && isAnswered(start, tokens)) return true;
  const v = nominal ? viewOfNoun(start, tokens) : wantedVerb(start, tokens);
  if (v < 0) return false;
  return hasShareSubject(v, tokens) || tokens.some((t) => POLL_WORDS.has(t.lower));
}

/** Whether a share word stands in the SUBJECT_REACH tokens before the verb at `v`. */
function hasShareSubject(v: number, tokens: readonly Token[], shares: ReadonlySet<string> = SHARE_WORDS): boolean {
  for (let j = Math.max(0, v - SUBJECT_REACH); j < v; j++) if (shares.has(tokens[j].lower)) return true;
  return false;
}

/** "a poll shows majority support for": a view noun whose modifier is a share, in a poll's sentence. */
function isShareOfSupport(start: number, tokens: readonly Token[]): boolean {
  if (!VIEW_NOUNS.has(tokens[start].lower)) return false;
  let j = start - 1;
  while (j >= 0 && tokens[j].pos === 'ADJ') j--;
  return j >= 0 && SHARE_WORDS.has(tokens[j].lower) && tokens.some((t) => POLL_WORDS.has(t.lower));
}

/**
 * "Fifty-one percent say that he should be impeached": the event verb comes after a verb of
 * answering whose subject is a counted share of people, or any share in a poll's sentence.
 */
function isAnswered(start: number, tokens: readonly Token[]): boolean {
  const polled = tokens.some((t) => POLL_WORDS.has(t.lower));
  for (let v = 0; v < start; v++) {
    const t = tokens[v];
    if (t.pos !== 'VERB' || !ANSWER_VERBS.has(t.lemma.toLowerCase())) continue;
    if (hasShareSubject(v, tokens, polled ? SHARE_WORDS : COUNTED_SHARES)) return true;
  }
  return false;
}

/** The view verb whose object the event noun at `start` heads ("support [new] sanctions"), or -1. */
function viewOfNoun(start: number, tokens: readonly Token[]): number {
  let v = start - 1;
  while (v >= 0 && start - v <= OBJECT_REACH && !isView(tokens[v]) && OBJECT_MODIFIERS.has(tokens[v].pos)) v--;
  return v >= 0 && isView(tokens[v]) ? v : -1;
}

/**
 * The "want" whose "to" infinitive the verb at `start` is ("want [the House] to impeach"), also
 * after a first such infinitive and "and" ("want the House to impeach and the Senate to convict"),
 * or -1.
 */
function wantedVerb(start: number, tokens: readonly Token[]): number {
  if (tokens[start - 1]?.lower !== 'to') return -1;
  let v = start - 2;
  while (v >= 0 && start - 2 - v < OBJECT_REACH && WANTED_DOER_TAGS.has(tokens[v].pos) && !isView(tokens[v])) v--;
  if (v >= 0 && isView(tokens[v]) && tokens[v].lemma.toLowerCase() === WANTING) return v;
  return tokens[v]?.lower === 'and' && v > 0 ? wantedVerb(v - 1, tokens) : -1;
}
