// The events component: PLOVER-typed events with roles, time, quote and modality, one sentence at
// a time. Reads entities, times and quotes added by earlier components; adds doc.events.
//
//   1. find trigger words (lexicon.ts, triggers.ts)
//   2. drop mentions that are not new events (filters.ts): states, complements of "agreed to",
//      purposes ("send troops to destroy"), repeated references ("the meeting")
//   3. for each remaining trigger: modality (modality.ts), roles (roles.ts), time, quote, mode,
//      context, and whether it is background
import type { Event, Quote, Span, TimeExpression } from '../../../record/types.js';
import type { Component } from '../../component.js';
import type { Doc, Token } from '../../doc.js';
import { segment, type Segmentation } from './clauses.js';
import { COREFERENCE_SENTENCES, hasOccurrenceVerb, keepNewEvents, newCandidate, type Candidate } from './filters.js';
import { modalityOf } from './modality.js';
import { contextsOf, modeOf } from './modes.js';
import { rolesOf, type Mention, type Sides } from './roles.js';
import { findTriggers, rulesKnow, type TriggerMatch } from './triggers.js';
import { modelTriggers, triggerModelSettings } from './trigger-model.js';
import { isBackground } from './background.js';
import { isNotConsultation } from './consultations.js';
import { articleTopic, hasPoliticalActor, type TopicVerdict } from './topic.js';
import { isGenericMeasure, POSSESSIVE_CLITICS } from './generic.js';
import { characterisingKind } from './characterising.js';
import { packedMap } from '../../packed-map.js';
import { countBelow } from '../../sorted.js';

export const events: Component = {
  name: 'events',
  requires: ['sentences', 'tokens', 'entities', 'times', 'quotes'],
  assigns: ['events'],
  run(doc: Doc) {
    doc.events = codeEvents(doc);
  },
};

/** Characters a comma adds to the distance between a time and a trigger: it usually closes the phrase the time belongs to. */
const COMMA_DISTANCE = 40;
/** Days after the reference date beyond which a dated event is future. */
const FUTURE_MARGIN_DAYS = 7;
const DAY_MS = 86_400_000;
/**
 * Support verbs whose negation with "will"/"would" is a refusal ("will not recognise", "would
 * never accept"): PLOVER's REJECT is "all rejections and refusals", CAMEO's 120 those that "imply
 * refusals to cooperate or yield" (docs/audits/events-recognise-h381.md). The refusal is a verbal
 * act done when said, so it is asserted; without the modal ("did not endorse") no refusal is
 * stated and the support is a negated SUPPORT.
 */
const REFUSAL_HEADS = new Set(['recognise', 'recognize', 'accept', 'endorse', 'back']);
/**
 * Verbs of promising (WordNet 3.1: the synsets promise/assure "make a promise or commitment",
 * its hyponym pledge/plight "promise solemnly and formally", and theirs, vow and swear): aid a
 * trigger of these words gives is pledged, not yet given, so the event is to come ("pledged 650
 * million euros in aid"; the coding conventions of data/events/README.md: `future` is planned,
 * scheduled, promised). Only for AID: a vow of revenge is the threat itself, a pledge of support
 * the support.
 */
const PROMISE_HEADS = new Set(['promise', 'assure', 'pledge', 'plight', 'vow', 'swear']);
const WILL = new Set(['will', 'would', "'ll", 'wo', 'shall']);

/**
 * Days from the reference date to a day ("2024-07-03"), or with `months` to the first day of a
 * month ("2024-07": only for a month in an event noun's phrase, "the summit in July", or one
 * said to be next, "next month"); NaN otherwise.
 */
function daysAfter(value: string, reference: string, months = false): number {
  if (!(months ? /^\d{4}-\d{2}(-\d{2})?$/ : /^\d{4}-\d{2}-\d{2}$/).test(value)) return Number.NaN;
  return (Date.parse(value.length === 7 ? `${value}-01` : value) - Date.parse(reference)) / DAY_MS;
}

/** Tags of the words of a noun's prepositional phrases ("summit in Astana in July"). */
const NOUN_PHRASE_TAGS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);

/** Whether a time stands in the phrase of the noun ending before token `end`: only prepositional phrases between ("the summit in Astana in July", not "approved by Republicans in April" nor "last July"). */
function inNounPhrase(tokens: readonly Token[], end: number, time: TimeExpression): boolean {
  let j = end;
  for (; j < tokens.length && tokens[j].span[0] < time.span[0]; j++)
    if (!NOUN_PHRASE_TAGS.has(tokens[j].pos)) return false;
  return j < tokens.length && j > end && tokens[j - 1].pos === 'ADP';
}

/**
 * "agreed on Monday to resume border talks next month": a time after an infinitive (a base form
 * after "to", not "in addition to cancelling") that follows the trigger dates what the infinitive
 * names, not the trigger's own act.
 */
function inInfinitiveAfter(tokens: readonly Token[], end: number, time: TimeExpression): boolean {
  for (let j = end; j + 1 < tokens.length && tokens[j + 1].span[0] < time.span[0]; j++)
    if (
      tokens[j].lower === 'to' &&
      tokens[j + 1].pos === 'VERB' &&
      tokens[j + 1].lower === tokens[j + 1].lemma.toLowerCase()
    )
      return true;
  return false;
}

export function codeEvents(doc: Doc): Event[] {
  const mentions: Mention[] = doc.entities
    .flatMap((entity) => entity.mentions.map(([start, end]) => ({ entity, start, end })))
    .sort((a, b) => a.start - b.start);
  const out: Event[] = [];
  let seen: Candidate[] = [];
  const times = [...doc.times].sort((a, b) => a.span[0] - b.span[0]);
  const quotes = new QuoteSweep(doc.quotes);
  const topic = articleTopic(doc);
  // The last event with an actor and a target: the sides "the two sides" or "the parties" refer to.
  let sides: (Sides & { sentence: number }) | undefined;
  doc.sentences.forEach((sentence, s) => {
    const tokens = doc.tokens.slice(sentence.tokens[0], sentence.tokens[1]);
    const triggers = sentenceTriggers(tokens, s, topic);
    if (triggers.length === 0 && !hasOccurrenceVerb(tokens)) return;
    const seg = segment(tokens);
    const candidates = keepNewEvents(triggers, tokens, seg, seen, s).filter((c) => !isNotConsultation(doc, tokens, c));
    if (candidates.length === 0) return;
    // Only recent candidates can be referred back to (filters.ts), so older ones are let go.
    seen = [...seen.filter((c) => s - c.sentence <= COREFERENCE_SENTENCES), ...candidates];
    const words = new Set<string>();
    for (const t of tokens) words.add(t.lemma).add(t.lower);
    // The sentence's context tags, the same for each of its events.
    const context = contextsOf(words);
    const firstMention = countBelow(mentions, tokens[0].span[0], (m) => m.start);
    const triggerSpans = candidates.map((c) => [tokens[c.start].span[0], tokens[c.end - 1].span[1]] as const);
    // The kind a general stance is about ("does not support forced evictions"): its words, no acts.
    let kind: readonly [number, number] = [0, 0];
    for (const c of candidates) {
      const event = toEvent(
        doc,
        c,
        tokens,
        seg,
        words,
        context,
        mentions,
        firstMention,
        triggerSpans,
        times,
        quotes,
        `ev${out.length + 1}`,
        sides && s - sides.sentence <= SIDES_SENTENCES ? sides : undefined,
      );
      if (isGenericMeasure(event, tokens, c.start, c.nominal)) continue;
      if (c.start >= kind[0] && c.start < kind[1]) continue;
      // A habit or a general stance in the simple present (characterising.ts).
      const characterised = characterisingKind(c, event, tokens, seg, times);
      if (characterised !== null) {
        if (characterised[1] > characterised[0]) kind = characterised;
        continue;
      }
      out.push(event);
      const dyad = sidesOf(doc, event);
      if (dyad) sides = { ...dyad, sentence: s };
    }
  });
  return out;
}

/**
 * The trigger candidates of sentence s. On sports, entertainment, business, health, science,
 * technology, lifestyle, crime or family pages, event words are figurative or about other things
 * unless the sentence names a political actor (topic.ts), so there a sentence that names none has
 * none. The actor is asked first: the trigger search (rules and model, most of this component's
 * own time before the filters) is not run where its answer would be dropped. Trigger finding only
 * reads the tokens and fills per-word memos, so skipping it changes no result. `find` is the search
 * (a test counts its calls).
 */
export function sentenceTriggers(
  tokens: readonly Token[],
  s: number,
  topic: TopicVerdict,
  find: (tokens: readonly Token[]) => readonly TriggerMatch[] = triggersOf,
): Candidate[] {
  if (!topic.political && !hasPoliticalActor(tokens, topic)) return [];
  return packedMap(find(tokens), (t) => newCandidate(t.type, t.start, t.end, t.nominal, s));
}

/**
 * The rules' triggers of a sentence, and (triggerModelSettings) the model's at the words the rules
 * have no entry for (trigger-model.ts), in text order.
 */
export function triggersOf(tokens: readonly Token[]): TriggerMatch[] {
  const mode = triggerModelSettings.mode;
  if (mode === 'model') return modelTriggers(tokens, () => true);
  const rules = findTriggers(tokens);
  if (mode === 'rules') return rules;
  const covered = new Uint8Array(tokens.length);
  for (const t of rules) covered.fill(1, t.start, t.end);
  const added = modelTriggers(
    tokens,
    (i) => covered[i] === 0 && (triggerModelSettings.knownWords || !rulesKnow(tokens[i])),
  );
  if (added.length === 0) return rules;
  return [...rules, ...added].sort((a, b) => a.start - b.start);
}

/** How many sentences back "the two sides" may refer to the last event's participants. */
const SIDES_SENTENCES = 2;

/** An event's actor and targets as the sides of a dyad, when it has both. */
function sidesOf(doc: Doc, e: Event): Sides | undefined {
  if (e.actors.length !== 1 || e.targets.length === 0) return undefined;
  const mentionOf = (id: string): Mention | undefined => {
    const entity = doc.entities.find((x) => x.id === id);
    return entity && entity.mentions.length > 0
      ? { entity, start: entity.mentions[0][0], end: entity.mentions[0][1] }
      : undefined;
  };
  const actor = mentionOf(e.actors[0]);
  const targets = e.targets.map(mentionOf).filter((m): m is Mention => !!m);
  return actor && targets.length > 0 ? { actor, targets } : undefined;
}

function toEvent(
  doc: Doc,
  c: Candidate,
  tokens: readonly Token[],
  seg: Segmentation,
  words: ReadonlySet<string>,
  context: readonly string[],
  mentions: readonly Mention[],
  firstMention: number,
  triggerSpans: readonly Span[],
  times: readonly TimeExpression[],
  quotes: QuoteSweep,
  id: string,
  sides: Sides | undefined,
): Event {
  const span = [tokens[c.start].span[0], tokens[c.end - 1].span[1]] as const;
  const sentenceSpan = [tokens[0].span[0], tokens[tokens.length - 1].span[1]] as const;
  const quote = quotes.holding(span);
  const roles = rolesOf({
    doc,
    tokens,
    seg,
    at: c.start,
    end: c.end,
    nominal: c.nominal,
    mentions,
    firstMention,
    quote,
    type: c.type,
    sides,
  });
  // A month in an event noun's phrase ("the summit in July") was resolved without the clause's
  // tense (times/tense.ts), so it may be ahead of the reference date.
  const time = timeOf(times, tokens, seg, c.start, triggerSpans, doc.referenceDate);
  const inPhrase = !!time && c.nominal && !!doc.referenceDate && inNounPhrase(tokens, c.end, time);
  let modality = modalityOf({ tokens, seg, at: c.start, nominal: c.nominal });
  // A dated event well after the reference date is a plan, whatever the tense ("the summit on
  // May 3"). A margin, because a bare weekday ("on Tuesday") may resolve to the coming week.
  if (
    modality === 'asserted' &&
    time &&
    doc.referenceDate &&
    !inInfinitiveAfter(tokens, c.end, time) &&
    daysAfter(time.value, doc.referenceDate, inPhrase || /^next\b/i.test(time.text)) > FUTURE_MARGIN_DAYS
  )
    modality = 'future';
  if (modality === 'asserted' && c.type === 'AID' && PROMISE_HEADS.has(tokens[c.start].lemma.toLowerCase()))
    modality = 'future';
  // "will not recognise the vote" is a rejection, not support that did not happen.
  let type = c.type;
  if (
    type === 'SUPPORT' &&
    modality === 'negated' &&
    REFUSAL_HEADS.has(tokens[c.start].lemma.toLowerCase()) &&
    tokens.slice(Math.max(0, c.start - 4), c.start).some((t) => WILL.has(t.lower))
  ) {
    type = 'REJECT';
    modality = 'asserted';
  }
  const mode = modeOf(type, words);
  const event: Event = {
    id,
    type,
    ...(mode ? { mode } : {}),
    ...(context.length > 0 ? { context: [...context] } : {}),
    modality,
    ...(isBackground(doc, tokens, c.start, time, modality, c.nominal, type) ? { background: true } : {}),
    actors: roles.actors,
    targets: roles.targets,
    ...(roles.actorWords.length > 0 ? { actorWords: roles.actorWords } : {}),
    ...(roles.targetWords.length > 0 ? { targetWords: roles.targetWords } : {}),
    place: roles.place,
    time: time?.value ?? null,
    ...(quote ? { quote: quote.id } : {}),
    trigger: { text: doc.text.slice(span[0], span[1]), span },
    sentence: { text: doc.text.slice(sentenceSpan[0], sentenceSpan[1]), span: sentenceSpan },
  };
  return event;
}

/**
 * The first quote (in record order) with a piece holding a span. Spans are asked in text order, so
 * one sweep keeps only the pieces around the current span at hand instead of searching every quote
 * for every event; a span before the last one asked restarts the sweep.
 */
class QuoteSweep {
  private readonly pieces: { start: number; end: number; quote: number }[];
  private next = 0;
  private at = -Infinity;
  private active: { start: number; end: number; quote: number }[] = [];

  constructor(private readonly quotes: readonly Quote[]) {
    this.pieces = quotes
      .flatMap((q, quote) => q.content.spans.map((p) => ({ start: p.span[0], end: p.span[1], quote })))
      .sort((a, b) => a.start - b.start);
  }

  holding(span: readonly [number, number]): Quote | undefined {
    if (span[0] < this.at) {
      this.next = 0;
      this.active = [];
    }
    this.at = span[0];
    while (this.next < this.pieces.length && this.pieces[this.next].start <= span[0])
      this.active.push(this.pieces[this.next++]);
    this.active = this.active.filter((p) => p.end >= span[0]);
    let first = -1;
    for (const p of this.active) if (p.end >= span[1] && (first < 0 || p.quote < first)) first = p.quote;
    return first < 0 ? undefined : this.quotes[first];
  }
}

/** Words that open a noun phrase before a time modifying its noun ("the 2015 accord", "its 2019 budget", "Mr. Trump's Oct. 11 announcement"). */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'PRON']);
/** Possessive determiners that open such a phrase ("its 2019 budget"); other pronouns do not. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Tags of the words between a time premodifier and the noun it modifies ("the 2015 Algiers peace accord"). */
const PREMODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A lag counted from another event ("18 years after", "two days later"). */
const LAG = /\b(after|later)$/i;

/**
 * Whether a time is a lag from another event ("18 years after Washington invaded") in a past
 * clause that times left unresolved ("XXXX"), counted from a time named in the clause after it
 * ("ten years after France intervened ... after the 2012 elections"), or resolved into the
 * future: its anchor is the other event, so it dates nothing here.
 */
function anchoredElsewhere(t: TimeExpression, reference: string | null): boolean {
  return (
    !!reference &&
    t.tense === 'past' &&
    LAG.test(t.text) &&
    (t.value.startsWith('X') ||
      (t.anchorSpan !== undefined && t.anchorSpan[0] >= t.span[1]) ||
      t.value.slice(0, 10) > reference.slice(0, 10))
  );
}

/** Rank added to an attributive date: behind every other time of the sentence. */
const ATTRIBUTIVE_RANK = 1e12;

/**
 * Whether a time stands before a noun inside a noun phrase ("repudiated the 2015 Algiers peace
 * accord last month"): an attributive date dates the thing its noun names, not the clause's event;
 * it dates the event only when the trigger is that noun ("the 2021 invasion").
 */
function datesAnotherNoun(tokens: readonly Token[], time: TimeExpression, at: number): boolean {
  const first = countBelow(tokens, time.span[0] + 1, (t) => t.span[1]);
  const after = countBelow(tokens, time.span[1], (t) => t.span[0]);
  const before = tokens[first - 1];
  if (!before || !(NOUN_PHRASE_OPENERS.has(before.pos) || POSSESSIVE_CLITICS.has(before.lower))) return false;
  if (before.pos === 'PRON' && !POSSESSIVES.has(before.lower)) return false;
  if (after >= tokens.length || !PREMODIFIER_TAGS.has(tokens[after].pos)) return false;
  // The trigger is the noun (or one of the nouns) of that phrase: the time is the event's.
  for (let j = after; j < tokens.length && PREMODIFIER_TAGS.has(tokens[j].pos); j++) if (j === at) return false;
  return true;
}

/**
 * The time expression of the sentence nearest the trigger, preferring one in the trigger's
 * clause; a time nearer another trigger of the sentence is that event's ("since the invasion in
 * 2022, Finland has deployed troops": 2022 dates the invasion, not the deployment).
 */
function timeOf(
  times: readonly TimeExpression[],
  tokens: readonly Token[],
  seg: Segmentation,
  at: number,
  triggerSpans: readonly Span[],
  reference: string | null,
): TimeExpression | undefined {
  const [from, to] = [tokens[0].span[0], tokens[tokens.length - 1].span[1]];
  // Lengths and recurrences ("for two weeks", "every year") do not date an event.
  const inSentence: TimeExpression[] = [];
  for (let i = countBelow(times, from, (t) => t.span[0]); i < times.length && times[i].span[0] < to; i++) {
    const t = times[i];
    if ((t.type === 'DATE' || t.type === 'TIME') && t.span[1] <= to && !anchoredElsewhere(t, reference))
      inSentence.push(t);
  }
  if (inSentence.length === 0) return undefined;
  const trigger = tokens[at].span[0];
  /** Characters between two spans, plus a comma's worth of distance for every comma between them. */
  const commaStarts = tokens.filter((t) => t.text === ',').map((t) => t.span[0]);
  const gap = (a: Span, b: Span) => {
    const [lo, hi] = a[0] < b[0] ? [a[1], b[0]] : [b[1], a[0]];
    // Commas (one character each) lying within [lo, hi).
    const commas = Math.max(0, countBelow(commaStarts, hi, (n) => n) - countBelow(commaStarts, lo, (n) => n));
    return Math.max(0, hi - lo) + commas * COMMA_DISTANCE;
  };
  const own = triggerSpans.find((s) => s[0] === trigger) ?? ([trigger, trigger] as const);
  const nearestTrigger = (t: TimeExpression) =>
    triggerSpans.reduce((best, s) => (gap(s, t.span) < gap(best, t.span) ? s : best), own)[0];
  const clauseOf = (t: TimeExpression) => seg.clause[tokens.findIndex((k) => k.span[1] > t.span[0])] ?? -1;
  const rank = (t: TimeExpression) => (clauseOf(t) === seg.clause[at] ? 0 : 1e9) + Math.abs(t.span[0] - trigger);
  let best: TimeExpression | undefined;
  let bestRank = Infinity;
  for (const t of inSentence) {
    if (nearestTrigger(t) !== trigger) continue;
    // An attributive date is kept for an event with no other time: the event cannot precede the
    // thing it is about ("Trump's July 25 call when he asked ...").
    const r = rank(t) + (datesAnotherNoun(tokens, t, at) ? ATTRIBUTIVE_RANK : 0);
    if (r < bestRank) {
      best = t;
      bestRank = r;
    }
  }
  return best;
}
