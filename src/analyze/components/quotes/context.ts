// What the quote finders share while they work through one document: the text, tokens, the
// quotation marks and lookups over them, and the attributions found so far.
import type { Span, QuoteKind, TextSpan } from '../../../record/types.js';
import type { Doc, Sentence, Token } from '../../doc.js';
import type { QuoteMark } from './marks.js';
import type { WindowTokens } from './learned/features.js';
import type { FoundFor } from './attribute.js';
import { MentionIndex, type Speaker } from './speaker.js';
import { MAX_SENTENCE_TOKENS } from '../../limits.js';

/** One attribution: a speaker and cue with one or more content fragments (a split quotation). */
export interface Attribution {
  speaker: Speaker;
  cue: TextSpan | null;
  /** `continued`: a quotation after the attribution's sentence, with no cue of its own (continuation.ts). */
  fragments: { kind: QuoteKind; span: Span; continued?: boolean }[];
  /** Sentence index where the attribution's last fragment ends, for continuations. */
  lastSentence: number;
  /** The last fragment was a quotation left open at the end of its line. */
  openAtEnd: boolean;
}

/** A mark is speech (not a title or scare quote) when it holds a sentence's worth of words or ends in punctuation. */
const MIN_SPEECH_WORDS = 5;
/** A sentence that starts in lower case continues the one before (wink breaks after "(D-Wis.)"). */
const CONTINUES_SENTENCE_RE = /^\p{Ll}/u;
/** A sentence ending in a title or an initial continues into the name ("said the Rev. | Peter Wherry"). */
const ABBREVIATION_END_RE =
  /(?:(?<![\p{L}\p{M}])(?:Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Hon|Adm|Maj|Cpl|Mt|Ft)|(?<![\p{L}.])\p{Lu})\.$/u;
const SAME_LINE_GAP_RE = /^[ \t\u00a0]*$/;

/** Sentences as wink gives them, cut at line breaks (a line break ends a paragraph in text dumps). */
function splitAtLineBreaks(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.tokens[0];
    for (let i = first + 1; i < s.tokens[1]; i++) {
      if (!hasLineBreak(text, tokens[i - 1].span[1], tokens[i].span[0])) continue;
      out.push({ span: [tokens[first].span[0], tokens[i - 1].span[1]], tokens: [first, i], paragraph: s.paragraph });
      first = i;
    }
    out.push(
      first === s.tokens[0]
        ? s
        : { span: [tokens[first].span[0], s.span[1]], tokens: [first, s.tokens[1]], paragraph: s.paragraph },
    );
  }
  return out;
}

/** Whether a line break lies in [start, end): the gap between two tokens, a few characters. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === LINE_FEED) return true;
  return false;
}
const LINE_FEED = 10;

function mergeFalseBreaks(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const falseBreak =
      CONTINUES_SENTENCE_RE.test(text[s.span[0]]) ||
      (prev && ABBREVIATION_END_RE.test(text.slice(Math.max(prev.span[0], prev.span[1] - 6), prev.span[1])));
    // Windows of a capped sentence (limits.ts) stay apart: merged, they would be the endless sentence again.
    const withinCap = prev && s.tokens[1] - prev.tokens[0] <= MAX_SENTENCE_TOKENS;
    if (prev && falseBreak && withinCap && SAME_LINE_GAP_RE.test(text.slice(prev.span[1], s.span[0]))) {
      out[out.length - 1] = {
        span: [prev.span[0], s.span[1]],
        tokens: [prev.tokens[0], s.tokens[1]],
        paragraph: prev.paragraph,
      };
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * The sentences with the one the record's dateline opens ("WASHINGTON – Two officers were
 * charged ..., stating ...") starting after it: the dateline says where the story was filed, and
 * read as the sentence's first phrase its place would be the subject that speaks.
 */
function afterDateline(doc: Doc, sentences: Sentence[]): Sentence[] {
  const raw = doc.article.dateline?.raw ?? '';
  const at = raw ? doc.text.indexOf(raw) : -1;
  const si = at < 0 ? -1 : sentences.findIndex((s) => s.span[0] === at);
  if (si < 0) return sentences;
  const s = sentences[si];
  let first = s.tokens[0];
  while (first < s.tokens[1] && doc.tokens[first].span[0] < at + raw.length) first++;
  if (first === s.tokens[1]) return sentences; // a dateline alone on its line opens no sentence
  const out = sentences.slice();
  out[si] = { ...s, span: [doc.tokens[first].span[0], s.span[1]], tokens: [first, s.tokens[1]] };
  return out;
}

/** Punctuation just inside a closing mark (and any nested single mark) that shows speech: “...,” “...?'” */
const SPEECH_END_RE = /[,.!?…:;—–-]['’]?\s*(?:[”"»]|'')$/;
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Whether `text` holds words enough to be speech rather than a title or a name. */
export function holdsSpeechWords(text: string): boolean {
  return (text.match(WORD_RE)?.length ?? 0) >= MIN_SPEECH_WORDS;
}

export class QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly marks: readonly QuoteMark[];
  readonly mentions: MentionIndex;
  readonly attributions: Attribution[] = [];
  /** Marks already used as content. */
  readonly usedMarks = new Set<number>();
  private readonly speech = new Map<number, boolean>();
  /**
   * The learned models' window object for this document (learned/features.ts windowTokens),
   * dropped with the context. A field, not a WeakMap keyed by the context: V8's young-generation
   * collector keeps WeakMap values and what they reach alive, and this one reaches the context,
   * so every document's context and tokens were promoted to the old generation (h70: 44.8 MB
   * promoted against none in a small reproduction).
   */
  window: WindowTokens | undefined = undefined;
  /** The speaker found last (attribute.ts findSpeaker), a field for the same reason as `window`. */
  lastFound: FoundFor | undefined = undefined;

  /** Spans of the time phrases with their preposition, sorted: a leading "on Friday" is not part of a content. */
  private readonly times: readonly Span[];

  constructor(doc: Doc, marks: readonly QuoteMark[]) {
    this.times = doc.timePhrases;
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.sentences = afterDateline(
      doc,
      mergeFalseBreaks(doc.text, splitAtLineBreaks(doc.text, doc.tokens, doc.sentences)),
    );
    this.marks = marks;
    this.mentions = new MentionIndex(doc.entities);
  }

  /** Index of the first mark ending after `pos` (marks are sorted and do not overlap). */
  markAfter(pos: number): number {
    let lo = 0,
      hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid].span[1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the mark containing `pos`, or -1. */
  markContaining(pos: number): number {
    const i = this.markAfter(pos);
    return i < this.marks.length && this.marks[i].span[0] < pos ? i : -1;
  }

  /** Indices of marks lying within [start, end). */
  marksWithin(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = this.markAfter(start); i < this.marks.length && this.marks[i].span[1] <= end; i++) {
      if (this.marks[i].span[0] >= start) out.push(i);
    }
    return out;
  }

  inTime(pos: number): boolean {
    let lo = 0,
      hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid][1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.times.length && this.times[lo][0] <= pos;
  }

  /** Whether mark `i` holds speech; asked once per cue near it, so remembered (a mark may run a whole line). */
  isSpeech(i: number): boolean {
    let known = this.speech.get(i);
    if (known === undefined) this.speech.set(i, (known = this.holdsSpeech(i)));
    return known;
  }

  private holdsSpeech(i: number): boolean {
    const [a, b] = this.marks[i].span;
    const inner = this.text.slice(a, b);
    if (SPEECH_END_RE.test(inner) || this.marks[i].open) return true;
    return holdsSpeechWords(inner) && /[.!?]/.test(inner);
  }

  spanOf(t0: number, t1: number): Span {
    return [this.tokens[t0].span[0], this.tokens[t1 - 1].span[1]];
  }

  textSpan(span: Span): TextSpan {
    return { text: this.text.slice(span[0], span[1]), span };
  }
}
