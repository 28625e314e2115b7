// A content the model opens at a relative pronoun: "it has balked on terms [that would leave it
// exposed ...]" reads "that" as a complementizer, but "that" right between a noun and a finite verb
// is the noun's relative pronoun (a "that"-clause needs a subject of its own), and what the clause
// says is said of the noun. PolNeAR takes the noun's phrase in ("rejected [proposals that would cut
// funding]"). So is "that" before a clause whose verb lacks its object ("cited a statement [that
// the agency issued on Friday]": the object is the gap "that" fills; objectGapAfter), and after a
// noun of saying such a clause is no content at all ("a finding that she reported in 2009").
import type { Cue } from './cues.js';
import { HEARER_CUE_LEMMAS } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';
import { finiteVerb } from './trim.js';
import { modelWordList } from '../../resources/model-lists.js';

/** Parts of speech of the noun phrase a relative clause hangs on. */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Starts, in place, the first piece of `a` at the noun phrase before it when the piece opens with
 * "that" and a finite verb, or a clause with its object missing, right after a common noun between
 * the cue and the piece. Not after a verb
 * that takes a hearer ("told reporters that would be a mistake": "that" is the subject there).
 */
export function takeRelativeAntecedent(ctx: QuoteContext, a: Attribution, cue: Cue): void {
  const first = a.fragments[0];
  if (!first || first.kind !== 'indirect' || first.continued) return;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (HEARER_CUE_LEMMAS.has(tokens[c0].lemma)) return;
  const that = tokenAtOrAfter(ctx, first.span[0], tokens.length);
  if (that >= tokens.length - 1 || tokens[that].span[0] !== first.span[0] || tokens[that].lower !== 'that') return;
  if (that - 1 < c1 || tokens[that - 1].pos !== 'NOUN') return;
  if (!finiteVerb(tokens[that + 1]) && !objectGapAfter(ctx, that, tokens.length)) return;
  let start = that - 1;
  while (start - 1 >= c1 && PHRASE_POS.has(tokens[start - 1].pos)) start--;
  first.span = [tokens[start].span[0], first.span[1]];
}

/**
 * Verbs of putting a message out that take it as their object (WordNet 3.1, first sense in
 * verb.communication with frame 8 or 11): models/message-object-verbs.txt, written by
 * scripts/build-message-object-verbs.mjs.
 */
export const messageObjectVerbs = modelWordList('message-object-verbs.txt');
/** Parts of speech of the short subject of a clause after "that" ("she", "the agency"). */
const CLAUSE_SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ']);
const MAX_CLAUSE_SUBJECT_TOKENS = 3;
/** Parts of speech that can open a verb's object or complement: the clause has one, no gap. */
export const COMPLEMENT_START_POS: ReadonlySet<string> = new Set([
  'DET',
  'NOUN',
  'PROPN',
  'PRON',
  'NUM',
  'ADJ',
  'SCONJ',
  'PART',
  'VERB',
  'AUX',
]);

/**
 * Whether the content of a noun of saying is a relative clause on the noun, not what the noun
 * says: "a finding [that she reported in 2009]" has a subject and a verb that takes a message for
 * its object (messageObjectVerbs) with nothing after the verb that could be one (the sentence's
 * end, a preposition, an adverb, a time, a mark): the object is the gap "that" fills, and the noun
 * is reported, not its content. A complement clause has its verb's object ("the finding that
 * patients reported fewer symptoms") or a verb that needs none ("reports that Chris Hemsworth
 * would be returning to the franchise").
 */
export function relativeOnNounCue(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): boolean {
  const first = a.fragments[0];
  if (a.fragments.length !== 1 || first.kind !== 'indirect') return false;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (c1 - c0 !== 1 || tokens[c0].pos !== 'NOUN' || c1 + 2 >= s1) return false;
  if (tokens[c1].lower !== 'that' || tokens[c1].span[0] !== first.span[0]) return false;
  return objectGapAfter(ctx, c1, s1);
}

/**
 * Whether a verb cue stands in a relative clause on a noun, its object the gap "that" fills, and
 * its content is the sentence's own predicate: "The report that [the company] <announced> last week
 * [surprised investors]". The speaker is the clause's short subject right after "that", "that"
 * follows a noun (not a verb: "said that the company announced ..."), the clause's verb lacks its
 * object (objectGapAfter), and the content opens with a finite verb: no clause of its own, so not
 * what the speaker said. A complement with its object ("the news that the company announced job
 * cuts") has no gap, and a noun phrase that is a verb's object or hearer ("told reporters that the
 * council announced on Monday") is left to the other rules.
 */
export function relativeCueOnSubjectNoun(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  const first = a.fragments[0];
  if (a.fragments.length !== 1 || first.kind !== 'indirect' || a.speaker.writer) return false;
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  if (c1 - c0 !== 1 || tokens[c0].pos !== 'VERB') return false;
  const that = tokenAtOrAfter(ctx, a.speaker.span[0], c0) - 1;
  if (that < 1 || tokens[that].lower !== 'that' || tokens[that - 1].pos !== 'NOUN') return false;
  // The noun phrase is no verb's object or hearer ("told reporters that ...", "defended the plan that ...").
  let head = that - 1;
  while (head > 0 && PHRASE_POS.has(tokens[head - 1].pos)) head--;
  if (head > 0 && (tokens[head - 1].pos === 'VERB' || tokens[head - 1].pos === 'AUX')) return false;
  const content = tokenAtOrAfter(ctx, first.span[0], tokens.length);
  if (content >= tokens.length || !finiteVerb(tokens[content]) || tokens[content].pos === 'AUX') return false;
  return objectGapAfter(ctx, that, content);
}

/**
 * Whether the "that" at token `that` opens a clause whose verb's object is missing: a short
 * subject, a verb that takes a message for its object (messageObjectVerbs), and after the verb the
 * sentence's end (token `s1`), a time or a word that cannot open an object (a preposition, an
 * adverb, a mark): "that she reported in 2009", "that the agency issued on Friday".
 */
function objectGapAfter(ctx: QuoteContext, that: number, s1: number): boolean {
  const tokens = ctx.tokens;
  let k = that + 1;
  while (k < s1 && k - that <= MAX_CLAUSE_SUBJECT_TOKENS && CLAUSE_SUBJECT_POS.has(tokens[k].pos)) k++;
  if (k === that + 1) return false;
  while (k < s1 && (tokens[k].pos === 'AUX' || tokens[k].lower === 'not' || tokens[k].lower === "n't")) k++;
  if (k >= s1 || tokens[k].pos !== 'VERB' || !messageObjectVerbs().has(tokens[k].lemma)) return false;
  const next = tokens[k + 1];
  return k + 1 >= s1 || ctx.inTime(next.span[0]) || (!COMPLEMENT_START_POS.has(next.pos) && next.lower !== 'that');
}
