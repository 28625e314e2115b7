// wink-nlp's tokenizer with its splitting of each space-separated piece remembered.
//
// wink cuts a text at spaces, then hands each piece ("said,", "(AP)", "U.S.-led") that is not a
// word it knows to a cascade of regular expressions and a recursive splitter (tokenizer.js,
// recursive-tokenizer.js), some 3% of the analysis's CPU time. How it splits a piece depends only on
// the piece and on which texts its word cache answers for (none of the expressions it tests keeps
// state between calls; those with the g flag are used only through match and split, which reset
// it). So the first time a piece is split, the calls wink's splitter makes on the document (look a
// text up, add a token, add a token if known) are recorded; later the same piece is replayed: the
// texts it looked up are looked up again, and if each answers as it did then (known or not) the
// recorded tokens are added in order, exactly the calls wink would make. Any other answer, or a
// piece not met before, goes to wink's own splitter.
//
// wink's tokenizer cannot be handed in: wink-nlp.js requires it when it loads. loadWinkNLP loads a
// private copy of wink-nlp.js whose `require('./tokenizer.js')` gets memoTokenizer's, leaving every
// other module (and anyone else's wink-nlp) as they are.
import { createRequire, type Module } from 'node:module';
import type winkNLPType from 'wink-nlp';

const require = createRequire(import.meta.url);

/** The methods of wink's document-data wrapper (dd-wrapper.js) that its tokenizer calls. */
interface DocData {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): unknown;
}

type Tokenize = (doc: DocData, text: string) => void;
type TokenizerFactory = (trex: Trex, categories: Record<string, number>, preserve: unknown) => Tokenize;
interface Trex {
  helpers: { splitter: RegExp };
}

/** `_addTokenIfInCache`'s answer for a text not in the cache (categories.unk). */
const UNK = 0;
/** wink's cap on a token's preceding spaces (tokenizer.js). */
const MAX_PRECEDING_SPACES = 65535;
const NBSP_RE = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;

/** One recorded call: add a token (category), add it if known, or only look it up. */
const ADD = 0,
  ADD_IF_KNOWN = 1;

/** How wink split one piece. */
interface Split {
  /** Texts looked up whose answer decided the split, and whether each was known then. */
  checks: string[];
  known: boolean[];
  /** The calls that added tokens, in order: ADD (with its category) or ADD_IF_KNOWN. */
  ops: number[];
  texts: string[];
  categories: number[];
}

/** Pieces remembered before the memo starts over: a long-running process meets new names without end. */
const MEMO_MAX = 50_000;

/**
 * A tokenizer that splits the text as wink's `original` tokenizer does, remembering how it split
 * each piece (above). `tokenize` is wink's loop over the pieces (tokenizer.js), unchanged.
 * `lexiconSize` is the number of wink's own words, which come first in its word cache: a lookup
 * that finds one of them needs no check on replay.
 */
export function memoTokenizer(original: TokenizerFactory, lexiconSize: () => number): TokenizerFactory {
  return (trex, categories, preserve) => {
    const winkTokenize = original(trex, categories, preserve);
    const splitter = trex.helpers.splitter;
    const memo = new Map<string, Split>();

    /**
     * Whether `text` is one of wink's own words, known to every reading: no check needed. (A lookup
     * answering more than one entry is one of wink's contractions, its expansions.)
     */
    const lexiconWord = (doc: DocData, text: string): boolean => {
      const entry = doc.isLexeme(text) as number[] | null;
      return entry !== null && (entry.length > 1 || entry[0] < lexiconSize());
    };

    /** wink's split of `piece`, run through a recorder that passes every call on to `doc`. */
    const record = (doc: DocData, piece: string, spaces: number, nbsp: string | null): Split => {
      const split: Split = { checks: [], known: [], ops: [], texts: [], categories: [] };
      // Texts that added tokens so far: known to the cache from then on, so no check.
      const added = new Set<string>();
      let first = true;
      const check = (text: string, known: boolean): void => {
        if (known && lexiconWord(doc, text)) return;
        if (!added.has(text)) {
          split.checks.push(text);
          split.known.push(known);
        }
      };
      // wink gives the piece's preceding spaces to its first token and 0 to the rest; given the
      // piece alone, it passes 0 throughout, and the recorder puts the spaces back on the first.
      const recorder: DocData = {
        _addToken(text, category) {
          doc._addToken(text, category, first ? spaces : 0, nbsp);
          first = false;
          added.add(text);
          split.ops.push(ADD);
          split.texts.push(text);
          split.categories.push(category);
          return true;
        },
        _addTokenIfInCache(text) {
          const got = doc._addTokenIfInCache(text, first ? spaces : 0, nbsp);
          check(text, got !== UNK);
          if (got !== UNK) {
            first = false;
            added.add(text);
            split.ops.push(ADD_IF_KNOWN);
            split.texts.push(text);
            split.categories.push(UNK);
          }
          return got;
        },
        isLexeme(text) {
          const got = doc.isLexeme(text);
          check(text, Boolean(got));
          return got;
        },
      };
      winkTokenize(recorder, piece);
      return split;
    };

    /** Whether every text `split` looked up answers now as it did then. */
    const holds = (doc: DocData, piece: string, split: Split): boolean => {
      const { checks, known } = split;
      for (let k = 0; k < checks.length; k++) {
        // The piece itself: its caller has just found it unknown.
        if (checks[k] === piece && !known[k]) continue;
        if (Boolean(doc.isLexeme(checks[k])) !== known[k]) return false;
      }
      return true;
    };

    const replay = (doc: DocData, split: Split, spaces: number, nbsp: string | null): void => {
      const { ops, texts, categories: cats } = split;
      for (let k = 0; k < ops.length; k++) {
        const ps = k === 0 ? spaces : 0;
        if (ops[k] === ADD) doc._addToken(texts[k], cats[k], ps, nbsp);
        else doc._addTokenIfInCache(texts[k], ps, nbsp);
      }
    };

    const splitPiece = (doc: DocData, piece: string, spaces: number, nbsp: string | null): void => {
      const known = memo.get(piece);
      if (known !== undefined && holds(doc, piece, known)) return replay(doc, known, spaces, nbsp);
      const split = record(doc, piece, spaces, nbsp);
      if (known === undefined && memo.size >= MEMO_MAX) memo.clear();
      memo.set(piece, split);
    };

    // tokenizer.js' `tokenize`, with splitPiece for its category detection and processing.
    return (doc, text) => {
      const rawTokens = text.split(splitter);
      let precedingSpaces = 0;
      let nbSpaces: string | null = null;
      for (const t of rawTokens) {
        if (!t) continue;
        const hasNBSP = NBSP_RE.test(t);
        if (t[0] === ' ' || hasNBSP) {
          precedingSpaces = t.length;
          if (hasNBSP) {
            nbSpaces = t;
            precedingSpaces = MAX_PRECEDING_SPACES;
          } else if (precedingSpaces > MAX_PRECEDING_SPACES - 1) precedingSpaces = MAX_PRECEDING_SPACES - 1;
        } else {
          if (doc._addTokenIfInCache(t, precedingSpaces, nbSpaces) === UNK)
            splitPiece(doc, t, precedingSpaces, nbSpaces);
          precedingSpaces = 0;
          nbSpaces = null;
        }
      }
    };
  };
}

/**
 * wink-nlp's main function from a private copy of wink-nlp.js that tokenizes with memoTokenizer.
 * The module cache is restored afterwards, so any other `require('wink-nlp')` gets the package's.
 */
export function loadWinkNLP(lexiconSize: () => number): typeof winkNLPType {
  const mainPath = require.resolve('wink-nlp');
  const tokenizerPath = require.resolve('./tokenizer.js', { paths: [mainPath.replace(/[^/\\]+$/, '')] });
  const original = require(tokenizerPath) as TokenizerFactory;
  const cache = require.cache;
  const savedMain = cache[mainPath];
  const savedTokenizer = cache[tokenizerPath];
  try {
    delete cache[mainPath];
    cache[tokenizerPath] = {
      ...savedTokenizer,
      id: tokenizerPath,
      filename: tokenizerPath,
      loaded: true,
      exports: memoTokenizer(original, lexiconSize),
    } as Module;
    return require(mainPath) as typeof winkNLPType;
  } finally {
    if (savedMain === undefined) delete cache[mainPath];
    else cache[mainPath] = savedMain;
    if (savedTokenizer === undefined) delete cache[tokenizerPath];
    else cache[tokenizerPath] = savedTokenizer;
  }
}
