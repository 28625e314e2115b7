// "[Chinese Center] for Disease Control and Prevention", "[Salk Institute for Biological] Studies":
// the tagger may stop inside an institution's name where a "for ..." part follows its head word.
// The capitalised run holding the name (runs.ts) reaches its end; the tagger's organisation is
// taken to the end of that run.
import type { Doc } from '../../doc.js';
import { ORG_CUES } from './lexicon.js';
import type { Run } from './runs.js';

/** Most words after an "and" in the tail: "... Control and Prevention", not "... Studies and Oxford Brookes University". */
const MAX_WORDS_AFTER_AND = 2;

/**
 * The span of an organisation the tagger found at `tok`: to the end of its run when an
 * organisation's head word in the span is followed by "for" ("Center for", "Institute for",
 * "Foundation for") and the run goes on past the span. A tail joining a second name ("... for
 * Fiscal Studies and Oxford University") is left as the tagger had it.
 */
export function institutionSpan(doc: Doc, tok: [number, number], run: Run | undefined): [number, number] {
  if (!run || run.tok[0] > tok[0] || run.tok[1] <= tok[1]) return tok;
  const { tokens } = doc;
  let opens = false;
  for (let k = tok[0]; k < tok[1] && !opens; k++)
    opens = ORG_CUES.has(tokens[k].lower) && tokens[k + 1].lower === 'for';
  if (!opens) return tok;
  let and = -1;
  for (let k = tok[1]; k < run.tok[1]; k++) {
    const w = tokens[k].lower;
    if (w !== 'and' && w !== '&') continue;
    if (and >= 0) return tok;
    and = k;
  }
  if (and >= 0) {
    if (run.tok[1] - and - 1 > MAX_WORDS_AFTER_AND) return tok;
    for (let k = and + 1; k < run.tok[1]; k++) if (ORG_CUES.has(tokens[k].lower)) return tok;
  }
  return [tok[0], run.tok[1]];
}
