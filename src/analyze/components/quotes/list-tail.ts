// Content edges at a comma. A reported clause that ends in a list runs on over the list's commas
// ("said X was a risk because of the nature of his crimes, the shame he felt and his earlier
// attempts"): the content tagger and the rules often stop at the first comma, cutting the list.
// A participle after the comma is the writer's comment, not the reported words ("said the budget
// was balanced, angering lawmakers").
import { cueAt, HEARER_CUE_LEMMAS, VERB_POS, type Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { finiteVerb } from './trim.js';
import { clauseEnd, clip, hyphenWordStart, PARTICIPLE_SUFFIX_RE, tokenAtOrAfter } from './bounds.js';
import { gerundObjectThenVerb } from './attribute.js';
import { SUBORDINATORS } from './speaker.js';

/** The words that join a list's last member. */
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);
/** Parts of speech a list member may start with. */
const MEMBER_START_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Parts of speech that open a clause or an adjunct, not a list member. */
const CLAUSE_POS: ReadonlySet<string> = new Set(['AUX', 'SCONJ']);
/** Parts of speech of a plain noun phrase, a clause's subject. */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);
const STOP_PUNCT_RE = /^[;:()[\]—–-]$|^["“”‘’']$/;
/**
 * Whether token `k` stops a content running on: a dash, colon, semicolon, bracket or quotation
 * mark, but not a hyphen glued to the words on both sides, which is inside a word ("a long-term,
 * sustainable presence": the tokenizer splits "long-term" in three).
 */
function stopsRun(tokens: QuoteContext['tokens'], k: number): boolean {
  if (!STOP_PUNCT_RE.test(tokens[k].text)) return false;
  const glued =
    tokens[k].text === '-' &&
    k > 0 &&
    k + 1 < tokens.length &&
    tokens[k - 1].span[1] === tokens[k].span[0] &&
    tokens[k].span[1] === tokens[k + 1].span[0];
  return !glued;
}
/** A word ending in "-ing": a participle or a gerund. */
const ING_RE = /ing$/i;
const END_PUNCT_RE = /^[.!?]+$/;
const MAX_TAIL_TOKENS = 40;

/**
 * Runs the content of `a` on to the end of its sentence when it stops at a comma after the cue
 * and what follows is a list joined by "and" / "or" (list members start with a noun phrase or a
 * bare verb, "buy homes, have kids, and save"), with no clause, relative clause, quotation or
 * cue of its own in it.
 */
export function runOnOverList(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  if (c >= s1 - 2 || tokens[c].text !== ',') return;
  let end = s1;
  while (end > c + 1 && END_PUNCT_RE.test(tokens[end - 1].text)) end--;
  if (end - c - 1 > MAX_TAIL_TOKENS) return;
  const first = tokens[c + 1];
  // "bans on burning, driving, fireworks, and ...": after a gerund that is a noun or a
  // preposition's object, a bare -ing word before a comma or conjunction is the next member.
  const gerunds = ING_RE.test(tokens[c - 1].text) && (tokens[c - 1].pos === 'NOUN' || tokens[c - 2]?.pos === 'ADP');
  const gerundMember = (t: number) =>
    gerunds &&
    ING_RE.test(tokens[t].text) &&
    t + 1 < end &&
    (tokens[t + 1].text === ',' || tokens[t + 1].pos === 'CCONJ');
  // "..., overwhelming Jordan's economy": a participle, whatever its tag, opens the writer's comment.
  if (
    !gerundMember(c + 1) &&
    (first.lower.endsWith('ing') || (!MEMBER_START_POS.has(first.pos) && !bareVerb(tokens, c + 1)))
  )
    return;
  let joined = false;
  // The member the token is in starts at `member`; `subject` while its words so far are a plain noun phrase.
  let member = c + 1;
  let subject = true;
  for (let t = c + 1; t < end; t++) {
    const tok = tokens[t];
    if (t === member && (bareVerb(tokens, t) || gerundMember(t))) {
      subject = false;
      continue;
    }
    if (CLAUSE_POS.has(tok.pos) || RELATIVE_WORDS.has(tok.lower) || stopsRun(tokens, t)) return;
    if (ctx.markContaining(tok.span[0]) >= 0) return;
    if (tok.text === ',' || tok.pos === 'CCONJ') {
      if (tok.pos === 'CCONJ' && !LIST_CONJUNCTIONS.has(tok.lower)) return;
      if (tok.pos === 'CCONJ') joined = true;
      member = t + 1;
      subject = true;
      continue;
    }
    if (tok.pos === 'VERB') {
      // A verb right after a member's noun phrase has it as its subject: a clause ("and the mayor
      // left"), unless the phrase ends in a noun and a pronoun ("the shame he felt": a relative).
      if (subject && t > member && !(tokens[t - 1].pos === 'PRON' && tokens[t - 2]?.pos === 'NOUN')) return;
      // A participle opens an adjunct ("angering lawmakers"); a bare verb is a member ("have kids").
      if (t === member && tok.lemma !== tok.lower) return;
    }
    if (!SUBJECT_POS.has(tok.pos)) subject = false;
  }
  if (!joined) return;
  last.span = [last.span[0], tokens[end - 1].span[1]];
}

/** A verb in its bare form used as a main verb: "have kids", "save for retirement" (not "have been"). */
function bareVerb(tokens: QuoteContext['tokens'], t: number): boolean {
  const tok = tokens[t];
  if (tok.lemma !== tok.lower) return false;
  if (tok.pos === 'VERB') return true;
  return tok.pos === 'AUX' && t + 1 < tokens.length && tokens[t + 1].pos !== 'VERB' && tokens[t + 1].pos !== 'AUX';
}

/** The longest noun phrase of a coordinated aside (", and the next man,"). */
const MAX_ASIDE_TOKENS = 5;

/**
 * Runs the content of `a` on over a coordinated noun phrase set off by commas when it stops at the
 * first of them, or at the second, and a preposition follows the second: "aims to put the first
 * woman, and the next man, on the lunar surface by 2024" is one verb phrase, its object doubled in
 * an aside (in an object or infinitive content; after a clause the aside opens the writer's
 * clause). The content goes on to the end of its sentence (tokens up to `s1`) or to a dash, colon,
 * semicolon, bracket or quotation mark.
 */
export function runOnOverAside(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  // An object or an infinitive, no clause: "said the plan was sound, and the council, in a vote, agreed".
  if (holdsFiniteVerb(ctx, cue, last.span[0], c)) return;
  const j = asideClosingComma(tokens, c, s1) ?? closedAsideEndingAt(tokens, c, s1, last.span[0]);
  if (j === undefined || j + 1 >= s1 || tokens[j + 1].pos !== 'ADP') return;
  let end = j + 1;
  while (end < s1 && !stopsRun(tokens, end) && ctx.markContaining(tokens[end].span[0]) < 0) {
    // "promised a bridge, and the council, in a vote, approved it": the aside was a subject.
    if (finiteVerb(tokens[end])) return;
    end++;
  }
  while (end > j + 1 && (END_PUNCT_RE.test(tokens[end - 1].text) || tokens[end - 1].text === ',')) end--;
  if (end === j + 1) return;
  last.span = [last.span[0], tokens[end - 1].span[1]];
}

/** The closing comma of a coordinated aside whose opening comma is token `c` (", and the next man,"). */
function asideClosingComma(tokens: QuoteContext['tokens'], c: number, s1: number): number | undefined {
  if (c + 4 >= s1 || tokens[c].text !== ',' || !LIST_CONJUNCTIONS.has(tokens[c + 1].lower)) return undefined;
  let j = c + 2;
  while (j < s1 && j - c - 2 < MAX_ASIDE_TOKENS && SUBJECT_POS.has(tokens[j].pos) && tokens[j].pos !== 'PRON') j++;
  return j > c + 2 && j < s1 && tokens[j].text === ',' ? j : undefined;
}

/** `c` when it is the closing comma of an aside opened inside the content (from offset `from`). */
function closedAsideEndingAt(tokens: QuoteContext['tokens'], c: number, s1: number, from: number): number | undefined {
  for (let o = c - 3; o >= 0 && o >= c - 3 - MAX_ASIDE_TOKENS && tokens[o].span[0] > from; o--) {
    if (asideClosingComma(tokens, o, s1) === c) return c;
  }
  return undefined;
}

/** The last content piece of `a` when it is reported words after the cue, not a quotation. */
function reportedLast(ctx: QuoteContext, a: Attribution, cue: Cue): Attribution['fragments'][number] | null {
  const last = a.fragments.at(-1);
  if (!last || last.kind === 'direct' || last.continued) return null;
  return last.span[0] < ctx.tokens[cue.tokens[1] - 1].span[1] ? null : last;
}

/** Whether the content's tokens after the cue, from offset `from`, up to token `c` hold a finite verb: a clause. */
function holdsFiniteVerb(ctx: QuoteContext, cue: Cue, from: number, c: number): boolean {
  for (let k = cue.tokens[1]; k < c; k++) if (ctx.tokens[k].span[0] >= from && finiteVerb(ctx.tokens[k])) return true;
  return false;
}

/** The first token after the cue at or after the end of `span`, at most `s1`. */
function tokenAfter(ctx: QuoteContext, cue: Cue, span: readonly [number, number], s1: number): number {
  let c = cue.tokens[1];
  while (c < s1 && ctx.tokens[c].span[0] < span[1]) c++;
  return c;
}

/** A dash token, opening or closing an aside. */
const DASH_TOKEN_RE = /^(?:--|[—–―])$/;
/** The longest rest of an object after an aside's closing dash. */
const MAX_DASH_TAIL_TOKENS = 12;

/**
 * Runs the content of `a` on over the closing dash of an aside it opened: "questioned NASA's use —
 * or unwillingness to use — the SLS" is one object whose head comes after the aside, so a content
 * that holds the opening dash and stops at the closing one goes on to the next stop (the sentence's
 * end, a comma, dash, colon, semicolon, bracket or quotation mark), when what follows is a plain
 * noun phrase with no verb of its own and the content is an object or infinitive (no clause).
 */
export function runOnOverDashAside(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  if (c + 1 >= s1 || !DASH_TOKEN_RE.test(tokens[c].text)) return;
  let dashes = 0;
  for (let k = cue.tokens[1]; k < c; k++) {
    if (tokens[k].span[0] < last.span[0]) continue;
    if (DASH_TOKEN_RE.test(tokens[k].text)) dashes++;
    if (finiteVerb(tokens[k])) return;
  }
  if (dashes !== 1) return;
  let end = c + 1;
  while (
    end < s1 &&
    end - c <= MAX_DASH_TAIL_TOKENS &&
    SUBJECT_POS.has(tokens[end].pos) &&
    tokens[end].pos !== 'PRON' &&
    ctx.markContaining(tokens[end].span[0]) < 0
  )
    end++;
  if (end === c + 1 || end - c > MAX_DASH_TAIL_TOKENS) return;
  // The rest must end the sentence or meet a stop: "— the SLS." but not "— the SLS program grew".
  if (
    end < s1 &&
    !END_PUNCT_RE.test(tokens[end].text) &&
    tokens[end].text !== ',' &&
    !STOP_PUNCT_RE.test(tokens[end].text)
  )
    return;
  last.span = [last.span[0], tokens[end - 1].span[1]];
}

/** The longest aside between a pair of dashes after a reported clause's subject. */
const MAX_SUBJECT_ASIDE_TOKENS = 12;

/**
 * Runs a reported clause on over a paired dash aside after its subject: "said the budget — a
 * record — was sound" stops at the opening dash with the subject alone, no verb; when a finite verb
 * follows the closing dash the clause goes on there, to where a clause starting after the aside
 * would end (`clauseEnd`; sentence tokens up to `s1`). An object ("criticised the plan — a costly
 * one — and left") has no verb after the aside and stays.
 */
export function runOnOverSubjectDashAside(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  if (c + 2 >= s1 || !DASH_TOKEN_RE.test(tokens[c].text) || holdsFiniteVerb(ctx, cue, last.span[0], c)) return;
  let d = c + 1;
  while (d < s1 && d - c <= MAX_SUBJECT_ASIDE_TOKENS && !DASH_TOKEN_RE.test(tokens[d].text)) {
    if (ctx.markContaining(tokens[d].span[0]) >= 0 || STOP_PUNCT_RE.test(tokens[d].text)) return;
    d++;
  }
  if (d === c + 1 || d + 1 >= s1 || !DASH_TOKEN_RE.test(tokens[d].text) || !finiteVerb(tokens[d + 1])) return;
  let sentenceEnd = s1;
  while (sentenceEnd > d + 1 && END_PUNCT_RE.test(tokens[sentenceEnd - 1].text)) sentenceEnd--;
  const end = clip(ctx, last.span[0], clauseEnd(ctx, d + 1, s1, tokens[sentenceEnd - 1].span[1]))[1];
  if (end > last.span[1]) last.span = [last.span[0], end];
}

/** Participles that go on with a list, not the writer's comment (", including duties on steel"). */
const LIST_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(['include', 'exclude', 'involve']);

/** The longest phrase set off by commas before a participle ("was, in fact, working"). */
const MAX_COMMA_ASIDE_TOKENS = 4;
/** Words after which a comma opens an aside inside the clause ("concluded that, using ..."). */
const ASIDE_OPENER_POS: ReadonlySet<string> = new Set(['SCONJ', 'ADP', 'DET', 'CCONJ', 'PRON']);

/**
 * Whether the participle after the comma at token `k` (content from offset `from`) is the writer's
 * comment, not a part of the clause: not the verb of an auxiliary before an aside ("was, in fact,
 * working"), not inside an aside a function word opens ("that, using ..."), and not a list's member
 * ("fever, body aches, vomiting and nausea").
 */
function writerParticipleAt(tokens: QuoteContext['tokens'], k: number, from: number, s1: number): boolean {
  let before = k - 1;
  for (let p = k - 1; p >= 0 && k - p <= MAX_COMMA_ASIDE_TOKENS + 1 && tokens[p].span[0] >= from; p--)
    if (tokens[p].text === ',') {
      before = p - 1;
      break;
    }
  if (before < 0 || tokens[before].pos === 'AUX' || ASIDE_OPENER_POS.has(tokens[k - 1].pos)) return false;
  const after = k + 2 < s1 ? tokens[k + 2] : null;
  return !(after && (after.pos === 'CCONJ' || after.text === ',') && tokens[k - 1].pos === 'NOUN');
}

/**
 * Cuts the content of `a` at a comma before a participle, outside quotation marks: "reported
 * [third-quarter earnings that topped estimates as revenue fell short], sending shares lower" goes
 * on with the writer's comment, as the rules' own reported clauses stop there (bounds.ts,
 * clauseEnd). Not a list's participle (", including ...") nor a gerund that is the subject of a
 * verb after it.
 */
export function cutAtWriterParticiple(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  for (let k = cue.tokens[1]; k + 1 < s1 && tokens[k + 1].span[1] <= last.span[1]; k++) {
    if (tokens[k].span[0] <= last.span[0] || tokens[k].text !== ',' || ctx.markContaining(tokens[k].span[0]) >= 0)
      continue;
    const next = tokens[k + 1];
    if (next.pos !== 'VERB' || !PARTICIPLE_SUFFIX_RE.test(next.text) || LIST_PARTICIPLE_LEMMAS.has(next.lemma))
      continue;
    if (gerundObjectThenVerb(tokens, k + 1, s1) || !writerParticipleAt(tokens, k, last.span[0], s1)) continue;
    last.span = [last.span[0], tokens[k].span[0]];
    return;
  }
}

/** Relative words that open a non-restrictive relative clause between commas (", which passed last week,"). */
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * Runs a reported clause on over a relative clause between commas after its subject: "said the
 * bill, which passed last week, was sound" stops at the first comma with the subject alone, no
 * verb (`clauseEnd` ends a clause before ", which"); when a finite verb follows the closing comma
 * the clause goes on there, to where a clause starting after the aside would end. An object
 * ("criticised the plan, which cost millions, and left") has no verb after the aside and stays.
 */
export function runOnOverSubjectRelativeAside(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  if (c + 3 >= s1 || tokens[c].text !== ',' || !ASIDE_RELATIVES.has(tokens[c + 1].lower)) return;
  if (holdsFiniteVerb(ctx, cue, last.span[0], c)) return;
  let d = c + 2;
  while (d < s1 && d - c <= MAX_SUBJECT_ASIDE_TOKENS && tokens[d].text !== ',') {
    if (ctx.markContaining(tokens[d].span[0]) >= 0 || STOP_PUNCT_RE.test(tokens[d].text)) return;
    d++;
  }
  if (d + 1 >= s1 || tokens[d].text !== ',' || !finiteVerb(tokens[d + 1])) return;
  let sentenceEnd = s1;
  while (sentenceEnd > d + 1 && END_PUNCT_RE.test(tokens[sentenceEnd - 1].text)) sentenceEnd--;
  const end = clip(ctx, last.span[0], clauseEnd(ctx, d + 1, s1, tokens[sentenceEnd - 1].span[1]))[1];
  if (end > last.span[1]) last.span = [last.span[0], end];
}

/** The longest stretch from the comma a "that" clause stops at to the clause's verb. */
const MAX_THAT_SUBJECT_TOKENS = 16;

/**
 * Runs a reported "that" clause on when it stops at a comma before any verb of its own: "denied
 * [that he], U.S. Ambassador Gordon Sondland and Energy Secretary Rick Perry formed ..." (a subject
 * list) and "would learn [that, owing to Ford's obscurity], his fans do ..." (an aside before the
 * subject) hold no verb; when a noun phrase and then a finite verb follow the comma, with no other
 * comma, stop mark, quotation or cue between, the clause goes on to where a clause starting at that
 * verb would end. "that" must be the complementizer, not a determiner ("denied that claim, the
 * report said") nor a pronoun ("denied that, and left"), nothing before the comma a verb, and the
 * cue not in a subordinate clause.
 */
export function runOnOverThatSubject(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const that = tokenAtOrAfter(ctx, last.span[0], s1);
  if (that + 1 >= s1 || tokens[that].lower !== 'that') return;
  let c = tokenAfter(ctx, cue, last.span, s1);
  // Cut at "that" itself, before an aside ("told us [that], owing to the flood, the trails would
  // ..."): the aside is skipped to its closing comma, and the clause must go on after it. The
  // tagger reads "that" after a hearer as a pronoun; an aside and a clause after it make it the
  // complementizer ("told us that, owing to the flood, and left" has no clause: left).
  if (c === that + 1 && c + 2 < s1 && tokens[c].text === ',' && !SUBJECT_POS.has(tokens[c + 1].pos))
    c = asideEnd(ctx, c, s1);
  else if (tokens[that].pos !== 'SCONJ') return;
  if (c < 0 || c + 2 >= s1 || tokens[c].text !== ',' || !SUBJECT_POS.has(tokens[c + 1].pos)) return;
  if (RELATIVE_WORDS.has(tokens[c + 1].lower)) return; // ", which the police have not done": the writer's
  // In a clause a subordinator opens ("While a judge found that action unconstitutional, his
  // decision was overturned"), the comma ends that clause and the sentence's own goes on.
  for (let k = s0; k < cue.tokens[0]; k++) if (tokens[k].pos === 'SCONJ' || SUBORDINATORS.has(tokens[k].lower)) return;
  // No verb of any form before the comma ("suggested that Beijing resume buying ..., Mr. Trump
  // wasn't"), but for an aside opened right after "that" ("that, owing to ...").
  if (tokens[that + 1].text !== ',') for (let k = that + 1; k < c; k++) if (VERB_POS.has(tokens[k].pos)) return;
  runOnToClauseVerb(ctx, last, c, s0, s1);
}

/**
 * Runs `last` on to where a clause starting at the first finite verb after token `c` would end,
 * when that verb comes within MAX_THAT_SUBJECT_TOKENS with no comma, stop mark, quotation or cue
 * before it.
 */
function runOnToClauseVerb(
  ctx: QuoteContext,
  last: Attribution['fragments'][number],
  c: number,
  s0: number,
  s1: number,
): void {
  const tokens = ctx.tokens;
  for (let v = c + 1; v < s1 && v - c <= MAX_THAT_SUBJECT_TOKENS; v++) {
    const t = tokens[v];
    if (t.text === ',' || END_PUNCT_RE.test(t.text) || stopsRun(tokens, v) || ctx.markContaining(t.span[0]) >= 0)
      return;
    if (!finiteVerb(t) && !(v > c + 1 && presentPlural(tokens, v, c))) continue;
    if (cueAt(tokens, v, s0, s1)) return;
    let sentenceEnd = s1;
    while (sentenceEnd > v + 1 && END_PUNCT_RE.test(tokens[sentenceEnd - 1].text)) sentenceEnd--;
    const end = clip(ctx, last.span[0], clauseEnd(ctx, v, s1, tokens[sentenceEnd - 1].span[1]))[1];
    if (end > last.span[1]) last.span = [last.span[0], end];
    return;
  }
}

/**
 * Runs a reported "that" clause on when it stops after its subject, before a prepositional phrase
 * and the clause's verb: "was told by an aide [that the mayor] in the meeting had confirmed the
 * deal" holds no verb. When the content after "that" is a bare noun phrase (no verb, no relative
 * word) and a preposition follows, the clause goes on to where a clause starting at the next
 * finite verb would end (no comma, stop mark, quotation or cue before it). "that" is the
 * complementizer, or a pronoun after a verb that takes a hearer (the tagger's reading after
 * "told reporters that"); not when the cue is in a subordinate clause.
 */
export function runOnOverThatSubjectPhrase(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  const c = tokenAfter(ctx, cue, last.span, s1);
  if (c + 2 >= s1 || tokens[c].pos !== 'ADP') return;
  // The content's last "that" ("claimed [that he was told by a staffer that Biden]" holds two).
  let that = c - 1;
  while (that >= 0 && tokens[that].span[0] >= last.span[0] && tokens[that].lower !== 'that') that--;
  if (that < 0 || that + 1 >= c || tokens[that].lower !== 'that' || tokens[that].span[0] < last.span[0]) return;
  if (tokens[that].pos !== 'SCONJ' && !hearerVerbBefore(tokens, that, cue)) return;
  let head = false;
  for (let k = that + 1; k < c; k++) {
    if (!SUBJECT_POS.has(tokens[k].pos) || RELATIVE_WORDS.has(tokens[k].lower)) return;
    if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ') head = true;
  }
  if (!head) return;
  // A subordinate clause's cue ("When the aide told him that the mayor ..., he left"); a "that"
  // clause holding the cue is no such clause.
  for (let k = s0; k < cue.tokens[0]; k++) if (SUBORDINATORS.has(tokens[k].lower)) return;
  runOnToClauseVerb(ctx, last, c - 1, s0, s1);
}

/** The most tokens from a verb that takes a hearer to its "that" ("told by an anonymous staffer that"). */
const MAX_HEARER_TO_THAT_TOKENS = 6;

/** Whether a verb that takes a hearer stands shortly before token `that`, from the cue on ("told reporters that"). */
function hearerVerbBefore(tokens: QuoteContext['tokens'], that: number, cue: Cue): boolean {
  for (let k = that - 1; k >= cue.tokens[0] && that - k <= MAX_HEARER_TO_THAT_TOKENS; k--)
    if ((tokens[k].pos === 'VERB' || k === cue.tokens[0]) && HEARER_CUE_LEMMAS.has(tokens[k].lemma)) return true;
  return false;
}

/** The longest aside between commas right after "that" ("that, owing to the drought,"). */
const MAX_THAT_ASIDE_TOKENS = 8;
/** Words that open an aside, not a clause: a preposition, a participle ("owing to"), an adverb, a subordinator. */
const ASIDE_START_POS: ReadonlySet<string> = new Set(['ADP', 'VERB', 'ADV', 'SCONJ']);

/**
 * The comma that closes an aside opened by the comma at token `c` ("that, owing to the storm,"):
 * the aside starts with a preposition, a participle, an adverb or a subordinator, and holds no
 * finite verb, mark, quotation or other comma; -1 when there is none.
 */
function asideEnd(ctx: QuoteContext, c: number, s1: number): number {
  const tokens = ctx.tokens;
  if (!ASIDE_START_POS.has(tokens[c + 1].pos) || finiteVerb(tokens[c + 1])) return -1;
  for (let d = c + 2; d < s1 && d - c <= MAX_THAT_ASIDE_TOKENS + 1; d++) {
    const t = tokens[d];
    if (t.text === ',') return d;
    if (finiteVerb(t) || END_PUNCT_RE.test(t.text) || stopsRun(tokens, d) || ctx.markContaining(t.span[0]) >= 0)
      return -1;
  }
  return -1;
}

/** Personal pronouns that take a verb's plain form in the present ("they walk"). */
const PLAIN_FORM_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they']);

/**
 * Whether token `v` is a verb in the present plural (its plain form, not "-ing") right after a
 * plural subject: a noun whose form is not its lemma ("his neighbours sell", "the fishermen keep"),
 * "I", "we", "you", "they", or a subject joined by "and" since the comma at token `c`. `finiteVerb`
 * reads a past tense or a third person only, since a plain form is as often an infinitive.
 */
function presentPlural(tokens: QuoteContext['tokens'], v: number, c: number): boolean {
  const t = tokens[v];
  if (t.pos !== 'VERB' || t.lower !== t.lemma || ING_RE.test(t.text)) return false;
  const prev = tokens[v - 1];
  if (prev.pos === 'PRON') return PLAIN_FORM_PRONOUNS.has(prev.lower);
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  if (prev.pos === 'NOUN' && prev.lower !== prev.lemma) return true;
  for (let k = c + 1; k < v; k++) if (tokens[k].lower === 'and') return true;
  return false;
}

/** Parts of speech of a modifier between a determiner and its noun ("a [recently-published] write-up"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM']);
/** The longest run of modifiers (a hyphenated word is one) after a determiner at a content's end. */
const MAX_OPEN_MODIFIERS = 3;

/**
 * The token after the hyphenated word starting at token `k` ("recently-published", "write-up": the
 * tokenizer splits them in three), or -1 when token `k` starts no such word.
 */
function hyphenWordAfter(tokens: QuoteContext['tokens'], k: number, s1: number): number {
  let j = k;
  while (
    j + 2 < s1 &&
    tokens[j + 1].text === '-' &&
    tokens[j].span[1] === tokens[j + 1].span[0] &&
    tokens[j + 1].span[1] === tokens[j + 2].span[0]
  )
    j += 2;
  return j === k ? -1 : j + 1;
}

/**
 * Finishes a noun phrase the content stops inside: "summarized [our case for making this grant in a
 * recently-published] write-up" ends on a determiner and its modifiers, with the noun they modify
 * right after. The content goes on over the modifiers and nouns after it to the noun phrase's
 * last noun or hyphenated word, with no punctuation, quotation or other word between.
 */
export function finishOpenNounPhrase(ctx: QuoteContext, a: Attribution, cue: Cue, s1: number): void {
  const last = reportedLast(ctx, a, cue);
  if (!last) return;
  const tokens = ctx.tokens;
  let c = tokenAfter(ctx, cue, last.span, s1);
  if (c >= s1 || c <= cue.tokens[1] || tokens[c - 1].span[1] !== last.span[1]) return;
  // A content that stops inside a hyphenated word ("a recently[-published]") is read to its end.
  while (
    c + 1 < s1 &&
    tokens[c].text === '-' &&
    tokens[c - 1].span[1] === tokens[c].span[0] &&
    tokens[c].span[1] === tokens[c + 1].span[0]
  )
    c += 2;
  // Back from the content's last token over modifiers to a determiner.
  let k = c - 1;
  for (let words = 0; words <= MAX_OPEN_MODIFIERS && tokens[k].pos !== 'DET'; words++) {
    const word = hyphenWordStart(tokens, k, 0);
    const start = word >= 0 ? word : k;
    if (start === k && !MODIFIER_POS.has(tokens[k].pos)) return;
    k = start - 1;
    if (k < 0 || tokens[k].span[0] < last.span[0]) return;
  }
  if (tokens[k].pos !== 'DET' || tokens[k].lower === 'that') return;
  // On over modifiers and nouns to the phrase's last noun or hyphenated word.
  let end = -1;
  for (let j = c; j < s1 && ctx.markContaining(tokens[j].span[0]) < 0;) {
    const after = hyphenWordAfter(tokens, j, s1);
    if (after >= 0) {
      end = after;
      j = after;
    } else if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') end = ++j;
    else if (MODIFIER_POS.has(tokens[j].pos) && end < 0) j++;
    else break;
  }
  if (end > c) last.span = [last.span[0], tokens[end - 1].span[1]];
}
