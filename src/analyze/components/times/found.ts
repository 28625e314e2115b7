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
