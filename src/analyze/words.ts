// One entry per distinct word, shared by every token that spells it (Token.word), so that what
// depends on the word alone is worked out once per word rather than once per token or document:
// its lower-case form, its lemma under its last tag, the entity tagger's word features
// (entities/model/features.ts), and what the events component reads of it under its lemma (its
// topic, whether it may head a trigger).
//
// The tokens component finds a token's entry by the number wink gives the word (its index in
// wink's word list: an array index, not a string hash; on a loaded machine a lookup in a Map of
// some 10^5 strings is mostly cache misses), and takes wink's spelling of the word from the entry
// rather than from wink's list (one cache miss less per token). Numbers are those of one wink
// instance (resources/wink.ts): when it is made again they are numbered afresh, and so are the
// entries. A number is checked against the spelling before its entry is used: a word read from
// the stand-in text (tokens.ts) has the stand-in's number.
import type { WordInfo } from './components/entities/model/features.js';
import type { WordTopic } from './components/events/topic.js';
import type { WordTrigger } from './components/events/triggers.js';

export interface Word {
  readonly text: string;
  /** wink's spelling of the word: `text`, or for a word read from a stand-in text (tokens.ts), the stand-in's. */
  readonly value: string;
  /** `text.toLowerCase()`. */
  readonly lower: string;
  /** The entity tagger's features of the word, on first use (`entityWord`). */
  entity: WordInfo | undefined;
  /** The tag wink last gave the word outside a contraction, and the lemma it gave with that tag (tokens.ts). */
  lemmaTag: string | undefined;
  lemma: string;
  /**
   * What the quotes' learned string tables (quotes/learned/string-weights.ts) keep on the word, a
   * pair of slots per table, each holding the table's era when written and then: for a table read
   * with offsetOfWord, the offset of the word's lower-case form; for one read with
   * offsetOfWordString, the entry of the string the word last came with (its lemma, its part of
   * speech), which holds while that entry's string is the one asked for.
   */
  stringOffsets: Int32Array | undefined;
  /** What the word says of an article's topic under the lemma it last came with (events/topic.ts). */
  topic: WordTopic | undefined;
  /** Whether the word may head an event trigger under the lemma it last came with (events/triggers.ts). */
  trigger: WordTrigger | undefined;
  /**
   * The event-trigger model's common-word gate (events/trigger-model.ts): `n` + 1 when the word's
   * lower-case form is among the cluster table's first `n` words, -(`n` + 1) when it is not, 0
   * before it is asked. The table never changes, so the answer for one `n` holds.
   */
  common: number;
}

/** Entries by wink's word number. Bounded: wink's numbers stay below its lexicon plus the words it adds before it is made again. */
const byNumber: (Word | undefined)[] = [];
/** The wink instance whose numbers byNumber is by. */
let numbering = -1;

/**
 * The entry last filed under number `n` of wink instance `instance`, if any. Its `value` is wink's
 * value of `n`: an instance never changes the word a number stands for.
 */
export function filedWord(n: number, instance: number): Word | undefined {
  if (instance !== numbering) {
    byNumber.length = 0;
    numbering = instance;
  }
  return n < byNumber.length ? byNumber[n] : undefined;
}

/**
 * The entry of the word `text`, which wink spells `value` and numbers `n` (in the instance last
 * given to filedWord): the one filed under `n` if it is that spelling, else a new one filed there.
 */
export function wordOf(text: string, value: string, n: number): Word {
  if (byNumber.length <= n) growTo(n);
  let w = byNumber[n];
  if (w === undefined || w.text !== text) {
    w = {
      text,
      value,
      lower: text.toLowerCase(),
      entity: undefined,
      lemmaTag: undefined,
      lemma: '',
      stringOffsets: undefined,
      topic: undefined,
      trigger: undefined,
      common: 0,
    };
    byNumber[n] = w;
  }
  return w;
}

/**
 * Grows byNumber one entry at a time (an array written far past its end turns into a slow
 * dictionary) until it holds index `n`. A function of its own: the first growth runs the loop
 * tens of thousands of times, and V8 compiles the loop's function on the spot ("on-stack
 * replacement"); inside wordOf, that code, compiled before the rest of wordOf had ever run, gave
 * up at the array read after the loop each time it was entered again, hundreds of times over a
 * few passes (node --trace-deopt).
 */
function growTo(n: number): void {
  while (byNumber.length <= n) byNumber.push(undefined);
}
