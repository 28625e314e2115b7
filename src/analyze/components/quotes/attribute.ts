// One cue, one attribution: find who speaks and what they say. The content is a quotation joined
// to the cue ("“...,” he said" / "said: “...”"), else the reported clause after the cue ("says the
// line ... is a frontier"), else the clause before a final or parenthetical cue ("..., he said.").
import type { Entity, QuoteKind, Span } from '../../../record/types.js';
import type { Cue } from './cues.js';
import { agentThenCharge, isCueLemma } from './cues.js';
import { HEARER_CUE_LEMMAS, HEARER_SKIP_LEMMAS, knownToCueRules, NO_OBJECT_LEMMAS, STANCE_ADJECTIVES } from './cues.js';
import {
  clauseEnd,
  clip,
  findToken,
  hasVerb,
  hyphenWordStart,
  isClause,
  kindOf,
  objectEnd,
  PARTICIPLE_SUFFIX_RE,
  tokenAtOrAfter,
} from './bounds.js';
import type { Attribution, QuoteContext } from './context.js';
import { thingAsSpeaker } from './thing-subject.js';
import { packedMap } from '../../packed-map.js';
import {
  isPossessive,
  nounInfinitive,
  phraseAfter,
  resolveSpeaker,
  subjectBefore,
  withoutOccasion,
  type Speaker,
} from './speaker.js';

/** Between a quotation and the cue after it: only commas, dashes and spaces on the same line ("“...,” he said"). */
const JOIN_BEFORE_CUE_CHAR_RE = /[ \t\u00a0,—–-]/;
/** Between a cue and the quotation after it: a colon or comma, or a short hearer/time phrase and "that". */
const JOIN_AFTER_CUE_RE = /^(?:[\s,:—–-]*|[^.!?;“”"]{0,60}?(?:[,:]|(?<![\p{L}\p{M}\p{N}])that))\s*$/u;
/** Beyond this many characters only the first alternative of JOIN_AFTER_CUE_RE can hold, checked character by character. */
const MAX_JOIN_AFTER_CHARS = 200;
const FAR_JOIN_CHAR_RE = /[\s,:—–-]/;
/** A clause before a parenthetical cue: words then a comma ("The base there, "). */
const LEAD_CLAUSE_RE = /^\s*\S[^]*,\s*$/;
/** Reported words before a parenthetical cue start like a subject; "As a result, Markov says, “...”" or "Asked about it, X said" open with an adverbial. */
const SUBJECT_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const THAT_AT_END_RE = /(?<![\p{L}\p{M}\p{N}])that\s*,?\s*$/u;
/** Between a cue and the rest of a quotation it splits: its adjuncts, a comma, maybe "but" or "and" (and one word). */
const RESUMED_AFTER_CUE_RE = /^[^“”"]*,\s*((?:but|and)(?:\s+\p{Ll}+)?\s*)?$/u;
/** A sentence ending, a semicolon or a quotation mark between: not one sentence split by its cue. */
const SENTENCE_BREAK_RE = /[“”";!?]|\.\s+\p{Lu}/u;
/** A quotation whose last character inside its marks is a comma ("“It is new,”"). */
const COMMA_BEFORE_CLOSING_RE = /,[\s”"'’]*$/;
/** A quotation that opens in lower case: the rest of a sentence. */
const LOWER_CASE_OPENING_RE = /^[“"'‘\s]*\p{Ll}/u;
/** How many tokens a hearer or time phrase may take before "that" ("told Tajik President Rakhmon that"). */
const MAX_TOKENS_BEFORE_THAT = 12;
/** Before a participle cue these show it belongs to the main clause's subject (", saying", "while chanting"). */
const PARTICIPLE_LEADS = new Set([',', 'while', 'after', 'before', 'when', 'by', 'without']);
/** A sentence opening with these starts with an adverbial, up to its comma ("In a statement, ..."). */
const ADVERBIAL_OPENERS = new Set(['ADP', 'ADV', 'SCONJ', 'VERB']);
const MAX_ADVERBIAL_TOKENS = 12;
/** "Content — according to X": a comma or a dash closes the content before the cue. */
const BREAK_BEFORE_ACCORDING_RE = /^(?:,|[—–]|--)$/;
/** The longest source taken up to its comma when no noun phrase is recognised ("according to police,"). */
const MAX_SOURCE_TOKENS = 8;
/** Parts of speech that, right after a noun phrase, make it a clause's subject. */
const CLAUSE_VERB_POS = new Set(['VERB', 'AUX']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Who speaks for a cue, and the characters [left, right) the speaker and cue take together. */
export interface SpeakerFound {
  speaker: Speaker;
  left: number;
  right: number;
  inverted: boolean;
}

export function attribute(
  ctx: QuoteContext,
  cue: Cue,
  sentence: number,
  lastSpeaker: Entity | null,
): Attribution | null {
  const found = findSpeaker(ctx, cue, sentence, lastSpeaker);
  if (!found) return null;
  const { speaker, left, right, inverted } = found;
  const s = ctx.sentences[sentence];
  const cueSpan = ctx.spanOf(cue.tokens[0], cue.tokens[1]);
  const fragments = cue.kind === 'according' ? undefined : directFragments(ctx, left, right, s.span);
  const pieces = fragments ?? reportedFragments(ctx, cue, sentence, left, right, inverted);
  if (!pieces || pieces.length === 0) return null;
  // "In meetings early in her career, she said, managers would ...": a prepositional opening
  // before a parenthetical cue is the start of the reported sentence whose clause follows the cue
  // (not "After that, Ford wrote, and wrote": a clause opened by a conjunction is the writer's).
  if (prepositionalOnly(ctx, pieces[0].span) && !(pieces.length === 2 && opensClause(ctx, pieces[1].span))) return null;
  const last = pieces[pieces.length - 1].span;
  const lastMark = ctx.markContaining(last[1] - 1);
  return {
    speaker,
    cue: ctx.textSpan(cueSpan),
    fragments: pieces,
    lastSentence: sentenceAt(ctx, last[1] - 1, sentence),
    openAtEnd: lastMark >= 0 && ctx.marks[lastMark].open && ctx.marks[lastMark].span[1] === last[1],
  };
}

/** The last speaker found per document: what it was found for, and the result. */
export interface FoundFor {
  cue: Cue;
  sentence: number;
  lastSpeaker: Entity | null;
  attributions: number;
  found: SpeakerFound | null;
}

/**
 * The speaker of a cue: its subject, the phrase after an inverted cue, or the source of "according
 * to". The last answer is kept per document: the learned layer asks again for the cue the rules
 * just read (ruleReading, then cueInput), with the same arguments and the same attributions so far
 * (the only state readSpeaker reads besides the document), and gets the same object.
 */
export function findSpeaker(
  ctx: QuoteContext,
  cue: Cue,
  sentence: number,
  lastSpeaker: Entity | null,
): SpeakerFound | null {
  const last = ctx.lastFound;
  if (
    last &&
    last.cue === cue &&
    last.sentence === sentence &&
    last.lastSpeaker === lastSpeaker &&
    last.attributions === ctx.attributions.length
  )
    return last.found;
  const found = readSpeaker(ctx, cue, sentence, lastSpeaker);
  ctx.lastFound = { cue, sentence, lastSpeaker, attributions: ctx.attributions.length, found };
  return found;
}

function readSpeaker(ctx: QuoteContext, cue: Cue, sentence: number, lastSpeaker: Entity | null): SpeakerFound | null {
  const s = ctx.sentences[sentence];
  const [s0, s1] = s.tokens;
  const [c0, c1] = cue.tokens;
  const tokens = ctx.tokens;
  const cueSpan = ctx.spanOf(c0, c1);

  if (cue.kind !== 'according' && cue.kind !== 'noun' && negated(tokens, c0, s0)) return null;
  if (cue.kind !== 'according' && nounInfinitive(tokens, c0, s0)) return null;
  // "…, compared to 11% of Republican claims", "an improvement compared to the older engine": a
  // preposition of comparison (the verb's own use puts its object first: "compared Trump to").
  if (c0 + 1 < s1 && /^compared$/i.test(tokens[c0].text) && COMPARISON_LINKS.has(tokens[c0 + 1].lemma)) return null;

  // "the reason they stay is fear of retribution": a noun right after "be" is said of the
  // subject, not held by it, and no possessor holds it. wink may tag it a verb, but a verb right
  // after "be" is a participle, never the bare form ("is forecast to" is one: "to" follows).
  if (c0 > s0 && tokens[c0 - 1].lemma === 'be' && c1 < s1 && tokens[c1].lower !== 'to') {
    const t = tokens[c0];
    if (t.pos === 'NOUN' || (t.pos === 'VERB' && t.lower === t.lemma)) return null;
  }

  // Who: the subject before the cue, else the phrase after it (inverted "said Mr. Podesta").
  let range: [number, number] | null = null;
  let inverted = false;
  let mainSpeaker: Speaker | null = null;
  const lead = participleLead(ctx, c0, s0);
  if (cue.kind === 'according') {
    range = cue.speaker
      ? [cue.speaker[0], cue.speaker[1]]
      : (phraseAfter(tokens, c1, s1) ?? sourceUpToBreak(ctx, c1, s1));
    inverted = true;
  } else if (cue.kind === 'noun') {
    // "with Foreign Minister Ayman Safadi warning of ...", "the Supreme Court ruling that ...": a
    // noun in "-ing" right after a name is the verb's participle (or its gerund), whose subject
    // (or holder) is that name.
    const participle = c0 > s0 && tokens[c0 - 1].pos === 'PROPN' && /ing$/i.test(tokens[c0].text);
    range =
      (participle ? subjectBefore(tokens, c0, s0) : null) ??
      possessorBefore(ctx, c0, s0) ??
      subjectOfSentence(ctx, s0, c0); // "his claim that" / "X repeated the claim that"
  } else if (lead && PARTICIPLE_SUFFIX_RE.test(tokens[c0].text)) {
    // ", saying that ...", "he said, adding that ...": the main clause's speaker speaks, the one an
    // earlier cue of the sentence found, else the sentence's subject.
    mainSpeaker = speakerEarlierInSentence(ctx, s.span[0], cueSpan[0]);
    if (!mainSpeaker && lead === 'mark') return null; // the words of a quotation no cue attributed
    if (!mainSpeaker) range = subjectOfSentence(ctx, s0, c0);
    // "they found her in a basket where he forced her to hide while threatening to ...": a
    // clause opened after the main clause's speaker has its own subject, the participle's.
    const mainEnd = mainSpeaker ? mainSpeaker.span[1] : range ? tokens[range[1] - 1].span[1] : null;
    const nearer = mainEnd === null ? null : clauseSubjectBetween(tokens, mainEnd, c0);
    if (nearer) [mainSpeaker, range] = [null, nearer];
  } else {
    // "but no one knows how ...", "Nobody said that ...": a negative subject, no one speaks (its
    // words, "no one", are no phrase the rules read, so the search went on to another clause's subject).
    if (negativeSubjectBefore(tokens, c0, s0)) return null;
    // "Watergate, remember, took two years": a verb in its bare form alone between commas, before
    // the sentence's own verb, is an imperative aside to the reader; the phrase before it is that
    // verb's subject, no speaker ("the senators, both Democrats, say, “...”" is a report).
    if (
      c0 > s0 &&
      c1 + 1 < s1 &&
      tokens[c0 - 1].text === ',' &&
      tokens[c1].text === ',' &&
      CLAUSE_VERB_POS.has(tokens[c1 + 1].pos) &&
      tokens[c0].pos === 'VERB' &&
      tokens[c0].lower === tokens[c0].lemma
    )
      return null;
    range = subjectBefore(tokens, c0, s0);
    // A reflexive pronoun is no subject: after a noun phrase it stresses it ("The mayor himself
    // said"), after a verb it is the verb's object ("you’ll find yourself being asked to ...",
    // "found themselves accused of"), and the one asked or accused is no speaker.
    if (range && range[1] - range[0] === 1 && REFLEXIVE_RE.test(tokens[range[0]].text)) {
      const k = range[0];
      const before = k > s0 ? tokens[k - 1] : null;
      if (!before || !(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON')) return null;
      range = subjectBefore(tokens, k, s0);
    }
    if (!range || ctx.markContaining(tokens[range[0]].span[0]) >= 0) {
      range = phraseAfter(tokens, c1, s1);
      inverted = range !== null;
      // "-- said the candidate tended to ...", "who said the party's goal was": a phrase followed
      // by its verb, or cut at a possessive, opens the reported clause; it is not an inverted
      // speaker, the sentence's subject is.
      // "..., told Newsweek:": the phrase after "tell" is who hears it, never an inverted speaker;
      // the bare form with no subject before it is an imperative ("tell me one thing"), no report.
      const hearer = HEARER_OBJECT_LEMMAS.has(tokens[c0].lemma);
      if (range && hearer && tokens[c0].lower === tokens[c0].lemma) return null;
      // "described the Trans-Pacific Partnership as “the gold standard”": a phrase with an "as"
      // complement is the cue's object, no inverted speaker ("said Smith as he left" is one).
      if (range && range[1] + 1 < s1 && tokens[range[1]].lower === 'as' && tokens[range[1] + 1].pos !== 'PRON')
        return null;
      const opensClause =
        range &&
        range[1] < s1 &&
        (CLAUSE_VERB_POS.has(tokens[range[1]].pos) || isPossessive(tokens[range[1]])) &&
        !agentParticipleAfterQuotation(ctx, c0, range[1], s0, s1);
      if (range && (opensClause || hearer)) {
        range = subjectOfSentence(ctx, s0, c0);
        inverted = false;
        // The words of a quotation are never its speaker ("“In our opinion, this rate is ...,” says").
        if (!range || ctx.markContaining(tokens[range[0]].span[0]) >= 0) return null;
      }
    }
    // "Sens. A (D-Ore.), B (D-Ohio) and C all suggested that": no phrase right before the cue, but
    // when the cue is the sentence's first verb its subject is the sentence's first phrase.
    // Not after "be": a passive's subject is not its speaker ("were called to service by the governor").
    if (!range && !hasVerb(ctx, s.span[0], cueSpan[0]) && !(c0 > s0 && tokens[c0 - 1].lemma === 'be'))
      range = subjectOfSentence(ctx, s0, c0);
  }
  // "wrote Fadem in a Tuesday research report", "according to Smith in an interview": the occasion
  // of the saying is no part of an inverted speaker.
  if (range && inverted) range = withoutOccasion(tokens, range);
  // "it had been made clear that", "there were accused of": an expletive subject of a passive names no speaker.
  if (range && expletive(tokens, range, c1, s1) && passive(tokens, c0, s0)) return null;
  if (range && !inverted && reducedRelative(tokens, range, c0, s0)) return null;
  // "Recent months have shown", "Tuesday saw": a time is no speaker.
  if (range && isTimePhrase(ctx, range)) {
    // "Wells Fargo just this month announced", "The report last week found": a time between the
    // subject and its verb; the phrase before it speaks.
    range = inverted ? speakerBeforeTime(ctx, range) : subjectBeforeTime(ctx, range, s0);
    if (!range) return null;
  }
  // "Last week State Department official David Holmes revealed": a time opening the sentence
  // before the subject is no part of it.
  if (range && !inverted) range = withoutLeadingTime(ctx, range);
  if (range && noOneSpeaks(tokens, range, s0)) return null;
  // "the sets emphasizes playability": a thing says nothing (an agentless passive's subject is
  // what is reported, no speaker, and stays).
  if (range && thingAsSpeaker(tokens, range, tokens[c0].lemma) && !passive(tokens, c0, s0)) return null;
  // "That said, ...", "That being said, ...": a linking phrase of the writer's, nothing reported.
  if (
    range &&
    range[0] === s0 &&
    range[1] - range[0] === 1 &&
    /^that$/i.test(tokens[s0].text) &&
    tokens[c1]?.text === ','
  )
    return null;
  // "It's worth noting that ...": the writer's aside, no one else's words.
  if (c0 > s0 && tokens[c0 - 1].lower === 'worth') return null;
  // "in what host Tom Bergeron described as": a free relative's "what" is not the speaker's.
  if (range && range[1] - range[0] > 1 && FREE_RELATIVES.has(tokens[range[0]].lower)) range = [range[0] + 1, range[1]];
  // "When President Trump's advisers suggested", "After officials announced": the subordinator
  // opening the sentence is not the speaker's.
  if (
    range &&
    range[1] - range[0] > 1 &&
    (LEADING_NON_SPEAKER_POS.has(tokens[range[0]].pos) ||
      CLAUSE_PREPOSITIONS.has(tokens[range[0]].lower) ||
      complementizerBeforeSubject(tokens, range[0]))
  )
    range = [range[0] + 1, range[1]];
  // "People across the nation are talking": the phrase after a preposition belongs to the noun
  // before it when that noun opens the sentence.
  if (range && !inverted) range = withNounBeforePreposition(tokens, range, s0);
  let speaker = mainSpeaker ?? (range ? resolveSpeaker(tokens, range, ctx.mentions, lastSpeaker, ctx.text) : null);
  if (!speaker || isGenericYou(speaker)) return null;
  // "Q: What have you learned? A: I think ...": in an interview's answer the first person is the
  // one interviewed, not the writer; the pronoun stays the speaker, with no entity.
  if (speaker.writer && inInterviewAnswer(ctx, sentence)) speaker = { ...speaker, writer: false };
  // "it's important to remember that ...", "It is fair to say that ...": the writer's aside, an
  // extraposed infinitive whose "it" stands for no one; the writer says it (PolNeAR marks "It is
  // important to note" as an attribution with no source in the text).
  if (range && !inverted && extraposedInfinitive(tokens, range, c0))
    speaker = { ...speaker, entity: null, writer: true };
  // "Meanwhile, ...", "Similarly promoted", "Hopefully they can": a capitalised adverb or
  // conjunction alone, naming no entity, is no speaker.
  if (range && range[1] - range[0] === 1 && !speaker.entity && NON_SPEAKER_POS.has(tokens[range[0]].pos)) return null;
  const left = inverted || mainSpeaker ? cueSpan[0] : Math.min(cueSpan[0], speaker.span[0]);
  const right = inverted ? Math.max(cueSpan[1], speaker.span[1]) : cueSpan[1];
  return { speaker, left, right, inverted };
}

/** The label of an interview's answer ("A:", "A."), opening a paragraph's sentence. */
const ANSWER_LABEL_RE = /^A\s*[:.]\s/;

/** Whether sentence `si` is in a paragraph of an interview's answer: one of its sentences up to `si` opens with "A:". */
function inInterviewAnswer(ctx: QuoteContext, si: number): boolean {
  const paragraph = ctx.sentences[si].paragraph;
  for (let j = si; j >= 0 && ctx.sentences[j].paragraph === paragraph; j--) {
    const [from, to] = ctx.sentences[j].span;
    if (ANSWER_LABEL_RE.test(ctx.text.slice(from, Math.min(to, from + 4)) + ' ')) return true;
  }
  return false;
}

/**
 * Whether the "that" at token `k` is the conjunction opening a clause whose subject follows ("given
 * that officers had earlier threatened"), not a demonstrative: a demonstrative "that" takes no
 * plural noun and no name.
 */
function complementizerBeforeSubject(tokens: QuoteContext['tokens'], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k].lower !== 'that' || !next || next.sentence !== tokens[k].sentence) return false;
  return next.pos === 'PROPN' || (next.pos === 'NOUN' && next.lower !== next.lemma && next.lower.endsWith('s'));
}

/**
 * The speaker phrase [a, b) widened to the sentence's opening noun phrase when a preposition joins
 * them ("People across the nation", "Voters around the country"): the phrase after the preposition
 * modifies that noun, the sentence's subject. Else [a, b).
 */
function withNounBeforePreposition(
  tokens: QuoteContext['tokens'],
  [a, b]: [number, number],
  s0: number,
): [number, number] {
  if (a - 2 < s0 || tokens[a - 1].pos !== 'ADP' || tokens[a - 2].pos !== 'NOUN') return [a, b];
  for (let k = s0; k < a - 1; k++) if (!OPENING_PHRASE_POS.has(tokens[k].pos)) return [a, b];
  return [s0, b];
}
/** Parts of speech of a noun phrase that opens a sentence, up to its head. */
const OPENING_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Words that open a phrase standing for no one: negative ("No one has shown", "I don't see anyone else talking"). */
const NEGATIVE_SPEAKERS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'anyone', 'anybody', 'neither']);
/** Interrogative and free-relative pronouns: alone they stand for no one ("What it is to say is ..."). */
const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever']);
/** Parts of speech after which "that" opens a clause ("studies indicate that adding ..."), not a relative. */
const COMPLEMENTIZER_LEADS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADJ', 'ADP', 'SCONJ']);

/**
 * Whether the speaker phrase [a, b) stands for no one: a negative or "any" phrase (a negated
 * attribution, which the rules do not report), a bare "what", or a bare "that" after a verb, which
 * is the conjunction opening the verb's clause ("Studies indicate that adding exercise ...").
 */
function noOneSpeaks(tokens: QuoteContext['tokens'], [a, b]: [number, number], s0: number): boolean {
  const word = tokens[a].lower;
  if (NEGATIVE_SPEAKERS.has(word)) return true;
  if (b - a !== 1) return false;
  if (FREE_RELATIVES.has(word)) return true;
  return word === 'that' && a > s0 && COMPLEMENTIZER_LEADS.has(tokens[a - 1].pos);
}

/**
 * Whether the cue follows a quotation's closing mark and the phrase after it (ending before token
 * `k`) goes on with a participle and its agent ("“...,” says the letter signed by seven
 * physicians", "“...,” read a statement released by the club"): a reduced relative inside the
 * inverted speaker's phrase, not the verb of a reported clause, as the quotation is the content.
 */
function agentParticipleAfterQuotation(ctx: QuoteContext, c0: number, k: number, s0: number, s1: number): boolean {
  const tokens = ctx.tokens;
  if (k + 1 >= s1 || tokens[k].pos !== 'VERB' || tokens[k].lower === tokens[k].lemma || tokens[k + 1].lower !== 'by')
    return false;
  let b = c0 - 1;
  while (b >= s0 && tokens[b].text === ',') b--;
  return b >= s0 && ctx.markContaining(tokens[b].span[0]) >= 0;
}

const REFLEXIVE_RE = /^(?:my|your|him|her|it|one|our|them)sel(?:f|ves)$/i;

/** Whether "no one", "no-one", "nobody" or "nothing" (an adverb or auxiliary between) is the subject right before the cue. */
function negativeSubjectBefore(tokens: QuoteContext['tokens'], c0: number, s0: number): boolean {
  let k = c0;
  while (k > s0 && c0 - k < 3 && (tokens[k - 1].pos === 'ADV' || tokens[k - 1].pos === 'AUX')) k--;
  if (k > s0 && NEGATIVE_PRONOUNS.has(tokens[k - 1].lower)) return true;
  return k - 1 > s0 && tokens[k - 1].lower === 'one' && tokens[k - 2].lower === 'no';
}
const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'no-one', 'noone', 'nothing']);

/** Parts of speech that open a sentence's adverbial, not a speaker's name ("When", "Also"). */
const LEADING_NON_SPEAKER_POS: ReadonlySet<string> = new Set(['ADV', 'SCONJ']);
/** Parts of speech that, alone and naming no entity, are no speaker. */
const NON_SPEAKER_POS: ReadonlySet<string> = new Set(['ADV', 'SCONJ', 'CCONJ', 'ADP', 'INTJ']);

/** Verbs whose object is the hearer ("told Newsweek", "assured reporters", "reminded voters"). */
const HEARER_OBJECT_LEMMAS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'notify']);

/**
 * "You" as the subject of a cue outside quotation marks (cues inside them are never read) is the
 * writer addressing the reader ("you want to try something new", "you can call it ..."), not a
 * source.
 */
const isGenericYou = (speaker: Speaker) => /^you$/i.test(speaker.text);

/**
 * Verbs that report a saying only with a reported clause or a quotation ("pledged that ...",
 * "responded: “...”"); with an object or an infinitive they report an act ("sought a loan",
 * "decided to close the bridge", "pledged $10 million", "responded by cutting the budget") or a
 * possession ("maintains a presence", "boasts a reputation": in polnear-train 1 of 24 "maintain"
 * and none of 4 "boast" with a determiner after them are cues) or a perception ("observed Europa
 * for 17 nights": "observe" is also a verb of seeing, Levin 1993, §30.2).
 */
const ACTION_LEMMAS: ReadonlySet<string> = new Set([
  'respond',
  'decide',
  'pledge',
  'seek',
  'maintain',
  'boast',
  'observe',
]);

/**
 * Whether the rules' refusal of a cue is deliberate, to stand whatever a model says: a belief
 * verb with a bare object ("knows the area"), an action verb ("decided to close"), "according to"
 * without its clause. Other refusals (no clause the rules trust: "said after the convention he
 * would ...") may be read by the content tagger.
 */
export function refusalStands(ctx: QuoteContext, cue: Cue): boolean {
  const lemma = ctx.tokens[cue.tokens[0]].lemma;
  return cue.kind === 'clause' || cue.kind === 'according' || ACTION_LEMMAS.has(lemma);
}

/** Nouns of time that head a time phrase whether or not the times component resolved it. */
const TIME_NOUN_RE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?|days?|weeks?|months?|years?|decades?|weekends?|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Whether the phrase [a, b) is headed (its last noun) by a time word or a time expression. */
function isTimePhrase(ctx: QuoteContext, [a, b]: [number, number]): boolean {
  for (let k = b - 1; k >= a; k--) {
    const t = ctx.tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN')
      return (TIME_NOUN_RE.test(t.text) || ctx.inTime(t.span[0])) && !endsPersonName(ctx, k, a);
  }
  return false;
}

/**
 * The phrase [a, b) without a time expression that opens it ("Last week", "Yesterday") when a
 * name or noun follows the time: the times component's spans, a time noun ending them, no number
 * or hyphen in them.
 */
function withoutLeadingTime(ctx: QuoteContext, [a, b]: [number, number]): [number, number] {
  let k = a;
  while (k < b && ctx.inTime(ctx.tokens[k].span[0])) k++;
  if (k === a || k >= b || !TIME_NOUN_RE.test(ctx.tokens[k - 1].text)) return [a, b];
  // "A 2-month study": a length of time modifying the noun stays.
  if (ctx.tokens.slice(a, k).some((t) => t.pos === 'NUM' || t.text === '-')) return [a, b];
  return ctx.tokens.slice(k, b).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? [k, b] : [a, b];
}

/**
 * Whether token k, a capitalised word after a proper noun of the phrase starting at a, ends a
 * person's name ("Theresa May", "Jenny March"): the entity tagger's person, not a month.
 */
function endsPersonName(ctx: QuoteContext, k: number, a: number): boolean {
  const t = ctx.tokens[k];
  if (k <= a || ctx.tokens[k - 1].pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text)) return false;
  return ctx.mentions.inside(t.span)?.type === 'PERSON';
}

/** Parts of speech between a subject and a time adjunct before its verb ("just", "on"). */
const BEFORE_TIME_POS: ReadonlySet<string> = new Set(['ADV', 'ADP']);

/** The noun phrase right before the time phrase [a, b) (past an adverb or preposition), when it is no time itself. */
function subjectBeforeTime(ctx: QuoteContext, [a]: [number, number], s0: number): [number, number] | null {
  const tokens = ctx.tokens;
  let k = a;
  while (k > s0 && a - k < 2 && BEFORE_TIME_POS.has(tokens[k - 1].pos)) k--;
  if (k <= s0 || (tokens[k - 1].pos !== 'NOUN' && tokens[k - 1].pos !== 'PROPN')) return null;
  const range = subjectBefore(tokens, k, s0);
  if (!range || range[1] !== k || isTimePhrase(ctx, range)) return null;
  // "In the spring of last year", "papers obtained by our correspondent on Monday": the object of
  // a preposition is no subject.
  let p = range[0];
  while (p > s0 && (tokens[p - 1].pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[p - 1].lower))) p--;
  return p > s0 && tokens[p - 1].pos === 'ADP' ? null : range;
}

/**
 * An inverted speaker's phrase that runs on into a time phrase ("said Smith a day later", "said
 * the coach Monday"): the words before the time's first token speak when they end in a noun and
 * are no time themselves; the time is when it was said. Null when the phrase opens with the time.
 */
function speakerBeforeTime(ctx: QuoteContext, [a, b]: [number, number]): [number, number] | null {
  let k = a + 1;
  while (k < b && !ctx.inTime(ctx.tokens[k].span[0])) k++;
  if (k >= b) return null;
  const range: [number, number] = [a, k];
  // The speaker ends at its head, right before the time ("a new case study out Monday" is no phrase).
  const head = ctx.tokens[k - 1].pos;
  return (head === 'NOUN' || head === 'PROPN') && !isTimePhrase(ctx, range) && !ctx.inTime(ctx.tokens[a].span[0])
    ? range
    : null;
}

/** A content that is only a prepositional phrase ("by cutting the budget", "On the other side of the aisle"): no reported words. */
function prepositionalOnly(ctx: QuoteContext, span: Span): boolean {
  if (ctx.marksWithin(span[0], span[1]).length > 0) return false;
  const first = tokenAtOrAfter(ctx, span[0], ctx.tokens.length);
  if (first >= ctx.tokens.length || ctx.tokens[first].pos !== 'ADP') return false;
  for (let k = first + 1; k < ctx.tokens.length && ctx.tokens[k].span[0] < span[1]; k++) {
    const t = ctx.tokens[k];
    if ((t.pos === 'VERB' && !PARTICIPLE_SUFFIX_RE.test(t.text)) || t.pos === 'AUX') return false;
  }
  return true;
}

/** Whether the span starts with no conjunction and holds a verb that is no participle, or an auxiliary. */
function opensClause(ctx: QuoteContext, span: Span): boolean {
  const first = tokenAtOrAfter(ctx, span[0], ctx.tokens.length);
  if (first >= ctx.tokens.length || ctx.tokens[first].pos === 'CCONJ') return false;
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k].span[0] < span[1]; k++) {
    const t = ctx.tokens[k];
    if ((t.pos === 'VERB' && !PARTICIPLE_SUFFIX_RE.test(t.text)) || t.pos === 'AUX') return true;
  }
  return false;
}

/** Conjunctions of condition: after a cue they open an adjunct, except after verbs of asking ("asked if"). */
const CONDITIONAL_STARTS = new Set(['if', 'unless']);
const QUESTION_LEMMAS = new Set(['ask', 'wonder', 'question', 'inquire']);

/** Negations that stand between a subject and its cue: "has not explained", "without agreeing on" report no speech. */
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'without']);
/** How far back from the cue a negation may stand ("has not yet said"). */
const MAX_NEGATION_DISTANCE = 3;

const COMPARISON_LINKS: ReadonlySet<string> = new Set(['to', 'with']);
/** Subordinators tagged as prepositions, after which a clause (with its subject) may start. */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'because',
  'like',
]);

/**
 * A past participle right after the object of a verb ("made investments intended to create")
 * modifies that object: no one is said to intend anything. After a verb that takes a clause ("said
 * officials planned") the phrase is a subject. (After a preposition the phrase is as often the
 * end of a subject's modifier, "Protesters marching through the streets chanted", so that is left.)
 */
function reducedRelative(tokens: QuoteContext['tokens'], range: [number, number], c0: number, s0: number): boolean {
  const cue = tokens[c0];
  if (range[1] !== c0 || cue.pos !== 'VERB' || cue.lower === cue.lemma || !/(?:ed|en)$/i.test(cue.text)) return false;
  const k = range[0] - 1;
  if (k < s0) return false;
  const before = tokens[k];
  // The verb has a subject or an auxiliary before it: not itself a modifier ("registered voters agreed").
  const finite = k > s0 && FINITE_VERB_LEADS.has(tokens[k - 1].pos);
  return before.pos === 'VERB' && finite && !knownToCueRules(before);
}
const FINITE_VERB_LEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'ADV']);

/**
 * A subject that stands for no one: "there", or "it" whose clause follows the verb ("it had been
 * made clear that", "it is expected to"), not "it" for a thing named before ("it is considered a
 * threat").
 */
function expletive(tokens: QuoteContext['tokens'], range: [number, number], c1: number, s1: number): boolean {
  if (range[1] - range[0] !== 1) return false;
  const word = tokens[range[0]].lower;
  if (word === 'there') return true;
  if (word !== 'it') return false;
  let k = c1;
  while (k < s1 && k - c1 < 2 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k++; // "made clear that"
  return k < s1 && (tokens[k].lemma === 'that' || tokens[k].lemma === 'to');
}

/** Adverbs and auxiliaries between "it" and its adjective ("it's also important", "it is not always easy"). */
const MAX_EXTRAPOSED_GAP = 3;

/**
 * Whether the speaker phrase [a, b) is a bare "it" before "be", an adjective and "to" right before
 * the cue `c0` ("it's important to remember that", "It is fair to say that"): the infinitive is the
 * subject the "it" stands in for, so no one but the writer says the cue's clause.
 */
function extraposedInfinitive(tokens: QuoteContext['tokens'], [a, b]: [number, number], c0: number): boolean {
  if (b - a !== 1 || tokens[a].lower !== 'it' || c0 - b < 3) return false;
  if (tokens[c0 - 1].lower !== 'to' || tokens[c0 - 2].pos !== 'ADJ') return false;
  if (tokens[b].lemma !== 'be' || c0 - 2 - b > MAX_EXTRAPOSED_GAP) return false;
  for (let k = b + 1; k < c0 - 2; k++) if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  return true;
}

/**
 * A past participle after "be" ("it had been made clear that"): its subject is what was said or
 * done to, not who said it. Adjectives of stance ("is convinced that") are the subject's own
 * attitude. PolNeAR annotates passives with a named subject as attributions without a source, so
 * only expletive subjects are refused.
 */
export function passive(tokens: QuoteContext['tokens'], c0: number, s0: number): boolean {
  const cue = tokens[c0];
  const word = cue.lower;
  if (word === cue.lemma || PARTICIPLE_SUFFIX_RE.test(word) || STANCE_ADJECTIVES.has(word)) return false;
  for (let k = c0 - 1; k >= s0 && c0 - k <= MAX_NEGATION_DISTANCE; k--) {
    if (tokens[k].lemma === 'be') return true;
    if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

function negated(tokens: QuoteContext['tokens'], c0: number, s0: number): boolean {
  for (let k = c0 - 1; k >= s0 && c0 - k <= MAX_NEGATION_DISTANCE; k--) {
    if (NEGATIONS.has(tokens[k].lower)) return true;
    // "nor do they (always) understand": the subject after an inverting "nor" and its auxiliary.
    if (tokens[k].pos === 'PRON' && k - 2 >= s0 && tokens[k - 1].pos === 'AUX' && tokens[k - 2].lower === 'nor')
      return true;
    if (tokens[k].pos !== 'AUX' && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

/** The speaker of the last attribution whose cue lies in [sentenceStart, before). */
function speakerEarlierInSentence(ctx: QuoteContext, sentenceStart: number, before: number): Speaker | null {
  for (let k = ctx.attributions.length - 1; k >= 0; k--) {
    const a = ctx.attributions[k];
    if (a.cue && a.cue.span[0] < sentenceStart) break; // cues are found in text order: the rest are earlier still
    if (a.cue && a.cue.span[1] <= before) return a.speaker;
  }
  return null;
}

/** Words that open a clause with a subject of its own inside a sentence ("where he", "because they"). */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'where',
  'when',
  'because',
  'who',
  'whom',
  'after',
  'until',
]);
/** Subject pronouns of a person or people. */
export const PERSON_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * The subject pronoun of a clause opened between character `from` and the participle's lead
 * before token `c0` ("where he forced her to hide while threatening"): an opening word, the
 * pronoun and a verb, with no comma after them (", adding that" goes with the main clause); else null.
 */
function clauseSubjectBetween(tokens: QuoteContext['tokens'], from: number, c0: number): [number, number] | null {
  for (let k = c0 - 1; k >= 0 && tokens[k].span[0] >= from; k--) {
    if (tokens[k].text === ',') return null;
    if (
      CLAUSE_OPENING_WORDS.has(tokens[k].lower) &&
      PERSON_SUBJECT_PRONOUNS.has(tokens[k + 1].lower) &&
      CLAUSE_VERB_POS.has(tokens[k + 2].pos)
    )
      return [k + 1, k + 2];
  }
  return null;
}

/**
 * Whether the word before the cue at c0 leads a participle of the main clause: ", saying", "after
 * adding", or a quotation's closing mark after its comma ('... ago," adding that ...').
 */
function participleLead(ctx: QuoteContext, c0: number, s0: number): 'word' | 'mark' | null {
  if (c0 <= s0) return null;
  if (PARTICIPLE_LEADS.has(ctx.tokens[c0 - 1].lemma)) return 'word';
  const mark = ctx.markContaining(ctx.tokens[c0 - 1].span[0]);
  return c0 - 2 >= s0 && mark >= 0 && !ctx.marks[mark].open && ctx.tokens[c0 - 2].text === ',' ? 'mark' : null;
}

/** Whether a gerund at `start` opens a clause as its subject: a verb follows before any comma ("legalizing it could put"). */
function gerundSubject(ctx: QuoteContext, start: number, s1: number): boolean {
  const t = ctx.tokens[start];
  return t.pos === 'VERB' && /ing$/i.test(t.text) && start + 1 < s1 && isClause(ctx, start + 1, s1, false, true);
}

/** Whether the condition at `start` ("if he were president,") is followed by its comma and a clause. */
function conditionThenClause(ctx: QuoteContext, start: number, s1: number): boolean {
  const comma = findToken(ctx, start + 1, Math.min(s1, start + MAX_CONDITION_TOKENS), ',');
  return comma > start + 2 && comma + 1 < s1 && isClause(ctx, comma + 1, s1, false, true);
}
/** The longest condition read before its comma. */
const MAX_CONDITION_TOKENS = 15;

/** Quotations joined to the cue clause [left, right): one before it, one after it, or both. */
function directFragments(ctx: QuoteContext, left: number, right: number, sentence: Span) {
  const sentenceEnd = sentence[1];
  const out: { kind: QuoteKind; span: Span }[] = [];
  const before = ctx.markAfter(left) - 1;
  if (before >= 0 && !ctx.usedMarks.has(before) && ctx.isSpeech(before)) {
    const m = ctx.marks[before];
    const joined = onlyCharsBetween(ctx.text, m.span[1], left, JOIN_BEFORE_CUE_CHAR_RE)
      ? withLead(ctx, m.span, sentence[0])
      : null;
    if (joined) out.push(joined);
  }
  const after = ctx.markAfter(right);
  if (after < ctx.marks.length && !ctx.usedMarks.has(after)) {
    const m = ctx.marks[after];
    // A far quotation joins only across spaces and punctuation: not worth slicing the text between.
    const near = m.span[0] - right <= MAX_JOIN_AFTER_CHARS;
    const between = near ? ctx.text.slice(right, m.span[0]) : '';
    const joined =
      (near ? JOIN_AFTER_CUE_RE.test(between) : onlyCharsBetween(ctx.text, right, m.span[0], FAR_JOIN_CHAR_RE)) &&
      !hasVerb(ctx, right, m.span[0]);
    const endsSentence = () => /^[\s.!?]*$/.test(ctx.text.slice(m.span[1], Math.max(m.span[1], sentenceEnd)));
    // A quotation of speech joins even mid-sentence ("says, “Don't you do it,” until ..."); a phrase
    // in marks only when it ends the sentence, else it belongs to a reported clause.
    if (joined && (ctx.isSpeech(after) || (out.length > 0 && endsSentence()))) {
      const that = THAT_AT_END_RE.exec(between);
      const start = that ? right + that.index : m.span[0];
      out.push({ kind: 'direct', span: [start, m.span[1]] });
    } else if (out.length > 0 && near) {
      // "“It is new,” Schiff told a radio show on Wednesday, “but the attempt ...”": the second part
      // of a quotation its cue splits, going on in lower case after a comma, joins across the cue's
      // adjuncts; a conjunction before its mark is part of it ("he said, but “when ...”").
      const resumed = RESUMED_AFTER_CUE_RE.exec(between);
      if (
        resumed &&
        !SENTENCE_BREAK_RE.test(between) &&
        COMMA_BEFORE_CLOSING_RE.test(ctx.text.slice(out[0].span[0], out[0].span[1])) &&
        LOWER_CASE_OPENING_RE.test(ctx.text.slice(m.span[0], Math.min(m.span[1], m.span[0] + 8)))
      ) {
        const start = resumed[1] ? right + resumed.index + resumed[0].indexOf(resumed[1]) : m.span[0];
        out.push({ kind: kindOf(ctx, [start, m.span[1]]), span: [start, m.span[1]] });
      }
    }
  }
  if (out.length === 0) return undefined;
  const lead = ctx.text.slice(sentence[0], left);
  const parenthetical =
    out.length === 1 && out[0].span[0] >= right && /^\s*,\s*$/.test(ctx.text.slice(right, out[0].span[0]));
  const leadTok = tokenAtOrAfter(ctx, sentence[0], ctx.tokens.length);
  const adverbial = leadTok >= ctx.tokens.length || !SUBJECT_START_POS.has(ctx.tokens[leadTok].pos);
  if (parenthetical && !adverbial && LEAD_CLAUSE_RE.test(lead) && ctx.marksWithin(sentence[0], left).length === 0) {
    // "The base there, the Russian leader added, “is developing ...”": the words before the
    // parenthetical cue are the speaker's too, reported; the whole is a mixed quote.
    out.unshift({ kind: 'mixed', span: clip(ctx, sentence[0], left) });
    out[1].kind = 'mixed';
  }
  for (const f of out) ctx.usedMarks.add(ctx.markContaining(f.span[1] - 1));
  return out;
}

/**
 * A quotation that starts inside its sentence, after words that open like a subject ("Both
 * parties “saw Burma as ...,” he said"): the words before it are the speaker's too, mixed.
 * Null when the words before open like an adverbial: then the marks hold a title, not speech.
 */
function withLead(ctx: QuoteContext, mark: Span, sentenceStart: number): { kind: QuoteKind; span: Span } | null {
  const lead = ctx.text.slice(sentenceStart, mark[0]);
  if (mark[0] <= sentenceStart || /^\s*$/.test(lead) || ctx.marksWithin(sentenceStart, mark[0]).length > 0)
    return { kind: 'direct', span: mark };
  const first = tokenAtOrAfter(ctx, sentenceStart, ctx.tokens.length);
  // After an adverbial ("In an interview on CBS's “Face the Nation,” Ryan said") the marks hold a title.
  if (first >= ctx.tokens.length || !SUBJECT_START_POS.has(ctx.tokens[first].pos)) return null;
  let b = sentenceStart;
  while (b < mark[0] && /\s/.test(ctx.text[b])) b++;
  return { kind: 'mixed', span: [b, mark[1]] };
}

/**
 * Whether every character in [from, to) matches `charRe`: read character by character, stopping at
 * the first other one, as the gap to a quotation may be the rest of a very long line.
 */
function onlyCharsBetween(text: string, from: number, to: number, charRe: RegExp): boolean {
  for (let k = from; k < to; k++) if (!charRe.test(text[k])) return false;
  return true;
}

/** Words after a source's comma that describe the source, not what it reports ("according to X, who ..."). */
const SOURCE_DESCRIPTION_STARTS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'where', 'a', 'an', 'the']);

/**
 * The first token of the rest of a sentence (tokens up to `s1`) after a parenthetical "according
 * to" source ending at token `rightTok` and its comma ("Fundraising, according to the campaign,
 * has surged"; "Japan had one gun death, according to the police, and there were eight ..."): the
 * sentence goes on with the reported words. -1 when the sentence ends with the source, or the
 * words after its comma describe the source.
 */
function restAfterSource(ctx: QuoteContext, rightTok: number, s1: number): number {
  const tokens = ctx.tokens;
  // "according to attendees and speakers, is ...": a second source joined to the first goes over.
  let from = rightTok;
  if (from < s1 && (tokens[from].lower === 'and' || tokens[from].lower === 'or')) {
    from++;
    while (from < s1 && from - rightTok <= MAX_JOINED_SOURCE_TOKENS && JOINED_SOURCE_POS.has(tokens[from].pos)) from++;
    if (from === rightTok + 1) return -1;
  }
  const comma = findToken(ctx, from, Math.min(s1, from + 2), ',');
  if (comma < 0 || comma + 1 >= s1) return -1;
  // "..., and there were ...": PolNeAR leaves the conjunction out of both pieces.
  const start = tokens[comma + 1].pos === 'CCONJ' ? comma + 2 : comma + 1;
  if (start >= s1) return -1;
  const next = tokens[start];
  if ((start === comma + 1 && SOURCE_DESCRIPTION_STARTS.has(next.lower)) || next.pos === 'PUNCT') return -1;
  // "according to Craig Bryan, head of the center, ...": a noun phrase up to a comma, no verb, is the source's title.
  for (let k = start; k < s1; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return start;
    if (t.text === ',' || /^[.;:!?]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Parts of speech of a second source joined by "and" after "according to X" ("and speakers"). */
const JOINED_SOURCE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** The longest second source read after "and" ("and other officials"). */
const MAX_JOINED_SOURCE_TOKENS = 5;

/** Words that open a relative clause describing a source ("According to the study, which ..."). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);
/** The longest description of a source taken between its commas. */
const MAX_DESCRIPTION_TOKENS = 15;

/**
 * "According to the study, published in the journal Nature, the drug ...", "According to the
 * report, which was released on Monday, ...": a participle or relative clause after the source's
 * comma describes the source up to the next comma. The comma that ends it, else `comma`.
 */
function afterSourceDescription(ctx: QuoteContext, comma: number, s1: number): number {
  const tokens = ctx.tokens;
  const first = tokens[comma + 1];
  if (!first) return comma;
  const participle = first.pos === 'VERB' && /(?:ed|en|wn)$/i.test(first.text);
  if (!participle && !RELATIVE_OPENERS.has(first.lower)) return comma;
  const next = findToken(ctx, comma + 2, Math.min(s1, comma + 2 + MAX_DESCRIPTION_TOKENS), ',');
  return next > 0 && next + 1 < s1 ? next : comma;
}

/** The reported clause of an indirect or mixed attribution. */
function reportedFragments(
  ctx: QuoteContext,
  cue: Cue,
  sentence: number,
  left: number,
  right: number,
  inverted: boolean,
) {
  const tokens = ctx.tokens;
  const s = ctx.sentences[sentence];
  const [s0, s1] = s.tokens;
  const rightTok = tokenAtOrAfter(ctx, right, s1);
  const out: Span[] = [];
  // "..., lawmakers said Friday afternoon, as they ...": a time after the cue is the writer's.
  let afterTime = rightTok;
  while (afterTime < s1 && (ctx.inTime(tokens[afterTime].span[0]) || TIME_WORD_RE.test(tokens[afterTime].text)))
    afterTime++;
  if (afterTime > rightTok && afterTime < s1 && !/^[.!?,]$/.test(tokens[afterTime].text)) afterTime = rightTok;
  const endsSentence = afterTime >= s1 || /^[.!?]$/.test(tokens[afterTime].text);
  const parenthetical = afterTime < s1 && tokens[afterTime].text === ',';
  const leftTok = tokenAtOrAfter(ctx, left, s1);
  const commaBefore = leftTok > s0 && tokens[leftTok - 1].text === ',';
  if (cue.kind === 'according' && leftTok === s0) {
    // "According to X, content."
    let comma = findToken(ctx, rightTok, s1, ',');
    if (comma < 0) return null;
    comma = afterSourceDescription(ctx, comma, s1);
    out.push(clip(ctx, tokens[comma].span[1], s.span[1]));
  } else if (cue.kind === 'according' && leftTok > s0 && BREAK_BEFORE_ACCORDING_RE.test(tokens[leftTok - 1].text)) {
    // "Content, according to X (and whatever describes X)." ("And" opening the sentence is the writer's.)
    const from = tokens[s0].pos === 'CCONJ' && s0 + 1 < leftTok ? tokens[s0 + 1].span[0] : s.span[0];
    out.push(clip(ctx, afterDateline(ctx, from), tokens[leftTok - 1].span[0]));
    // "Fundraising, according to the campaign, has surged": the sentence goes on after the source.
    const rest = restAfterSource(ctx, rightTok, s1);
    if (rest >= 0) out.push(clip(ctx, tokens[rest].span[0], s.span[1]));
  } else if ((endsSentence || parenthetical) && commaBefore) {
    // "Content, he said." / "Content, he said, more content." ("And" opening the sentence is the
    // writer's; "But" is mostly the speaker's in polnear-train: 13.8 contents take it in, 8.2 leave it.)
    const from =
      tokens[s0].pos === 'CCONJ' && tokens[s0].lower !== 'but' && s0 + 1 < leftTok ? tokens[s0 + 1].span[0] : s.span[0];
    out.push(clip(ctx, afterDateline(ctx, from), tokens[leftTok - 1].span[0]));
    // "..., the candidate said, angering officials": a participle after the cue is the writer's.
    const participle =
      afterTime + 1 < s1 &&
      tokens[afterTime + 1].pos === 'VERB' &&
      PARTICIPLE_SUFFIX_RE.test(tokens[afterTime + 1].text) &&
      !gerundObjectThenVerb(tokens, afterTime + 1, s1);
    // After an inverted cue the comma mostly opens the speaker's description ("said John Roth, vice
    // president of ..."); a finite verb or an auxiliary there goes on with the reported clause ("The key
    // to its success, says Buser, is Google's network").
    const next = afterTime + 1 < s1 ? tokens[afterTime + 1] : null;
    // Only a verb of saying: "The program, called EB-5, allows ..." names, it reports nothing.
    const goesOn =
      cue.kind === 'speech' &&
      !!next &&
      (next.pos === 'AUX' ||
        (next.pos === 'VERB' && next.lower !== next.lemma && !PARTICIPLE_SUFFIX_RE.test(next.text)));
    if (parenthetical && (!inverted || goesOn) && !participle)
      out.push(clip(ctx, tokens[afterTime].span[1], s.span[1]));
  } else if (!inverted && rightTok < s1) {
    // "says (that) content."
    let start = rightTok;
    const that = complementizerThat(ctx, rightTok, Math.min(s1, rightTok + MAX_TOKENS_BEFORE_THAT));
    const lemma = tokens[cue.tokens[0]].lemma;
    let end = s.span[1];
    const timeAt = (k: number) => ctx.inTime(tokens[k].span[0]) || DAY_WORD_RE.test(tokens[k].text);
    while (start < s1 - 1 && (timeAt(start) || (tokens[start].pos === 'ADP' && timeAt(start + 1)))) start++;
    // "was accused by prosecutors of lying": the agent (the speaker) and the preposition are not reported.
    if (tokens[start].lower === 'by' && cue.kind === 'object') {
      const charge = agentThenCharge(tokens, cue.tokens[1] - 1, s0, s1);
      if (charge >= 0) start = charge;
    }
    const adjunctEnd = that >= 0 && that - rightTok <= 3 ? -1 : clauseAfterAdjuncts(ctx, start, s1);
    if (
      that >= 0 &&
      (HEARER_CUE_LEMMAS.has(lemma) || that - rightTok <= 3) &&
      !clauseBeforeThat(ctx, start, that, HEARER_CUE_LEMMAS.has(lemma))
    )
      start = that;
    else if (adjunctEnd >= 0) start = adjunctEnd;
    else if (HEARER_SKIP_LEMMAS.has(lemma)) {
      // "told him the nominee had not paid": the hearer is not part of what was said.
      const hearer = phraseAfter(tokens, start, s1);
      if (!hearer || hearer[1] >= s1) return null;
      start = subjectInsideHearer(ctx, hearer, s1) ?? hearer[1];
      if (!isClause(ctx, start, s1) && tokens[start].lemma !== 'to') return null;
    } else if (lemma === 'say' && CONDITIONAL_STARTS.has(tokens[start].lemma) && conditionThenClause(ctx, start, s1)) {
      // "said if he were president, the programs would grow": the condition is part of what was said.
    } else if (CONDITIONAL_STARTS.has(tokens[start].lemma) && !QUESTION_LEMMAS.has(lemma)) {
      // "would respond if ships entered ...": a condition on the verb, not what was said.
      return null;
    } else if (lemma === 'say' && gerundSubject(ctx, start, s1)) {
      // "said legalizing it could put thousands to work": a gerund's phrase is the clause's subject
      // (after "say" only: "who reported using meth was 3.8 percent" is an object and the main verb).
    } else if (
      // An action verb's clause has its verb before any comma: "boasts a reputation as ..., has
      // attracted ire" is an object and the main clause's verb.
      !isClause(ctx, start, s1, NO_OBJECT_LEMMAS.has(lemma), cue.kind === 'clause' || ACTION_LEMMAS.has(lemma))
    ) {
      // Not a reported clause: the object is the content, up to the end of its clause.
      if (NO_OBJECT_LEMMAS.has(lemma) || ACTION_LEMMAS.has(lemma) || cue.kind === 'according' || cue.kind === 'clause')
        return null;
      end = objectEnd(ctx, start, s1, end, lemma);
    }
    end = Math.min(end, clauseEnd(ctx, start, s1, end));
    while (start < s1 && /^[,:]$/.test(tokens[start].text)) start++;
    if (start >= s1) return null;
    out.push(clip(ctx, tokens[start].span[0], end));
  } else {
    return null;
  }
  const spans = out.filter((sp) => sp[1] > sp[0]);
  return packedMap(spans, (span) => ({ kind: kindOf(ctx, span), span }));
}

/**
 * The start of the reported clause's subject when the phrase read as the hearer ran on into it
 * ("told [reporters the bill] would pass", "told [reporters Congress] would act": nominals run
 * together with no verb between): a determiner or a name right after a common noun opens a new
 * noun phrase, and the clause after the hearer has its finite verb or auxiliary right after the
 * run. Null when the phrase holds no such second phrase.
 */
function subjectInsideHearer(ctx: QuoteContext, [a, b]: [number, number], s1: number): number | null {
  const tokens = ctx.tokens;
  const verb = tokens[b];
  if (verb.pos !== 'AUX' && !(verb.pos === 'VERB' && verb.lower !== verb.lemma && !/ing$/i.test(verb.text)))
    return null;
  for (let k = a + 1; k < b; k++) {
    const prev = tokens[k - 1].pos;
    const opens =
      (tokens[k].pos === 'DET' && (prev === 'NOUN' || prev === 'PROPN')) ||
      (tokens[k].pos === 'PROPN' && prev === 'NOUN');
    if (opens && isClause(ctx, k, s1)) return k;
  }
  return null;
}

/** Parts of speech of a gerund's object before the verb the gerund is the subject of. */
const GERUND_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** The longest object read between a gerund and its verb ("replacing the party's nominee would"). */
const MAX_GERUND_OBJECT = 5;

/**
 * Whether the "-ing" word at `k` is the subject of the clause after it, not the writer's participle
 * (", he said, replacing Clinton would be much harder"): a short noun phrase and then an auxiliary
 * or a finite verb. Not a verb of saying ("adding the plan would fail" drops its "that").
 */
export function gerundObjectThenVerb(tokens: QuoteContext['tokens'], k: number, s1: number): boolean {
  if (isCueLemma(tokens[k].lemma)) return false;
  let j = k + 1;
  while (j < s1 && j - k <= MAX_GERUND_OBJECT && GERUND_OBJECT_POS.has(tokens[j].pos)) j++;
  if (j === k + 1 || j >= s1) return false;
  const v = tokens[j];
  return v.pos === 'AUX' || (v.pos === 'VERB' && !PARTICIPLE_SUFFIX_RE.test(v.text) && v.lower !== v.lemma);
}

/** Singular nouns of time that "that" can point to ("that summer", "that night"). */
const SPAN_NOUN_RE =
  /^(?:summer|winter|spring|autumn|fall|season|time|hour|moment|morning|afternoon|evening|night|day|week|month|year|weekend)$/i;

/**
 * The first "that" in [from, to) that can open a clause, or -1: not the determiner of a time
 * ("wrote hundreds of songs that summer and sent ..."), though "that time is running out" is a
 * clause (a verb follows the noun), nor a relative pronoun.
 */
function complementizerThat(ctx: QuoteContext, from: number, to: number): number {
  const tokens = ctx.tokens;
  for (let k = from; k < to; k++) {
    if (tokens[k].lower !== 'that') continue;
    const noun = tokens[k + 1],
      after = tokens[k + 2];
    const determiner =
      noun?.sentence === tokens[k].sentence &&
      SPAN_NOUN_RE.test(noun.text) &&
      !(after && after.sentence === noun.sentence && CLAUSE_VERB_POS.has(after.pos));
    // "attacked loopholes that benefit others", "proposed nothing that would raise": "that" right
    // before a verb, after a noun or pronoun, is a relative pronoun, whose antecedent is reported too.
    const relative =
      k > from &&
      (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PRON') &&
      noun?.sentence === tokens[k].sentence &&
      CLAUSE_VERB_POS.has(noun.pos);
    if (!determiner && !relative) return k;
  }
  return -1;
}

/**
 * Whether a clause of its own opens at token `start`, before the "that" at token `that`: a subject
 * and its auxiliary ("said Kabul had ensured that ...", "said the group would argue that ..."), or
 * its finite verb after a verb that takes no hearer ("said the ministry insisted that ..."). The
 * "that" is then inside the reported clause, which starts at its subject. After "tell" and the
 * like a past participle may end the hearer's phrase ("told reporters gathered there that"), so
 * only an auxiliary counts there.
 */
export function clauseBeforeThat(ctx: QuoteContext, start: number, that: number, hearer: boolean): boolean {
  const tokens = ctx.tokens;
  const subject = phraseAfter(tokens, start, that);
  if (!subject || subject[1] >= that) return false;
  const verb = tokens[subject[1]];
  return verb.pos === 'AUX' || (!hearer && verb.pos === 'VERB' && !/ing$/i.test(verb.text));
}

/** Parts of speech that open a noun phrase of their own inside a run of nominals. */
const PHRASE_OPENERS = new Set(['DET', 'PRON']);
/** The longest prepositional adjunct skipped between a cue and its clause ("after the party's convention"). */
const MAX_ADJUNCT_TOKENS = 8;

/**
 * "said after the convention he would ...", "wrote in the journal last year the drug ...": where
 * one or two short prepositional or time adjuncts follow the cue and a clause (a subject and its
 * verb, or "that") follows them, the token the clause starts at; else -1. The adjuncts are the
 * writer's.
 */
export function clauseAfterAdjuncts(ctx: QuoteContext, start: number, s1: number): number {
  const tokens = ctx.tokens;
  const timeAt = (k: number) =>
    ctx.inTime(tokens[k].span[0]) || TIME_WORD_RE.test(tokens[k].text) || TIME_NOUN_RE.test(tokens[k].text);
  let k = start;
  for (let n = 0; n < 2 && k < s1; n++) {
    const from = k;
    while (k < s1 && k - from < MAX_ADJUNCT_TOKENS && timeAt(k)) k++;
    if (k === from) {
      if (tokens[k].pos !== 'ADP') return -1;
      const np = phraseAfter(tokens, k + 1, s1);
      if (!np || np[1] - k > MAX_ADJUNCT_TOKENS) return -1;
      // The phrase ends where a determiner, a pronoun or a time opens another ("for months the
      // bridge"); a time after the phrase's determiner or adjective modifies its head ("during a
      // Friday evening rally").
      let end = np[0] + 1;
      let modifier = MODIFIER_POS.has(tokens[np[0]].pos);
      for (; end < np[1] && !PHRASE_OPENERS.has(tokens[end].pos); end++) {
        if (timeAt(end) && !modifier) break;
        modifier = MODIFIER_POS.has(tokens[end].pos) || (modifier && timeAt(end));
      }
      k = end;
      // "at a campaign stop in Toledo, Ohio, that": a place's region between commas.
      k = afterRegion(ctx, k, s1);
    }
    if (k < s1 && tokens[k].text === ',' && k + 1 < s1 && tokens[k + 1].lemma === 'that') k++;
    if (k < s1 && tokens[k].lemma === 'that') return k;
    const subject = k < s1 && !timeAt(k) ? phraseAfter(tokens, k, s1) : null;
    if (subject && subject[1] < s1 && CLAUSE_VERB_POS.has(tokens[subject[1]].pos)) return k;
  }
  return -1;
}

/** Parts of speech that modify a noun before it inside its phrase. */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** The longest region named after a place between commas ("in Toledo, Ohio, that"). */
const MAX_REGION_TOKENS = 3;

/**
 * The token after a region named between commas at token `k` (", Ohio,"), or `k`: names only, and
 * the place's own phrase before it ends in a name.
 */
function afterRegion(ctx: QuoteContext, k: number, s1: number): number {
  const tokens = ctx.tokens;
  if (k >= s1 || tokens[k].text !== ',' || tokens[k - 1].pos !== 'PROPN') return k;
  let e = k + 1;
  while (e < s1 && e - k <= MAX_REGION_TOKENS && tokens[e].pos === 'PROPN') e++;
  return e > k + 1 && e < s1 && tokens[e].text === ',' ? e : k;
}

/** The words after "according to" up to a comma or the sentence end, when short enough to be a source. */
function sourceUpToBreak(ctx: QuoteContext, start: number, s1: number): [number, number] | null {
  let end = start;
  while (end < s1 && ctx.tokens[end].pos !== 'PUNCT') end++;
  return end > start && end - start <= MAX_SOURCE_TOKENS ? [start, end] : null;
}

/**
 * A dateline opening the story's first sentence ("WASHINGTON ― ", "KABUL, Afghanistan — "), with
 * or without the agency's credit ("WASHINGTON (AP) — ", "(Reuters) — "): the writer's, not the
 * source's.
 */
const DATELINE_RE =
  /^\s*(?:\p{Lu}[\p{Lu} .'’]{2,}(?:,[ \p{L}.]+)?\s*(?:\([\p{L} .&-]{2,30}\)\s*)?|\([\p{L} .&-]{2,30}\)\s*)(?:[―—–]|--?)\s*/u;
/** The longest dateline looked at. */
const MAX_DATELINE_CHARS = 60;

function afterDateline(ctx: QuoteContext, from: number): number {
  const m = DATELINE_RE.exec(ctx.text.slice(from, from + MAX_DATELINE_CHARS));
  return m ? from + m[0].length : from;
}

/**
 * Words of a time phrase right after a cue ("said Friday afternoon", "said on Thursday", "said last
 * week"), for when the times component has no reference date to resolve them.
 */
const TIME_WORD_RE =
  /^(?:on|late|early|last|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|today|yesterday|tonight|week|month|earlier|later|then)$/i;

/** Day words that are a time whatever the times component resolved ("said Thursday that", "said on Monday how"). */
const DAY_WORD_RE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)$/i;

/** Modifiers jumped between a possessor and its noun ("his long-held view"). */
const MAX_NOUN_MODIFIERS = 3;

/**
 * The possessor of the noun at token `noun`: "his" in "his view", "Trump" in "Trump's claim",
 * "Schiff" in "Schiff's own doubling-down admission" (a hyphenated word is one modifier).
 */
function possessorBefore(ctx: QuoteContext, noun: number, s0: number): [number, number] | null {
  let k = noun - 1;
  for (let words = 0; k > s0 && words < MAX_NOUN_MODIFIERS; words++) {
    const start = hyphenWordStart(ctx.tokens, k, s0);
    if (start >= 0) k = start - 1;
    else if (ctx.tokens[k].pos === 'ADJ' || ctx.tokens[k].pos === 'NOUN') k--;
    else break;
  }
  if (k < s0) return null;
  const t = ctx.tokens[k];
  if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower)) return [k, k + 1];
  if (t.pos !== 'PART' || !/^['’]s?$/.test(t.text)) return null;
  const range = subjectBefore(ctx.tokens, k, s0);
  // "in light of Van Der Beek's announcement", "in the wake of the senator's claim": after a
  // preposition the phrase is its object, and the possessor is what follows its last "of".
  if (range && range[0] > s0 && ctx.tokens[range[0] - 1].pos === 'ADP' && ctx.tokens[range[0] - 1].lemma !== 'of') {
    for (let j = range[1] - 2; j > range[0]; j--)
      if (ctx.tokens[j].lemma === 'of' && ctx.tokens[j].pos === 'ADP') return [j + 1, range[1]];
  }
  return range;
}

/** The subject of a sentence: its first noun phrase, after an opening adverbial ("In August, ..."). */
export function subjectOfSentence(ctx: QuoteContext, s0: number, limit: number): [number, number] | null {
  let i = s0;
  while (i < limit && (ctx.tokens[i].pos === 'PUNCT' || ctx.tokens[i].pos === 'CCONJ')) i++; // "But the report ..."
  if (i < limit && ADVERBIAL_OPENERS.has(ctx.tokens[i].pos)) {
    const comma = findToken(ctx, i, Math.min(limit, i + MAX_ADVERBIAL_TOKENS), ',');
    if (comma >= 0) i = comma + 1;
  }
  return phraseAfter(ctx.tokens, i, limit);
}

export function sentenceAt(ctx: QuoteContext, pos: number, from: number): number {
  let i = from;
  while (i + 1 < ctx.sentences.length && ctx.sentences[i].span[1] <= pos) i++;
  return i;
}
