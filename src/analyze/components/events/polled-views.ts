// "60 percent of Americans support sanctions", "most voters oppose new tariffs, a survey found":
// a share of people for or against a measure is an opinion about it, not the measure taken.
import type { Token } from '../../doc.js';

/** Verbs of being for or against something: WordNet 3.1's support.v.1 and back.v.1 ("be behind; approve of"), favor.v.1, endorse.v.1 and oppose.v.1. */
const VIEW_VERBS = new Set(['support', 'back', 'favor', 'favour', 'endorse', 'oppose']);
/** Words naming a share of a population, a poll's subject ("a majority of", "most", "60 percent"). */
const SHARE_WORDS = new Set(['percent', '%', 'majority', 'minority', 'most', 'half', 'third', 'quarter', 'plurality']);
/** WordNet 3.1's poll.n.1, "an inquiry into public opinion": poll, canvass (and its hyponyms exit poll, straw poll). */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'canvass']);
/** With survey.n.1: the questioning of people whose answers are tallied. */
const POLL_WORDS: ReadonlySet<string> = new Set([...POLL_NOUNS, 'survey', 'surveys']);
/** Tags of the words between the verb and the event noun ("support new tariff", "oppose the"). */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const OBJECT_REACH = 3;
/** Tokens before the verb searched for its subject's share word. */
const SUBJECT_REACH = 6;

/** Whether the event noun at `start` is what a polled share of people supports or opposes. */
export function isPolledView(nominal: boolean, start: number, tokens: readonly Token[]): boolean {
  if (!nominal) return false;
  // The tagger may call the verb a noun after a plural subject ("Americans support sanctions").
  const isView = (t: Token) => (t.pos === 'VERB' || t.pos === 'NOUN') && VIEW_VERBS.has(t.lemma.toLowerCase());
  let v = start - 1;
  while (v >= 0 && start - v <= OBJECT_REACH && !isView(tokens[v]) && OBJECT_MODIFIERS.has(tokens[v].pos)) v--;
  if (v < 0 || !isView(tokens[v])) return false;
  for (let j = Math.max(0, v - SUBJECT_REACH); j < v; j++) if (SHARE_WORDS.has(tokens[j].lower)) return true;
  return tokens.some((t) => POLL_WORDS.has(t.lower));
}
