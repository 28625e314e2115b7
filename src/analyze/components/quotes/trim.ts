// The last look at one cue's attribution, whichever reading (rules or content tagger) made it:
// contents the clause structure around the cue shows are not the speaker's words.
import type { Token } from '../../doc.js';
import type { Cue } from './cues.js';
import type { Attribution, QuoteContext } from './context.js';
import { tokenAtOrAfter } from './bounds.js';
import { cueAt, SPEECH_CUE_LEMMAS } from './cues.js';
import { subjectBefore } from './speaker.js';
import { gerundObjectThenVerb, PERSON_SUBJECT_PRONOUNS } from './attribute.js';

/**
 * Subordinators that open a clause before the main one ("If scientists found X, it was easy ...").
 * Not "as": "As Mr. Obama pointed out, Hawaii ..." reports the main clause.
 */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'after',
  'before',
  'until',
  'whenever',
  'although',
  'though',
  'because',
  'since',
  'while',
  'unless',
  'once',
]);
/** Words that open an embedded question: its verb reports no stance ("Whether Trump will agree ... depends on"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether']);
/**
 * A thing for a price ("offers the latest AirPods for $150", "is offering the sensor for $30"): a
 * sale, not a stance or a saying.
 */
const SALE_PRICE_RE = /\bfor\s+(?:just\s+|only\s+)?[$£€¥]\s?\d/;
/** Parts of speech after an "-ing" word tagged as a noun that show it is a participle ("said, offering the example"). */
const AFTER_PARTICIPLE_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'SCONJ']);

/**
 * Trims the attribution of `cue` in sentence tokens [s0, s1) in place; false when nothing of it is
 * left to keep (and a "that" content of "said" right after a subject and verb starts at them:
 * "said he thought that ..."):
 *  - a cue whose clause is an embedded question ("whether X will agree") reports nothing;
 *  - a cue inside an opening subordinate clause ("If scientists found signs ..., it was easy") has
 *    its reported words end with that clause, at its comma;
 *  - a participle after the cue's comma ("..., Graham said, offering the example of") is the
 *    writer's description of the speaker, not what was said;
 *  - a content that is one reflexive pronoun ("imagined for herself") reports no words;
 *  - what is offered for a price is a sale ("said it would sell the unit for $2 billion" stays);
 *  - after a parenthetical cue whose content came before it, a phrase opened by a preposition or
 *    subordinator after a comma closing the cue's own adjunct is the writer's adjunct ("...,
 *    the minister said on Tuesday, after years of debate over ...");
 *  - a content ending in the writer's credit of another source ("... if the country would open
 *    the inquiry, Morrison testified") ends before its comma;
 *  - an object content ends before a finite verb the speaker's subject goes on with ("promoted
 *    unproven therapies and downplayed the risks"), and before an adverbial clause of the
 *    writer's ("touted his polling strength while needling opponents");
 *  - a content that ran into a conjunction and the subject of the next clause ends before the
 *    conjunction ("said the bridge would reopen, and residents [were relieved]");
 *  - a content that stops before the last item of its list takes it in ("attacked voters,
 *    lawmakers and thinkers"), one followed by a second "that" clause takes that clause in
 *    ("said the city had run out of money, and that the council would vote ..."), and one
 *    followed by "or" and an alternative takes the alternative in ("to buy insurance or face a fine"),
 *    and an infinitive a second bare verb after "and" / "or" / "then" ("to clean up the mines and
 *    reclaim the land").
 * Quotations (fragments in marks) are left as they are.
 */
export function trimAttribution(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number, s1: number): boolean {
  const tokens = ctx.tokens;
  const [c0, c1] = cue.tokens;
  const opener = clauseOpener(tokens, a, c0, s0);
  if (opener >= 0 && QUESTION_OPENERS.has(tokens[opener].lemma.toLowerCase())) return false;
  const cueEnd = tokens[c1 - 1].span[1];
  const sale = tokens[c0].lemma === 'offer';
  const end =
    opener >= 0 && CLAUSE_SUBORDINATORS.has(tokens[opener].lemma.toLowerCase()) ? commaAfter(ctx, c1, s1) : -1;
  const reportedBeforeCue = a.fragments.some((f) => f.span[1] <= tokens[c0].span[0]);
  a.fragments = a.fragments.flatMap((f) => {
    if (f.kind === 'direct' || f.continued || f.span[0] < cueEnd) return [f];
    const embedding = embeddingClauseStart(ctx, cue, f.span[0]);
    if (embedding >= 0) f = { ...f, span: [embedding, f.span[1]] };
    if (end >= 0 && f.span[1] > end) {
      if (f.span[0] >= end) return [];
      return [{ ...f, span: [f.span[0], trimEnd(ctx.text, f.span[0], end)] }];
    }
    if (sale && SALE_PRICE_RE.test(ctx.text.slice(f.span[0], f.span[1]))) return [];
    if (participleAfterComma(ctx, f.span[0], s1)) return [];
    if (reportedBeforeCue && adjunctAfterComma(ctx, f.span[0], c1, s1)) return [];
    const credit = trailingCredit(ctx, f.span, s0, s1);
    let cut = credit < 0 ? coordinatedVerb(ctx, f.span) : credit;
    if (cut < 0) cut = adverbialClauseAfterObject(ctx, f.span);
    if (cut >= 0) return [{ ...f, span: [f.span[0], trimEnd(ctx.text, f.span[0], cut)] }];
    // A content cut before a conjunction that opens a clause may still go on with a second "that" clause.
    const dangling = clauseAfterConjunction(ctx, f.span, s1);
    const g = dangling < 0 ? f : { ...f, span: [f.span[0], trimEnd(ctx.text, f.span[0], dangling)] as const };
    if (!a.fragments.every((h) => h.span[0] <= f.span[0])) return [g];
    const tail = Math.max(
      secondThatClause(ctx, g.span, s1),
      secondVerbPhrase(ctx, g.span, tokens[c0], s0, s1),
      dangling < 0 ? listTail(ctx, g.span, s0, s1) : -1,
      alternativeTail(ctx, g.span, s0, s1),
      dangling < 0 ? infinitiveTail(ctx, g.span, s0, s1) : -1,
    );
    return [tail < 0 ? g : { ...g, span: [g.span[0], tail] }];
  });
  return a.fragments.length > 0 && !a.fragments.every((f) => reflexiveOnly(ctx, f.span));
}

/** Subject pronouns of an embedding clause after "said" ("said he thought that ..."). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** At most this many words of a name as that subject ("said Obama hopes that ..."). */
const MAX_SUBJECT_NAME_TOKENS = 2;

/**
 * The character offset where a content of a "say" cue starting at `start` with "that" starts once
 * it takes in the clause that embeds it, right after the cue: a subject pronoun or a short name
 * and a finite verb ("said he thought that drugs were ...", "said Obama hopes that his successor
 * ..."): what was said is the whole clause, as PolNeAR marks it (in polnear-train 8 times in 8).
 * -1 when the content does not start so.
 */
function embeddingClauseStart(ctx: QuoteContext, cue: Cue, start: number): number {
  const tokens = ctx.tokens;
  const c1 = cue.tokens[1];
  if (tokens[cue.tokens[0]].lemma !== 'say') return -1;
  const first = tokenAtOrAfter(ctx, start, tokens.length);
  if (first >= tokens.length || tokens[first].lower !== 'that' || first - c1 < 2) return -1;
  const verb = tokens[first - 1];
  if (verb.pos !== 'VERB' || !finiteLooking(verb)) return -1;
  const subject = tokens.slice(c1, first - 1);
  const pronoun = subject.length === 1 && SUBJECT_PRONOUNS.has(subject[0].lower);
  const name = subject.length <= MAX_SUBJECT_NAME_TOKENS && subject.every((t) => t.pos === 'PROPN');
  if (!pronoun && !name) return -1;
  return ctx.markContaining(tokens[c1].span[0]) >= 0 ? -1 : tokens[c1].span[0];
}

/**
 * The token of a subordinator or "whether" opening the cue's clause: right before the speaker's
 * words (which come before the cue), at the sentence's start or after a comma; -1 when none.
 */
function clauseOpener(tokens: readonly Token[], a: Attribution, c0: number, s0: number): number {
  const sp = a.speaker.span;
  if (sp[1] > tokens[c0].span[0]) return -1;
  let k = c0 - 1;
  while (k > s0 && tokens[k].span[0] > sp[0]) k--;
  // The speaker's words may hold the opener itself ("Whether Trump", tagged as part of the name).
  if (tokens[k].span[0] === sp[0] && !isOpener(tokens[k])) k--;
  if (k < s0) return -1;
  // "whether" makes a question of its clause wherever it stands ("depends on whether he believes").
  if (QUESTION_OPENERS.has(tokens[k].lemma.toLowerCase())) return k;
  const opensClause = k === s0 || tokens[k - 1].text === ',' || tokens[k - 1].pos === 'CCONJ';
  return opensClause && isOpener(tokens[k]) ? k : -1;
}

const isOpener = (t: Token) =>
  CLAUSE_SUBORDINATORS.has(t.lemma.toLowerCase()) || QUESTION_OPENERS.has(t.lemma.toLowerCase());

/** The character offset of the first comma after token `from` in the sentence, or -1. */
function commaAfter(ctx: QuoteContext, from: number, s1: number): number {
  for (let k = from; k < s1; k++)
    if (ctx.tokens[k].text === ',' && ctx.markContaining(ctx.tokens[k].span[0]) < 0) return ctx.tokens[k].span[0];
  return -1;
}

/**
 * The character offset of the comma before a credit ending the content at `span` (", Morrison
 * testified", ", the report said"): a subject and a verb of saying, the content's last words; -1
 * when there is none.
 */
function trailingCredit(ctx: QuoteContext, span: readonly [number, number], s0: number, s1: number): number {
  const tokens = ctx.tokens;
  let last = tokenAtOrAfter(ctx, span[1], s1) - 1;
  while (last > s0 && tokens[last].pos === 'PUNCT' && tokens[last].span[0] >= span[0]) last--;
  if (last <= s0 || tokens[last].span[1] > span[1] || !SPEECH_CUE_LEMMAS.has(tokens[last].lemma)) return -1;
  if (tokens[last].pos !== 'VERB') return -1;
  const subject = subjectBefore(tokens, last, s0);
  if (!subject || subject[1] !== last || subject[0] - 1 <= s0) return -1;
  const comma = tokens[subject[0] - 1];
  return comma.text === ',' && comma.span[0] > span[0] ? comma.span[0] : -1;
}

/** Conjunctions that join a second verb phrase to the cue's ("declined the post and has since left"). */
export const VERB_PHRASE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** A relative clause's verb may go on after the conjunction ("a nation that borders China and has had ..."). */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom']);
/** Parts of speech after an infinitive's "to". */
const VERB_OR_AUX: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Adverbs between that conjunction and its verb ("and then", "but also", "and has since"). */
const MAX_ADVERBS_AFTER_CONJUNCTION = 2;

/**
 * The character offset where an object content at `span` (a noun phrase, no finite verb of its
 * own) ends before a conjunction and a finite verb with no subject between: the cue's subject
 * doing something else ("promoted unproven therapies and downplayed the risks", "declined that
 * assignment and has since left the network", "bragged about his proximity to Trump and drew
 * alarm"), the writer's report, not the speaker's words. The same after an infinitive in the
 * object, which can go on only with a bare verb ("asked the company to unwind the deal and
 * returned the money"), and before a conjunction, a subject pronoun and a finite verb: a clause
 * of its own ("shouted out questions and he replied"). -1 when there is none. A reported clause
 * ("said prices rose and fell"), an infinitive's second bare verb ("to cut taxes and raise
 * spending") or a relative clause in the object goes on as it is. It reads every content, the
 * rules' and the content tagger's, so it is the one rule of its kind.
 */
function coordinatedVerb(ctx: QuoteContext, span: readonly [number, number]): number {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], tokens.length);
  // After "to" and a bare verb; "to be arrested and charged" stops at its auxiliary like a clause.
  let infinitive = false;
  for (let k = first; k < tokens.length && tokens[k].span[1] <= span[1]; k++) {
    const t = tokens[k];
    // A relative pronoun follows its noun: the content's first "that" is a determiner or "that" of a clause.
    const relative = k > first && RELATIVES.has(t.lower);
    if (t.lemma === 'to' && k + 1 < tokens.length && tokens[k + 1].pos === 'VERB' && !infinitive) {
      infinitive = true;
      continue;
    }
    // A "to" before a word that is no verb is a preposition inside the object ("his proximity to Trump").
    const preposition = t.lemma === 'to' && k + 1 < tokens.length && !VERB_OR_AUX.has(tokens[k + 1].pos);
    if (finiteVerb(t) || (t.lemma === 'to' && !preposition) || relative) return -1;
    if (!VERB_PHRASE_CONJUNCTIONS.has(t.lower) || ctx.markContaining(t.span[0]) >= 0) continue;
    // "called the charges unsubstantiated and fabricated": an adjective and a participle, one predicate.
    if (k > 0 && tokens[k - 1].pos === 'ADJ') continue;
    let v = k + 1;
    while (v - k <= MAX_ADVERBS_AFTER_CONJUNCTION && v < tokens.length && tokens[v].pos === 'ADV') v++;
    // "and, for whatever reason, they are not ...": a phrase set off by commas before the subject.
    if (v === k + 1) v = pastCommaPhrase(tokens, v);
    // "and he replied": a subject pronoun opens a clause, after an object that is no clause's subject.
    const subject = !infinitive && v > k && PERSON_SUBJECT_PRONOUNS.has(tokens[v]?.lower) && objectStart(tokens[first]);
    if (subject) v++;
    if (v >= tokens.length || tokens[v].span[1] > span[1]) return -1;
    if (finiteVerb(tokens[v])) return k > 0 && tokens[k - 1].text === ',' ? tokens[k - 1].span[0] : t.span[0];
  }
  return -1;
}

/** The longest phrase set off by commas after a conjunction ("and, in the end,"). */
const MAX_COMMA_PHRASE_TOKENS = 5;

/**
 * The token after a prepositional phrase set off by commas that starts at token `v` ("for
 * whatever reason,", ", in the end,"), or `v` when there is none.
 */
function pastCommaPhrase(tokens: readonly Token[], v: number): number {
  let k = v < tokens.length && tokens[v].text === ',' ? v + 1 : v;
  if (k >= tokens.length || tokens[k].pos !== 'ADP') return v;
  for (const end = k + MAX_COMMA_PHRASE_TOKENS; k < end && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === ',') return k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return v;
  }
  return v;
}

/** A word that opens an object noun phrase rather than a clause's subject: no pronoun or name. */
const objectStart = (t: Token | undefined) => t !== undefined && t.pos !== 'PRON' && t.pos !== 'PROPN';

/** Subordinators that open an adverbial clause of the writer's after an object ("while", "when"). */
const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'when', 'since', 'as', 'after']);
/** Parts of speech that open an object noun phrase. */
const OBJECT_START_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
/** Parts of speech of a short subject right after the subordinator ("as she hurries", "when he ran"). */
const SHORT_SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'PROPN']);

/**
 * The character offset where an object content at `span` (a noun phrase: no finite verb, "to",
 * or relative pronoun) ends before a subordinator that opens a clause of its own ("touted his
 * polling strength while needling opponents", "described Mr. Obama as a climate evangelist when
 * he ran for the White House", "shouting profanities as she hurries closer"): the clause is the
 * writer's circumstance of the act, not the speaker's words. -1 when there is none.
 */
function adverbialClauseAfterObject(ctx: QuoteContext, span: readonly [number, number]): number {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], tokens.length);
  if (first >= tokens.length || !OBJECT_START_POS.has(tokens[first].pos) || RELATIVES.has(tokens[first].lower))
    return -1;
  for (let k = first + 1; k + 2 < tokens.length && tokens[k + 1].span[1] <= span[1]; k++) {
    const t = tokens[k];
    if (finiteVerb(t) || t.lemma === 'to' || RELATIVES.has(t.lower)) return -1;
    // A lower-case subordinator: in a headline ("Shows Bias When It Comes To ...") every word is capitalised.
    if (!ADVERBIAL_SUBORDINATORS.has(t.text) || ctx.markContaining(t.span[0]) >= 0) continue;
    const next = tokens[k + 1],
      verb = tokens[k + 2];
    const participle = t.text !== 'as' && next.pos === 'VERB' && /ing$/i.test(next.text);
    const clause =
      SHORT_SUBJECT_POS.has(next.pos) &&
      // "when it comes to ...": a fixed phrase of the noun phrase, not a clause of its own.
      next.lower !== 'it' &&
      finiteVerb(verb);
    if (!participle && !clause) continue;
    // "even as he alluded to ...": the adverb goes with its subordinator.
    const from = tokens[k - 1].lower === 'even' && k - 1 > first ? k - 1 : k;
    return tokens[from - 1].text === ',' ? tokens[from - 1].span[0] : tokens[from].span[0];
  }
  return -1;
}

/** At most this many words in the subject after a conjunction that opens a clause. */
const MAX_SUBJECT_TOKENS = 4;
/** Parts of speech of a short subject noun phrase ("residents", "the city's two unions"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/**
 * The character offset where a content at `span` ends before a conjunction that opens a clause
 * of its own in the sentence (tokens up to `s1`): "and" / "but" / "or", a short noun subject, and
 * the subject's finite verb (one reading of the subject and verb for both places). The verb may be
 *  - right after the content, which stopped at the conjunction ("said the bridge would reopen,
 *    and [that ...]") or inside the subject ("..., and residents [were relieved]");
 *  - inside a reported clause (a finite verb before the comma) that ran on over the comma and the
 *    conjunction ("said the bridge would reopen in May, [and residents were relieved]"): the comma
 *    and the new subject mark the writer's next clause ("and" / "but" only). A second "that"
 *    clause ("and that the council would vote") and a second verb phrase with no subject go on.
 * -1 when there is none.
 */
function clauseAfterConjunction(ctx: QuoteContext, span: readonly [number, number], s1: number): number {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], s1);
  const next = tokenAtOrAfter(ctx, span[1], s1);
  let reported = false;
  for (let k = first + 1; k < next; k++) {
    reported ||= finiteVerb(tokens[k - 1]);
    const t = tokens[k];
    if (!VERB_PHRASE_CONJUNCTIONS.has(t.lower) || ctx.markContaining(t.span[0]) >= 0) continue;
    const comma = tokens[k - 1].text === ',';
    let v = k + 1;
    while (
      v - k - 1 < MAX_SUBJECT_TOKENS &&
      v < next &&
      SUBJECT_POS.has(tokens[v].pos) &&
      ctx.markContaining(tokens[v].span[0]) < 0
    )
      v++;
    const subject = v > k + 1;
    if (v < next) {
      // Inside a reported clause ", or" and a clause is the speaker's alternative ("said prices
      // would fall, or the plant would close"), as alternativeTail reads it.
      const opensClause = comma && reported && t.lower !== 'or';
      if (opensClause && subject && tokens[k + 1].lower !== 'that' && finiteVerb(tokens[v]))
        return tokens[k - 1].span[0];
    } else if (next < s1 && (subject ? finiteVerb(tokens[next]) : tokens[next].pos !== 'PUNCT')) {
      // The content stopped at the conjunction or inside its subject; the verb is the next word.
      return comma ? tokens[k - 1].span[0] : t.span[0];
    }
  }
  return -1;
}

/** Punctuation that closes a sentence or clause; a closing quotation mark stays with its words. */
const CLOSING_PUNCT_RE = /^[.!?;:,]+$/;

/**
 * The character offset where a content at `span` ends once it takes in a second reported clause
 * coordinated with it to the end of the sentence (tokens up to `s1`): "and that" / "but that"
 * with a subject after "that" ("said the campaign was taking a close look, and that her proposals
 * did not ..."): the cue reports both. -1 when the content is not followed by one.
 */
function secondThatClause(ctx: QuoteContext, span: readonly [number, number], s1: number): number {
  const tokens = ctx.tokens;
  let k = tokenAtOrAfter(ctx, span[1], s1);
  if (k < s1 && tokens[k].text === ',') k++;
  if (k + 2 >= s1 || !VERB_PHRASE_CONJUNCTIONS.has(tokens[k].lower) || tokens[k + 1].lower !== 'that') return -1;
  if (ctx.markContaining(tokens[k].span[0]) >= 0) return -1;
  // "and that is why ...": a pronoun "that" with its verb, no clause of the speaker's.
  const after = tokens[k + 2];
  if (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PUNCT') return -1;
  let end = s1;
  while (end > k + 2 && CLOSING_PUNCT_RE.test(tokens[end - 1].text)) end--;
  return tokens[end - 1].span[1];
}

/** Conjunctions that join a second verb phrase to a reported clause's ("had misgivings, but could not ..."). */
const SECOND_PREDICATE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but']);

/**
 * The character offset where a reported clause at `span` (a subject and a finite verb) ends once
 * it takes in a second verb phrase of its subject to the end of the sentence (tokens [s0, s1)):
 * ", but" and a finite verb with no subject between ("said they had misgivings about her, but
 * could not bear to insult him"). -1 when the content is not followed by one.
 */
function secondVerbPhrase(
  ctx: QuoteContext,
  span: readonly [number, number],
  cueWord: Token,
  s0: number,
  s1: number,
): number {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], s1);
  let k = tokenAtOrAfter(ctx, span[1], s1);
  if (k < s1 && tokens[k].text === ',') k++;
  if (k + 1 >= s1 || !SECOND_PREDICATE_CONJUNCTIONS.has(tokens[k].lower)) return -1;
  if (ctx.markContaining(tokens[k].span[0]) >= 0) return -1;
  let v = k + 1;
  while (v - k <= MAX_ADVERBS_AFTER_CONJUNCTION && v < s1 && tokens[v].pos === 'ADV') v++;
  if (v >= s1 || !finiteVerb(tokens[v])) return -1;
  // "..., but noted that ...": a cue starts an attribution of its own.
  if (cueAt(tokens, v, s0, s1)) return -1;
  // "concluded that she had been careless, but did not recommend charges": a verb in the cue's
  // tense may go on from the cue's subject; another tense or a modal goes on from the content's
  // ("said they had misgivings, but could not bear to ...").
  const tense = verbTense(tokens[v]);
  if (tense !== 'modal' && tense === verbTense(cueWord)) return -1;
  // The content must be a clause with a verb of its own, not an object ("promoted X, but ...").
  let clause = false;
  for (let j = first; j < k && !clause; j++) clause = finiteVerb(tokens[j]);
  if (!clause) return -1;
  let end = s1;
  while (end > v && CLOSING_PUNCT_RE.test(tokens[end - 1].text)) end--;
  return tokens[end - 1].span[1];
}

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'had', 'was', 'were']);
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'has', 'have', 'is', 'are', 'am']);

/** The tense a finite verb shows by its form: a modal, a past, a present, or none seen. */
function verbTense(t: Token): 'modal' | 'past' | 'present' | 'none' {
  const word = t.lower.replace(/n[’']t$/, '');
  if (PAST_AUXILIARIES.has(word)) return 'past';
  if (PRESENT_AUXILIARIES.has(word)) return 'present';
  if (t.pos === 'AUX') return 'modal';
  if (t.lower === t.lemma || /ing$/.test(t.lower)) return 'none';
  return /s$/.test(t.lower) && !/s$/.test(t.lemma) ? 'present' : 'past';
}

/** Nominal parts of speech that end a list item. */
const LIST_ITEM_END_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/**
 * A word that can end a list item: a noun, name, adjective or number, or a capitalised word the
 * tagger could not place (wink's "X": "Pro" of "all MacBook Pro and MacBook Air models").
 */
const listItemEnd = (t: Token) => LIST_ITEM_END_POS.has(t.pos) || (t.pos === 'X' && /^\p{Lu}/u.test(t.text));
/** Parts of speech that open no list item after "and": a preposition, "to", an adverb, a subordinator. */
const NOT_ITEM_START_POS: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV', 'SCONJ']);
/** Parts of speech that end the last item's noun phrase ("and stamina", "and other legal protections"). */
const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The character offset where a content at `span` ends once it takes in the rest of its sentence
 * (tokens [s0, s1)) when that rest is "and" or "or" and the list's last item: a noun phrase with
 * no finite verb, comma, other punctuation, quotation mark or cue ("energy and stamina", "jobs,
 * education and criminal justice"). -1 when the rest is anything else.
 */
function listTail(ctx: QuoteContext, span: readonly [number, number], s0: number, s1: number): number {
  const tokens = ctx.tokens;
  let k = tokenAtOrAfter(ctx, span[1], s1);
  if (k === 0 || k >= s1 || !listItemEnd(tokens[k - 1])) return -1;
  if (tokens[k].text === ',') k++;
  if (k >= s1 || (tokens[k].lower !== 'and' && tokens[k].lower !== 'or')) return -1;
  // "and to demonstrate ...", "and in having to ...", "and across the South": a phrase of another kind.
  if (k + 1 < s1 && NOT_ITEM_START_POS.has(tokens[k + 1].pos)) return -1;
  let end = s1;
  while (end > k + 1 && tokens[end - 1].pos === 'PUNCT') end--;
  let noun = false;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j];
    if (t.pos === 'PUNCT' || finiteVerb(t)) return -1;
    // A cue in the item ("and criticism of the plan") starts an attribution of its own.
    if (ctx.markContaining(t.span[0]) >= 0 || cueAt(tokens, j, s0, s1)) return -1;
    noun ||= NOMINAL_POS.has(t.pos);
  }
  return noun && end - 1 > k ? tokens[end - 1].span[1] : -1;
}

/**
 * The character offset where a content at `span` ends once it takes in an alternative joined to
 * its last word by "or" with no punctuation between, up to the next punctuation mark or the
 * sentence's end (tokens [s0, s1)): "requiring all individuals to purchase insurance or face a
 * fine", "not to move on the shoal or invoke an air defense zone", "three or four figures". An
 * alternative is the speaker's as much as the first option (in polnear-train the gold content
 * goes on past such an "or" 11 times in 12). -1 when the content is not followed by one, or the
 * alternative holds a quotation mark or a cue.
 */
function alternativeTail(ctx: QuoteContext, span: readonly [number, number], s0: number, s1: number): number {
  const tokens = ctx.tokens;
  const k = tokenAtOrAfter(ctx, span[1], s1);
  if (k === 0 || k + 1 >= s1 || tokens[k].text !== 'or' || tokens[k - 1].pos === 'PUNCT') return -1;
  if (/\S/.test(ctx.text.slice(tokens[k - 1].span[1], tokens[k].span[0]))) return -1;
  let j = k + 1;
  for (; j < s1 && tokens[j].pos !== 'PUNCT'; j++)
    if (ctx.markContaining(tokens[j].span[0]) >= 0 || cueAt(tokens, j, s0, s1)) return -1;
  return j > k + 1 ? tokens[j - 1].span[1] : -1;
}

/**
 * The character offset where an infinitive content at `span` ("to clean up the mines") ends once
 * it takes in a second bare verb joined by "and" / "or" / "then", up to the next punctuation mark
 * or the sentence's end ("agreed to clean up the mines and reclaim the land"). -1 when none.
 */
function infinitiveTail(ctx: QuoteContext, span: readonly [number, number], s0: number, s1: number): number {
  const tokens = ctx.tokens;
  const first = tokenAtOrAfter(ctx, span[0], s1);
  if (first + 1 >= s1 || tokens[first].lower !== 'to' || tokens[first + 1].pos !== 'VERB') return -1;
  let k = tokenAtOrAfter(ctx, span[1], s1);
  const comma = k < s1 && tokens[k].text === ',';
  if (comma) k++;
  // "to triple the program, grow the Peace Corps and create ...": a list of verb phrases.
  if (comma && k < s1 && tokens[k].pos === 'VERB') k--;
  else if (k + 1 >= s1 || !(tokens[k].lower === 'and' || tokens[k].lower === 'or' || tokens[k].lower === 'then'))
    return -1;
  if (k + 1 >= s1) return -1;
  const v = tokens[k + 1];
  if (v.pos !== 'VERB' || v.lower !== v.lemma || ctx.markContaining(v.span[0]) >= 0) return -1;
  let j = k + 1;
  for (; j < s1 && tokens[j].pos !== 'PUNCT'; j++)
    if (ctx.markContaining(tokens[j].span[0]) >= 0 || (j > k + 1 && cueAt(tokens, j, s0, s1))) return -1;
  return tokens[j - 1].span[1];
}

/** A verb in a form other than its lemma or an "-ing" form: a past tense or a third person ("downplayed", "says"). */
const finiteLooking = (t: Token) => t.lower !== t.lemma && !/ing$/i.test(t.text);

/** An auxiliary, or a verb that looks finite ("approved", "says"): a clause's own verb. */
export const finiteVerb = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && finiteLooking(t));

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Whether the content starting at `start` opens with a participle right after a comma. */
function participleAfterComma(ctx: QuoteContext, start: number, s1: number): boolean {
  const tokens = ctx.tokens;
  const k = tokenAtOrAfter(ctx, start, tokens.length);
  if (k === 0 || k >= tokens.length || tokens[k - 1].text !== ',' || !/ing$/i.test(tokens[k].text)) return false;
  const t = tokens[k];
  if (t.pos === 'VERB') return !gerundObjectThenVerb(tokens, k, s1);
  return t.pos === 'NOUN' && k + 1 < s1 && AFTER_PARTICIPLE_POS.has(tokens[k + 1].pos);
}

/**
 * Whether the content starting at `start` opens with a preposition or subordinator (not "that")
 * right after a comma that closes an adjunct of the cue ending at token `c1` ("said on Tuesday,
 * after ..."). Right after the cue's own comma the reported words go on as often as not ("..., he
 * said, for how the industry can ...", "so bad, Mr. Obama noted, that ...").
 */
function adjunctAfterComma(ctx: QuoteContext, start: number, c1: number, s1: number): boolean {
  const tokens = ctx.tokens;
  const k0 = tokenAtOrAfter(ctx, start, tokens.length);
  if (k0 >= s1) return false;
  // The comma nearest before the content: a content that starts inside the writer's adjunct, not
  // at its first word ("..., the minister said on Tuesday, after years of debate over [how best to
  // use it]"), is the writer's too.
  let k = k0;
  while (k - 1 > c1 && tokens[k - 1].text !== ',') k--;
  if (k - 1 <= c1 || tokens[k].lemma === 'that') return false;
  return tokens[k].pos === 'ADP' || tokens[k].pos === 'SCONJ';
}

/**
 * Whether the span holds one reflexive pronoun and nothing else ("imagined for herself"). Other
 * lone pronouns are kept: they are mostly a cut reading of "called them X", "appoints him as X",
 * which PolNeAR annotates and the strict scorer still matches (polnear-dev, development).
 */
function reflexiveOnly(ctx: QuoteContext, span: readonly [number, number]): boolean {
  const k = tokenAtOrAfter(ctx, span[0], ctx.tokens.length);
  return k < ctx.tokens.length && REFLEXIVE_RE.test(ctx.tokens[k].text) && ctx.tokens[k].span[1] >= span[1];
}
const REFLEXIVE_RE = /^(?:my|your|him|her|it|one|our|them)sel(?:f|ves)$/i;
