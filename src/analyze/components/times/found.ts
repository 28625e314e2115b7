// A time expression as the finders return it, before anchors and tenses are added.
import type { Tense, TimeExpression } from '../../../record/types.js';

export type Found = Omit<TimeExpression, 'anchor' | 'anchorKind' | 'anchorSpan' | 'tense'> & {
  /** Resolved against the reference date. */
  relative: boolean;
  /** Years counted back ("a year ago"): the story pass may make it the quarter or month a year before. */
  yearsBack?: number;
  /** The preposition that led the expression and the space after it ("on "), cut off by trimLead. */
  lead?: string;
};

/** The tense of the clause holding [start, end), from tense.ts. */
export type TenseAt = (start: number, end: number) => Tense | undefined;

/**
 * Whether years counted back, with `before` the text before them, compare a figure with the same
 * period earlier ("up 8 percent from a year earlier", "than a year ago", "A year ago, sales
 * were ..."): only then may a results story make them its quarter or month a year before. After
 * a verb ("who joined two years earlier") they date an event.
 */
export function comparesPeriod(before: string): boolean {
  return COMPARISON_BEFORE_RE.test(before) || SENTENCE_START_RE.test(before);
}
/** A comparison word, then at most the figure compared ("down from 6.2 percent a year earlier"). */
const COMPARISON_BEFORE_RE = /\b(?:from|than|with|over|versus|vs\.?|against)\s+(?:[^\s,;.]+(?:[.,]\d+)*\s+){0,3}$/i;
const SENTENCE_START_RE = /(?:^|[.!?]["”’]?)\s*$/;

/**
 * A preposition before a time, which TIMEX3 leaves out of the expression ("on Tuesday", "at
 * 22:30", "from 6:00am", "over the past 30 days", "by 2030"); not a hedge that is part of it ("at
 * least two weeks", "over 24 hours": "over" goes only before a determiner or "past"/"last"/...).
 */
const LEAD_PREPOSITION_RE =
  /^(?:(?:on|at(?!\s+(?:least|most)\b)|in|from|during|since|until|till|by|for|within|throughout|through)\s+|over\s+(?=(?:the|this|that|these|those|recent|past|last|next|coming)\b))(?=\S)/i;

/** `t` without the preposition that leads it (kept as `lead`); `t` itself when none does. */
export function trimLead<T extends Found>(t: T): T {
  const lead = LEAD_PREPOSITION_RE.exec(t.text)?.[0];
  if (!lead) return t;
  return { ...t, text: t.text.slice(lead.length), span: [t.span[0] + lead.length, t.span[1]], lead };
}
