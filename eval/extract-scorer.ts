import type { Article } from '../src/record/types.js';
import type { GoldPage } from './extract-set.js';

/** One family of scores in eval/extract.ts: fed every page's result, then prints its lines. */
export interface Scorer {
  name: string;
  /** `article` is null when extraction threw. */
  add(gold: GoldPage, article: Article | null): void;
  report(): string[];
}
