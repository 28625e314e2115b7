// A time expression as the finders return it, before anchors and tenses are added.
import type { Tense, TimeExpression } from '../../../record/types.js';

export type Found = Omit<TimeExpression, 'anchor' | 'anchorKind' | 'anchorSpan' | 'tense'> & {
  /** Resolved against the reference date. */
  relative: boolean;
  /** Years counted back ("a year ago"): the story pass may make it the quarter or month a year before. */
  yearsBack?: number;
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
