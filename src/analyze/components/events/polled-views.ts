// "60 percent of Americans support sanctions", "most voters oppose new tariffs, a survey found",
// "44 percent say they want the House to impeach": a share of people for or against a measure,
// or wanting it taken, is an opinion about it, not the measure taken.
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
  const v = nominal ? viewOfNoun(start, tokens) : wantedVerb(start, tokens);
  if (v < 0) return false;
  for (let j = Math.max(0, v - SUBJECT_REACH); j < v; j++) if (SHARE_WORDS.has(tokens[j].lower)) return true;
  return tokens.some((t) => POLL_WORDS.has(t.lower));
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
