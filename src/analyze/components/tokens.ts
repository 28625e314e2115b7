// Sentences, tokens, part-of-speech tags and lemmas from wink-nlp's English lite model, with
// character offsets into the Doc text. wink reports token values, not offsets, so offsets are
// recovered by scanning forward through the text for each token in order. Sentences longer than
// the cap (limits.ts) become windows, so no later component works on an endless sentence.
//
// wink's tokenizer knows letters up to Latin-1 only: it cuts "Erdoğan" into "Erdo", "ğ", "an" and
// reads "Constanța." as "Constan", "ț", "a." (losing the sentence end). So wink reads a stand-in
// text of exactly the same length in which every other letter or mark is a Latin-1 letter
// (../../text/stand-in.ts); tokens, offsets and text are then taken from the real text.
import type { Component } from '../component.js';
import type { Doc, Sentence, Token } from '../doc.js';
import type { Span } from '../../record/types.js';
import { CapReport, MAX_PARAGRAPH_CHARS, sentenceWindows } from '../limits.js';
import { latin1StandIn } from '../../text/stand-in.js';
import { its, LEXICON_SIZE, readWink, type WinkTokens } from '../resources/wink.js';
import { filedWord, type Word, wordOf } from '../words.js';
import { boundedMemo } from '../../text/bounded-memo.js';

/**
 * Whether a single word (any case) is in wink's English lexicon: "earth" and "mars" are, "kampungu"
 * is not. Remembered: each answer runs wink over the word, and the entity rules ask about the same
 * words (names in capitals, lone unknown names) in document after document, some 0.9% of the
 * analysis's CPU time unremembered. 50,000 words before the memo starts over.
 */
export const isLexiconWord = boundedMemo((word: string): boolean => {
  if (!/^\p{L}+$/u.test(word)) return false;
  const ids = readWink(word.toLowerCase(), (d) => d.tokens().out(its.uniqueId) as unknown as number[]);
  return ids.length === 1 && ids[0] < LEXICON_SIZE;
}, 50_000);

/** How far back from a piece's end a sentence end or a space is looked for. */
const CUT_SEARCH_CHARS = 10_000;
const SPACE_RE = /\s/;
const SENTENCE_END_RE = /[.!?]/;
const LOW_SURROGATE_RE = /[\udc00-\udfff]/;

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc) {
    const caps = new CapReport();
    const paragraphs = doc.article.paragraphs.length > 0 ? doc.article.paragraphs : [[0, doc.text.length] as const];
    paragraphs.forEach(([paragraphStart, paragraphEnd], p) => {
      const pieces = paragraphPieces(doc.text, paragraphStart, paragraphEnd);
      if (pieces.length > 1) caps.notePieces();
      for (const [pStart, pEnd] of pieces) readPiece(doc, pStart, pEnd, p, caps);
    });
    for (const warning of caps.warnings()) doc.warnings.push(warning);
  },
};

/**
 * Tokens and sentences of one paragraph (or piece of one). One paragraph at a time, so no sentence
 * crosses a paragraph boundary. wink reads each paragraph once: its per-sentence collections cost
 * more than the tagging itself.
 */
function readPiece(doc: Doc, pStart: number, pEnd: number, p: number, caps: CapReport): void {
  const original = doc.text.slice(pStart, pEnd);
  const slice = latin1StandIn(original);
  readWink(slice, (_, wink) => placeTokens(doc, wink, slice, original, pStart, p, caps));
}

/** Our tokens and sentences for wink's reading of one piece (`slice`, the stand-in of `original`). */
function placeTokens(
  doc: Doc,
  wink: WinkTokens,
  slice: string,
  original: string,
  pStart: number,
  p: number,
  caps: CapReport,
): void {
  const replaced = slice !== original;
  // wink token index -> our token index (-1 when a token could not be placed).
  const placed = placedBuffer(wink.length);
  let cursor = 0;
  for (let i = 0; i < wink.length; i++) {
    const n = wink.uniqueId(i);
    const filed = filedWord(n, wink.instance);
    const value = filed !== undefined ? filed.value : wink.value(i);
    const at = indexAfterSpaces(slice, value, cursor);
    if (at < 0) continue; // wink normalised this token's text; skip rather than misplace it
    cursor = at + value.length;
    placed[i] = doc.tokens.length;
    const text = replaced ? original.slice(at, cursor) : value;
    const word = filed !== undefined && filed.text === text ? filed : wordOf(text, value, n);
    const pos = wink.pos(i);
    // A word with stand-in letters is a name or a foreign word: its lemma is itself.
    const lemma = text === value ? lemmaOf(wink, i, word, pos) : word.lower;
    doc.tokens.push(new PlacedToken(text, word, spanOf(pStart + at, pStart + cursor), pos, lemma));
  }
  const sentences = wink.sentences;
  for (let w = 0; w < sentences.length; w++) {
    const ours = [];
    // "a loaded .45-caliber", "PM2.5": wink ends a sentence at a period glued to the digits after
    // it; a sentence goes on over such a period into wink's next one.
    for (; ; w++) {
      for (let i = sentences[w][0]; i <= sentences[w][1]; i++) if (placed[i] >= 0) ours.push(placed[i]);
      const goesOn =
        w + 1 < sentences.length &&
        ours.length > 0 &&
        gluedToDigits(doc.tokens, ours[ours.length - 1], placed[sentences[w + 1][0]]);
      if (!goesOn) break;
    }
    if (ours.length === 0) continue;
    caps.note(ours.length);
    for (const window of sentenceWindows(doc.tokens, ours)) {
      const index = doc.sentences.length;
      for (const t of window) doc.tokens[t].sentence = index;
      const sentence: Sentence = {
        span: [doc.tokens[window[0]].span[0], doc.tokens[window[window.length - 1]].span[1]],
        tokens: [window[0], window[window.length - 1] + 1],
        paragraph: p,
      };
      doc.sentences.push(sentence);
    }
  }
}

const DIGIT_START_RE = /^\d/;

/** Whether our token `last` is a period with the digit-led token `next` right after it, no space between. */
function gluedToDigits(tokens: readonly Token[], last: number, next: number): boolean {
  return (
    next >= 0 &&
    tokens[last].text === '.' &&
    tokens[last].span[1] === tokens[next].span[0] &&
    DIGIT_START_RE.test(tokens[next].text)
  );
}

/**
 * `text.indexOf(value, from)`. A token most often starts right after the spaces at `from`, which a
 * compare there finds without a search (a search per token was some 1.3% of the analysis's CPU
 * time). A skipped character differs from value's first one, so the first match lies no earlier.
 */
function indexAfterSpaces(text: string, value: string, from: number): number {
  if (value.length === 0) return text.indexOf(value, from);
  const first = value.charCodeAt(0);
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === first || (c !== SPACE && c !== NEWLINE && c !== TAB && c !== RETURN)) break;
  }
  return text.startsWith(value, k) ? k : text.indexOf(value, k);
}

const SPACE = 0x20,
  NEWLINE = 0x0a,
  TAB = 0x09,
  RETURN = 0x0d;

/**
 * A token as placeTokens makes it: made by a constructor, its span copied from SPAN_TEMPLATE, not
 * written as object and array literals. V8 tracks a literal's allocation site and, seeing the
 * tokens of the document being read alive at young-generation collections, took to allocating
 * them in the old generation outright ("pretenuring"): some 11 MB per pass over the PolNeAR
 * development texts, which only full mark-compact collections then freed. Objects a constructor
 * or `slice` makes carry no allocation site and start young like any other.
 */
class PlacedToken implements Token {
  lower: string;
  sentence = -1;

  constructor(
    public text: string,
    public word: Word,
    public span: Span,
    public pos: string,
    public lemma: string,
  ) {
    this.lower = word.lower;
  }
}

const SPAN_TEMPLATE: [number, number] = [0, 0];

/** A token's span [start, end), a copy of SPAN_TEMPLATE (see PlacedToken). */
function spanOf(start: number, end: number): Span {
  const span = SPAN_TEMPLATE.slice() as [number, number];
  span[0] = start;
  span[1] = end;
  return span;
}

/** placeTokens' map from wink's tokens to ours, kept between pieces: a typed array is slow to make. */
let placedScratch = new Int32Array(1024);

/** placedScratch, at least `length` long, its first `length` entries -1. */
function placedBuffer(length: number): Int32Array {
  if (placedScratch.length < length) placedScratch = new Int32Array(Math.max(length, 2 * placedScratch.length));
  placedScratch.fill(-1, 0, length);
  return placedScratch;
}

/**
 * wink's lemma of token `i`, `word` tagged `pos`: remembered on the word with its tag, as a word's
 * lemma outside a contraction depends only on the word and the tag (most words keep one tag).
 */
function lemmaOf(wink: WinkTokens, i: number, word: Word, pos: string): string {
  if (wink.isContraction(i)) return wink.lemma(i);
  if (word.lemmaTag !== pos) {
    word.lemma = wink.lemma(i);
    word.lemmaTag = pos;
  }
  return word.lemma;
}

/**
 * The pieces wink reads a paragraph in: the paragraph itself, or for one longer than
 * MAX_PARAGRAPH_CHARS (a page that is one endless line), pieces cut after a sentence end near the end
 * of each, else at a space, else anywhere (a word of thousands of letters).
 */
function paragraphPieces(text: string, start: number, end: number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  let from = start;
  while (end - from > MAX_PARAGRAPH_CHARS) {
    const cut = cutPoint(text, from + MAX_PARAGRAPH_CHARS, from + MAX_PARAGRAPH_CHARS - CUT_SEARCH_CHARS);
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

function cutPoint(text: string, limit: number, floor: number): number {
  let space = -1;
  for (let k = limit; k > floor; k--) {
    if (!SPACE_RE.test(text[k])) continue;
    if (SENTENCE_END_RE.test(text[k - 1])) return k;
    if (space < 0) space = k;
  }
  if (space > 0) return space;
  // Not between the two halves of a surrogate pair.
  return LOW_SURROGATE_RE.test(text[limit]) ? limit - 1 : limit;
}
