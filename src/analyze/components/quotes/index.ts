// Who said what: direct, indirect and mixed quotations with their speaker (an entity where one is
// found), cue and content, each with spans into the text.
//   1. find quotation marks (marks.ts)
//   2. for each cue outside quotation marks, find speaker and content (cues.ts, attribute.ts)
//   3. add speaker labels ("PENCE: ...") and dash credits ("“...” ― Name"), labels.ts
//   4. attach the quotations that continue an attribution without a cue (continuation.ts)
//   5. emit the quotes in text order: the pieces a cue found (a quotation split by "he said") are
//      one quote with several content spans; each continuation is a quote of its own with the
//      same speaker and cue.
import type { Entity, Quote, QuoteContent, Span } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc, Token } from '../../doc.js';
import { attributeLearned, learnedCue, quoteModels, ruleReading, type QuoteModels } from './learned/attribute.js';
import { contentWindow, cueScore, cueScoreAtMost, isCueCandidate } from './learned/features.js';
import type { Cue } from './cues.js';
import { attachContinuations } from './continuation.js';
import { QuoteContext, type Attribution } from './context.js';
import type { Speaker } from './speaker.js';
import { cueAt, isThatClauseVerb, knownToCueRules } from './cues.js';
import { clauseAfterAdjuncts, passive, POSSESSIVE_DETERMINERS, refusalStands } from './attribute.js';
import { dashCreditAttributions, holdsVerb, labelAttributions } from './labels.js';
import { findQuoteMarks } from './marks.js';
import { SpanIndex } from './span-index.js';
import { trimAttribution } from './trim.js';
import { dropTitleAfterPreposition } from './title-after-preposition.js';
import { addPassiveSubject, namesNoOne, noOneNamed } from './passive-subject.js';
import { relativeCueOnSubjectNoun, relativeOnNounCue, takeRelativeAntecedent } from './relative-content.js';
import { cutAtSentenceVerb } from './subject-clause.js';
import { proFormAttribution } from './pro-form.js';
import { takeObjectComplement } from './call-frame.js';
import { actOnAThing } from './act-object.js';
import { believesAPerson } from './believe-person.js';
import { expletivePassiveIt, namedObjectSpeaker } from './named-object.js';
import { compoundNounCue, contactRelative, participleAfterPrepositionObject } from './contact-relative.js';
import { talkWithParty } from './talk-with.js';
import { imperativeSpeaker, letsSpeaker } from './imperative.js';
import { cutBeforeClauseBracket, cutOccasionClause, cutOccasionWhile } from './aside-edges.js';
import {
  cutAtWriterParticiple,
  runOnOverAside,
  runOnOverDashAside,
  runOnOverList,
  runOnOverSubjectDashAside,
  runOnOverSubjectRelativeAside,
  runOnOverThatSubject,
  runOnOverThatSubjectPhrase,
  finishOpenNounPhrase,
} from './list-tail.js';
import { contentIsNextCueSubject } from './next-cue-subject.js';
import { addsATally, adjectiveAfterNounCue } from './tallies.js';
import { nounAfterPredicatePreposition } from './predicate-preposition.js';
import { takeTrailingPeriod } from './trailing-time.js';
import { takeOpeningPreposition } from './opening-preposition.js';
import { tokenAtOrAfter } from './bounds.js';
import { recordSpeaker } from './writer.js';
import { SUBORDINATORS } from './speaker.js';
import { postAuthor } from './tweets.js';
import { roleNouns } from '../entities/role-words.js';
import { articleTopic, hasPoliticalActor } from '../events/topic.js';
import { packedMap } from '../../packed-map.js';
import { modelWordList } from '../../resources/model-lists.js';
import { LINK_RE } from '../../../text/links.js';

/**
 * The cue model's score a token needs to be a cue the rules did not find: above the perceptron's
 * own boundary, as added cues cost precision (polnear-dev, strict overlap F1: 0.779 at 0 and at 3,
 * exact 0.515 / 0.523; see docs/models.md).
 */
const MODEL_CUE_MIN_SCORE = 3;
/**
 * The cue model's score a noun the cue lexicons know needs to be a cue where the rules found none,
 * when it follows a noun, a name or a possessive "'s": mostly a verb the part-of-speech tagger took
 * for a plural noun after its subject ("Recent polls show the senator trailing", "Volkswagen
 * estimates that ..."), or a noun of saying with its holder ("Russia's claims about"), which the
 * rules read only in a few patterns. polnear-dev strict overlap F1 0.774 -> 0.776 (0.777 with no
 * condition on the word before, which added wrong cues on the Zyte pages: "their claims", "A rep
 * for Braun request"); see docs/models.md, twelfth round.
 */
const KNOWN_NOUN_MIN_SCORE = 0;
/**
 * The cue model's score a verb the cue lexicons know needs to be a cue where the rules found none
 * in that place ("Others reported being logged off", "Howitt wondered whether", "has spoken about",
 * "A group of physicians alarmed that"): the rules read such verbs only in their own patterns, and
 * the model, trained on PolNeAR with the rules' verdict as a feature, finds the rest. Not for a
 * raising verb, whose subject is no source but part of what is reported ("The figures appear to be
 * wrong", RAISING_VERBS), a passive ("was requested and later alerted"), a verb before a noun of
 * saying, which carries the attribution ("repeated her claim that"), a participle after a
 * determiner or possessive ("His repeated claims": attributive), nor a verb before "by" (the
 * agent, which the speaker rules do not take: "is accused by critics of"). polnear-dev strict
 * overlap F1 0.777 -> 0.778 (dev); see docs/models.md, nineteenth session.
 */
const KNOWN_VERB_MIN_SCORE = 3;
/**
 * Raising verbs of English grammar (Huddleston and Pullum 2002, ch. 14 §5): their subject belongs
 * to the clause after them, so it is no speaker ("The statistics seem to be fabricated").
 */
const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'appear', 'happen', 'tend', 'prove']);
/**
 * The cue model's score, told the rules refused the cue, that lets the content tagger read a rule
 * cue whose refusal is not deliberate (polnear-dev strict overlap F1 0.775 → 0.786 at 3, 0.785 at
 * 0 and -3 with lower exact F1, 0.782 at any score, before the rebase; see docs/models.md).
 */
const REFUSED_MIN_SCORE = 3;
/**
 * The cue model's score, told the rules read a speech or object cue, at or below which the cue
 * reports an act (actNotSpeech). polnear-dev strict overlap / exact / cue F1 with the models
 * trained with GUM's negatives: 0.775 / 0.568 / 0.727 with no such veto, 0.772 / 0.574 / 0.729
 * at -10, 0.764 / 0.572 / 0.725 at -5 (PolNeAR marks many acts as attributions); see docs/models.md.
 */
const ACT_MAX_SCORE = -10;
/** A speaker stays in focus for pronouns this many sentences after being quoted. */
const SPEAKER_FOCUS_SENTENCES = 8;

export const quotes: Component = {
  name: 'quotes',
  // Speakers resolve to entities; times keep "on Friday" out of contents.
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quotes'],
  run(doc: Doc) {
    const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    const cueSentences = new Set<number>();
    const held = new SpeakerFragments();
    let focus: { entity: Entity; sentence: number } | null = null;
    const models = quoteModels();
    let topic: boolean | undefined;
    const nonPolitical = () => (topic ??= !articleTopic(doc).political);
    ctx.sentences.forEach((s, si) => {
      const [s0, s1] = s.tokens;
      for (let i = s0; i < s1; i++) {
        if (ctx.markContaining(doc.tokens[i].span[0]) >= 0) continue; // words inside a quotation are not cues
        const ruleCue = cueAt(doc.tokens, i, s0, s1);
        // The rules' cues stand; the cue model adds cues of words the rules do not know ("accusations", "backs").
        if (!ruleCue) {
          if (!isCueCandidate(doc.tokens[i], null)) continue;
          const minScore = modelCueMinScore(doc.tokens, i, s0, s1, nonPolitical);
          // Most known words are never asked: the score is summed only where it can count.
          if (minScore === Infinity || cueScoreAtMost(models.cue, ctx, i, s0, s1, minScore)) continue;
        }
        const cue = ruleCue ?? learnedCue(doc.tokens, i);
        const salient = focus && si - focus.sentence <= SPEAKER_FOCUS_SENTENCES ? focus.entity : null;
        // A learned cue takes the content tagger's reading; a rule cue, see ruleCueAttribution.
        // "said as much", "said so": a pro-form content, which the rules and the models read past
        // ("said as much in an interview, arguing that ...": the clause of "arguing" taken).
        const a = ruleCue
          ? (proFormAttribution(ctx, cue, si, salient) ?? ruleCueAttribution(ctx, models, cue, si, salient))
          : attributeLearned(ctx, models, cue, si, salient);
        i = cue.tokens[1] - 1;
        if (!a || !trimAttribution(ctx, a, cue, s0, s1) || contentIsNextCueSubject(ctx, a, cue, s0, s1)) continue;
        if (!namedObjectSpeaker(ctx, a, cue, s0, s1, salient)) continue;
        takeObjectComplement(ctx, a, cue, s1);
        addPassiveSubject(ctx, a, cue, s0, s1);
        cutAtSentenceVerb(ctx, a, cue, s0);
        runOnOverList(ctx, a, cue, s1);
        runOnOverAside(ctx, a, cue, s1);
        runOnOverDashAside(ctx, a, cue, s1);
        runOnOverSubjectDashAside(ctx, a, cue, s1);
        runOnOverSubjectRelativeAside(ctx, a, cue, s1);
        runOnOverThatSubject(ctx, a, cue, s0, s1);
        runOnOverThatSubjectPhrase(ctx, a, cue, s0, s1);
        finishOpenNounPhrase(ctx, a, cue, s1);
        cutBeforeClauseBracket(ctx, a, cue);
        cutOccasionWhile(ctx, a, cue);
        cutOccasionClause(ctx, a, cue);
        takeRelativeAntecedent(ctx, a, cue);
        contactRelative(ctx, a, cue, s1);
        cutAtWriterParticiple(ctx, a, cue, s1);
        dropTitleAfterPreposition(ctx, a, cue);
        takeTrailingPeriod(ctx, a, cue, s1);
        takeOpeningPreposition(ctx, a);
        notNamedInOwnWords(ctx, a, byId);
        if ((!ruleCue || cue.kind === 'object') && reportsAnAct(ctx, a, si, byId, nonPolitical)) continue;
        if (
          thingOffersAThing(ctx, a) ||
          presentsAThing(ctx, a, cue) ||
          actOnAThing(ctx, a, cue) ||
          talkWithParty(ctx, a, cue) ||
          relativeOnNounCue(ctx, a, cue, s1) ||
          relativeCueOnSubjectNoun(ctx, a, cue) ||
          imperativeSpeaker(ctx, a, s0) ||
          refersToAThing(ctx, a, cue) ||
          thingFeels(ctx, a, cue) ||
          addsATally(ctx, a, cue) ||
          adjectiveAfterNounCue(ctx, a, cue) ||
          nounAfterPredicatePreposition(ctx, a, cue, s0) ||
          participleInSubject(ctx, a, cue, s0) ||
          namingParticiple(ctx, a, cue, s0) ||
          participleAfterPrepositionObject(ctx, a, cue) ||
          compoundNounCue(ctx, a, cue, s1) ||
          believesAPerson(ctx, a, cue, byId) ||
          expletivePassiveIt(ctx, a, cue, s0, s1)
        )
          continue;
        if (existentialThere(ctx, a.speaker)) a.speaker = noOneNamed(ctx.tokens[cue.tokens[0]].span[0]);
        // "well, let's say they cause you to grow": the "'s" of "let's" is the writer's "us".
        if (letsSpeaker(ctx, a.speaker.span)) a.speaker = { ...a.speaker, entity: null, writer: true };
        // "I urge all Delhiites to ... — Arvind Kejriwal (@ArvindKejriwal) November 1, 2019": an
        // embedded post's first person is its author.
        if (a.speaker.writer) a.speaker = postAuthor(ctx, a.speaker.span[1]) ?? a.speaker;
        if (!held.keepNew(a)) continue;
        ctx.attributions.push(a);
        held.add(a);
        cueSentences.add(si);
        const entity = a.speaker.entity ? byId.get(a.speaker.entity) : undefined;
        if (entity) focus = { entity, sentence: si };
        // A new speaker named by a phrase with no entity ("Republican members of Congress") takes
        // the focus from the one quoted before: a later "he" is the last person named, not the
        // earlier speaker. Pronouns, the writer and an agentless passive leave the focus as it was.
        else if (!isPronounSpeaker(ctx, a.speaker) && !namesNoOne(a.speaker)) focus = null;
      }
    });
    ctx.attributions.push(...labelAttributions(ctx), ...dashCreditAttributions(ctx));
    attachContinuations(ctx, cueSentences);
    // A quotation continued after "he said." is the speaker's words too, and may name the person.
    for (const a of ctx.attributions) if (a.fragments.some((f) => f.continued)) notNamedInOwnWords(ctx, a, byId);
    doc.quotes = toQuotes(ctx, doc);
  },
};

/**
 * The cue model's score token `i` (no rule cue there) needs to be a learned cue: words the cue
 * lexicons do not know, above MODEL_CUE_MIN_SCORE; known words never, since the rules decided
 * against them in context ("knows the area", "a think tank"), except a known noun right after a
 * noun, a name or "'s" in the same sentence (KNOWN_NOUN_MIN_SCORE).
 */
function modelCueMinScore(
  tokens: readonly Token[],
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
  nonPolitical: () => boolean,
): number {
  const t = tokens[i];
  if (!knownToCueRules(t)) {
    if (framedLikeACue(tokens, i, sentenceEnd)) return FRAMED_MIN_SCORE;
    return mainlyCommunication(t) && communicationCueMayBe(tokens, i, sentenceEnd) && !nonPolitical()
      ? COMMUNICATION_MIN_SCORE
      : MODEL_CUE_MIN_SCORE;
  }
  if (t.pos === 'VERB') return knownVerbMayBeLearnedCue(tokens, i, sentenceStart) ? KNOWN_VERB_MIN_SCORE : Infinity;
  if (t.pos !== 'NOUN' || i === sentenceStart) return Infinity;
  const prev = tokens[i - 1];
  return prev.pos === 'NOUN' || prev.pos === 'PROPN' || POSSESSIVE_S.has(prev.lower) ? KNOWN_NOUN_MIN_SCORE : Infinity;
}
const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);

/**
 * The cue model's score a verb no cue lexicon knows needs to be a cue where its most frequent sense
 * is one of communication (mainlyCommunication), on a political page, not before an "-ing" form
 * or a noun of saying (communicationCueMayBe): WordNet's sense is evidence of its own, as a cue's
 * frame is (FRAMED_MIN_SCORE), so the perceptron's boundary is enough ("extols the virtues of",
 * "begged lawmakers not to", "projected that"). polnear-dev strict overlap hits 1,520.7 -> 1,525.7
 * of 1,700 -> 1,705 predicted (dev); the 181 Zyte pages 1,845 -> 1,847 quotes, both right. On any
 * page and before anything, 1,527.7 of 1,709, with most additions on the Zyte pages wrong
 * ("avoided falling into recession", "listed several", "refers"); at -3, 1,536.7 of 1,727 (more
 * than half of the additions wrong). Issue 14, h323.
 */
const COMMUNICATION_MIN_SCORE = 0;
const communicationVerbs = modelWordList('communication-verbs.txt');

/**
 * Whether the word is a verb whose most frequent sense WordNet 3.1 files under verb.communication
 * ("extol", "beg", "forecast"): models/communication-verbs.txt, written by
 * scripts/build-communication-words.mjs.
 */
function mainlyCommunication(t: Token): boolean {
  return t.pos === 'VERB' && communicationVerbs().has(t.lemma);
}

/**
 * Whether a verb of communication (mainlyCommunication) stands where it may report: not before a
 * verb's "-ing" form ("avoided falling into recession": what is done or not done) nor before a noun
 * of saying, which carries the attribution ("have avoided direct criticism of", as
 * knownVerbMayBeLearnedCue).
 */
function communicationCueMayBe(tokens: readonly Token[], i: number, sentenceEnd: number): boolean {
  if (i + 1 < sentenceEnd && tokens[i + 1].pos === 'VERB' && tokens[i + 1].lower.endsWith('ing')) return false;
  for (let k = i + 1; k <= i + 3 && k < sentenceEnd; k++)
    if (tokens[k].pos === 'NOUN' && knownToCueRules(tokens[k])) return false;
  return true;
}

/**
 * The cue model's score a word no cue lexicon knows needs to be a cue where it stands in a cue's
 * frame (framedLikeACue): the frame is evidence of its own, so the perceptron's boundary is enough.
 * The scores of such words near MODEL_CUE_MIN_SCORE move with every retraining ("It is considered
 * a threat" 3.4 -> 1.9, "released a statement" 4.3 -> 2.9, "he's unsure why" 7.4 -> 1.8 on the
 * retraining of 5 December). polnear-dev strict overlap hits 1,520.7 -> 1,525.7 of 1,711 -> 1,721
 * predicted, F1 0.780 either way (dev).
 */
const FRAMED_MIN_SCORE = 0;
/** Words that open an embedded question or clause after a stance adjective ("unsure why", "sure that"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'that',
  'why',
  'whether',
  'how',
  'what',
  'when',
  'who',
  'if',
  'about',
  'of',
]);

/**
 * Whether a word no cue lexicon knows stands where a cue's frame is: a verb WordNet gives a "that"
 * clause (isThatClauseVerb) as an agentless passive after "be" ("It is considered a threat", "had
 * been deemed credible"; an active one is as often an act: "ordered another set of mice",
 * "provided they worked"), a verb of presenting with a message for its object ("released a
 * statement", "unveiled a plan"), or an adjective after "be" before a clause or its topic ("he's
 * unsure exactly why ..."), not after an expletive "it" ("It is unclear if": the writer's).
 */
function framedLikeACue(tokens: readonly Token[], i: number, sentenceEnd: number): boolean {
  const t = tokens[i];
  const afterBe = i > 0 && tokens[i - 1].lemma === 'be';
  if (t.pos === 'VERB') {
    if (isThatClauseVerb(t.lemma)) return afterBe && /ed$|en$/.test(t.lower);
    if (!PRESENTING_LEMMAS.has(t.lemma)) return false;
    let head = -1;
    for (let k = i + 1; k < sentenceEnd && NOUN_PHRASE_POS.has(tokens[k].pos); k++)
      if (tokens[k].pos === 'NOUN') head = k;
    return head >= 0 && (MESSAGE_NOUNS.has(tokens[head].lemma) || MESSAGE_NOUNS.has(tokens[head].lower));
  }
  if (t.pos !== 'ADJ' || !afterBe || (i > 1 && tokens[i - 2].lower === 'it')) return false;
  let k = i + 1;
  if (k < sentenceEnd && tokens[k].pos === 'ADV') k++;
  return k < sentenceEnd && CLAUSE_LINKS.has(tokens[k].lower);
}

/** Whether a verb the cue lexicons know, with no rule cue there, may be a learned cue (KNOWN_VERB_MIN_SCORE). */
function knownVerbMayBeLearnedCue(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  if (RAISING_VERBS.has(t.lemma) || passive(tokens, i, sentenceStart)) return false;
  if (i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence && tokens[i + 1].lower === 'by') return false;
  // "repeated her claim that ...": a noun of saying after the verb carries the attribution.
  for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k].sentence === t.sentence; k++)
    if (tokens[k].pos === 'NOUN' && knownToCueRules(tokens[k])) return false;
  if (i === sentenceStart) return true;
  const prev = tokens[i - 1];
  return (
    prev.pos !== 'DET' &&
    !(prev.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(prev.lower)) &&
    !POSSESSIVE_S.has(prev.lower)
  );
}

/**
 * A cue the rules found. Where the rules refuse it, their deliberate refusals stand ("would
 * respond if ...", "knows the area": refusalStands); any other refusal (no clause they trust:
 * "said after the convention he would ...") is the cue model's to overrule, told of the refusal,
 * with the content tagger's reading. Where they read it, they keep the content of a quotation
 * (its marks are sure edges, and one left open continues in the next paragraph), of "according
 * to" (the rules' edges measured better there), of a clause after a prepositional adjunct ("said
 * on the radio the budget ...": the tagger took the adjunct in) and of a content that runs past
 * the tagger's window; the content tagger draws the edges of the rest (polnear-dev strict exact
 * F1 0.558 against 0.537 with the rules' edges everywhere; see docs/models.md).
 */
function ruleCueAttribution(
  ctx: QuoteContext,
  models: QuoteModels,
  cue: Cue,
  si: number,
  salient: Entity | null,
): Attribution | null {
  const rule = ruleReading(ctx, cue, si, salient);
  if (!rule) {
    if (refusalStands(ctx, cue)) return null;
    const [s0, s1] = ctx.sentences[si].tokens;
    if (cueScore(models.cue, ctx, cue.tokens[0], s0, s1, cue, 'refuses') <= REFUSED_MIN_SCORE) return null;
    const a = attributeLearned(ctx, models, cue, si, salient, null);
    // Only a quotation overrules the rules. With a reported clause too ("the tagger's content has a
    // verb") it gained 0.002 of strict overlap F1 on polnear-dev and added about 50 quotes on the
    // 181 Zyte pages, most of them wrong ("confessed the kidnapping", "we like what the Touch Bar
    // brings"); a bare object ("wrote the new paper") is what the rules refused.
    return a && a.fragments.some((f) => f.kind !== 'indirect') ? a : null;
  }
  if (actNotSpeech(ctx, models, cue, si, rule)) return null;
  const [w0, w1] = contentWindow(ctx, si);
  const from = ctx.tokens[w0].span[0],
    to = ctx.tokens[w1 - 1].span[1];
  const keep =
    cue.kind === 'according' ||
    clauseAfterAdjuncts(ctx, cue.tokens[1], ctx.sentences[si].tokens[1]) >= 0 ||
    rule.openAtEnd ||
    rule.fragments.some((f) => f.kind === 'direct' || f.span[0] < from || f.span[1] > to);
  if (!keep) return attributeLearned(ctx, models, cue, si, salient, rule);
  // As attribute() does: the quotations the content ends in are taken.
  for (const f of rule.fragments) ctx.usedMarks.add(ctx.markContaining(f.span[1] - 1));
  return rule;
}

/**
 * Whether the cue model, told the rules read the cue, holds a speech or object cue the rules read
 * for an act, not an attribution ("Parise blocked a shot", "Disney offers movies and TV shows"):
 * its score is at most ACT_MAX_SCORE. It learned such acts from the sentences of GUM that GUM
 * says attribute nothing (scripts/train-quotes.ts). Only an active verb is asked: GUM's
 * negatives are acts, while a stance adjective ("frustrated with the response") and an agentless
 * passive ("It is considered a threat") are attributions by the project's reading. A quotation in
 * the rules' content is speech whatever the model says ("he'd respond, “I have a horror ...”").
 */
function actNotSpeech(ctx: QuoteContext, models: QuoteModels, cue: Cue, si: number, rule: Attribution): boolean {
  if ((cue.kind !== 'speech' && cue.kind !== 'object') || rule.fragments.some((f) => f.kind !== 'indirect'))
    return false;
  const head = cue.tokens[0];
  if (ctx.tokens[head].pos !== 'VERB' || (head > 0 && ctx.tokens[head - 1].lemma === 'be')) return false;
  const [s0, s1] = ctx.sentences[si].tokens;
  return cueScore(models.cue, ctx, cue.tokens[0], s0, s1, cue, 'reads') <= ACT_MAX_SCORE;
}

/**
 * A "he" or "she" resolved to a person whom the quotation names ("“You might remember him from his
 * band, the Doobie Brothers — Mr. Michael McDonald,” he said"; "“It could have been easy for Mary
 * Steenburgen to ...,” she said"): a speaker does not name themselves in their own words, so the
 * pronoun is left unresolved. Only quotations: reported speech is the writer's wording ("He said
 * Trump's call was ...").
 */
function notNamedInOwnWords(ctx: QuoteContext, a: Attribution, byId: ReadonlyMap<string, Entity>): void {
  const entity = a.speaker.entity ? byId.get(a.speaker.entity) : undefined;
  if (!entity || entity.type !== 'PERSON') return;
  if (!SUBJECT_PERSON_PRONOUNS.has(ctx.text.slice(a.speaker.span[0], a.speaker.span[1]).toLowerCase())) return;
  const quoted = a.fragments.filter((f) => f.kind === 'direct');
  if (entity.mentions.some(([m0, m1]) => quoted.some((f) => m0 >= f.span[0] && m1 <= f.span[1])))
    a.speaker = { ...a.speaker, entity: null };
}
const SUBJECT_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Whether the speaker's words are one pronoun ("he", "they", "which") or the writer's "I" / "we". */
function isPronounSpeaker(ctx: QuoteContext, speaker: Speaker): boolean {
  if (speaker.writer) return true;
  const k = tokenAtOrAfter(ctx, speaker.span[0], ctx.tokens.length);
  return k < ctx.tokens.length && ctx.tokens[k].pos === 'PRON' && ctx.tokens[k].span[1] >= speaker.span[1];
}

/** Speakers whose stance an object cue reports on any page: people, groups of people, the writer. */
const STANCE_SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERSON', 'NORP']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * Whether an attribution by an object cue (or a learned cue) reports an act or a thing rather than
 * a stance: on a page that is not political or conflict news (events/topic.ts: reviews, shops,
 * sports, health advice), a content that is a bare noun phrase (indirect, no verb) said by no
 * person, group of people or the writer, in a sentence that names no political actor ("Ambient
 * lighting offers 30 colors", "This can ... promote better health", "1 pass defended", "they call
 * TNG50"). `nonPolitical` reads the page's topic once, when first asked.
 * The largest kind of wrong quote in the round-5 and round-6 audits of the Zyte pages; on
 * polnear-dev (all political news, 13 of 84 articles read as other sections) it costs 0.002 of
 * strict overlap F1 (docs/models.md).
 */
function reportsAnAct(
  ctx: QuoteContext,
  a: Attribution,
  si: number,
  byId: ReadonlyMap<string, Entity>,
  nonPolitical: () => boolean,
): boolean {
  if (a.fragments.some((f) => f.kind !== 'indirect')) return false;
  const entity = a.speaker.entity ? byId.get(a.speaker.entity) : undefined;
  if (entity && STANCE_SPEAKER_TYPES.has(entity.type)) return false;
  if (FIRST_PERSON.has(ctx.text.slice(a.speaker.span[0], a.speaker.span[1]).toLowerCase())) return false;
  const [w0, w1] = contentWindow(ctx, si);
  for (let t = w0; t < w1; t++) {
    const tok = ctx.tokens[t];
    if (
      (tok.pos === 'VERB' || tok.pos === 'AUX') &&
      a.fragments.some((f) => tok.span[0] >= f.span[0] && tok.span[1] <= f.span[1])
    )
      return false;
  }
  if (!nonPolitical()) return false;
  const [s0, s1] = ctx.sentences[si].tokens;
  return !hasPoliticalActor(ctx.tokens.slice(s0, s1));
}

/**
 * Whether the speaker is the existential "there" before a form of "be" ("There are growing fears
 * that ..."): it names no one, and the attribution has no source.
 */
function existentialThere(ctx: QuoteContext, speaker: Speaker): boolean {
  const [a, b] = speaker.span;
  if (b - a !== 5 || ctx.text.slice(a, b).toLowerCase() !== 'there') return false;
  const next = tokenAtOrAfter(ctx, b, ctx.tokens.length);
  return next < ctx.tokens.length && ctx.tokens[next].lemma === 'be';
}

/** The demonstrative pronouns, used alone: they stand for a thing or a fact, not for a person. */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/**
 * Whether a demonstrative pronoun standing alone, which names no entity, "says" a bare noun phrase
 * (one indirect piece with no verb): a thing's properties or effects, not anyone's words ("That
 * promises 355 horsepower", "This offers a view of the bay"). Evidence stays when it reports a
 * clause ("This shows that the plan failed"); "it", which often stands for a company ("It denied
 * the allegations"), is left alone.
 */
function thingOffersAThing(ctx: QuoteContext, a: Attribution): boolean {
  if (a.speaker.writer || a.speaker.entity || a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect')
    return false;
  if (!THING_PRONOUNS.has(ctx.text.slice(a.speaker.span[0], a.speaker.span[1]).toLowerCase())) return false;
  const [from, to] = a.fragments[0].span;
  return !holdsVerb(ctx, from, to);
}

/** Verbs of presenting: with a message they attribute ("revealed the news"), with a thing they report an act. */
const PRESENTING_LEMMAS: ReadonlySet<string> = new Set([
  'reveal',
  'unveil',
  'release',
  'offer',
  'launch',
  'introduce',
  'display',
  'showcase',
  'debut',
]);
/** Nouns of a message or of information: what a verb of presenting can attribute. */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'news',
  'plan',
  'proposal',
  'detail',
  'details',
  'finding',
  'result',
  'data',
  'figure',
  'number',
  'report',
  'statement',
  'information',
  'name',
  'identity',
  'list',
  'decision',
  'policy',
  'intention',
  'budget',
  'estimate',
  'forecast',
  'view',
  'opinion',
  'advice',
  'guidance',
  'explanation',
  'apology',
  'response',
  'letter',
  'memo',
  'transcript',
  'record',
  'email',
  'message',
  'analysis',
  'study',
  'survey',
  'poll',
  'evidence',
  'document',
  'agenda',
  'strategy',
  'position',
  'warning',
  'assessment',
  'argument',
  'theory',
  'truth',
  'secret',
  'fact',
  'story',
  'account',
  'comment',
  'remark',
  'tweet',
  'video',
  'statistic',
  'tally',
  'vision',
  'framework',
  'outline',
]);
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * Whether a verb of presenting reports showing or offering a thing, not a message ("Audi has
 * revealed the second production model", "Lexus offers almost all models locally", "Jobs unveiled
 * many products"): its content is a bare noun phrase (indirect, no verb) whose head noun is no
 * noun of a message or of information ("revealed the news of ...", "unveiled a plan to ..." stay).
 */
function presentsAThing(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  if (!PRESENTING_LEMMAS.has(ctx.tokens[cue.tokens[0]].lemma)) return false;
  if (a.fragments.length !== 1 || a.fragments[0].kind !== 'indirect') return false;
  let [from, to] = a.fragments[0].span;
  // "offering oxygen to [anyone who ...]": the content skipped the object for its recipient; the
  // object is what is presented.
  const after = cue.tokens[1];
  const gap = tokenAtOrAfter(ctx, from, ctx.tokens.length) - after;
  if (gap >= 2 && ctx.tokens[after + gap - 1].pos === 'ADP') {
    let k = after;
    while (k < after + gap - 1 && NOUN_PHRASE_POS.has(ctx.tokens[k].pos)) k++;
    if (k === after + gap - 1) [from, to] = [ctx.tokens[after].span[0], ctx.tokens[k - 1].span[1]];
  }
  const first = tokenAtOrAfter(ctx, from, ctx.tokens.length);
  if (holdsVerb(ctx, from, relativeClauseStart(ctx, first, to) ?? adverbialClauseStart(ctx, first, to) ?? to))
    return false;
  // The head: the last noun of the noun phrase the content opens with ("almost all Lexus models").
  let head = -1;
  for (
    let k = ctx.tokens[first]?.pos === 'ADV' ? first + 1 : first;
    k < ctx.tokens.length && ctx.tokens[k].span[0] < to && NOUN_PHRASE_POS.has(ctx.tokens[k].pos);
    k++
  )
    if (ctx.tokens[k].pos === 'NOUN' || ctx.tokens[k].pos === 'PROPN') head = k;
  return head >= 0 && !MESSAGE_NOUNS.has(ctx.tokens[head].lemma) && !MESSAGE_NOUNS.has(ctx.tokens[head].lower);
}

/**
 * "Vindman testified, referring to the gas company on whose board ...": to refer to something is to
 * mention it, and what follows names the thing, not anyone's words; only a quotation after it
 * ("referred to “the deep state” as the enemy") is words said. The cue model, trained on PolNeAR
 * where "refer" is a cue a few times, takes it up; the audits have counted every such quote wrong
 * since round 13.
 */
function refersToAThing(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  return ctx.tokens[cue.tokens[0]].lemma === 'refer' && a.fragments.every((f) => f.kind === 'indirect');
}

/**
 * "It feels something like a blend of ...", "her own story feels something like a fairy tale": with
 * a subject that cannot hold a view, "feel" is the linking verb of how a thing seems (WordNet's
 * verb.perception sense "be felt or perceived in a certain way"), not a stance. A bare-clause
 * "feel" whose speaker is "it", a demonstrative, or a common noun with no entity that is no
 * word for a person (models/role-nouns.txt) reports nothing.
 */
function thingFeels(ctx: QuoteContext, a: Attribution, cue: Cue): boolean {
  if (cue.kind !== 'clause' || ctx.tokens[cue.tokens[0]].lemma !== 'feel' || a.speaker.writer || a.speaker.entity)
    return false;
  const last = ctx.tokens[tokenAtOrAfter(ctx, a.speaker.span[1], ctx.tokens.length) - 1];
  if (!last) return false;
  if (last.lower === 'it' || THING_PRONOUNS.has(last.lower)) return true;
  return last.pos === 'NOUN' && !roleNouns().has(last.lemma);
}

/** Words of a noun phrase that opens a sentence as its subject ("A new video", "Research", "The company's report"). */
const SUBJECT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * Whether the cue is a present participle that modifies the noun phrase opening its sentence,
 * the sentence's subject ("A video showing the moment the girl was rescued was released on
 * Monday", "Research focusing on the cells could offer a glimpse ..."), and the content takes in
 * a finite verb: the sentence's own verb, which follows the participle's object, so the content
 * runs into the writer's predicate. Such a quote is dropped; a participle after an object or a
 * preposition ("cited a study showing ...", "theories suggesting he had been murdered") is left.
 */
function participleInSubject(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number): boolean {
  const c0 = cue.tokens[0];
  const t = ctx.tokens[c0];
  if (t.pos !== 'VERB' || !/ing$/i.test(t.text) || c0 === s0) return false;
  const head = ctx.tokens[c0 - 1];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  for (let k = s0; k < c0; k++) if (!SUBJECT_PHRASE_POS.has(ctx.tokens[k].pos)) return false;
  return a.fragments.some((f) => {
    for (let k = tokenAtOrAfter(ctx, f.span[0], ctx.tokens.length); k < ctx.tokens.length; k++) {
      const x = ctx.tokens[k];
      if (x.span[0] >= f.span[1]) break;
      if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text))) return true;
    }
    return false;
  });
}

/** Verbs of naming: their past participle after a noun names the thing ("a hydrocarbon called acetylene"). */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['call', 'dub', 'name']);
/** Parts of speech before a noun phrase that make it an object, not a clause's subject. */
const OBJECT_LEADS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PART']);

/**
 * Whether the cue is a naming verb's past participle right after a common noun, which it names
 * rather than quotes ("on a hydrocarbon called acetylene", "contract the medieval disease dubbed
 * the Black Death", "A better USB-C spec called PD for power delivery cranked up the peak
 * wattage"): the noun phrase is an object (a verb, preposition or determiner before it), or the
 * content runs into the sentence's own verb. A subject that calls something something stays
 * ("Aviation analysts called it the “end of an era”", "The White House called ...", "Noem called
 * the campaign an effort like the nation has never seen"), as does one after an auxiliary ("had
 * dubbed").
 */
function namingParticiple(ctx: QuoteContext, a: Attribution, cue: Cue, s0: number): boolean {
  const c0 = cue.tokens[0];
  const t = ctx.tokens[c0];
  if (cue.tokens[1] - c0 !== 1 || !NAMING_LEMMAS.has(t.lemma) || !/ed$/.test(t.lower) || c0 === s0) return false;
  if (ctx.tokens[c0 - 1].pos === 'AUX' || a.speaker.writer) return false;
  // The speaker is the noun phrase right before the cue, ending in a common noun.
  const last = ctx.tokens[c0 - 1];
  if (last.span[1] !== a.speaker.span[1] || last.pos !== 'NOUN') return false;
  const first = tokenAtOrAfter(ctx, a.speaker.span[0], c0);
  if (first > s0 && OBJECT_LEADS.has(ctx.tokens[first - 1].pos)) return true;
  // The sentence's verb right after a noun ("PD for power delivery cranked up"), not a participle
  // in a small clause ("called the charges unsubstantiated and fabricated by", "called him a
  // genius for his recently revealed strategies").
  return a.fragments.some((f) => {
    for (let k = tokenAtOrAfter(ctx, f.span[0], ctx.tokens.length) + 1; k < ctx.tokens.length; k++) {
      const x = ctx.tokens[k];
      if (x.span[0] >= f.span[1]) break;
      if (
        (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text))) &&
        NOUN_POS.has(ctx.tokens[k - 1].pos) &&
        ctx.tokens[k + 1]?.lower !== 'by'
      )
        return true;
    }
    return false;
  });
}
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * Where an adverbial clause starts in the content from token `first` to offset `to` ("Prime
 * members a free $10 gift card if you get either version"), or null: its verb is the condition's,
 * so the content is no clause for the cue.
 */
function adverbialClauseStart(ctx: QuoteContext, first: number, to: number): number | null {
  for (let k = first + 1; k < ctx.tokens.length && ctx.tokens[k].span[0] < to; k++)
    if (ctx.tokens[k].pos === 'SCONJ' && SUBORDINATORS.has(ctx.tokens[k].lower)) return ctx.tokens[k].span[0];
  return null;
}

/** Pronouns a relative clause may follow ("anyone who is ready to pay"). */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'those',
]);

/**
 * Where a relative clause after a noun (or "anyone") starts in the content from token `first` to offset `to`
 * ("a beta version of its app earlier this year that puts less prominence on likes"), or null:
 * its verb belongs to the noun phrase, so the content is no clause for it. A "that" the tagger
 * reads as a pronoun after a noun is a relative one; a complementizer is tagged SCONJ.
 */
function relativeClauseStart(ctx: QuoteContext, first: number, to: number): number | null {
  for (let k = first + 1; k < ctx.tokens.length && ctx.tokens[k].span[0] < to; k++) {
    const t = ctx.tokens[k];
    const prev = ctx.tokens[k - 1];
    if (
      t.pos === 'PRON' &&
      RELATIVE_PRONOUNS.has(t.lower) &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN' || INDEFINITE_PRONOUNS.has(prev.lower))
    )
      return t.span[0];
  }
  return null;
}

/**
 * The fragments each speaker holds. A speaker with an entity is looked up under it; every speaker
 * is also filed under its words' span, since a speaker with no entity is the same as any speaker
 * at the same words.
 */
class SpeakerFragments {
  private readonly bySpeaker = new Map<string, SpanIndex>();

  add(a: Attribution): void {
    for (const key of speakerKeys(a.speaker)) {
      let index = this.bySpeaker.get(key);
      if (!index) this.bySpeaker.set(key, (index = new SpanIndex()));
      for (const f of a.fragments) index.add(f.span);
    }
  }

  /**
   * Drops from a new attribution the fragments that overlap a fragment the same speaker already
   * holds ("..., X announced, citing “...”": the participle's words are in the announcement's content
   * already); false when none is left. Overlaps with another speaker stay: nested attributions.
   */
  keepNew(a: Attribution): boolean {
    const same = this.bySpeaker.get(speakerKeys(a.speaker)[0]);
    if (same) {
      // With push, not filter: one elements kind however V8 compiles this (see packed-map.ts); the
      // fragments are read in many places.
      const kept: Attribution['fragments'] = [];
      for (const f of a.fragments) if (!same.overlaps(f.span)) kept.push(f);
      a.fragments = kept;
    }
    return a.fragments.length > 0;
  }
}

/** The key a speaker is looked up by first, then the other keys it is filed under. */
function speakerKeys(x: Speaker): string[] {
  const bySpan = `s:${x.span[0]}:${x.span[1]}`;
  return x.entity !== null ? [`e:${x.entity}`, bySpan] : [bySpan];
}

function toQuotes(ctx: QuoteContext, doc: Doc): Quote[] {
  const out = ctx.attributions.flatMap((a) => {
    // Built with push: arrays of one elements kind however V8 compiles this (see packed-map.ts).
    const own: Attribution['fragments'] = [];
    const groups: Attribution['fragments'][] = [own];
    for (const f of a.fragments) {
      if (f.continued) groups.push([f]);
      else own.push(f);
    }
    if (own.length === 0) groups.shift();
    return groups.map((pieces) => ({
      kind: pieces.every((f) => f.kind === pieces[0].kind) ? pieces[0].kind : ('mixed' as const),
      speaker: recordSpeaker(
        a.speaker.antecedent ? { ...a.speaker, ...a.speaker.antecedent } : a.speaker,
        doc.article.authors,
        doc.entities,
      ),
      cue: a.cue,
      content: quoteContent(
        ctx,
        packedMap(pieces, (f) => f.span),
      ),
    }));
  });
  out.sort((a, b) => a.content.span[0] - b.content.span[0] || a.content.span[1] - b.content.span[1]);
  return out.map((q, i) => ({ id: `q${i + 1}`, ...q }));
}

/**
 * The rest of a word a content's end cut: a hyphen or a dot joined to letters or digits on both
 * sides ("Wi|-Fi", "long|-awaited", "PM2|.5"); a dot before a capital may end a sentence with
 * no space after it ("every day.Click To Tweet"). The tokenizer splits such words at the mark, and
 * the content tagger and the rules may end a content there.
 */
const WORD_REST_RE = /^(?:-[\p{L}\p{N}]+|\.[\p{Ll}\p{N}][\p{L}\p{N}]*)+/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** A content's end moved past the rest of a word it cut. */
function wholeWordEnd(text: string, [from, to]: Span): Span {
  if (to <= from || !WORD_CHAR_RE.test(text[to - 1])) return [from, to];
  const rest = WORD_REST_RE.exec(text.slice(to, to + 100));
  return rest ? [from, to + rest[0].length] : [from, to];
}

/**
 * The first part of a hyphenated word a content's start cut: words joined to it by hyphens before
 * it ("reported in-|line or better results", "a long-|awaited launch").
 */
const WORD_HEAD_RE = /(?:^|[^\p{L}\p{N}-])((?:[\p{L}\p{N}]+-)+)$/u;
const HYPHEN = 0x2d;

/** A content's start moved back to the start of a hyphenated word it cut. */
function wholeWordStart(text: string, [from, to]: Span): Span {
  // WORD_HEAD_RE ends in a hyphen: without one right before the start it cannot match, and trying
  // it at each of the hundred characters before was some 0.5% of the analysis's CPU time.
  if (to <= from || from === 0 || text.charCodeAt(from - 1) !== HYPHEN || !WORD_CHAR_RE.test(text[from]))
    return [from, to];
  const head = WORD_HEAD_RE.exec(text.slice(Math.max(0, from - 100), from));
  return head ? [from - head[1].length, to] : [from, to];
}

/**
 * A content's end moved before a link it ends in or inside ("... whenever needed
 * pic.twitter.com|/MYwRz9euaq — Arvind Kejriwal"): an embedded post's link is no words of the
 * speaker, and a content that stops inside it cuts it. A content that is only the link stays.
 */
function beforeLinkEnd(text: string, [from, to]: Span): Span {
  if (to <= from || /\s/.test(text[to - 1])) return [from, to];
  let start = to;
  while (start > from && !/\s/.test(text[start - 1])) start--;
  if (start === from) return [from, to];
  let end = to;
  while (end < text.length && end - to < 200 && !/\s/.test(text[end])) end++;
  // A closing bracket or mark after the link is no part of it ("(pic.twitter.com/x)").
  if (!LINK_RE.test(text.slice(start, end).replace(/[)\]"”’.,;:]+$/u, ''))) return [from, to];
  while (start > from && /\s/.test(text[start - 1])) start--;
  return [from, start];
}

/** A link followed by a dash: an embedded post's last word before its credit ("pic.twitter.com/x — Arvind Kejriwal"). */
const CREDITED_LINK_RE = /\s(?:https?:\/\/|www\.|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/)\S*\s+[—–―]/u;

/**
 * A content's end moved before the link of an embedded post it runs over ("... whenever needed
 * [pic.twitter.com/x — Arvind Kejriwal (@ArvindKejriwal) November 1]"): the link and the credit
 * after it are no words of the speaker.
 */
function beforeCreditedLink(text: string, [from, to]: Span): Span {
  const m = CREDITED_LINK_RE.exec(text.slice(from, to));
  return m && m.index > 0 ? [from, from + m.index] : [from, to];
}

/** Spans by their start, for sort: one comparator, not a new closure per content. */
function byStart(a: Span, b: Span): number {
  return a[0] - b[0];
}

/** A content of one or more pieces, in text order, none starting or ending inside a word, nor ending inside a link. */
export function quoteContent(ctx: QuoteContext, pieces: readonly Span[]): QuoteContent {
  const spans = packedMap([...pieces].sort(byStart), (s) =>
    ctx.textSpan(
      beforeCreditedLink(ctx.text, beforeLinkEnd(ctx.text, wholeWordEnd(ctx.text, wholeWordStart(ctx.text, s)))),
    ),
  );
  return {
    text: packedMap(spans, (s) => s.text).join(' … '),
    span: [spans[0].span[0], spans[spans.length - 1].span[1]],
    spans,
  };
}
