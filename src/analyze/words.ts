// One entry per distinct word, shared by every token that spells it (Token.word), so that what
// depends on the word alone is worked out once per word rather than once per token or document:
// its lower-case form, its lemma under its last tag, and the entity tagger's word features
// (entities/model/features.ts).
//
// The tokens component finds a token's entry by the number wink gives the word (its index in
// wink's word list: an array index, not a string hash; on a loaded machine a lookup in a Map of
// some 10^5 strings is mostly cache misses). A number is checked against the spelling before its
// entry is used: wink renumbers when its instance is made again (resources/wink.ts), and a word
// read from the stand-in text (tokens.ts) has the stand-in's number.
import type { WordInfo } from './components/entities/model/features.js';

export interface Word {
  readonly text: string;
  /** `text.toLowerCase()`. */
  readonly lower: string;
  /** The entity tagger's features of the word, on first use (`entityWord`). */
  entity: WordInfo | undefined;
  /** The tag wink last gave the word outside a contraction, and the lemma it gave with that tag (tokens.ts). */
  lemmaTag: string | undefined;
  lemma: string;
}

/** Entries by wink's word number. Bounded: wink's numbers stay below its lexicon plus the words it adds before it is made again. */
const byNumber: (Word | undefined)[] = [];

/** The entry of the word `text`, which wink numbers `n`. */
export function wordOf(text: string, n: number): Word {
  // Grown one entry at a time: an array written far past its end turns into a slow dictionary.
  while (byNumber.length <= n) byNumber.push(undefined);
  let w = byNumber[n];
  if (w === undefined || w.text !== text) {
    w = { text, lower: text.toLowerCase(), entity: undefined, lemmaTag: undefined, lemma: '' };
    byNumber[n] = w;
  }
  return w;
}
