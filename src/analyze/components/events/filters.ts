// Which trigger matches are new events. A sentence often names one event several times or names
// things that are not events at all; each rule below drops one such kind of match.
import type { EventType } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import type { Segmentation } from './clauses.js';
import type { TriggerMatch } from './triggers.js';
import { verbSubject } from './subject.js';
import { isVerbalAttack } from './verbal.js';
import { deniedClaimAt, lower, NEGATION } from './modality.js';
import { packedMap } from '../../packed-map.js';
import { isPolledView } from './polled-views.js';
import { DETERMINERS, POSSESSIVE_DETERMINERS } from '../../../text/determiners.js';

export interface Candidate extends TriggerMatch {
  /** Index of the sentence in the Doc. */
  sentence: number;
  /** An "attack" in words, retyped ACCUSE (verbal.ts): "the assault" after it is the same criticism. */
  verbal: boolean;
}

/**
 * A candidate. Every candidate is made here, so all have one shape (the same properties, added in
 * the same order): code optimised for candidates of one shape is thrown away when another comes
 * along (a spread with an added property was one, met first only in later documents).
 */
export function newCandidate(
  type: EventType,
  start: number,
  end: number,
  nominal: boolean,
  sentence: number,
  verbal = false,
): Candidate {
  return { type, start, end, nominal, sentence, verbal };
}

/** Categories whose "to ..." / "that ..." complement is part of the same event: "agreed to withdraw" is one AGREE. */
const ABSORBING: ReadonlySet<EventType> = new Set(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);
/** Absorbing heads whose complement is a separate, negated event ("denied that forces fired"). */
const NON_ABSORBING_HEADS = new Set(['deny']);
/** Words that introduce such a complement ("accused X of shelling" too). */
const COMPLEMENT_WORDS = new Set(['to', 'that', 'of']);
/** Determiners that make a nominal trigger refer back to an event already told ("the meeting"). */
const ANAPHORIC = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** How many modifiers may stand between the determiner and the noun ("the two-day meeting"). */
const ANAPHORIC_REACH = 2;
/** Sentences back in which an earlier event of the same type makes "the meeting" a repeat. */
export const COREFERENCE_SENTENCES = 6;
/** Forces nouns before a participle that describes where they are, not a new move ("troops stationed at"). */
const FORCES = new Set([
  'troops',
  'troop',
  'soldiers',
  'forces',
  'units',
  'personnel',
  'contingent',
  'police',
  'officers',
]);
/** Verbs of occurrence with a pronoun subject that refer back to the last event ("they will occur"). */
const OCCURRENCE = new Set(['occur', 'happen', 'erupt', 'resume', 'recur', 'escalate']);
const OCCURRENCE_PHRASES = [
  ['take', 'place'],
  ['break', 'out'],
];
/** The first words of OCCURRENCE_PHRASES: most tokens are none, and skip the phrase search. */
const OCCURRENCE_PHRASE_STARTS = new Set(OCCURRENCE_PHRASES.map(([a]) => a));
const REFERRING_PRONOUNS = new Set(['they', 'it', 'these', 'such', 'those', 'this']);
const PRONOUN_REACH = 3;

export function keepNewEvents(
  matches: readonly Candidate[],
  tokens: readonly Token[],
  seg: Segmentation,
  earlier: readonly Candidate[],
  sentence: number,
): Candidate[] {
  // "In the final scene of the film, the hero is tortured": what happens in a story is no event.
  if (matches.length > 0 && opensInFiction(tokens)) return [];
  // A forecast told as a warning is no event, and absorbs none: the act it forecasts is told.
  // Criticism called an attack is an accusation, not violence (verbal.ts).
  const typed = packedMap(
    [...matches.filter((m) => !isForecastWarning(m, tokens)), ...warnedHarms(matches, tokens)].sort(
      (a, b) => a.start - b.start,
    ),
    (m) =>
      m.type === 'ASSAULT' && isVerbalAttack(tokens, seg, m.start, m.end)
        ? newCandidate('ACCUSE', m.start, m.end, m.nominal, m.sentence, true)
        : m,
  );
  const withOccurrences = [...typed, ...occurrences(tokens, typed, earlier, sentence)].sort(
    (a, b) => a.start - b.start,
  );
  const kept: Candidate[] = [];
  /** Types already told in a complement, including repeats that were dropped: "The attack killed ..." is still the attack. */
  const told = new Map<string, Candidate>();
  for (const m of withOccurrences) {
    const key = `${m.type}@${seg.complement[m.start]}`;
    const first = told.get(key);
    if (first && !isSecondAct(first, m, tokens, withOccurrences)) continue;
    told.set(key, m);
    if (isStateParticiple(m, tokens) || isMetInPassive(m, tokens)) continue;
    if (isImperative(m, tokens) || isImpression(m, tokens) || isShowing(m, tokens) || isOpinion(m, tokens)) continue;
    if (isFightAgainstThing(m, tokens) || isSpeechSetting(m, tokens)) continue;
    if (isCounted(m, tokens) || isGenericSubject(m, tokens) || isEndangering(m, tokens)) continue;
    if (isAnyObject(m, tokens)) continue;
    if (isConcludedJudgement(m, tokens) || isAttributiveParticiple(m, tokens)) continue;
    if (isForcesOnStreets(m, tokens) || inAttributeCompound(m, tokens) || isAttributiveAlleged(m, tokens)) continue;
    if (isDiscussedTopic(m, tokens) || isAnyEventSubject(m, tokens)) continue;
    if (isRepeat(m, tokens, earlier) || isPolledView(m.nominal, m.start, tokens)) continue;
    if (isToldAgainInSentence(m, tokens, kept)) continue;
    if (isAbsorbed(m, tokens, seg, withOccurrences)) continue;
    if (isObjectOfRejectionOrAgreement(m, tokens, seg, withOccurrences)) continue;
    if (isReasonOfJudgement(m, tokens, seg, withOccurrences)) continue;
    if (isPurposeOfAssault(m, tokens, seg, withOccurrences)) continue;
    if (isGoalOfProtest(m, tokens, seg) || isForcesBlocking(m, tokens, seg)) continue;
    kept.push(m);
  }
  return kept;
}

/**
 * "welcomed the release and praised Qatar": a second verb of the same type, joined by "and" after
 * the first verb's object, is a second act, not the first one told again.
 */
function isSecondAct(first: Candidate, m: Candidate, tokens: readonly Token[], all: readonly Candidate[]): boolean {
  if (hasOwnSubjectAfterBreak(first, m, tokens, all)) return true;
  // "held talks in Termez and will reconvene in Kabul": a coordinated verb with its own auxiliary
  // is a second act even after a noun.
  if (first.nominal) return !m.nominal && isAuxiliaryCoordinated(m, tokens) && m.start > first.end;
  // "moved two brigades to Termez and placed its garrisons on heightened readiness": a noun in
  // the phrase of a second, coordinated verb.
  const and = m.nominal
    ? tokens.findIndex((t, k) => k >= first.end && k < m.start && t.lower === 'and' && tokens[k + 1]?.pos === 'VERB')
    : m.start - 1;
  if (and < 0 || tokens[and]?.lower !== 'and') return false;
  return tokens.slice(first.end, and).some((t) => OBJECT_HEADS.has(t.pos));
}

const OBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
/**
 * Words before a verb that are no subject of its own: relatives point back to a noun of the first
 * clause, and "it" or "this" to the first act ("shelled the town, and it killed five").
 */
const NOT_OWN_SUBJECTS = new Set(['who', 'which', 'that', 'whom', 'whose', 'it', 'this']);
/** Tags of the word after a comma that opens another clause: a conjunction or a participle. */
const CLAUSE_BREAK_TAGS = new Set(['CCONJ', 'SCONJ', 'VERB']);

/**
 * "The rebels struck the town, and the army shelled their camp", "walked out of the talks, saying
 * the government had refused": a verb with a subject of its own (a noun or a pronoun right before
 * it and its auxiliaries), after a comma and a conjunction or a participle that ends the first act's
 * clause, is another act by another doer, not the first one told again; not when that subject is
 * the act itself named again ("the shelling killed five").
 */
function hasOwnSubjectAfterBreak(
  first: Candidate,
  m: Candidate,
  tokens: readonly Token[],
  all: readonly Candidate[],
): boolean {
  if (m.nominal || m.start <= first.end) return false;
  let k = m.start - 1;
  while (k > first.end && (tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' || tokens[k].pos === 'ADV')) k--;
  if (!OBJECT_HEADS.has(tokens[k].pos) || NOT_OWN_SUBJECTS.has(tokens[k].lower)) return false;
  if (all.some((c) => c.type === m.type && c.start <= k && k < c.end)) return false;
  // The break opens right after the comma (", and the army", ", saying Baku"): a conjunction inside
  // a subject after a fronted phrase ("In a call, Pashinyan and Aliyev discussed") is none.
  return tokens.some(
    (t, j) => j >= first.end && j < k - 1 && t.text === ',' && CLAUSE_BREAK_TAGS.has(tokens[j + 1].pos),
  );
}

/** Whether the verb of m follows "and" and one or more auxiliaries ("and will reconvene", "and has agreed"). */
function isAuxiliaryCoordinated(m: Candidate, tokens: readonly Token[]): boolean {
  let k = m.start - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
  return k < m.start - 1 && tokens[k]?.lower === 'and';
}

/** Words that may open an imperative sentence before its verb ("Please visit", "Just ask"). */
const IMPERATIVE_OPENERS = new Set(['please', 'just', 'so', 'then', 'now', 'also', 'and', 'or', 'simply', 'do']);

/**
 * "Visit your account page", "Share this information", "Find someone to talk to": a sentence
 * that opens with the bare verb is an instruction to the reader, not a report of an event.
 */
function isImperative(m: Candidate, tokens: readonly Token[]): boolean {
  let first = mainClauseStart(tokens, m.start);
  while (first < m.start && IMPERATIVE_OPENERS.has(tokens[first].lower)) first++;
  const verb = tokens[first];
  const bare = verb.lower === verb.lemma.toLowerCase() && !/s$/i.test(verb.text);
  // A sentence-initial capital makes wink tag the verb a noun; an object right after it ("Visit
  // your account page", "Share this") shows the verb.
  if (first === m.start) return bare && (!m.nominal || OBJECT_OPENERS.has(tokens[m.end]?.pos ?? ''));
  // "Get support for the scary stuff": the trigger in the object of an opening bare verb.
  return (
    verb.pos === 'VERB' &&
    bare &&
    tokens.slice(first + 1, m.start).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')
  );
}

const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/** Words opening an introductory phrase before the main clause ("For more information, visit ..."). */
const INTRODUCTORY = new Set(['for', 'to', 'in', 'once', 'after', 'before', 'when']);

/** Where the main clause starts: after the comma that closes an introductory phrase, if any. */
function mainClauseStart(tokens: readonly Token[], before: number): number {
  if (!INTRODUCTORY.has(tokens[0]?.lower ?? '')) return 0;
  for (let i = before - 1; i > 0; i--) if (tokens[i].text === ',') return i + 1;
  return 0;
}

/** "struck me as political": an impression, not a blow. */
const IMPRESSION_OBJECTS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'many', 'some', 'observers']);
function isImpression(m: Candidate, tokens: readonly Token[]): boolean {
  return (
    m.type === 'ASSAULT' &&
    tokens[m.start].lemma.toLowerCase() === 'strike' &&
    IMPRESSION_OBJECTS.has(tokens[m.end]?.lower ?? '') &&
    tokens[m.end + 1]?.lower === 'as'
  );
}

/**
 * "Many businesses agree that China ...": the simple present of "agree" with a "that" clause
 * states an opinion held; parties reaching an agreement are told in the past ("agreed that")
 * or with "to" and "on".
 */
function isOpinion(m: Candidate, tokens: readonly Token[]): boolean {
  const word = tokens[m.start].lower;
  return m.type === 'AGREE' && (word === 'agree' || word === 'agrees') && tokens[m.end]?.lower === 'that';
}

/** Nouns of counting and measuring: the events they are "of" or "on" are tallied, not told. */
const TALLIES = new Set(['data', 'statistics', 'figures', 'totals', 'value', 'amount', 'chart', 'tally', 'count']);
/** Tags of the words between a tally and the event noun ("data on drug seizures", "value of the 2019 seizures"). */
const TALLIED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const TALLY_REACH = 6;

/**
 * Verbs whose object is a thing measured or counted ("measures seizures by pounds", "counts the
 * arrests"): the events are the unit of a statistic, no act told. WordNet 3.1 measure.v.1
 * {measure, mensurate} "determine the measurements of something", quantify.v.2 {quantify,
 * measure} "express as a number or measure or quantity", count.v.1 {count, enumerate} and
 * tally.v.3 "keep score", which entails count.v.1 (the noun-like "number" is left out).
 */
const MEASURING_VERBS: readonly string[] = ['measure', 'mensurate', 'quantify', 'count', 'enumerate', 'tally'];
const MEASURING_LEMMAS: ReadonlySet<string> = new Set(MEASURING_VERBS);
/** Their third-person and past forms ("measures", "tallied"), which the tagger may read as a compound's noun. */
const MEASURING_FORMS: ReadonlySet<string> = new Set(
  MEASURING_VERBS.flatMap((v) =>
    v.endsWith('y')
      ? [`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`]
      : v.endsWith('e')
        ? [`${v}s`, `${v}d`]
        : [`${v}s`, `${v}ed`],
  ),
);
const isMeasuring = (t: Token | undefined) => t?.pos === 'VERB' && MEASURING_LEMMAS.has(t.lemma);
/** "Border Protection measures seizures": a measuring verb's form right before the event noun, whatever its tag. */
const isMeasuringForm = (t: Token | undefined) => !!t && MEASURING_FORMS.has(t.lower);

/**
 * "the most recent data on drug seizures", "the value of the fiscal year 2019 seizures", "the
 * amount being seized at the border": events counted in a statistic are no event told.
 */
function isCounted(m: Candidate, tokens: readonly Token[]): boolean {
  let i = m.start - 1;
  if (m.nominal) {
    while (i >= 0 && m.start - i <= TALLY_REACH && TALLIED_PHRASE_TAGS.has(tokens[i].pos)) i--;
    if (isMeasuring(tokens[i]) || isMeasuringForm(tokens[m.start - 1])) return true;
    const link = tokens[i]?.lower;
    if (link !== 'on' && link !== 'of') return false;
    return TALLIES.has(tokens[i - 1]?.lower ?? '');
  }
  if (isTalliedThings(m, tokens)) return true;
  // "the amount being seized": a participle whose subject is a tally.
  while (i >= 0 && (tokens[i].pos === 'AUX' || PASSIVE_AUX.has(tokens[i].lower))) i--;
  return i < m.start - 1 && TALLIES.has(tokens[i]?.lower ?? '');
}

/** What may follow a participle that modifies the noun before it ("seized at the border", "seized."). */
const AFTER_MODIFIER_TAGS = new Set(['ADP', 'PUNCT', 'ADV']);

/**
 * "the data concerns drugs seized at the border", "figures on weapons confiscated at sea": a
 * participle after a noun, with no object of its own, says which things a tally counts when the
 * noun phrase back to the tally holds nothing but its words and one verb in the present ("covers",
 * "concerns"; the tagger may read it as a noun). A clause with its own subject and object ("data
 * show police seized cocaine") is left alone.
 */
function isTalliedThings(m: Candidate, tokens: readonly Token[]): boolean {
  const before = tokens[m.start - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  const after = tokens[m.end];
  if (after && !AFTER_MODIFIER_TAGS.has(after.pos)) return false;
  let verbs = 0;
  for (let i = m.start - 1; i >= 0 && m.start - i <= TALLY_REACH; i--) {
    const t = tokens[i];
    if (TALLIES.has(t.lower)) return true;
    if (t.pos === 'VERB' && /s$/i.test(t.text) && t.lower !== t.lemma && verbs++ === 0) continue;
    if (!TALLIED_PHRASE_TAGS.has(t.pos) && !(t.lower === 'on' || t.lower === 'of')) return false;
  }
  return false;
}

/** Tokens before the verb searched for a negation (modality.ts's NEGATION). */
const NEGATION_REACH = 4;

/**
 * "will dismiss any criticism", "condemned any violence against the marchers": an event noun after
 * "any" (over adjectives) as the object of a verb names whichever such event may come, no one
 * occasion. A negated clause keeps it: "had not made any arrests", "without making any arrests",
 * "none of them made any arrests" tell that none was made.
 */
function isAnyObject(m: Candidate, tokens: readonly Token[]): boolean {
  if (!m.nominal) return false;
  let i = m.start - 1;
  while (i >= 0 && tokens[i].pos === 'ADJ') i--;
  if (tokens[i]?.lower !== 'any' || tokens[i - 1]?.pos !== 'VERB') return false;
  const verb = i - 1;
  return !tokens.slice(Math.max(0, verb - NEGATION_REACH), verb).some((t) => NEGATION.has(lower(t)));
}

/** Verbs that tell an event of a noun subject, not a general truth ("clashes erupt", "talks resume"). */
const HAPPENING_VERBS = new Set([
  'erupt',
  'break',
  'continue',
  'resume',
  'escalate',
  'spread',
  'rage',
  'intensify',
  'grow',
  'begin',
  'start',
  'end',
  'occur',
  'happen',
  'take',
  'loom',
  'enter',
]);
/** Predicates after "is/are" that tell of an event in course or to come ("talks are underway", "protests are likely"). */
const COURSE_PREDICATES = new Set([
  'underway',
  'ongoing',
  'likely',
  'unlikely',
  'possible',
  'expected',
  'due',
  'set',
  'over',
  'under',
  'planned',
  'scheduled',
  'imminent',
]);
const PRESENT_COPULA = new Set(['is', 'are']);
/** Tags that end a predicate of adverbs the tagger gave an adjective ("are high enough, firms ..."). */
const CLAUSE_ENDS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/**
 * "Tariffs on consumer products hit customers directly", "import tariffs are a tax", "when
 * tariffs are high enough": a bare event noun (no article, owner or name before it) as the
 * subject of a simple present that is not a verb of happening states a general truth about such
 * events, not an event. Occurrence verbs and predicates of course stay events ("clashes erupt",
 * "talks are underway"), as do past and perfect tenses.
 */
function isGenericSubject(m: Candidate, tokens: readonly Token[]): boolean {
  if (!m.nominal || !/s$/i.test(tokens[m.start].text)) return false;
  // Bare: only common-noun or adjective modifiers before it, back to the clause's start.
  let i = m.start - 1;
  while (i >= 0 && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ')) i--;
  const before = tokens[i];
  if (before && !GENERIC_OPENERS.has(before.lower) && before.pos !== 'PUNCT') return false;
  // Its predicate: after an "on/of" phrase of its own ("tariffs on consumer products hit").
  let j = m.end;
  if (tokens[j]?.pos === 'ADP' && (tokens[j].lower === 'on' || tokens[j].lower === 'of')) {
    j++;
    // Its words, participles used as adjectives among them ("on imported steel").
    while (
      j < tokens.length &&
      (TALLIED_PHRASE_TAGS.has(tokens[j].pos) || (tokens[j].pos === 'VERB' && /ed$/i.test(tokens[j].text)))
    )
      j++;
  }
  while (tokens[j]?.pos === 'ADV') j++;
  const verb = tokens[j];
  if (!verb) return false;
  const word = verb.lower;
  if (PRESENT_COPULA.has(word)) {
    // Over adverbs; a participle after them is a passive or progressive ("are ever revived").
    let k = j + 1;
    while (tokens[k]?.pos === 'ADV' && !COURSE_PREDICATES.has(tokens[k].lower)) k++;
    const next = tokens[k];
    if (next && /(ed|en)$/i.test(next.text)) return false;
    // "when tariffs are high enough,": adverbs up to the clause's end were its predicate.
    if (k > j + 1 && (!next || CLAUSE_ENDS.has(next.pos))) return true;
    return !!next && ['ADJ', 'DET', 'NOUN', 'ADV'].includes(next.pos) && !COURSE_PREDICATES.has(next.lower);
  }
  return verb.pos === 'VERB' && word === verb.lemma.toLowerCase() && !HAPPENING_VERBS.has(verb.lemma.toLowerCase());
}
/** Words that may stand before a bare subject: a clause opener, not an article or owner. */
const GENERIC_OPENERS = new Set([
  'when',
  'if',
  'because',
  'while',
  'but',
  'and',
  'that',
  'as',
  'since',
  'although',
  'whether',
]);

/** What a threat of harm to a state of affairs endangers ("threaten the viability of a two-state solution"). */
const ENDANGERED = new Set([
  'viability',
  'future',
  'stability',
  'survival',
  'existence',
  'livelihood',
  'livelihoods',
  'health',
  'safety',
  'growth',
  'recovery',
  'economy',
  'prospects',
  'integrity',
  'independence',
]);
const ENDANGER_REACH = 7;

/**
 * "settlements ... threaten the physical viability of a two-state solution", "tensions are
 * threatening to put the brakes on growth": a threat to a state of affairs is a danger, not a
 * threat made by an actor.
 */
function isEndangering(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'THREATEN' || m.nominal) return false;
  return tokens.slice(m.end, m.end + ENDANGER_REACH).some((t) => ENDANGERED.has(t.lower));
}

/** Relative words that open a clause inside the object ("concluded a deal that was ..."). */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Tokens after "conclude" searched for the verb of a content clause. */
const CONCLUSION_REACH = 6;

/**
 * "concluded that the settlements were legal", "had concluded the establishment of settlements was
 * not inconsistent with international law": "conclude" with a content clause is to judge
 * (WordNet 3.1 conclude.v.1, "decide by reasoning"), not to conclude an agreement (conclude.v.2 /
 * close.v.4, "complete a business deal"), whatever accord word the clause holds. The clause is told
 * by "that" right after the verb, or by a be or other auxiliary right after a noun.
 */
function isConcludedJudgement(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'AGREE' || m.nominal || tokens[m.start].lemma.toLowerCase() !== 'conclude') return false;
  if (tokens[m.end]?.lower === 'that') return true;
  for (let i = m.end + 1; i < tokens.length && i <= m.end + CONCLUSION_REACH; i++) {
    if (RELATIVES.has(tokens[i].lower) || tokens[i].text === ',') return false;
    if (tokens[i].pos === 'AUX' && NOUN_TAGS.has(tokens[i - 1].pos)) return true;
  }
  return false;
}

/** Tokens after "warn that" searched for the subject of the warned-of clause. */
const FORECAST_REACH = 5;

/**
 * "Experts warned that Russian forces are preparing to attack": a warning whose "that" clause has
 * armed forces or a punishment word as its subject (a noun right before that clause's verb) tells
 * what others may do, a forecast; a threat names what the warner will do ("warned it would use
 * force", "warned of retaliation").
 */
function isForecastWarning(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'THREATEN' || m.nominal || tokens[m.start].lemma.toLowerCase() !== 'warn') return false;
  if (tokens[m.end]?.lower !== 'that') return false;
  // "warned that any ship linked to Israel would be targeted": what will befall any one who does
  // something is a condition the warner sets, a threat ("any" as a determiner of free choice, CGEL
  // ch. 5), not a forecast of what others may do.
  if (tokens[m.end + 1]?.lower === 'any') return false;
  for (let i = m.end + 1; i < tokens.length && i <= m.end + FORECAST_REACH; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') return NOUN_TAGS.has(tokens[i - 1].pos);
    if (t.pos === 'PRON' || t.text === ',') return false;
  }
  return false;
}
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * The harms a threat names, after CAMEO's THREATEN subcodes (Schrodt 2012, 131-138: sanctions,
 * collective dissent, repression, military force), of which PLOVER's THREATEN is made.
 */
const THREATENED_HARMS: ReadonlySet<EventType> = new Set(['SANCTION', 'PROTEST', 'COERCE', 'ASSAULT']);
/** Pronouns that make the warned-of act the warner's own ("warned that they would ..."). */
const WARNER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);
/** Tokens from "warn" to "that": an object and a time may stand between ("warned Iran on Thursday that"). */
const WARNED_REACH = 6;
/** Tokens from "that" to the harm ("that they would impose new sanctions"). */
const HARM_REACH = 7;

/**
 * "warned Iran that they would impose new sanctions if ...", "warned that they would attack the
 * town unless ...": a warning whose "that" clause says the warner ("it", "they": the pronoun
 * subject) will or would do harm is a threat, whatever the harm's word; the harm is its
 * complement (isAbsorbed). The lexicon's "warn" entries read such a clause only by listed words.
 */
function warnedHarms(matches: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'VERB' || tokens[i].lemma.toLowerCase() !== 'warn') continue;
    if (matches.some((m) => m.type === 'THREATEN' && m.start <= i && i < m.end)) continue;
    let that = -1;
    for (let j = i + 1; j < tokens.length && j <= i + WARNED_REACH; j++) {
      if (tokens[j].lower === 'that') that = j;
      if (that >= 0 || tokens[j].text === ',' || tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') break;
    }
    if (that < 0 || !WARNER_PRONOUNS.has(tokens[that + 1]?.lower) || !/^(would|will)$/.test(tokens[that + 2]?.lower))
      continue;
    const harm = matches.find(
      (m) =>
        THREATENED_HARMS.has(m.type) &&
        m.start > that + 2 &&
        m.start <= that + HARM_REACH &&
        tokens.slice(that, m.start).every((t) => t.text !== ','),
    );
    if (harm) out.push(newCandidate('THREATEN', i, i + 1, false, harm.sentence));
  }
  return out;
}

/**
 * Verbs whose object is a topic talked over: WordNet 3.1's discuss.v.01 ("discourse, talk about,
 * discuss": to consider or examine in speech or writing) and debate.v.01 ("argue, fence, debate").
 */
const DISCUSSING = new Set(['discuss', 'debate']);
/** Tags of the words between such a verb and the event noun ("discuss the withdrawal", "debate a new ceasefire"). */
const TOPIC_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM']);
const TOPIC_REACH = 3;

/**
 * "will meet in Geneva to discuss the withdrawal of foreign troops": an event noun that a verb of
 * discussing takes is the topic talked over, not an event told (the meeting is the event).
 */
function isDiscussedTopic(m: Candidate, tokens: readonly Token[]): boolean {
  if (!m.nominal) return false;
  let i = m.start - 1;
  while (i >= 0 && m.start - i <= TOPIC_REACH && TOPIC_PHRASE_TAGS.has(tokens[i].pos)) i--;
  const verb = tokens[i];
  return !!verb && verb.pos === 'VERB' && DISCUSSING.has(verb.lemma.toLowerCase());
}

/** Modals after an "any" noun phrase that make it a case foreseen, not an event ("any attack would be met"). */
const FORESEEING_MODALS = new Set(['would', 'will', 'must', 'should', 'shall', "'ll"]);
/** Words that may open the clause whose subject is the "any" phrase. */
const ANY_SUBJECT_OPENERS = new Set(['that', ',', ':', ';']);
/** Tokens from the event noun to the modal ("any attack on its embassy would"). */
const ANY_MODAL_REACH = 6;

/**
 * "warned that any attack on its embassy would be met with force": an event noun after "any" as
 * the subject of a modal is every such event foreseen, none told. Not "did not hold any talks" (an
 * object, negated) nor "if any attack occurs" (a condition).
 */
function isAnyEventSubject(m: Candidate, tokens: readonly Token[]): boolean {
  if (!m.nominal) return false;
  let i = m.start - 1;
  while (i >= 0 && tokens[i].pos === 'ADJ') i--;
  if (tokens[i]?.lower !== 'any') return false;
  const opener = tokens[i - 1];
  if (opener && !ANY_SUBJECT_OPENERS.has(opener.lower)) return false;
  for (let j = m.end; j < tokens.length && j - m.end < ANY_MODAL_REACH; j++) {
    const t = tokens[j];
    if (FORESEEING_MODALS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** Armed and police forces: when they "take to the streets" they deploy, they do not protest. */
const ARMED = new Set([...FORCES, 'army', 'military', 'militia', 'soldier', 'guard', 'guards']);
const STREETS_REACH = 4;

/** "the People's Liberation Army took to the city's streets to clear barricades": no protest. */
function isForcesOnStreets(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'PROTEST' || tokens[m.start].lemma.toLowerCase() !== 'take') return false;
  return tokens.slice(Math.max(0, m.start - STREETS_REACH), m.start).some((t) => ARMED.has(t.lower));
}

/**
 * "Police blocked the road as protesters gathered": a road blocked by armed or police forces is
 * the authorities' act, not the protest the sentence is about (the "block the road" entry reads
 * its protest from the sentence's words, not from the subject).
 */
function isForcesBlocking(m: Candidate, tokens: readonly Token[], seg: Segmentation): boolean {
  if (m.type !== 'PROTEST' || m.nominal || tokens[m.start].lemma.toLowerCase() !== 'block') return false;
  return subjectHolds(tokens, seg, m.start, ARMED);
}

/** Whether the subject noun phrase of the verb at `verb` (subject.ts) holds one of `words`. */
function subjectHolds(tokens: readonly Token[], seg: Segmentation, verb: number, words: ReadonlySet<string>): boolean {
  const subject = verbSubject(tokens, seg, verb, () => false);
  return !!subject && tokens.slice(subject.start, subject.end).some((t) => words.has(t.lower));
}

/** Verbs of speaking whose rally is the speaker's audience ("said at a rally", "told a rally"). */
const SPEAKING = new Set([
  'say',
  'said',
  'speak',
  'spoke',
  'speaking',
  'tell',
  'told',
  'address',
  'addressed',
  'declare',
  'declared',
  'add',
  'added',
]);

/**
 * "Trump said at a rally in Louisiana", "she told a rally": a rally that a speaker addresses
 * is the setting of a speech, a politician's own meeting, not a protest reported.
 */
function isSpeechSetting(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'PROTEST' || !m.nominal || tokens[m.start].lemma.toLowerCase() !== 'rally') return false;
  let i = m.start - 1;
  // Over its modifiers ("a campaign rally"), unless one makes it a protest ("a protest rally").
  while (i >= 0 && (OBJECT_MODIFIER_TAGS.has(tokens[i].pos) || tokens[i].pos === 'NOUN')) {
    if (/^(protest|demonstrat)/i.test(tokens[i].text)) return false;
    i--;
  }
  if (tokens[i]?.lower === 'at') i--;
  const verb = tokens[i];
  return !!verb && (SPEAKING.has(verb.lower) || SPEAKING.has(verb.lemma.toLowerCase()));
}

/**
 * Who or what one fights when the fight is violence: people, armed groups and wars. A fight
 * with any other common noun as its object is a struggle against a problem, a charge or a
 * thing ("fighting dirty air", "fight addiction", "fight the charges").
 */
const FOUGHT_ADVERSARIES = new Set([
  'rebel',
  'troop',
  'soldier',
  'force',
  'militant',
  'insurgent',
  'army',
  'militia',
  'police',
  'officer',
  'government',
  'regime',
  'enemy',
  'fighter',
  'jihadist',
  'terrorist',
  'separatist',
  'guerrilla',
  'gang',
  'cartel',
  'invader',
  'occupier',
  'protester',
  'demonstrator',
  'man',
  'people',
  'civilian',
  'other',
  'war',
  'battle',
  'insurgency',
  'rebellion',
  'invasion',
  'offensive',
  'occupation',
]);
const VERB_BEFORE_GERUND = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'to']);
/** Words that may stand between "fight" and its object's head noun. */
const OBJECT_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);

function isFightAgainstThing(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'ASSAULT' || !/^f(ight|ought)/i.test(tokens[m.start].text)) return false;
  // "fighting" without an auxiliary or "to" before it may be the noun, with no object ("that
  // fighting spreads to Darfur"); after one it is the verb ("has been fighting dirty air").
  const gerund = /ing$/i.test(tokens[m.start].text);
  if (gerund && !VERB_BEFORE_GERUND.has(tokens[m.start - 1]?.lower ?? '')) return false;
  let i = m.end;
  while (i < tokens.length && OBJECT_MODIFIER_TAGS.has(tokens[i].pos)) i++;
  const head = tokens[i];
  if (!head || head.pos !== 'NOUN') return false;
  // The head of a compound is its last noun ("government forces", "drug cartels").
  while (tokens[i + 1]?.pos === 'NOUN') i++;
  const noun = tokens[i];
  const singular = noun.lemma.toLowerCase();
  return !FOUGHT_ADVERSARIES.has(singular) && !FOUGHT_ADVERSARIES.has(noun.lower.replace(/s$/, ''));
}

/** Tags of a direct object's first word: a demonstration with an object shows something. */
const OBJECT_START_TAGS = new Set(['DET', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/**
 * "as demonstrated by his departure", "demonstrate ways to help": "demonstrate" with an object,
 * or in the passive, means to show; people who demonstrate in protest take no object.
 */
function isShowing(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'PROTEST' || m.nominal || !/^demonstrat/i.test(tokens[m.start].text)) return false;
  const before = tokens[m.start - 1]?.lower;
  const after = tokens[m.end];
  return (
    before === 'as' ||
    (PASSIVE_AUX.has(before ?? '') && /ed$/i.test(tokens[m.start].text)) ||
    after?.lower === 'by' ||
    OBJECT_START_TAGS.has(after?.pos ?? '')
  );
}
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Intransitive verbs of deployment, which follow their forces as finite verbs, not participles. */
const INTRANSITIVE_MOVES: ReadonlySet<string> = new Set(['arrive']);

/** "7,000 Russian troops now stationed at the base": a participle after forces describes a state. */
function isStateParticiple(m: Candidate, tokens: readonly Token[]): boolean {
  // An intransitive verb has no passive participle: "troops arrived in Gao" is a finite verb.
  if (m.type !== 'MOBILIZE' || m.nominal || INTRANSITIVE_MOVES.has(tokens[m.start].lemma)) return false;
  const prev = tokens[m.start - 1];
  const prev2 = tokens[m.start - 2];
  const isForces = (t: Token | undefined) => !!t && FORCES.has(t.lower);
  return isForces(prev) || (prev?.pos === 'ADV' && isForces(prev2));
}

/**
 * "their demands had not been met", "all the conditions have now been met": the passive of "meet"
 * is its sense of WordNet 3.1's meet.v.4 ("fill, satisfy or meet a want or need or condition"),
 * not a meeting; "was met at the airport by the minister" (a place after it) is still one.
 */
function isMetInPassive(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'CONSULT' || m.nominal || tokens[m.start].lower !== 'met') return false;
  if (!PASSIVE_AUX.has(tokens[m.start - 1]?.lower ?? '')) return false;
  return tokens[m.end]?.lower !== 'at';
}

/** Whether two tokens touch, with no space between ("tariff" "-" "free"). */
function touching(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.span[1] === b.span[0];
}

/**
 * A trigger inside a hyphenated adjective that describes a thing: "tariff-free products",
 * "violence-free elections" (the absence of the event), "evidence-backed programmes" (backed by
 * a thing, not an actor; "U.S.-backed rebels" has a name before the hyphen and stays).
 */
function inAttributeCompound(m: Candidate, tokens: readonly Token[]): boolean {
  const [hyphenAfter, free] = [tokens[m.end], tokens[m.end + 1]];
  if (
    hyphenAfter?.text === '-' &&
    free?.lower === 'free' &&
    touching(tokens[m.end - 1], hyphenAfter) &&
    touching(hyphenAfter, free)
  )
    return true;
  if (inCoordinatedCompound(m, tokens)) return true;
  const hyphenBefore = tokens[m.start - 1];
  const owner = tokens[m.start - 2];
  return (
    !m.nominal &&
    hyphenBefore?.text === '-' &&
    touching(owner, hyphenBefore) &&
    touching(hyphenBefore, tokens[m.start]) &&
    owner?.pos === 'NOUN'
  );
}

const COMPOUND_CONJUNCTIONS = new Set(['and', 'or', 'n']);

/**
 * A one-word trigger joined by hyphens to a conjunction and a second word ("a meet-and-greet hour")
 * names a thing, not the act of its first word.
 */
function inCoordinatedCompound(m: Candidate, tokens: readonly Token[]): boolean {
  const [hyphen, conjunction, hyphen2] = [tokens[m.end], tokens[m.end + 1], tokens[m.end + 2]];
  return (
    m.end - m.start === 1 &&
    hyphen?.text === '-' &&
    COMPOUND_CONJUNCTIONS.has(conjunction?.lower ?? '') &&
    touching(tokens[m.start], hyphen) &&
    touching(hyphen, conjunction) &&
    hyphen2?.text === '-' &&
    touching(conjunction, hyphen2)
  );
}

const POSSESSIVE_PRONOUNS = new Set(POSSESSIVE_DETERMINERS);
/** Tags of the word after an attributive participle: the noun it describes, or an adjective or name before it. */
const DESCRIBED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "the sister of a jailed blogger", "reached the besieged city": a past participle between a
 * determiner or possessive and the noun it describes is an adjective telling the noun's state,
 * not an act told here (none of the splits codes one).
 */
function isAttributiveParticiple(m: Candidate, tokens: readonly Token[]): boolean {
  const t = tokens[m.start];
  if (m.end - m.start !== 1 || (t.pos !== 'VERB' && t.pos !== 'ADJ') || !/(ed|en)$/i.test(t.text)) return false;
  return DETERMINERS.has(tokens[m.start - 1]?.lower ?? '') && DESCRIBED_TAGS.has(tokens[m.end]?.pos ?? '');
}

/** Words after which "alleged" stands inside a noun phrase: a determiner, a possessive, a preposition, "and" ("his alleged role"). */
const ATTRIBUTIVE_LEAD_TAGS = new Set(['DET', 'ADP', 'PART', 'CCONJ', 'PUNCT']);

/**
 * "his alleged role", "over alleged assaults on its men", "the alleged sex trafficker Jeffrey
 * Epstein": "alleged" as an adjective inside a noun phrase hedges its noun (an act it names is read
 * as possible, see modality.ts); no act of alleging is told there. Audited as no event in every
 * round since the third. The verb ("Lima alleged that ...", "he alleged fraud") still accuses.
 */
function isAttributiveAlleged(m: Candidate, tokens: readonly Token[]): boolean {
  if (m.type !== 'ACCUSE' || tokens[m.start].lower !== 'alleged') return false;
  const next = tokens[m.end];
  if (next?.pos !== 'NOUN' && next?.pos !== 'ADJ') return false;
  const before = tokens[m.start - 1];
  return !before || ATTRIBUTIVE_LEAD_TAGS.has(before.pos) || POSSESSIVE_PRONOUNS.has(before.lower);
}

/** "the meeting", "the attack" after an event of that type was told in the sentences before. */
function isRepeat(m: Candidate, tokens: readonly Token[], earlier: readonly Candidate[]): boolean {
  if (!m.nominal) return false;
  const before = tokens.slice(Math.max(0, m.start - ANAPHORIC_REACH - 1), m.start).map((t) => t.lower);
  if (!before.some((w) => ANAPHORIC.has(w))) return false;
  return earlier.some(
    (e) =>
      (e.type === m.type || (m.type === 'ASSAULT' && e.verbal)) && m.sentence - e.sentence <= COREFERENCE_SENTENCES,
  );
}

/**
 * "Troops shelled the town; the shelling killed five": "the" and a noun of the type of a verb told
 * earlier in the sentence, standing as a subject or object (not in a phrase of its own: "attacked
 * the town after the attack on Kherson" names another), is that act named again.
 */
function isToldAgainInSentence(m: Candidate, tokens: readonly Token[], kept: readonly Candidate[]): boolean {
  if (!m.nominal) return false;
  const det = tokens[m.start - 1];
  if (!det || !ANAPHORIC.has(det.lower) || tokens[m.start - 2]?.pos === 'ADP') return false;
  return kept.some((e) => !e.nominal && e.type === m.type && e.end <= m.start);
}

/**
 * A trigger inside the complement of an earlier absorbing trigger in the same clause: a verb
 * after "to"/"that"/"of" ("urged Iran to release"), or a noun governed by such a verb ("urged
 * them to hold talks") — not a noun in a mere phrase ("agreed to a truce after talks").
 * Denials are not absorbing: what is denied is coded as a negated event (see modality.ts).
 */
function isAbsorbed(m: Candidate, tokens: readonly Token[], seg: Segmentation, all: readonly Candidate[]): boolean {
  return all.some((h) => {
    if (!ABSORBING.has(h.type) || h.start >= m.start || seg.clause[h.start] !== seg.clause[m.start]) return false;
    // What a denial or a rejected claim says is coded as a negated event of its own.
    if (NON_ABSORBING_HEADS.has(tokens[h.start].lemma) || deniedClaimAt(tokens, h.start) >= 0) return false;
    // From the head's next word on: a two-word head may end in the complement word ("declined to").
    const between = tokens.slice(h.start + 1, m.start);
    const opener = between.findIndex((t) => COMPLEMENT_WORDS.has(t.lower));
    if (opener < 0) return false;
    // "initialled a memorandum ... and pledged to share intelligence": the complement is a second,
    // coordinated verb's, not the head's.
    if (between.slice(1, opener).some((t, k) => t.pos === 'VERB' && between[k].pos === 'CCONJ')) return false;
    // "want the assembly to impeach and the senate to convict": a head with no object, right before
    // "and", ends its phrase there; the "to" after the next subject opens a coordinated clause.
    if (between[0]?.pos === 'CCONJ' && between[opener].lower === 'to' && opener > 1) return false;
    if (ownClauseAfterComma(m, tokens, seg, h.start + 1 + opener)) return false;
    // "agreed to sell radars and may supply armoured vehicles": a verb with a modal or auxiliary
    // of its own after "and" is a second predicate of the subject, not in the complement.
    if (!m.nominal && ownAuxiliaryAfterAnd(tokens, h.start + 1 + opener, m.start)) return false;
    if (!m.nominal && between[opener].lower === 'to' && inflectedAfterAnd(tokens, m.start)) return false;
    if (!m.nominal && isReducedRelative(m, tokens)) return false;
    if (!m.nominal) return true;
    const rest = between.slice(opener + 1);
    // "was accused of rape by a woman and sexual assault by another": what an accusation's "of"
    // phrase names, with no verb or comma before the noun, is the accusation's content.
    if (
      h.type === 'ACCUSE' &&
      between[opener].lower === 'of' &&
      rest.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')
    )
      return true;
    // The noun must be the object of a verb in the complement ("urged them to hold talks"), not
    // in a phrase after it ("threatened to respond with force to joint drills").
    // "agreed to hold a new round of talks": an "of" between nouns is inside the object.
    const verb = rest.map((t) => t.pos).lastIndexOf('VERB');
    return (
      verb >= 0 &&
      rest
        .slice(verb + 1)
        .every((t, k, object) => t.pos !== 'ADP' || (t.lower === 'of' && object[k - 1]?.pos === 'NOUN'))
    );
  });
}

/** Categories whose direct object is what they take a stand on: a vetoed package, an agreed truce. */
const OBJECT_TAKING: ReadonlySet<EventType> = new Set(['REJECT', 'AGREE']);
/** Prepositions that may open such an object right after the head ("agreed to a truce", "walked out of talks"). */
const OBJECT_PREPOSITIONS = new Set(['to', 'of']);
/** Tags of the words of a noun phrase up to its event noun ("the next package of EU sanctions", "a truce and the release"). */
const OBJECT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
/** Words inside such a phrase that are not of those tags: "of" between nouns, "and" between objects. */
const OBJECT_PHRASE_WORDS = new Set(['of', 'and']);
/** How many words may stand between the head and the event noun of its object. */
const OBJECT_REACH = 8;

/**
 * "will veto the next package of EU sanctions", "agreed to a ceasefire and the release of
 * hostages": an event noun in the noun phrase a rejection or an agreement takes as its object is
 * what is rejected or agreed, part of that event (the coding conventions of data/events/README.md:
 * the complement of a rejection or an agreement is part of it), not an event told of its own. A
 * verb, a comma or any other preposition ends the object ("agreed to a truce after talks").
 * Denials are left alone: what is denied is coded as a negated event (modality.ts).
 */
function isObjectOfRejectionOrAgreement(
  m: Candidate,
  tokens: readonly Token[],
  seg: Segmentation,
  all: readonly Candidate[],
): boolean {
  if (!m.nominal) return false;
  return all.some((h) => {
    if (!OBJECT_TAKING.has(h.type) || h.end > m.start || m.start - h.end > OBJECT_REACH) return false;
    if (seg.clause[h.start] !== seg.clause[m.start]) return false;
    if (NON_ABSORBING_HEADS.has(tokens[h.start].lemma) || deniedClaimAt(tokens, h.start) >= 0) return false;
    let i = h.end;
    if (OBJECT_PREPOSITIONS.has(tokens[i]?.lower ?? '')) i++;
    for (; i < m.start; i++)
      if (!OBJECT_PHRASE_TAGS.has(tokens[i].pos) && !OBJECT_PHRASE_WORDS.has(tokens[i].lower)) return false;
    return true;
  });
}

/** Tags of a gerund's object's first word ("arming the rebels", "shelling civilians", "helping them"). */
const GERUND_OBJECT_TAGS = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'ADJ']);

/** A word in -ing with an object after it: a gerund, whether the tagger read it as a verb or a noun ("for arming the rebels"). */
function isGerundWithObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.pos !== 'VERB' && t.pos !== 'NOUN') || !/ing$/i.test(t.text)) return false;
  return GERUND_OBJECT_TAGS.has(tokens[i + 1]?.pos ?? '');
}

/** Categories that judge or answer another act, and may name it as their reason with "for": blame, praise, revenge. */
const REASON_TAKING: ReadonlySet<EventType> = new Set(['ACCUSE', 'SUPPORT', 'THREATEN']);
/** How many words may stand between such a head and the "for" of its reason ("held Turkey responsible on Sunday for"). */
const REASON_REACH = 6;
/** Tags of the words between "for" and the reason's event noun ("for the killing", "for its mediation"). */
const REASON_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART', 'PRON']);

/**
 * "vowed revenge for the killing of its leader", "blamed Ukraine for helping the rebels who
 * ambushed its soldiers", "praised Qatar for its mediation": what an accusation, a word of praise
 * or a threat of revenge names after "for" is its reason, the content of that act (the conventions:
 * the complement of an accusation or a threat is part of it), not news told here. The "for" stands
 * after the head's object with no verb or comma between; the reason is a noun phrase, or a gerund
 * ("for arming", "for helping") and what its clause holds up to a comma or a conjunction.
 */
function isReasonOfJudgement(
  m: Candidate,
  tokens: readonly Token[],
  seg: Segmentation,
  all: readonly Candidate[],
): boolean {
  return all.some((h) => {
    if (!REASON_TAKING.has(h.type) || h.end > m.start || seg.clause[h.start] !== seg.clause[m.start]) return false;
    let f = h.end;
    for (; f < m.start && f - h.end <= REASON_REACH; f++) {
      const t = tokens[f];
      if (t.lower === 'for') break;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ')
        return false;
    }
    if (f >= m.start || tokens[f].lower !== 'for') return false;
    if (isGerundWithObject(tokens, f + 1)) {
      for (let i = f + 1; i < m.start; i++)
        if (tokens[i].text === ',' || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ') return false;
      return true;
    }
    if (!m.nominal) return false;
    for (let i = f + 1; i < m.start; i++) if (!REASON_PHRASE_TAGS.has(tokens[i].pos)) return false;
    return true;
  });
}

/** Words that open the adjunct of a reduced relative clause ("detained in March", "arrested last month"). */
const RELATIVE_ADJUNCT_OPENERS = new Set(['in', 'on', 'during', 'since', 'after', 'last', 'earlier', 'this', 'at']);

/**
 * "urged Tunisia to free the journalists detained in March": a past participle right after the
 * noun it describes, with an adjunct of its own, is a reduced relative clause telling what was done
 * to them, a past event outside the complement's request, not part of it.
 */
function isReducedRelative(m: Candidate, tokens: readonly Token[]): boolean {
  const t = tokens[m.start];
  const before = tokens[m.start - 1];
  return (
    t.pos === 'VERB' &&
    /ed$/i.test(t.text) &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    RELATIVE_ADJUNCT_OPENERS.has(tokens[m.end]?.lower ?? '')
  );
}

/** Whether auxiliaries (a modal, "has") stand right before token `at`, with a coordinator before them after `opener`. */
function ownAuxiliaryAfterAnd(tokens: readonly Token[], opener: number, at: number): boolean {
  let i = at - 1;
  while (i > opener && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV') && i >= at - 3) i--;
  return i < at - 1 && i > opener && tokens[i].pos === 'CCONJ' && tokens[i + 1].pos === 'AUX';
}

/**
 * "refused to attend the session and called for a new vote": a verb right after "and" in an
 * inflected form ("called", "begging", not "call") cannot be an infinitive under the complement's
 * "to": it is a second predicate of the head's subject, an event of its own.
 */
function inflectedAfterAnd(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  return tokens[at - 1]?.lower === 'and' && verb.pos === 'VERB' && verb.lower !== verb.lemma.toLowerCase();
}

/**
 * "agreed to build submarines, a deal Canberra abandoned this week": a verb after a comma that
 * has a subject of its own is a new clause, not the complement of the head before the comma.
 */
function ownClauseAfterComma(m: Candidate, tokens: readonly Token[], seg: Segmentation, opener: number): boolean {
  if (m.nominal) return false;
  let comma = -1;
  for (let i = opener + 1; i < m.start; i++) if (tokens[i].text === ',') comma = i;
  if (comma < 0) return false;
  const subject = verbSubject(tokens, seg, m.start, () => false);
  return !!subject && subject.start > comma;
}

/** "send in troops to destroy the Islamists": the deployment is the means; the assault is the event. */
function isPurposeOfAssault(
  m: Candidate,
  tokens: readonly Token[],
  seg: Segmentation,
  all: readonly Candidate[],
): boolean {
  if (m.type !== 'MOBILIZE') return false;
  return all.some(
    (a) =>
      a.type === 'ASSAULT' &&
      a.start > m.end &&
      seg.clause[a.start] === seg.clause[m.start] &&
      tokens[a.start - 1]?.lower === 'to',
  );
}

/** Whether a sentence has an occurrence verb at all (a cheap test before segmenting it). */
export function hasOccurrenceVerb(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      OCCURRENCE.has(t.lemma) ||
      (OCCURRENCE_PHRASE_STARTS.has(t.lemma) &&
        OCCURRENCE_PHRASES.some(([a, b]) => t.lemma === a && tokens[i + 1]?.lemma === b)),
  );
}

/** Occurrence verbs whose pronoun subject stands for the last nominal event: "they will occur" after "no clashes". */
function occurrences(
  tokens: readonly Token[],
  matches: readonly Candidate[],
  earlier: readonly Candidate[],
  sentence: number,
): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const phrase =
      OCCURRENCE_PHRASE_STARTS.has(t.lemma) &&
      OCCURRENCE_PHRASES.find(([a, b]) => t.lemma === a && tokens[i + 1]?.lemma === b);
    if (!OCCURRENCE.has(t.lemma) && !phrase) return;
    const pronoun = tokens.slice(Math.max(0, i - PRONOUN_REACH), i).some((k) => REFERRING_PRONOUNS.has(k.lower));
    if (!pronoun) return;
    const antecedent = [...earlier, ...matches.filter((m) => m.start < i)].filter((m) => m.nominal).pop();
    if (!antecedent || antecedent.sentence < sentence - 1) return;
    out.push(newCandidate(antecedent.type, i, phrase ? i + 2 : i + 1, false, sentence));
  });
  return out;
}

/**
 * Works of fiction and performance: the words of WordNet 3.1's synsets movie.n.01 (film, movie,
 * picture show, flick), novel.n.01, play.n.01 (play, drama), musical.n.01, opera.n.01,
 * episode.n.02 ("a part of a broadcast serial"), sitcom.n.01, sequel.n.02, cartoon.n.02 and
 * comic_book.n.01 (comic); "game" only as video_game.n.01 or computer game ("video game"), not a
 * match, whose fans' violence is real. Not "book" or "story", which are news and memoirs as often.
 */
const FICTION_WORKS = new Set([
  'film',
  'movie',
  'flick',
  'novel',
  'play',
  'drama',
  'musical',
  'opera',
  'episode',
  'sitcom',
  'sequel',
  'cartoon',
  'comic',
]);
/** Words before "game" that make it a video game (WordNet 3.1 video_game.n.01, "computer game"). */
const PLAYED_ON = new Set(['video', 'computer']);
/** Adjectives that place a scene in a work's run ("the final scene", "the opening scene"). */
const SCENE_PLACES = new Set(['final', 'opening', 'closing', 'last', 'first']);
/** Tags of the words of an opening "In the ... of the film," phrase. */
const FRAME_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'PART', 'PRON']);
/** How many words such a phrase may have before its comma. */
const FRAME_REACH = 10;

/**
 * A sentence that opens with "In" and a phrase naming a work of fiction or a scene of one, up to a
 * comma: "In the film,", "In the novel's last chapter,", "In the final scene from Braveheart,".
 * "In a scene of chaos," or "In the capital," are no such frame: a scene counts only with a work
 * named in the phrase, "from" after it or a place in a work's run before it.
 */
function opensInFiction(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'in') return false;
  let fiction = false;
  for (let i = 1; i < tokens.length && i <= FRAME_REACH; i++) {
    const t = tokens[i];
    if (t.text === ',') return fiction;
    if (!FRAME_TAGS.has(t.pos) && !/^['’]s?$/.test(t.text)) return false;
    const lemma = t.lemma.toLowerCase();
    if (FICTION_WORKS.has(lemma) && t.pos === 'NOUN') fiction = true;
    else if (lemma === 'game' && PLAYED_ON.has(tokens[i - 1]?.lower ?? '')) fiction = true;
    else if (lemma === 'scene' && (tokens[i + 1]?.lower === 'from' || SCENE_PLACES.has(tokens[i - 1]?.lower ?? '')))
      fiction = true;
  }
  return false;
}

/**
 * People who protest: the words of WordNet 3.1's synsets demonstrator.n.03 {demonstrator,
 * protester}, activist.n.01, striker.n.02 ("a worker who is on strike"), marcher.n.02 and
 * picket.n.01 ("a protester posted by a labor organization").
 */
const PROTESTERS = new Set([
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'demonstrator',
  'demonstrators',
  'activist',
  'activists',
  'striker',
  'strikers',
  'marcher',
  'marchers',
  'picket',
  'pickets',
  'picketer',
  'picketers',
]);
/** Words of a verb group between its subject and the verb ("have tried to block", "had long"). */
const VERB_GROUP_TAGS = new Set(['AUX', 'ADV', 'PART', 'VERB']);
/** How far back from "to" the verb of the protest may stand ("blocked the plant for five days in an attempt to"). */
const GOAL_REACH = 12;

/**
 * "Protesters blocked the plant in an attempt to shut down operations": a coercion named as the
 * purpose ("to ...") of what protesters do is the goal of their protest, which PLOVER codes as the
 * PROTEST ("demands that take the form of demonstrations, protests, etc. are coded as PROTEST",
 * manual 0.7b1, DEMAND), not a coercion done. The protesters are the subject of the verb before
 * "to", or stand right before its verb group; "police fired at protesters to disperse them" has
 * the police as the subject.
 */
function isGoalOfProtest(m: Candidate, tokens: readonly Token[], seg: Segmentation): boolean {
  if (m.type !== 'COERCE' || m.nominal || tokens[m.start - 1]?.lower !== 'to') return false;
  let verb = m.start - 2;
  while (verb >= 0 && m.start - verb <= GOAL_REACH && tokens[verb].pos !== 'VERB') verb--;
  if (verb < 0 || tokens[verb].pos !== 'VERB') return false;
  if (subjectHolds(tokens, seg, verb, PROTESTERS)) return true;
  let j = verb - 1;
  while (j >= 0 && VERB_GROUP_TAGS.has(tokens[j].pos)) j--;
  return PROTESTERS.has(tokens[j]?.lower ?? '');
}
