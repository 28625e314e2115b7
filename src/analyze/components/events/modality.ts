// What kind of claim an event mention is: asserted, negated, future, possible or hypothetical.
// Cues are words before the trigger inside its clause (see clauses.ts); the strongest kind wins,
// in the order hypothetical > possible > negated > future > asserted: "if they do not withdraw"
// is a condition, "may not attack" a possibility, "will not deploy" a denial of a plan.
import type { Modality } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import type { Segmentation } from './clauses.js';
import { packedMap } from '../../packed-map.js';
import { isMonthMay } from '../../month-may.js';

/** Conditionals: the whole clause holding one is hypothetical (antecedent and consequent alike). */
const CONDITIONAL = new Set(['if', 'unless']);
/** Clause-initial inversions that make a condition ("Should the talks fail", "Were Lithuania to lift"). */
const INVERTED_CONDITIONAL = new Set(['should', 'were', 'had']);
/** Modal words before the trigger that make it the consequent of a condition stated after it ("would impose tariffs if ..."). */
const CONSEQUENT_MODALS = new Set(['will', 'would', 'could', 'might', 'may', "'ll", 'wo']);
/** Multi-word conditionals, as lower-case word sequences. */
const CONDITIONAL_PHRASES = [
  ['in', 'the', 'event'],
  ['in', 'case'],
  ['would', 'have'],
  ['provided', 'that'],
];

/**
 * Modal words of speculation and forecast, earlier in the trigger's complement ("could attack").
 * Not "reportedly" or "allegedly": an event told as reported is coded asserted, as ACLED codes
 * reported events (data/events/README.md, the conventions); "may have", "possibly" and "is
 * believed to" (BELIEF_PASSIVE) are hedges of the event itself.
 */
const POSSIBLE = new Set([
  'could',
  'may',
  'might',
  'can',
  'possibly',
  'perhaps',
  'probably',
  'likely',
  'unlikely',
  'potentially',
  'potential',
  'expect',
  'expected',
  'forecast',
  'predict',
  'predicted',
  'feared',
  'whether',
]);
/**
 * Obligation: what should or must be done has not (yet) been done ("should be supporting"). Verb
 * triggers only: an event noun is often the object of the obligation ("must end this crackdown",
 * which is going on).
 */
const OBLIGATION = new Set(['should', 'must', 'ought']);
/** "had no option but to surrender": forced, but not yet done. */
const NO_ALTERNATIVE = new Set(['option', 'choice', 'alternative']);
/**
 * Nouns and adjectives of possibility. They govern their own complement ("the possibility that
 * they will occur", "the risk of clashes"), so they count when "that"/"of" follows them or the
 * trigger stands within EPISTEMIC_REACH tokens after them — not for the whole clause ("the risk
 * of refugee flows ..., Putin has committed to ...").
 */
const EPISTEMIC = new Set([
  'possibility',
  'possible',
  'risk',
  'prospect',
  'fear',
  'fears',
  'danger',
  'speculation',
  'rumour',
  'rumor',
  'chance',
  'chances',
]);
const EPISTEMIC_REACH = 3;
/**
 * WordNet 3.1's uncertainty.n.01, "being unsettled or in doubt or dependent on chance" ("the
 * uncertainty of the outcome"): counts only for what its "of" phrase takes (see ofGerundTakes),
 * not near it in the clause ("amid the uncertainty, troops attacked").
 */
const UNCERTAINTY = new Set(['uncertainty', 'uncertainness', 'precariousness']);
/** Tags of the words between a gerund and the event noun it takes ("imposing [new] sanctions"). */
const GERUND_OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** Possibility adjectives that follow a nominal trigger ("clashes are likely"). */
const POSSIBLE_AFTER = new Set(['likely', 'possible', 'feared', 'expected', 'unlikely', 'looming']);
/** Tokens after a nominal trigger searched for POSSIBLE_AFTER ("clashes are now likely"). */
const POSSIBLE_AFTER_WINDOW = 3;

/**
 * Negation words before a verb trigger, within NEGATION_WINDOW tokens in the same complement; also
 * the words that make an "any" + event-noun object a denial, not a general one (filters.ts,
 * isAnyObject: "had not made any arrests", "without making any arrests").
 */
export const NEGATION: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'none',
]);
const NEGATION_WINDOW = 4;
/** Verbs whose complement did not happen ("failed to reach", "refrained from attacking"). */
const NEGATING_VERBS = new Set([
  'fail',
  'refrain',
  'avoid',
  'halt',
  'stop',
  'cancel',
  'postpone',
  'abandon',
  // WordNet 3.1's two synsets of prevent: "prevent, keep" ("stop (someone or something) from
  // doing something") and "prevent, forestall, foreclose, preclude, forbid" ("keep from happening
  // or arising"); "keep", whose commonest sense is to continue ("kept attacking"), left out.
  'prevent',
  'forestall',
  'foreclose',
  'preclude',
  'forbid',
]);
/**
 * Negative implicative verbs (Karttunen 1971, "Implicative verbs", Language 47: "forget to",
 * "fail", "neglect", "decline", "avoid", "refrain"): "neglected to send aid" says no aid was sent.
 * Those not in NEGATING_VERBS count only before "to", their implicative frame ("forgot the
 * attack" is no denial of it).
 */
const NEGATIVE_IMPLICATIVES = new Set(['neglect', 'decline', 'forget']);
/** Determiners that negate the noun they precede, allowing a few modifiers between ("no major clashes"). */
const NEGATING_DETERMINERS = new Set(['no', 'without']);
const DETERMINER_WINDOW = 3;
/** Verbs whose "that" complement is denied ("denied that forces had fired"). */
const DENIAL_VERBS = new Set(['deny']);
/**
 * Verbs that declare a claim false when their object is one ("rejected claims that it had
 * shelled", "dismissed reports that troops were moving"): the verbs of WordNet 3.1's synsets
 * deny ("declare untrue; contradict"), refute/rebut ("prove to be false"), reject ("refuse to
 * accept") and dismiss ("bar from attention or consideration").
 */
const CONTRADICTION_VERBS = new Set(['deny', 'refute', 'rebut', 'reject', 'dismiss']);
/** Modifiers that may stand between such a verb and the claim noun ("dismissed Western media reports"). */
const CLAIM_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const CLAIM_MODIFIER_REACH = 3;
/**
 * Adverbials that may stand between a denial and what it denies ("denied on Monday that",
 * "denied in a statement that", "denied again on Friday the reports that"): a run of words that
 * opens with a preposition or an adverb (so it is no object of the verb) and holds no verb.
 */
const ADVERBIAL_OPENERS = new Set(['ADP', 'ADV']);
const ADVERBIAL_TAGS = new Set(['ADP', 'ADV', 'DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const ADVERBIAL_REACH = 6;
/** Nouns of claim whose "that" clause a denial reaches ("denied reports that ..."). */
const DENIED_CLAIMS = new Set([
  'reports',
  'report',
  'claims',
  'claim',
  'allegations',
  'accusations',
  'suggestions',
  'rumours',
  'rumors',
]);
/** "has yet to release", "ruled out any negotiation": two-word negators, as [word, next word]. */
const NEGATING_PAIRS = [
  ['yet', 'to'],
  ['ruled', 'out'],
  ['rule', 'out'],
  ['rules', 'out'],
  // WordNet 3.1: "cancel, call off, scratch, scrub" ("called off the strike"), like "cancel" above.
  ['call', 'off'],
  ['calls', 'off'],
  ['called', 'off'],
  ['calling', 'off'],
];
/**
 * Negative adverbials that open a clause and negate all of it, with the subject and verb inverted
 * after them ("At no time did he urge ...", "Under no circumstances will troops ..."): the
 * negative-inversion phrases of English grammars.
 */
const FRONTED_NEGATIONS = [
  ['at', 'no', 'time'],
  ['at', 'no', 'point'],
  ['in', 'no', 'way'],
  ['under', 'no', 'circumstances'],
  ['by', 'no', 'means'],
  ['on', 'no', 'account'],
];
/** "no one can exclude": negation words inside a possibility idiom do not negate. */
const DOUBT_VERBS = new Set(['exclude', 'rule', 'discount', 'deny']);

/** Plans, promises, commitments, schedules, in the same complement before the trigger. */
const FUTURE = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'promise',
  'promised',
  'pledge',
  'pledged',
  'vow',
  'vowed',
  'commit',
  'committed',
  'scheduled',
  'upcoming',
  'prepare',
  'prepared',
  'preparing',
  'aim',
  'aims',
  'going',
  'set',
  'due',
  'next',
  'tomorrow',
  'future',
  'decide',
  'decided',
  'announce',
  'announced',
  'ahead',
  'offer',
  'offered',
  'offers',
  // Wishes and attempts to come ("eager to withdraw", "wants to visit", "sought to talk to").
  'want',
  'wants',
  'wanted',
  'eager',
  'hope',
  'hopes',
  'hoped',
  'wish',
  'wishes',
  'seek',
  'seeks',
  'sought',
]);
/**
 * Tokens before the trigger within which a future cue bears on it: an auxiliary or a verb of
 * planning governs the verb phrase right after it ("will deploy", "plans to station 5,000
 * troops"), not a phrase further on ("will cooperate ... under a memorandum signed in Delhi").
 */
const FUTURE_REACH = 8;
/** Present forms of "be" that, with "to" and a verb, tell of an arrangement ("are to vacate"). */
const BE_TO = new Set(['is', 'are', 'am', "'s", "'re"]);
/** FUTURE words that need a following "to" to mean a plan ("set to", "due to", "going to", "decided to", "announced plans"). */
const FUTURE_NEEDS_TO = new Set([
  'set',
  'due',
  'going',
  'decide',
  'decided',
  'prepare',
  'prepared',
  'preparing',
  'aim',
  'aims',
  'announce',
  'announced',
  'want',
  'wanted',
  'eager',
  'hope',
  'hoped',
  'wish',
  'seek',
  'sought',
]);
/** "ahead of the talks": the event is still to come. */
const FUTURE_NEEDS_OF = new Set(['ahead']);
/** Tags of the words of the noun phrase after "ahead of" that leads to the trigger ("ahead of next week's planned summit"). */
const OF_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'VERB']);
/** Words after "is/are" that make a nominal trigger a plan or a coming thing ("a summit is planned for May", "an attack is imminent"). */
const FUTURE_AFTER = new Set(['planned', 'scheduled', 'due', 'slated', 'set', 'imminent', 'pencilled', 'penciled']);
/** Tokens after a nominal trigger searched for its predicate's modal ("clashes may follow", "talks will resume"). */
const PREDICATE_REACH = 6;

export interface ModalityInput {
  tokens: readonly Token[];
  seg: Segmentation;
  /** Index of the trigger within `tokens`. */
  at: number;
  nominal: boolean;
}

/** The word lower-cased with straight apostrophes; most words have none, and skip the replace. */
export function lower(t: Token): string {
  const w = t.lower;
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

export function modalityOf(m: ModalityInput): Modality {
  // "would take measures to oppose it, including calling for a debate": an example of what the
  // clause before names has that clause's modality.
  const example = exampleOf(m);
  if (example !== undefined) return modalityOf({ ...m, at: example, nominal: true });
  // The cues of the sentence before an attribution's comma are the reported claim's, not its own.
  if (inTrailingAttribution(m)) return 'asserted';
  if (isEnded(m)) return 'asserted';
  if (isHypothetical(m) || inHypotheticalAside(m)) return 'hypothetical';
  // "At no time did they try to attack": the fronted negation denies the attempt as well.
  if (frontedNegation(m)) return 'negated';
  // "senators who tried to meet the protesters were prevented from doing so".
  if (isFoiledAttempt(m)) return 'negated';
  const negated = isNegated(m);
  const predicate = predicateModal(m);
  if (
    (isPossible(m) || predicate === 'possible' || isRequiredOrAllowed(m) || isResisted(m) || isAlleged(m)) &&
    !(negated && pastInability(m))
  )
    return 'possible';
  if (negated || predicate === 'negated' || isElusive(m) || isCalledOff(m) || isCalledOffThrough(m)) return 'negated';
  if (
    isFuture(m) ||
    isPurpose(m) ||
    isTrainedFor(m) ||
    predicate === 'future' ||
    inComingTimeClause(m) ||
    isAskedFor(m) ||
    isHopedFor(m) ||
    isCoordinatedWish(m) ||
    isEntailed(m) ||
    isMandated(m)
  )
    return 'future';
  return 'asserted';
}

/**
 * Verbs of ending or easing something in force: what they take is in place, whatever is said of
 * the ending ("without rolling back the tariffs", "if the sanctions are ever lifted"). Not
 * "cancel", "halt", "postpone": what they take was still to come.
 */
const ENDING_VERBS = new Set(['lift', 'remove', 'roll', 'end', 'scrap', 'ease', 'repeal', 'relax', 'loosen']);
/** Words that may stand between an ending verb and its noun ("roll back some of the", "lift all its"). */
const ENDING_OBJECT_LINKS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADP', 'PART', 'ADV']);
/** Tokens between an ending verb and its noun. */
const ENDING_REACH = 5;

/** An event noun that is the object of a verb of ending ("rolling back some of the tariffs"), or the subject of its passive ("tariffs ... removed"). */
function isEnded(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  // "roll back", not "roll out". The tagger may call the gerund a noun ("without lifting the").
  const ending = (t: Token | undefined, i: number) =>
    !!t &&
    (t.pos === 'VERB' || (t.pos === 'NOUN' && /ing$/i.test(t.text))) &&
    ENDING_VERBS.has(t.lemma.toLowerCase()) &&
    (t.lemma.toLowerCase() !== 'roll' || m.tokens[i + 1]?.lower === 'back');
  for (let i = m.at - 1; i >= Math.max(0, m.at - ENDING_REACH); i--) {
    if (ending(m.tokens[i], i)) return true;
    // "the talks ended without an agreement": what follows "without" is not what was ended.
    if (!ENDING_OBJECT_LINKS.has(m.tokens[i].pos) || m.tokens[i].lower === 'without') break;
  }
  // "a deal that includes tariff reductions": the noun names what a noun of easing eases.
  const next = m.tokens[m.at + 1];
  if (next && next.pos === 'NOUN' && EASING_NOUNS.has(next.lemma.toLowerCase())) return true;
  // "if any of his tariffs on Chinese goods will ever be removed": the noun is the passive's subject.
  for (let i = m.at + 1; i < m.tokens.length && m.seg.clause[i] === m.seg.clause[m.at]; i++) {
    const t = m.tokens[i];
    if (t.pos === 'VERB') return ending(t, i) && PASSIVE_BEFORE.has(lower(m.tokens[i - 1]));
  }
  return false;
}
const PASSIVE_BEFORE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Nouns of easing that an event noun modifies ("tariff reductions", "sanctions relief"): the event is in force. */
const EASING_NOUNS = new Set(['reduction', 'cut', 'relief', 'removal', 'rollback', 'repeal', 'easing', 'lifting']);

/** Verbs of asking for or threatening something: the event noun they take is still to come ("called for an emergency meeting", "threatened sanctions"). */
const ASKING_VERBS = new Set([
  'call',
  'demand',
  'request',
  'urge',
  'seek',
  'propose',
  'ask',
  'press',
  'push',
  'threaten',
]);

const ASKED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** The possessive clitic inside such a phrase ("seeking Assange's extradition"). */
const POSSESSIVE_CLITIC = /^['’]s?$/;

/** Nouns of asking whose "for" phrase is what is asked for ("a request for military aid", "his plea for aid"). */
const ASKING_NOUNS = new Set(['request', 'appeal', 'plea', 'call', 'demand', 'application']);

/**
 * Nouns of a goal whose "for" phrase is what is aimed at ("ambitious goals for a trade pact"): the
 * words of WordNet 3.1's synsets goal.n.01 ("the state of affairs that a plan is intended to
 * achieve"), aim.n.02 ("the goal intended to be attained") and purpose.n.01 ("an anticipated
 * outcome that is intended") whose commonest noun sense is one of these (not "end", "object",
 * "target", "design").
 */
const GOAL_NOUNS = new Set(['goal', 'aim', 'objective', 'purpose', 'intent', 'intention']);

/**
 * The index of the word before the phrase that leads up to the event noun: back from the noun over
 * at most `reach` words whose tags are in `tags` (-1 when the phrase opens the text).
 */
function beforePhrase(m: ModalityInput, tags: ReadonlySet<string>, reach: number): number {
  let i = m.at - 1;
  while (i >= 0 && m.at - i <= reach && tags.has(m.tokens[i].pos)) i--;
  return i;
}

/** An event noun that is the object of a verb of asking ("called for talks", "demanded a ceasefire", "urged a meeting") or the "for" phrase of a noun of asking ("a plea for aid"). */
function isAskedFor(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  // "approved an extradition request", "an aid appeal": the noun names what the request asks for.
  const next = m.tokens[m.at + 1];
  if (next && next.pos === 'NOUN' && ASKING_NOUNS.has(next.lemma.toLowerCase())) return true;
  // Back over the noun phrase: its modifiers ("an emergency", "a UN", "Assange's"), then "for" ("called for").
  let i = m.at - 1;
  while (
    i >= 0 &&
    m.at - i <= ENDING_REACH &&
    (ASKED_PHRASE_TAGS.has(m.tokens[i].pos) || POSSESSIVE_CLITIC.test(m.tokens[i].text))
  )
    i--;
  // "called for talks"; "threatening them with tariffs".
  const afterFor = lower(m.tokens[i] ?? m.tokens[m.at]) === 'for';
  if (afterFor) i--;
  else if (lower(m.tokens[i] ?? m.tokens[m.at]) === 'with' && m.tokens[i - 1]?.pos === 'PRON') i -= 2;
  const verb = m.tokens[i];
  if (!verb) return false;
  const lemma = verb.lemma.toLowerCase();
  return (
    (verb.pos === 'VERB' && ASKING_VERBS.has(lemma)) ||
    (afterFor && verb.pos === 'NOUN' && (ASKING_NOUNS.has(lemma) || GOAL_NOUNS.has(lemma)))
  );
}

/**
 * Verbs of logical consequence: WordNet 3.1 entail.v.01 {entail, imply, mean} ("have as a logical
 * consequence"). In the present, what they take is a consequence still to come ("that means a
 * massacre"); in the past it is told as what followed ("the siege meant a massacre").
 */
const ENTAILING = new Set(['mean', 'means', 'entail', 'entails', 'imply', 'implies']);

/** Tags of the words between such a verb and its event noun: no name ("means a massacre"). */
const ENTAILED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/** An event noun that is the object of a present-tense verb of consequence ("this means war"). */
function isEntailed(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  const verb = m.tokens[beforePhrase(m, ENTAILED_PHRASE_TAGS, ENDING_REACH)];
  return !!verb && verb.pos === 'VERB' && ENTAILING.has(lower(verb));
}

/**
 * Mandative verbs and nouns, whose "that" clause in the plain form says what is wanted, not what
 * is done ("demanded that the government release the prisoners"): the mandative verbs of CGEL
 * (Huddleston & Pullum 2002, ch. 11 §7.1.1) that news uses for demands and orders.
 */
const MANDATIVE = new Set([
  'demand',
  'insist',
  'require',
  'request',
  'ask',
  'urge',
  'recommend',
  'propose',
  'order',
  'command',
  'stipulate',
]);
/** Tags of the subject between "that" and the plain verb ("that the interim government release"). */
const MANDATED_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** Tokens between "that" and the verb. */
const MANDATED_SUBJECT_REACH = 6;

/** A verb in the plain form whose clause is the "that" complement of a mandative verb or noun. */
function isMandated(m: ModalityInput): boolean {
  const t = m.tokens[m.at];
  // The plain form: the lemma itself ("release", not "releases" or "released"). After the subject
  // the tagger may read it as a noun of a compound ("the government release"); no "of" follows
  // such a verb.
  if (lower(t) !== t.lemma.toLowerCase()) return false;
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && lower(m.tokens[m.at + 1] ?? t) !== 'of')) return false;
  let i = m.at - 1;
  while (i >= 0 && m.at - i <= MANDATED_SUBJECT_REACH && MANDATED_SUBJECT_TAGS.has(m.tokens[i].pos)) {
    if (lower(m.tokens[i]) === 'that') break;
    i--;
  }
  if (lower(m.tokens[i] ?? t) !== 'that' || i === m.at - 1) return false;
  const governor = m.tokens[i - 1];
  return !!governor && MANDATIVE.has(governor.lemma.toLowerCase());
}

/** Verbs whose "X to V" is an obligation laid on X, not an act ("requiring employees to sign"). */
const REQUIRING = new Set(['require', 'requires', 'required', 'requiring', 'oblige', 'obliged', 'obliges', 'obliging']);
/** Nouns whose "for X to V" is a chance, not an act ("an opening for moderates to attack"). */
const CHANCES = new Set(['opening', 'chance', 'opportunity', 'occasion']);
/** Tokens before "to" searched for a requiring verb or a chance noun. */
const GOVERNOR_REACH = 10;

/**
 * "a policy of requiring employees to sign noncompete agreements", "an opening for moderates to
 * attack": the act after "to" is laid on someone or open to them, not done.
 */
function isRequiredOrAllowed(m: ModalityInput): boolean {
  if (m.nominal || lower(m.tokens[m.at - 1] ?? m.tokens[m.at]) !== 'to') return false;
  for (let i = m.at - 2; i >= Math.max(0, m.at - 1 - GOVERNOR_REACH); i--) {
    const w = lower(m.tokens[i]);
    // Commas may stand in a list of names ("for moderates Buttigieg, Biden and Klobuchar to").
    if (w === ';' || m.tokens[i].pos === 'AUX' || m.tokens[i].pos === 'VERB') return REQUIRING.has(w);
    if (REQUIRING.has(w)) return true;
    if (CHANCES.has(w) && lower(m.tokens[i + 1] ?? m.tokens[i]) === 'for') return true;
  }
  return false;
}

/** Verbs of resisting a measure still pending ("is battling extradition", "contests his deportation"). */
const RESISTING = new Set(['battle', 'fight', 'resist', 'contest', 'challenge', 'appeal']);
/** Nouns of a judicial or administrative measure that one can resist before it is carried out. */
const PENDING_MEASURES = new Set(['extradition', 'deportation', 'eviction', 'expulsion', 'prosecution', 'removal']);

/** "Assange is battling extradition to the United States": the measure resisted has not been carried out. */
function isResisted(m: ModalityInput): boolean {
  if (!m.nominal || !PENDING_MEASURES.has(lower(m.tokens[m.at]))) return false;
  let i = m.at - 1;
  while (i >= 0 && ['DET', 'ADJ', 'PRON'].includes(m.tokens[i].pos)) i--;
  const verb = m.tokens[i];
  return !!verb && RESISTING.has(verb.lemma.toLowerCase());
}

/** Predicates that say an act did not come about ("signing a deal has proved elusive"). */
const ELUSIVE = new Set(['elusive', 'impossible', 'unattainable']);
const ELUSIVE_VERBS = new Set(['prove', 'proved', 'proven', 'remain', 'remains', 'remained', 'been', 'be']);

/** "actually signing a deal has proved elusive": the act told as not achieved. */
function isElusive(m: ModalityInput): boolean {
  for (let i = m.at + 1; i < Math.min(m.tokens.length, m.at + 1 + PREDICATE_REACH + 2); i++) {
    const w = lower(m.tokens[i]);
    if (w === ',' || w === ';') return false;
    if (ELUSIVE.has(w) && ELUSIVE_VERBS.has(lower(m.tokens[i - 1]))) return true;
  }
  return false;
}

/** Connectives that open a clause after an event noun, whose verb is not the noun's predicate. */
const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'when',
  'until',
  'once',
  'because',
  'since',
  'while',
  'as',
  'if',
  'unless',
  'although',
]);
/** Verbs of calling something off: the event they are said of in the passive did not take place. */
const CALLING_OFF = new Set(['cancel', 'postpone', 'scrap', 'abandon', 'shelve', 'suspend']);
/** Tokens after an event noun searched for its predicate ("a meeting between A and B, in Lima, that was cancelled"). */
const CALLED_OFF_REACH = 20;

/**
 * "a meeting between Trump and Xi in Chile that was canceled", "the talks were postponed": an
 * event noun whose own predicate, the first verb after it, calls it off in the passive.
 */
function isCalledOff(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  for (let i = m.at + 1; i < Math.min(m.tokens.length, m.at + 1 + CALLED_OFF_REACH); i++) {
    const t = m.tokens[i];
    if (t.text === ';' || t.text === ':') return false;
    // "called for protests after the vote was postponed": the verb of another clause.
    if (t.pos === 'SCONJ' || CLAUSE_OPENERS.has(lower(t))) return false;
    if (t.pos !== 'VERB') continue;
    return CALLING_OFF.has(t.lemma.toLowerCase()) && PASSIVE_BEFORE.has(lower(m.tokens[i - 1]));
  }
  return false;
}

/** Tokens after "in order to" / "so as to" within which the act it names is intended ("in order to open up a route for aid"). */
const PURPOSE_REACH = 10;

/** "in order to open a route for aid", "so as to avoid talks": an act named in a clause of purpose is aimed at, not done. */
function isPurpose(m: ModalityInput): boolean {
  for (let i = m.at - 1; i >= Math.max(2, m.at - PURPOSE_REACH); i--) {
    const w = lower(m.tokens[i]);
    if (w === ',' || w === ';') return false;
    if (w !== 'to') continue;
    const [a, b] = [lower(m.tokens[i - 2]), lower(m.tokens[i - 1])];
    if ((a === 'in' && b === 'order') || (a === 'so' && b === 'as')) return true;
  }
  return false;
}

/**
 * Verbs of making someone ready for a task, from WordNet 3.1: train/prepare ("create by training
 * and teaching"), drill ("teach by repetition"), equip ("provide with (something) usually for a
 * specific purpose") and arm ("supply with arms").
 */
const READYING = new Set(['train', 'prepare', 'drill', 'equip', 'arm']);
/** Their -ing and -ed forms, which the tagger may read as a noun or adjective ("has been training/NOUN"). */
const READYING_FORMS = new Set([
  'training',
  'trained',
  'preparing',
  'prepared',
  'drilling',
  'drilled',
  'equipping',
  'equipped',
  'arming',
  'armed',
]);
/** How far before the infinitive's "to" the verb may stand: its object may be long ("the Syrian opposition forces known as ..."). */
const READYING_REACH = 30;
const NOUNS_BEFORE_PARTICIPLE = new Set(['NOUN', 'PROPN']);

/**
 * "training the opposition forces to fight against Islamic State": the infinitive after the
 * object of a verb of readying is what they are readied for, not what they did.
 */
function isTrainedFor(m: ModalityInput): boolean {
  if (m.nominal || lower(m.tokens[m.at - 1] ?? m.tokens[m.at]) !== 'to') return false;
  for (let i = m.at - 3; i >= Math.max(0, m.at - READYING_REACH); i--) {
    const t = m.tokens[i];
    // The readying verb has an object before the "to" (the loop starts past one): "prepared to
    // fight" is a readiness of its own, left to the other cues.
    if (READYING_FORMS.has(lower(t)) || (t.pos === 'VERB' && READYING.has(t.lemma))) return true;
    // A participle right after a noun modifies it ("forces known as MaT"); another verb ends the walk.
    const reduced = t.pos === 'VERB' && NOUNS_BEFORE_PARTICIPLE.has(m.tokens[i - 1]?.pos ?? '');
    if (t.text === ';' || t.pos === 'AUX' || (t.pos === 'VERB' && !reduced)) return false;
  }
  return false;
}

/** Dash and bracket marks that open or close an aside inside a sentence. */
const ASIDE_MARKS = new Set(['—', '–', '(', ')']);

/**
 * "What would have been the reaction had an aide gone to the IG — but only after first consulting
 * the senator — to complain?": an aside between dashes that has no finite clause of its own (no
 * auxiliary, no relative pronoun) modifies the clause it interrupts and shares its condition.
 */
function inHypotheticalAside(m: ModalityInput): boolean {
  const isMark = (i: number) =>
    ASIDE_MARKS.has(m.tokens[i].text) || (m.tokens[i].text === '-' && m.seg.clause[i] !== m.seg.clause[i - 1]);
  let open = -1;
  for (let i = m.at - 1; i > 0; i--)
    if (isMark(i)) {
      open = i;
      break;
    }
  if (open <= 0) return false;
  let close = -1;
  for (let i = m.at + 1; i < m.tokens.length; i++)
    if (isMark(i)) {
      close = i;
      break;
    }
  if (close < 0) return false;
  const aside = m.tokens.slice(open + 1, close);
  if (aside.some((t) => t.pos === 'AUX' || COMPLEMENTISERS.has(lower(t)))) return false;
  return isHypothetical({ ...m, at: open - 1, nominal: true });
}
const COMPLEMENTISERS = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);

/** Tokens before a wished act searched for the wish in a coordinated "want A to V and B to W". */
const COORDINATED_WISH_REACH = 12;

/**
 * "they want the House to impeach and the Senate to convict": the second infinitive shares the
 * wish of the first.
 */
function isCoordinatedWish(m: ModalityInput): boolean {
  if (!m.nominal && asWellAs(m.tokens, m.at - 3)) return wishedBefore(m, m.at - 3);
  if (m.nominal || lower(m.tokens[m.at - 1] ?? m.tokens[m.at]) !== 'to') return false;
  let sawAnd = false;
  for (let i = m.at - 2; i >= Math.max(0, m.at - COORDINATED_WISH_REACH); i--) {
    const w = lower(m.tokens[i]);
    if (w === ',' || w === ';' || w === '.') return false;
    if (w === 'and' || w === 'or') sawAnd = true;
    if (sawAnd && WISHES.has(m.tokens[i].lemma.toLowerCase())) return true;
  }
  return false;
}

function asWellAs(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && ['as', 'well', 'as'].every((w, k) => lower(tokens[i + k] ?? tokens[i]) === w);
}
/** Tokens before "as well as" searched for the wish whose infinitive it coordinates. */
const AS_WELL_AS_REACH = 30;

/**
 * "Beijing wants Trump to eliminate the tariffs on ... goods imposed on Sept. 1, as well as provide
 * some relief": a bare verb after "as well as" shares the wish of an earlier "want X to V" in the
 * sentence.
 */
function wishedBefore(m: ModalityInput, from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - AS_WELL_AS_REACH); i--) {
    const w = lower(m.tokens[i]);
    if (w === ';' || w === '.') return false;
    if (WISHES.has(m.tokens[i].lemma.toLowerCase()) && m.tokens.slice(i + 1, from).some((t) => lower(t) === 'to'))
      return true;
  }
  return false;
}

/** Verbs that open a way to what follows "for" ("pave the way for talks", "clear the way for a vote"). */
const WAY_OPENERS = new Set(['pave', 'clear', 'open', 'prepare']);
/** Nouns whose "of" phrase names the event hoped for ("the success of the negotiations", "the start of talks"). */
const OUTCOME_NOUNS = new Set(['success', 'start', 'resumption', 'launch', 'outcome', 'beginning', 'result']);
const QUOTE_MARKS = /^["“”'‘’]$/;

/**
 * An event noun hoped for or prepared for is still to come: "hoped the swap would pave the way
 * for direct talks", "gives us hope for the success of the negotiations".
 */
function isHopedFor(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  let i = m.at - 1;
  const skip = () => {
    while (i >= 0 && m.at - i <= ENDING_REACH + 3) {
      const t = m.tokens[i];
      if (ASKED_PHRASE_TAGS.has(t.pos) || QUOTE_MARKS.test(t.text)) i--;
      else if (lower(t) === 'of' && OUTCOME_NOUNS.has(lower(m.tokens[i - 1] ?? t))) i -= 2;
      else break;
    }
  };
  skip();
  if (lower(m.tokens[i] ?? m.tokens[m.at]) !== 'for') return false;
  i--;
  while (i >= 0 && QUOTE_MARKS.test(m.tokens[i].text)) i--;
  const head = m.tokens[i];
  if (!head) return false;
  if (head.lemma.toLowerCase() === 'hope') return true;
  if (lower(head) !== 'way') return false;
  // "pave the way", "clear the way".
  return m.tokens.slice(Math.max(0, i - 3), i).some((t) => WAY_OPENERS.has(t.lemma.toLowerCase()));
}

/** Connectives of time clauses, whose present tense tells of what is to come ("after troops leave"). */
const TIME_CONNECTIVES = new Set(['after', 'before', 'until', 'till', 'once', 'when']);
/** Words outside the time clause that put the sentence in the future ("will keep its base after ..."). */
const FUTURE_MAIN = new Set(['will', "'ll", 'shall', 'wo', 'would']);
/** Words before "to" outside the time clause that put the sentence in the future ("are expected to sign ... when they meet"). */
const FUTURE_MAIN_BEFORE_TO = new Set([
  'expected',
  'due',
  'set',
  'likely',
  'going',
  'planned',
  'plan',
  'plans',
  'scheduled',
]);
/** Present forms of auxiliaries. */
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', "'s", "'re"]);

/**
 * "The U.S. will keep its base after American troops leave", "once Russia withdraws", "until the
 * rebels surrender", "are expected to sign the deal when they meet": a time clause in the present
 * tense inside a sentence about the future tells of a coming event, not a past one. A present time clause without such a main clause is left
 * alone: headlines tell past events in the present ("Man dies after police shoot him").
 */
function inComingTimeClause(m: ModalityInput): boolean {
  const clause = m.seg.clause;
  let start = m.at;
  while (start > 0 && clause[start - 1] === clause[m.at]) start--;
  const connective = lower(m.tokens[start]);
  const asSoonAs = connective === 'as' && lower(m.tokens[start + 1] ?? m.tokens[start]) === 'soon';
  if (!TIME_CONNECTIVES.has(connective) && !asSoonAs) return false;
  let verb = -1;
  for (let i = start + 1; i < m.tokens.length && clause[i] === clause[m.at]; i++)
    if (m.tokens[i].pos === 'VERB' || m.tokens[i].pos === 'AUX') {
      verb = i;
      break;
    }
  if (verb < 0 || !isPresent(m.tokens[verb])) return false;
  return m.tokens.some(
    (t, i) =>
      clause[i] !== clause[m.at] &&
      (FUTURE_MAIN.has(lower(t)) ||
        // Only for a verb: an event noun there may be a past thing spoken of ("is likely to be
        // unpredictable when he faces questions about a newly revealed call").
        (!m.nominal && FUTURE_MAIN_BEFORE_TO.has(lower(t)) && lower(m.tokens[i + 1] ?? t) === 'to')),
  );
}

/** Whether a verb is in a present form: the plain or the "-s" one, or a present auxiliary. */
export function isPresent(t: Token): boolean {
  const w = lower(t);
  if (t.pos === 'AUX') return PRESENT_AUX.has(w);
  const lemma = t.lemma.toLowerCase();
  return (
    w === lemma || w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`)
  );
}

/** For a nominal trigger, the modality its own predicate carries ("clashes may follow", "the talks will not resume"). */
function predicateModal(m: ModalityInput): Modality | null {
  if (!m.nominal) return null;
  const k = m.seg.complement[m.at];
  const from = afterPrepositionalModifier(m.tokens, m.at + 1);
  for (let i = from; i <= from - 1 + PREDICATE_REACH && i < m.tokens.length && m.seg.complement[i] === k; i++) {
    const w = wordsOf(m.tokens)[i];
    if (FUTURE_AFTER.has(w) && ['is', 'are', 'was', 'were', 'be'].includes(lower(m.tokens[i - 1]))) return 'future';
    // A comma closes the noun's phrase: "Other than coming out to surrender, I don't see ..." is
    // another clause's negation.
    if (m.tokens[i].pos === 'VERB' || w === ',') return null;
    // "goals for a trade pact with threats should China not accede": an inverted condition opens
    // a clause of its own, whose negation is not the noun's.
    if (INVERTED_CONDITIONAL.has(w) && INVERTED_SUBJECT_TAGS.has(m.tokens[i + 1]?.pos ?? '')) return null;
    // "the visit may prompt exercises": the modal bears on what the event causes, not on the event.
    if (POSSIBLE.has(w)) return saysOccurrence(m.tokens, i) ? 'possible' : null;
    if (NEGATION.has(w) && w !== 'no') return 'negated';
    // "aid convoys have been unable to reach Gaza": the event did not come about.
    if (w === 'unable' && lower(m.tokens[i + 1] ?? m.tokens[i]) === 'to') return 'negated';
    if (w === 'will' || w === "'ll" || w === 'wo') return occursLater(m.tokens, i) ? 'future' : null;
  }
  return null;
}

/**
 * Tags of the words of a prepositional phrase that modifies an event noun ("talks between Serbian
 * and Kosovar envoys", "a meeting of their foreign ministers": a possessive is tagged a pronoun).
 */
const MODIFIER_PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PART', 'PRON']);

/**
 * Where the predicate of an event noun may start: past a prepositional phrase right after the
 * noun ("joint patrols with the Indian navy are planned"), whose length says nothing of how far
 * the noun's verb is; at `i` (the token after the trigger's head) when none follows.
 */
function afterPrepositionalModifier(tokens: readonly Token[], i: number): number {
  // The rest of a trigger of two words ("joint patrols").
  let j = i;
  while (tokens[j]?.pos === 'NOUN') j++;
  if (tokens[j]?.pos !== 'ADP') return i;
  while (j < tokens.length && MODIFIER_PHRASE_TAGS.has(tokens[j].pos)) j++;
  return j;
}

/**
 * Predicates after "will" that tell of the event's own coming ("talks will resume", "the summit
 * will be held"), not of the effects of an existing thing ("the tariffs will reduce output").
 */
const OCCURRENCE_PREDICATES = new Set([
  'be',
  'erupt',
  'break',
  'escalate',
  'recur',
  'spread',
  'intensify',
  'begin',
  'start',
  'resume',
  'continue',
  'follow',
  'open',
  'convene',
  'happen',
  'occur',
  'take',
  'go',
  'come',
  'last',
  'run',
  'proceed',
  'end',
  'conclude',
  'close',
  'focus',
  'cover',
  'include',
  'involve',
  'see',
  'bring',
  'get',
]);
/** The verb after a "will" at `i` (skipping negation and adverbs) is one of occurrence. */
function occursLater(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.pos === 'ADV' || t.pos === 'PART' || NEGATION.has(lower(t))) continue;
    return OCCURRENCE_PREDICATES.has(t.lemma.toLowerCase()) || lower(t) === 'not';
  }
  return true;
}

/** The verb after a modal or adjective at `i`, if one follows ("may prompt", "likely to erupt"), is one of occurrence. */
function saysOccurrence(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.pos === 'ADV' || t.pos === 'PART' || NEGATION.has(lower(t))) continue;
    return (t.pos !== 'VERB' && t.pos !== 'AUX') || OCCURRENCE_PREDICATES.has(t.lemma.toLowerCase());
  }
  return true;
}

/** Tags after "and"/"but"/"or" that start a new clause with its own subject or auxiliary ("did not continue and the meeting concluded"). */
const NEW_CLAUSE_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'AUX']);
const COORDINATORS = new Set(['and', 'but', 'or']);

/** Indexes (nearest first) up to a coordinator that opens a new clause: cues beyond it belong to the other clause. */
function uptoCoordination(m: ModalityInput, ids: readonly number[]): number[] {
  const out: number[] = [];
  for (const i of ids) {
    if (
      COORDINATORS.has(lower(m.tokens[i])) &&
      i + 1 < m.at &&
      NEW_CLAUSE_TAGS.has(m.tokens[i + 1].pos) &&
      !isCoordinatedObject(m, i)
    )
      break;
    if (i + 1 === m.at && COORDINATORS.has(lower(m.tokens[i])) && isOwnVerbGroup(m, i)) break;
    out.push(i);
  }
  return out;
}

/** Tags of the words of a noun phrase between a coordinator and its event noun ("and intelligence sharing"). */
const COORDINATED_NOUN_TAGS = new Set(['NOUN', 'ADJ']);

/**
 * "would resume military aid and intelligence sharing with Ukraine": an event noun (or -ing form) after "and"
 * whose phrase (bare nouns and adjectives, no determiner or subject of its own) has no verb after
 * it in the clause is a second object of the verb before "and", under its modal or negation. Not
 * "did not stop the shelling and the talks collapsed", where the noun has a verb of its own.
 */
function isCoordinatedObject(m: ModalityInput, and: number): boolean {
  // "intelligence sharing": an -ing form with no auxiliary is no finite verb with a subject.
  const gerund = /ing$/i.test(m.tokens[m.at].text);
  if ((!m.nominal && !gerund) || lower(m.tokens[and]) !== 'and') return false;
  for (let i = and + 1; i < m.at; i++) if (!COORDINATED_NOUN_TAGS.has(m.tokens[i].pos)) return false;
  for (let i = m.at + 1; i < m.tokens.length; i++) {
    const t = m.tokens[i];
    if (t.text === ',' || t.text === ';' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/** Auxiliaries that take a verb's base form ("would form", "did not sign", "to meet"). */
const BASE_FORM_TAKERS = new Set([
  'will',
  "'ll",
  'would',
  "'d",
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'to',
]);
/** Forms of "be" before a participle that make it passive ("had not been warned"). */
const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Tags of a direct object's first word after a verb ("asked the council", "asked protesters"). */
const DIRECT_OBJECT_TAGS = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM']);
/** Tokens back from a coordinator searched for the first conjunct's verb. */
const CONJUNCT_REACH = 10;

/**
 * "said the army would form a government and asked protesters to go home", "said it had not been
 * warned and asked the council to meet": a verb after "and" in a form the first conjunct's
 * auxiliaries cannot take is a finite verb of its own, outside their modal or negation. A verb
 * in its past form (not its base form) cannot follow a modal, "do" or "to"; an active verb with
 * a direct object cannot share a passive "be". "had not attacked the post and seized the
 * airport" shares "had not": a perfect's participle may.
 */
/**
 * The verb of the first conjunct of a coordinator at `and`, within CONJUNCT_REACH tokens before it
 * and not past a comma, semicolon, subordinator or another coordinator; -1 if none.
 */
function firstConjunctVerb(m: ModalityInput, and: number): number {
  for (let i = and - 1; i >= 0 && and - i <= CONJUNCT_REACH; i--) {
    const t = m.tokens[i];
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || COORDINATORS.has(t.lower)) return -1;
    if (t.pos === 'VERB') return i;
  }
  return -1;
}

function isOwnVerbGroup(m: ModalityInput, and: number): boolean {
  const verb = m.tokens[m.at];
  if (m.nominal || verb.pos !== 'VERB' || verb.lower === verb.lemma.toLowerCase()) return false;
  const first = firstConjunctVerb(m, and);
  if (first < 0) return false;
  let aux = first - 1;
  while (
    aux >= 0 &&
    (m.tokens[aux].pos === 'ADV' || m.tokens[aux].pos === 'PART') &&
    !BASE_FORM_TAKERS.has(lower(m.tokens[aux]))
  )
    aux--;
  const before = m.tokens[aux];
  if (!before) return false;
  if (BASE_FORM_TAKERS.has(lower(before))) return true;
  const next = m.tokens[m.at + 1];
  return PASSIVE_BE.has(lower(before)) && !!next && DIRECT_OBJECT_TAGS.has(next.pos);
}

/** Token indexes of the trigger's clause before the trigger, nearest first. */
function before(m: ModalityInput, level: 'clause' | 'complement'): number[] {
  const ids = m.seg[level];
  const out: number[] = [];
  for (let i = m.at - 1; i >= 0 && ids[i] === ids[m.at]; i--) out.push(i);
  return out;
}

/** Modals that open a counterfactual question ("Would Schiff have pleaded ...?"). */
const QUESTION_MODALS = new Set(['would', 'could', 'might']);

/** Verbs of a trailing attribution (", people familiar with the talks say."). */
const REPORTING = new Set(['say', 'tell', 'add', 'report', 'note', 'confirm']);

/**
 * "... if Trump agrees to roll back tariffs, people familiar with the talks say": the trigger is
 * in the subject of the attribution after the last comma, which a condition before it does not
 * reach. (Not "In the event of a coup, ECOWAS has said it would deploy": there the trigger comes
 * after the reporting verb.)
 */
function inTrailingAttribution(m: ModalityInput): boolean {
  let comma = -1;
  for (let i = m.tokens.length - 1; i >= 0; i--)
    if (m.tokens[i].text === ',') {
      comma = i;
      break;
    }
  if (comma < 0 || comma > m.at) return false;
  // The trigger is in the attribution's subject: the next verb after it is the reporting verb.
  const verb = m.tokens.findIndex((t, i) => i > m.at && (t.pos === 'VERB' || t.pos === 'AUX'));
  return verb > 0 && REPORTING.has(m.tokens[verb].lemma.toLowerCase());
}

/**
 * The last sentence's words (`lower` of its tokens), read once for all the triggers in it (they
 * are read one after another). Not a WeakMap keyed by the tokens: V8's young-generation collector
 * keeps WeakMap values alive, so every sentence's words were promoted to the old generation.
 */
let lastWords: { tokens: readonly Token[]; words: readonly string[] } | null = null;

function wordsOf(tokens: readonly Token[]): readonly string[] {
  if (lastWords === null || lastWords.tokens !== tokens) {
    const words = packedMap(tokens, lower);
    // The month "May" ("since May", "on May 5") stays capitalised, so that the modal lists
    // (POSSIBLE, CONSEQUENT_MODALS) do not read it as "may".
    for (let i = 0; i < words.length; i++) if (words[i] === 'may' && isMonthMay(tokens, i)) words[i] = 'May';
    lastWords = { tokens, words };
  }
  return lastWords.words;
}

/** First words of CONDITIONAL_PHRASES: the phrases are compared only where one starts. */
const CONDITIONAL_PHRASE_STARTS = new Set(CONDITIONAL_PHRASES.map((p) => p[0]));

/** Tags of a word that starts the subject of an inverted condition ("Should the talks fail"). */
const INVERTED_SUBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);

/**
 * "should" / "were" / "had" opening a clause before its subject: a condition. At the start of a
 * statement (not a question) with a comma after it, whatever tag the next word has: a bare plural
 * subject is often tagged as a verb ("Should talks fail, ...", "Should fighting resume, ...").
 */
function invertedCondition(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  const question = words[words.length - 1] === '?';
  // The statement starts at the sentence's first word or right after a dateline's dash ("KYIV,
  // March 3 -- Should ..."): the dateline's own commas are not the statement's.
  const opening = i === 0 || afterDash(tokens, i);
  const comma = words.slice(i).includes(',');
  // A question opening with the word and no comma asks, it sets no condition ("Should protesters
  // march on parliament?"); with a comma it may ("Should talks fail, will the army act?").
  if (opening && question && !comma) return false;
  if (INVERTED_SUBJECT_TAGS.has(tokens[i + 1]?.pos ?? '')) return true;
  return opening && !question && comma;
}

/** Dashes that end a dateline or open an aside: the em and en dash, their ASCII "--", and a hyphen with spaces round it. */
const DASHES = new Set(['—', '–', '--']);

/**
 * Whether the word at `i` comes right after a dash ("MINSK, Dec 2 -- Should the situation
 * deteriorate, ..."). clauses.ts opens a clause at the dash itself, so the word after it shares
 * the dash's clause number and would not count as a clause's first word.
 */
function afterDash(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  if (!dash) return false;
  if (DASHES.has(dash.text)) return true;
  const before = tokens[i - 2];
  return dash.text === '-' && !!before && before.span[1] < dash.span[0] && dash.span[1] < tokens[i].span[0];
}

function isHypothetical(m: ModalityInput): boolean {
  const clause = m.seg.clause;
  const words = wordsOf(m.tokens);
  if (words[words.length - 1] === '?' && QUESTION_MODALS.has(words[0]) && words.slice(1, m.at).includes('have'))
    return true;
  // An event noun that is the subject of a modal is a consequent too ("a general strike could
  // follow if the bill passes").
  const consequent =
    before(m, 'complement').some((i) => CONSEQUENT_MODALS.has(words[i])) ||
    (m.nominal && CONSEQUENT_MODALS.has(words[m.at + 1] ?? ''));
  for (let i = 0; i < words.length; i++) {
    if (clause[i] !== clause[m.at]) continue;
    // A condition after the trigger bears on it only when the trigger is a consequent ("would
    // impose tariffs if ..."), not a threat or demand about it ("threatened to expel ... if").
    if (i > m.at && !consequent) break;
    // "as if" / "as though" compare with what is not so: an action told inside is counterfactual
    // ("acted as if the army had attacked"), but an event noun there names a real thing ("as if
    // the accusations were not enough").
    if ((words[i] === 'if' || words[i] === 'though') && words[i - 1] === 'as') {
      if (i < m.at && !m.nominal) return true;
      continue;
    }
    if (CONDITIONAL.has(words[i])) return true;
    if (
      CONDITIONAL_PHRASE_STARTS.has(words[i]) &&
      CONDITIONAL_PHRASES.some((p) => p.every((w, j) => words[i + j] === w && clause[i + j] === clause[m.at]))
    )
      return true;
    const clauseStart = i === 0 || clause[i - 1] !== clause[i] || afterDash(m.tokens, i);
    if (clauseStart && INVERTED_CONDITIONAL.has(words[i]) && invertedCondition(m.tokens, words, i)) return true;
  }
  return false;
}

/**
 * Attempts: whether "tried to shut down", "attempted to seize", "in an attempt to block", "a bid
 * to oust" came off is not told, so the action is possible, not done.
 */
const ATTEMPTS = new Set([
  'try',
  'tried',
  'tries',
  'trying',
  'attempt',
  'attempted',
  'attempts',
  'attempting',
  'bid',
  'effort',
  'efforts',
]);
/**
 * "launched a rescue mission to free the hostages", "mounted an operation to seize the airport":
 * the aim of an operation someone launches, which may fail. Only after a verb of launching: "the
 * mission" alone may be an embassy ("sought refuge at the mission to avoid extradition").
 */
const OPERATIONS = new Set(['mission', 'operation', 'raid', 'offensive', 'campaign']);
const LAUNCHING = new Set(['launch', 'mount', 'stage', 'begin', 'start', 'conduct']);
/** Tokens between a verb of launching and the operation noun ("launched a joint rescue mission"). */
const LAUNCH_REACH = 4;

/** The attempted action is the verb phrase right after "to" ("tried to quickly seize"), not a later one ("a bid to join the EU during a visit"). */
const ATTEMPT_REACH = 4;

function isAttempt(m: ModalityInput): boolean {
  return uptoCoordination(m, before(m, 'complement'))
    .slice(0, FUTURE_REACH)
    .some(
      (i) =>
        (ATTEMPTS.has(lower(m.tokens[i])) || launchedOperation(m.tokens, i)) &&
        lower(m.tokens[i + 1] ?? m.tokens[i]) === 'to' &&
        (m.at - i <= ATTEMPT_REACH || attemptedInfinitive(m, i + 2)),
    );
}

/** Words of the object between an attempted verb and its own infinitive ("force [the rebels] to surrender"). */
const CONTROLLED_OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * "tried to force the rebels to surrender": the attempted verb at `verb` takes an object and an
 * infinitive, and that infinitive is the trigger; what the attempt aims at is not told as done.
 */
function attemptedInfinitive(m: ModalityInput, verb: number): boolean {
  if (m.nominal || m.tokens[verb]?.pos !== 'VERB' || lower(m.tokens[m.at - 1]) !== 'to' || m.at - verb < 3)
    return false;
  for (let j = verb + 1; j < m.at - 1; j++) if (!CONTROLLED_OBJECT_TAGS.has(m.tokens[j].pos)) return false;
  return true;
}

function launchedOperation(tokens: readonly Token[], i: number): boolean {
  return (
    OPERATIONS.has(lower(tokens[i])) &&
    tokens.slice(Math.max(0, i - LAUNCH_REACH), i).some((t) => LAUNCHING.has(t.lemma.toLowerCase()))
  );
}

/** Nouns of explanation: a possibility word before one hedges the explanation, not the act explained ("the most likely reason residents are refusing"). */
const REASONS = new Set(['reason', 'reasons', 'explanation', 'explanations', 'cause', 'causes', 'motive', 'motives']);
/** Verbs and nouns of choosing whose "between" phrase names options ("forced to choose between a crackdown and ..."). */
const CHOOSING = new Set(['choose', 'choice', 'decide', 'pick', 'select']);
const OPTION_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** "choose between a military crackdown and chaos": an option named in a choice is not done. */
function isOption(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  const i = beforePhrase(m, OPTION_PHRASE_TAGS, ENDING_REACH);
  return lower(m.tokens[i] ?? m.tokens[m.at]) === 'between' && CHOOSING.has(m.tokens[i - 1]?.lemma.toLowerCase() ?? '');
}

/**
 * Verbs of forecast, by lemma: every form ("expects", "is predicting"), and their "that" clause
 * ("expect that Russia will launch"); an "-ing" form needs its auxiliary ("flood forecasting" is a
 * noun's work, not a forecast).
 */
const FORECASTING = new Set(['expect', 'predict', 'forecast']);
function forecastsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !FORECASTING.has(t.lemma.toLowerCase())) return false;
  return !/ing$/i.test(t.text) || tokens[i - 1]?.pos === 'AUX';
}

/**
 * "are believed to have shelled", "is thought to have fled": the passive of believe.v.01 ("accept
 * as true; take to be true") and think.v.01 ("judge or regard; look upon; judge") before "to"
 * hedges the act it takes, unlike the active "believes that", whose holder is the source.
 */
const BELIEF_PASSIVE = new Set(['believed', 'thought']);
function hedgedByBeliefAt(tokens: readonly Token[], i: number): boolean {
  return (
    BELIEF_PASSIVE.has(lower(tokens[i])) &&
    lower(tokens[i + 1] ?? tokens[i]) === 'to' &&
    (tokens[i - 1]?.lemma.toLowerCase() === 'be' || tokens[i - 1]?.pos === 'AUX')
  );
}

/** Verbs of weighing an act not yet decided ("is considering sending warships", "mulling a strike"). */
const WEIGHING = new Set(['considering', 'mulling', 'weighing', 'contemplating', 'pondering']);
/** Tokens after a weighing verb within which the act weighed stands ("considering a new strike"). */
const WEIGHING_REACH = 3;

function isPossible(m: ModalityInput): boolean {
  const opens = appositiveRelativeStart(m);
  const cues = before(m, 'complement').filter((i) => i > opens && !REASONS.has(lower(m.tokens[i + 1])));
  // "Should protesters march on parliament?": a question whether it ought to happen, with the
  // subject between the modal and the verb, so the trigger may start at the subject.
  const words = wordsOf(m.tokens);
  if (OBLIGATION.has(words[0]) && words[words.length - 1] === '?' && !words.includes(',') && cues.includes(0))
    return true;
  if (cues.some((i) => WEIGHING.has(lower(m.tokens[i])) && m.at - i <= WEIGHING_REACH)) return true;
  // "is ready to hold talks": a readiness, not yet a plan (data/events: three dev golds of four
  // code it possible; docs/audits/events-recognise-h381.md).
  if (cues.some((i) => lower(m.tokens[i]) === 'ready' && lower(m.tokens[i + 1] ?? m.tokens[i]) === 'to')) return true;
  if (
    cues.some(
      (i) =>
        POSSIBLE.has(words[i]) ||
        forecastsAt(m.tokens, i) ||
        hedgedByBeliefAt(m.tokens, i) ||
        (!m.nominal && OBLIGATION.has(lower(m.tokens[i]))),
    )
  )
    return true;
  if (
    before(m, 'clause').some(
      (i) =>
        forecastsAt(m.tokens, i) &&
        lower(m.tokens[i + 1]) === 'that' &&
        m.seg.complement[i + 2] === m.seg.complement[m.at],
    )
  )
    return true;
  if (isAttempt(m) || isOption(m) || isExceptedOption(m)) return true;
  if (
    before(m, 'clause').some(
      (i) => lower(m.tokens[i]) === 'but' && NO_ALTERNATIVE.has(lower(m.tokens[i - 1] ?? m.tokens[i])),
    )
  )
    return true;
  if (
    before(m, 'clause').some(
      (i) =>
        EPISTEMIC.has(lower(m.tokens[i])) &&
        governsTrigger(m, i) &&
        !(lower(m.tokens[i + 1]) === 'that' && describedSubject(m)),
    )
  )
    return true;
  if (
    before(m, 'clause').some(
      (i) => (EPISTEMIC.has(lower(m.tokens[i])) || UNCERTAINTY.has(lower(m.tokens[i]))) && ofGerundTakes(m, i),
    )
  )
    return true;
  if (!m.nominal) return false;
  // Past a prepositional phrase after the noun, as for its predicate ("a meeting of the two
  // foreign ministers is expected").
  const from = afterPrepositionalModifier(m.tokens, m.at + 1);
  for (let i = m.at + 1; i < from + POSSIBLE_AFTER_WINDOW && i < m.tokens.length; i++) {
    if (POSSIBLE_AFTER.has(lower(m.tokens[i]))) return true;
  }
  return false;
}

/**
 * Exceptive prepositions of English grammar (Huddleston & Pullum 2002, "except", "but", "other
 * than", "apart from", "aside from", "besides"), as [word, next word] ('' for one word).
 */
const EXCEPTIVES = [
  ['other', 'than'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['except', ''],
  ['besides', ''],
];
/** How far before the trigger the exceptive may stand ("other than coming out to surrender"). */
const EXCEPTIVE_REACH = 6;

/**
 * "Other than coming out to surrender, I don't see any viable option": an act set apart from the
 * options a sentence weighs is one of them, not something done — as with "no option but to".
 */
function isExceptedOption(m: ModalityInput): boolean {
  if (!m.tokens.some((t) => NO_ALTERNATIVE.has(lower(t)))) return false;
  for (let i = m.at - 1; i >= Math.max(0, m.at - EXCEPTIVE_REACH); i--) {
    const w = lower(m.tokens[i]);
    if (w === ',' || w === ';') return false;
    const next = lower(m.tokens[i + 1]);
    if (EXCEPTIVES.some(([a, b]) => w === a && (b === '' || next === b))) return true;
  }
  return false;
}

/**
 * "the risk of imposing new sanctions", "the uncertainty of not raising additional tariffs": the
 * noun at i takes, through "of" and a gerund (denied or not), the trigger, which is the gerund or
 * the noun it takes. Possible beats negated (see the order above): a denial whose coming is
 * uncertain is no denial of the act.
 */
function ofGerundTakes(m: ModalityInput, i: number): boolean {
  if (lower(m.tokens[i + 1]) !== 'of') return false;
  let j = i + 2;
  if (NEGATION.has(lower(m.tokens[j] ?? m.tokens[i]))) j++;
  const gerund = m.tokens[j];
  if (!gerund || j > m.at || !/ing$/i.test(gerund.text)) return false;
  if (j === m.at) return true;
  for (let k = j + 1; k < m.at; k++) if (!GERUND_OBJECT_TAGS.has(m.tokens[k].pos)) return false;
  return m.nominal;
}

/**
 * Copular verbs of a state entered or kept: WordNet 3.1 become.v.1 ("enter or assume a certain
 * state or condition") and remain.v.1 ("stay the same; remain in a certain state").
 */
const STATE_VERBS = new Set(['become', 'remain']);
/** Perfect auxiliaries allowed between a clause's subject and its copula ("have become"). */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/**
 * "fears that the crushing of protests has become state policy": a nominal trigger in the subject
 * of a clause whose predicate says what the event has become or remains (no modal) is told as
 * real; the feared thing is that predicate. "fears that an attack could come" (a modal, an
 * occurrence) and "fears that an attack is imminent" keep the event possible.
 */
function describedSubject(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  let j = afterPrepositionalModifier(m.tokens, m.at + 1);
  while (j < m.tokens.length && (m.tokens[j].pos === 'ADV' || PERFECT_AUXILIARIES.has(lower(m.tokens[j])))) j++;
  const verb = m.tokens[j];
  return !!verb && verb.pos === 'VERB' && STATE_VERBS.has(verb.lemma.toLowerCase());
}

/** Tags of the subject of a relative clause without its pronoun ("a possibility [the union] rejected"). */
const RELATIVE_SUBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON']);

/**
 * Whether the epistemic word at i governs the trigger: near it and not the object of a relative
 * clause, or its "that" clause holds the trigger. A module function, not a closure made per
 * trigger: a call to a new closure throws away code optimised for an earlier one.
 */
function governsTrigger(m: ModalityInput, i: number): boolean {
  return (
    (m.at - i <= EPISTEMIC_REACH && !isObjectOfRelative(m, i)) ||
    (lower(m.tokens[i + 1]) === 'that' && m.seg.complement[i + 2] === m.seg.complement[m.at])
  );
}

/**
 * "a prospect Vindman denied", "a possibility the union rejected": a possibility noun followed by
 * a subject and the verb trigger is that verb's object in a relative clause; what the verb tells is
 * not made possible by it.
 */
function isObjectOfRelative(m: ModalityInput, i: number): boolean {
  if (m.nominal || m.tokens[i].pos !== 'NOUN' || m.at - i < 2) return false;
  for (let j = i + 1; j < m.at; j++) if (!RELATIVE_SUBJECT_TAGS.has(m.tokens[j].pos)) return false;
  return true;
}

/** Tags between the comma of an appositive and its head noun ("…, a prospect", "…, the very outcome"). */
const APPOSITIVE_OPENER_TAGS = new Set(['DET', 'ADJ']);

/**
 * "concerns about Vindman potentially leaking information, a prospect Vindman denied": the verb
 * trigger is in a relative clause on an appositive noun; the comma before that noun, whose
 * clause's cues ("potentially") qualify another verb, not this one. -1 when there is none.
 */
function appositiveRelativeStart(m: ModalityInput): number {
  if (m.nominal) return -1;
  // Each noun back from the verb over words that can make the relative's subject ("the union leader").
  for (let i = m.at - 2; i > 0 && RELATIVE_SUBJECT_TAGS.has(m.tokens[i].pos); i--) {
    if (!isObjectOfRelative(m, i)) continue;
    let j = i - 1;
    while (j >= 0 && APPOSITIVE_OPENER_TAGS.has(m.tokens[j].pos)) j--;
    if (j >= 0 && m.tokens[j].text === ',') return j;
  }
  return -1;
}

/** Prepositions through which a verb of stopping reaches its complement ("refrained from attacking", "failed to attack"). */
const STOPPED_LINKS = new Set(['from', 'to', 'of']);

/**
 * "The flight was cancelled after clashes near the airport": a preposition other than those of
 * STOPPED_LINKS right before the trigger's phrase, after a verb of stopping at `verb`, makes the
 * trigger the object of that preposition, not of the stopping.
 */
function pastPreposition(tokens: readonly Token[], verb: number, at: number): boolean {
  // Back from the trigger to the verb or to a comma: an aside ("halt, for now, the deployment") is not the path.
  for (let i = at - 1; i > verb && tokens[i].text !== ','; i--)
    if ((tokens[i].pos === 'ADP' || tokens[i].pos === 'SCONJ') && !STOPPED_LINKS.has(lower(tokens[i]))) return true;
  return false;
}

/** Whether a verb of stopping at `verb` has an object of its own closed by a comma before the trigger at `at`. */
function stopsOwnObject(tokens: readonly Token[], verb: number, at: number): boolean {
  const comma = tokens.slice(verb + 1, at).findIndex((t) => t.text === ',');
  return comma >= 0 && tokens.slice(verb + 1, verb + 1 + comma).some((t) => OBJECT_TAGS.has(t.pos));
}
const OBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

function isNegated(m: ModalityInput): boolean {
  // Nominal triggers: a negating determiner ("no clashes"), or a negated verb governing them
  // ("would not renew its extradition treaty").
  const near = uptoCoordination(m, before(m, 'complement')).slice(0, m.nominal ? NEGATION_WINDOW + 2 : NEGATION_WINDOW);
  for (const [n, i] of near.entries()) {
    const w = lower(m.tokens[i]);
    const negator =
      m.nominal && n < DETERMINER_WINDOW
        ? NEGATING_DETERMINERS.has(w) || NEGATION.has(w)
        : NEGATION.has(w) && (!m.nominal || w !== 'no');
    // "I was not on the phone call", "did not take part in the talks": a negation before a
    // preposition that governs the noun denies someone's part in the event, not the event.
    if (
      negator &&
      m.nominal &&
      !NEGATING_DETERMINERS.has(w) &&
      near.slice(0, n).some((j) => m.tokens[j].pos === 'ADP' && !isPerformingParticle(m.tokens, j))
    )
      return deniedComplement(m);
    if (negator) return !inDoubtIdiom(m.tokens, i);
    // "they'll stop trains, there will be riots": a verb of stopping with its own object before a
    // comma stops that object, not an event in the clause after the comma.
    if (
      NEGATING_VERBS.has(m.tokens[i].lemma) &&
      !stopsOwnObject(m.tokens, i, m.at) &&
      !pastPreposition(m.tokens, i, m.at)
    )
      return true;
    if (NEGATING_PAIRS.some(([a, b]) => w === a && lower(m.tokens[i + 1] ?? m.tokens[i]) === b)) return true;
    if (NEGATIVE_IMPLICATIVES.has(m.tokens[i].lemma) && lower(m.tokens[i + 1] ?? m.tokens[i]) === 'to') return true;
  }
  return negatedSubject(m) || deniedComplement(m) || negatedFirstConjunct(m);
}

/** Coordinators whose second conjunct shares the first one's verb group ("not X and Y", "not X or Y"). */
const SHARING_COORDINATORS = new Set(['and', 'or']);
/** Negation words of a verb group ("had not", "did n't", "will never"). */
const VERB_NEGATIONS = new Set(['not', "n't", 'never']);
/** Tags of a verb group's words before its verb ("had not", "will not").*/
const VERB_GROUP_WORD_TAGS = new Set(['AUX', 'PART', 'ADV']);

/**
 * "had not attacked the post and seized the airport", "will not attack the post and seize the
 * airport": a verb right after "and"/"or" that shares the first conjunct's verb group
 * (isOwnVerbGroup says it cannot: "did not attack the post and seized it" has a past form no
 * "did" takes) is under that group's negation, however long the first conjunct's object. A word
 * between ("and instead signed", "and then") or a comma before "and" leaves it a verb of its own.
 */
function negatedFirstConjunct(m: ModalityInput): boolean {
  const and = m.at - 1;
  if (m.nominal || and < 1 || !SHARING_COORDINATORS.has(lower(m.tokens[and])) || isOwnVerbGroup(m, and)) return false;
  const first = firstConjunctVerb(m, and);
  if (first < 0 || m.seg.complement[first] !== m.seg.complement[m.at]) return false;
  let negated = false;
  let auxiliary = false;
  for (let i = first - 1; i >= 0 && VERB_GROUP_WORD_TAGS.has(m.tokens[i].pos); i--) {
    if (VERB_NEGATIONS.has(lower(m.tokens[i]))) negated = true;
    else if (m.tokens[i].pos === 'AUX') auxiliary = true;
  }
  return negated && auxiliary;
}

/**
 * Verbs with a particle that mean to perform what their object names, from WordNet 3.1's two
 * synsets of "carry out": "follow through, follow up, follow out, carry out, implement, put
 * through, go through with" ("pursue to a conclusion or bring to a successful issue") and "carry
 * through, accomplish, execute, carry out, action, fulfill" ("put in effect"). As [verb lemma,
 * particle].
 */
const PERFORMING_PHRASAL_VERBS = new Set([
  'carry out',
  'carry through',
  'follow through',
  'follow up',
  'follow out',
  'put through',
]);

/** "did not carry out any attack": the word after the verb is its particle, not a preposition of the noun's. */
function isPerformingParticle(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  return (
    !!verb && verb.pos === 'VERB' && PERFORMING_PHRASAL_VERBS.has(`${verb.lemma.toLowerCase()} ${lower(tokens[i])}`)
  );
}

/** Tags of the words of a subject noun phrase between "no" and its verb ("no foreign troops"). */
const SUBJECT_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Tags between a verb trigger and its subject ("would be", "had ever"). */
const VERB_GROUP_TAGS = new Set(['AUX', 'PART', 'ADV']);

/**
 * "said no foreign troops would be stationed there": "no" opening the subject of a verb trigger
 * negates it however long the subject and the verb group (the word window above may not reach).
 */
function negatedSubject(m: ModalityInput): boolean {
  if (m.nominal) return false;
  let i = m.at - 1;
  while (i >= 0 && VERB_GROUP_TAGS.has(m.tokens[i].pos)) i--;
  const head = i;
  while (i >= 0 && SUBJECT_PHRASE_TAGS.has(m.tokens[i].pos)) i--;
  return i < head && i >= 0 && lower(m.tokens[i]) === 'no' && m.seg.complement[i] === m.seg.complement[m.at];
}

/** For a trigger right after ", including", the last word of the phrase it gives an example of. */
function exampleOf(m: ModalityInput): number | undefined {
  if (m.at < 3 || lower(m.tokens[m.at - 1]) !== 'including' || m.tokens[m.at - 2].text !== ',') return undefined;
  return m.at - 3;
}

/** Whether the trigger's clause opens with a negative adverbial ("At no time was I ... part of an effort to urge"). */
function frontedNegation(m: ModalityInput): boolean {
  const clause = uptoCoordination(m, before(m, 'clause'));
  let first = clause[clause.length - 1];
  if (first === undefined) return false;
  while (first < m.at && m.tokens[first].pos === 'PUNCT') first++;
  return FRONTED_NEGATIONS.some((phrase) => phrase.every((w, k) => lower(m.tokens[first + k] ?? m.tokens[m.at]) === w));
}

/**
 * A trigger in the complement of a denial: "denied that security forces had fired", "denied
 * reports that troops had crossed", "denied attacking the village", "denied having shelled".
 */
function deniedComplement(m: ModalityInput): boolean {
  return before(m, 'clause').some((i) => {
    // "rejected claims that its soldiers had attacked": the claim's content is denied too.
    if (deniedClaimAt(m.tokens, i) >= 0)
      return m.seg.complement[i] !== m.seg.complement[m.at] && !isParticipleAfterComma(m);
    if (!DENIAL_VERBS.has(m.tokens[i].lemma)) return false;
    const next = lower(m.tokens[i + 1] ?? m.tokens[i]);
    const that = lower(m.tokens[pastAdverbial(m.tokens, i + 1, m.at)] ?? m.tokens[i]);
    if (next === 'that' || that === 'that')
      return m.seg.complement[i] !== m.seg.complement[m.at] && !isParticipleAfterComma(m);
    // A gerund right after the denial, or after "having".
    return (i + 1 === m.at && lower(m.tokens[m.at]).endsWith('ing')) || (next === 'having' && i + 2 === m.at);
  });
}

/**
 * For a verb of contradiction at `i` whose object is a claim with a "that" clause ("denied
 * reports that", "dismissed Western reports that"), the index of that "that"; otherwise -1.
 */
export function deniedClaimAt(tokens: readonly Token[], i: number): number {
  if (!CONTRADICTION_VERBS.has(tokens[i].lemma.toLowerCase())) return -1;
  const from = pastAdverbial(tokens, i + 1, tokens.length);
  for (let j = from; j < tokens.length && j <= from + CLAIM_MODIFIER_REACH; j++) {
    if (DENIED_CLAIMS.has(lower(tokens[j]))) return lower(tokens[j + 1] ?? tokens[j]) === 'that' ? j + 1 : -1;
    if (!CLAIM_MODIFIER_TAGS.has(tokens[j].pos)) return -1;
  }
  return -1;
}

/**
 * The index after an adverbial opening at `from` (see ADVERBIAL_OPENERS), when one ends right
 * before "that" or a claim noun within reach and before `limit`; otherwise `from` itself.
 */
function pastAdverbial(tokens: readonly Token[], from: number, limit: number): number {
  if (!ADVERBIAL_OPENERS.has(tokens[from]?.pos ?? '') || lower(tokens[from]) === 'that') return from;
  for (let j = from + 1; j < limit && j <= from + ADVERBIAL_REACH; j++) {
    const w = lower(tokens[j]);
    if (w === 'that' || DENIED_CLAIMS.has(w)) return j;
    // "denied on Friday the reports that": the claim's determiner ends the adverbial.
    if (tokens[j].pos === 'DET' && DENIED_CLAIMS.has(lower(tokens[j + 1] ?? tokens[j]))) return j;
    if (!ADVERBIAL_TAGS.has(tokens[j].pos)) return from;
  }
  return from;
}

/**
 * "denied that its jets had bombed the market, blaming the rebels": an "-ing" verb right after a
 * comma opens a participle clause of the denier's own, outside what is denied.
 */
function isParticipleAfterComma(m: ModalityInput): boolean {
  const t = m.tokens[m.at];
  return !m.nominal && t.pos === 'VERB' && /ing$/i.test(t.text) && m.tokens[m.at - 1]?.text === ',';
}

/** "no one can exclude", "cannot rule out": a negation that is part of a statement of possibility. */
function inDoubtIdiom(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) if (DOUBT_VERBS.has(tokens[j].lemma)) return true;
  return false;
}

/** "could not", "cannot": an ability that failed, which reads as a denial, not a possibility. */
function pastInability(m: ModalityInput): boolean {
  const near = before(m, 'complement').slice(0, NEGATION_WINDOW);
  return near.some(
    (i) =>
      ['could', 'can', 'ca'].includes(lower(m.tokens[i])) &&
      ['not', "n't"].includes(lower(m.tokens[i + 1] ?? m.tokens[i])),
  );
}

/** Wishes whose object stands before the "to" ("wants the UK to extradite"). */
const WISHES = new Set(['want', 'wish']);

function isFuture(m: ModalityInput): boolean {
  return uptoCoordination(m, before(m, 'complement'))
    .slice(0, FUTURE_REACH)
    .some((i) => {
      const w = lower(m.tokens[i]);
      // "peacekeepers are to vacate their bases": "be to" with the verb is an arrangement still to come.
      if (BE_TO.has(w)) return !m.nominal && i + 2 === m.at && lower(m.tokens[i + 1]) === 'to';
      if (!FUTURE.has(w) && !FUTURE.has(m.tokens[i].lemma)) return false;
      const next = lower(m.tokens[i + 1] ?? m.tokens[i]);
      // "ahead of the talks" makes the talks future, not an act told before it ("banned
      // firecrackers ahead of Diwali, arresting 210 people").
      if (FUTURE_NEEDS_OF.has(w))
        return next === 'of' && m.tokens.slice(i + 2, m.at).every((t) => OF_PHRASE_TAGS.has(t.pos));
      if (WISHES.has(m.tokens[i].lemma) && m.tokens.slice(i + 1, m.at).some((t) => lower(t) === 'to')) return true;
      // "the militants who committed the attack", "suspected of committing the bombing": an act
      // committed is done; "commit" is a pledge only with what is pledged ("committed to withdrawing").
      if (m.tokens[i].lemma === 'commit') return m.tokens.slice(i + 1, m.at).some((t) => lower(t) === 'to');
      if (FUTURE_NEEDS_TO.has(w) || FUTURE_NEEDS_TO.has(m.tokens[i].lemma))
        return ['to', 'plan', 'plans'].includes(next);
      return true;
    });
}

/**
 * Adjectives that tell an event noun as claimed, not established ("over alleged assaults on its
 * men", "a suspected bombing"): the words of WordNet 3.1's synsets alleged ("declared but not
 * proved"), alleged/so-called/supposed ("doubtful or suspect"), suspected ("believed likely") and
 * putative ("commonly put forth or accepted as true on inconclusive grounds").
 */
const ALLEGED = new Set(['alleged', 'so-called', 'supposed', 'suspected', 'putative']);
/** Tags of the modifiers between such an adjective and the event noun ("alleged sexual assaults"). */
const ALLEGED_MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
const ALLEGED_REACH = 3;

function isAlleged(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  for (let i = m.at - 1; i >= Math.max(0, m.at - ALLEGED_REACH); i--) {
    if (ALLEGED.has(lower(m.tokens[i]))) return true;
    if (!ALLEGED_MODIFIER_TAGS.has(m.tokens[i].pos)) return false;
  }
  return false;
}

/** Verbs of calling off something scheduled whose object's "of"/"in" phrase names the event ("cancelled an increase in tariffs"). */
const CALLING_OFF_THROUGH = new Set(['cancel', 'postpone', 'abandon']);
/** Tags of the words of the called-off noun phrase ("a scheduled Dec. 15 imposition"). */
const CALLED_OFF_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT', 'VERB']);
const CALLED_OFF_THROUGH_REACH = 10;

/**
 * "canceled an increase in tariffs", "postponed the imposition of sanctions": the event noun in the
 * "of"/"in" phrase of what a verb of calling off takes did not come about either. Only these two
 * prepositions, right after a noun, and no comma: "cancelled its flights after clashes" is another
 * relation.
 */
function isCalledOffThrough(m: ModalityInput): boolean {
  if (!m.nominal) return false;
  const i = beforePhrase(m, ASKED_PHRASE_TAGS, CALLED_OFF_THROUGH_REACH);
  const prep = lower(m.tokens[i] ?? m.tokens[m.at]);
  if ((prep !== 'of' && prep !== 'in') || m.tokens[i - 1]?.pos !== 'NOUN') return false;
  for (let j = i - 2; j >= 0 && m.at - j <= CALLED_OFF_THROUGH_REACH; j--) {
    const t = m.tokens[j];
    const lemma = t.lemma.toLowerCase();
    if (t.pos === 'VERB' && CALLING_OFF_THROUGH.has(lemma)) return true;
    // "called off the expansion of patrols".
    if (lemma === 'call' && lower(m.tokens[j + 1] ?? t) === 'off') return true;
    if (!CALLED_OFF_PHRASE_TAGS.has(t.pos) || t.text === ',') return false;
  }
  return false;
}

/** WordNet 3.1's synset try.v.01: "try, seek, attempt, essay, assay" ("make an effort or attempt"). */
const TRYING = new Set(['try', 'seek', 'attempt', 'essay', 'assay']);
/** "from doing so", "to do so": the act told before, taken up again. */
const DOING_SO = new Set(['doing', 'do']);
/** Tokens before "from doing so" searched for the verb of preventing ("were prevented by police from doing so"). */
const PREVENTER_REACH = 4;

/**
 * "senators who tried to meet the protesters were prevented from doing so", "sought to reach the
 * town but failed to do so": an attempt told, later in the sentence, as stopped or failed did not
 * come off.
 */
function isFoiledAttempt(m: ModalityInput): boolean {
  const tried = uptoCoordination(m, before(m, 'complement'))
    .slice(0, FUTURE_REACH)
    .some((i) => TRYING.has(m.tokens[i].lemma.toLowerCase()) && lower(m.tokens[i + 1] ?? m.tokens[i]) === 'to');
  if (!tried && !isAttempt(m)) return false;
  for (let i = m.at + 2; i < m.tokens.length - 1; i++) {
    if (!DOING_SO.has(lower(m.tokens[i])) || lower(m.tokens[i + 1]) !== 'so') continue;
    const link = lower(m.tokens[i - 1]);
    if (link !== 'from' && link !== 'to') continue;
    for (let j = i - 2; j >= Math.max(0, i - 1 - PREVENTER_REACH); j--)
      if (NEGATING_VERBS.has(m.tokens[j].lemma.toLowerCase()) || lower(m.tokens[j]) === 'unable') return true;
  }
  return false;
}
