// The document object that analysis components read and annotate, in the manner of spaCy's Doc:
// one text, and layers of spans added by components in order. Every span is [start, end) into
// `text` (UTF-16 code units, as JavaScript strings count).
import type { Article, Entity, Event, Geo, Quantity, Quote, Span, TimeExpression, Warning } from '../record/types.js';
import type { Word } from './words.js';
import { judgedLanguage } from './language.js';

export interface Token {
  text: string;
  /** The entry of the token's word, shared by all tokens of the same spelling (words.ts). */
  word: Word;
  /**
   * `word.lower`, the text lower-cased once per word: the components compare most words in lower
   * case, some of them several times per token, and each toLowerCase of a capitalised word makes a
   * new string.
   */
  lower: string;
  span: Span;
  /** Universal POS tag (wink-nlp's), e.g. "PROPN", "VERB". */
  pos: string;
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  span: Span;
  /** Index of the first token and one past the last. */
  tokens: readonly [number, number];
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export interface Doc {
  readonly article: Article;
  readonly text: string;
  /** The language the analyses take the text to be in (language.ts): detected, not declared. */
  readonly language: string;
  /** Reference date for relative times: the dateline date when the body is dated by it, else `published`. */
  readonly referenceDate: string | null;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpression[];
  /**
   * The span of each time (same order) with the preposition that leads it ("on Friday"), which
   * `times` leaves out as TIMEX3 does: for the components that skip a time phrase whole.
   */
  timePhrases: Span[];
  quantities: Quantity[];
  quotes: Quote[];
  events: Event[];
  warnings: Warning[];
  /** One-word names the text calls moons, and planets it gives moons (entities/moons.ts): locations with no point on Earth. */
  moons?: ReadonlySet<string>;
  /** The dateline's place, geocoded by the geocode component. */
  datelineGeo?: Geo;
}

export function newDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    language: judgedLanguage(article),
    referenceDate: article.dateline?.date ?? article.published?.slice(0, 10) ?? null,
    sentences: [],
    tokens: [],
    entities: [],
    times: [],
    timePhrases: [],
    quantities: [],
    quotes: [],
    events: [],
    warnings: [],
  };
}
