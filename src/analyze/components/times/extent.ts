// The words around a found expression that TIMEX3 keeps inside it (TimeML Annotation Guidelines
// 1.2.1, TIMEX3 extent and its mod attribute): the finders match the core ("4 a.m.", "weekend",
// "past week") and leave out
//   - a hedge before a count or a clock time ("about 4 a.m.", "just over 24 hours ago"): TIMEX3
//     keeps it and records it as mod APPROX / LESS_THAN / MORE_THAN / EQUAL_OR_MORE ...;
//   - the determiner of a noun-phrase expression ("the weekend", "This past week", "this March");
//   - the opening bracket of an editorial insertion the expression begins inside ("[Ten] years ago").
import type { Found } from './found.js';
import { CAPITALISED_MONTH_NAMES } from '../../../text/calendar-words.js';

/**
 * The hedges of TIMEX3's mod values, right before the expression: APPROX (about, around,
 * approximately, roughly, some), LESS_THAN (less than, under, nearly, almost, just under),
 * MORE_THAN (more than, over, just over), EQUAL_OR_LESS (up to, no more than), EQUAL_OR_MORE (at least).
 */
const HEDGE_BEFORE_RE =
  /\b(?:about|around|approximately|roughly|some|nearly|almost|less than|more than|no more than|under|over|just (?:over|under)|up to|at least|at most)\s+$/i;
/** An expression a hedge can quantify: it starts with a count or a clock reading. */
const COUNT_START_RE =
  /^(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several)\b)/i;
/** Hours named by a word, which a hedge quantifies as it does a clock reading ("around midnight"). */
const NAMED_HOUR_RE = /^(?:midnight|noon)$/i;
/** Counts that are lengths or that count back or ahead ("24 hours ago"), and clock times; not a bare year ("over 2008 levels"). */
const QUANTIFIED_RE = /\b(?:ago|earlier|later|before|after)$/i;
/** A determiner before an expression that is a noun phrase without it ("the weekend", "This past week"). */
const DETERMINER_BEFORE_RE = /\b(?:the|this|that)\s+$/i;
const NOUN_PHRASE_START_RE = /^(?:weekend|past|coming|previous|following)\b/i;
/** "this March", "that May": a demonstrative before a month alone ("the May 15 deadline" keeps its "the" out). */
const DEMONSTRATIVE_BEFORE_RE = /\b(?:this|that)\s+$/i;
const MONTH_ONLY_RE = new RegExp(`^(?:${CAPITALISED_MONTH_NAMES.join('|')})$`);
/** Characters before the expression read for a hedge or a determiner. */
const WINDOW = 24;

/** `t` widened over the words before it that TIMEX3 keeps in the expression; `t` itself when none. */
export function widenExtent<T extends Found>(t: T, text: string): T {
  if (t.lead) return t; // a preposition stands right before it
  let start = t.span[0];
  const before = () => text.slice(Math.max(0, start - WINDOW), start);
  const hedges =
    (COUNT_START_RE.test(t.text) && (t.type === 'TIME' || t.type === 'DURATION' || QUANTIFIED_RE.test(t.text))) ||
    (t.type === 'TIME' && NAMED_HOUR_RE.test(t.text));
  const hedge = hedges ? HEDGE_BEFORE_RE.exec(before()) : null;
  if (hedge) start -= hedge[0].length;
  const determiner = NOUN_PHRASE_START_RE.test(t.text)
    ? DETERMINER_BEFORE_RE.exec(before())
    : MONTH_ONLY_RE.test(t.text)
      ? DEMONSTRATIVE_BEFORE_RE.exec(before())
      : null;
  if (determiner) start -= determiner[0].length;
  // "[Ten] years ago": the insertion's closing bracket is inside, so its opening one belongs too.
  if (text[start - 1] === '[' && /^[^[\]]*\]/.test(text.slice(start, t.span[1]))) start--;
  if (start === t.span[0]) return t;
  return { ...t, text: text.slice(start, t.span[1]), span: [start, t.span[1]] };
}
