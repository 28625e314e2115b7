// Attribution cues: the words that say someone said, wrote or holds something. Lemma lists rather
// than word forms, so "says", "said", "saying" and "has said" are one entry.
import { modelWordList } from '../../resources/model-lists.js';
import type { Token } from '../../doc.js';

/**
 * Verbs of saying: they introduce direct quotations, stand in parentheticals (", he said,") and
 * take a bare reported clause ("Markov says the line is ..."). Drawn from the reporting verbs of
 * PARC 3.0 / PolNeAR guidelines and news style guides, not from any one document.
 */
export const SPEECH_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'continue',
  'argue',
  'warn',
  'insist',
  'claim',
  'note',
  'explain',
  'write',
  'report',
  'announce',
  'state',
  'declare',
  'acknowledge',
  'admit',
  'ask',
  'reply',
  'respond',
  'suggest',
  'tweet',
  'comment',
  'observe',
  'remark',
  'recall',
  'predict',
  'promise',
  'vow',
  'pledge',
  'deny',
  'confirm',
  'contend',
  'maintain',
  'assert',
  'complain',
  'concede',
  'conclude',
  'emphasize',
  'emphasise',
  'stress',
  'allege',
  'testify',
  'urge',
  'caution',
  'joke',
  'recount',
  'reiterate',
  'counter',
  'retort',
  'agree',
  'mention',
  'proclaim',
  'boast',
  'speculate',
  'lament',
  'quip',
  'shout',
  'chant',
  'scream',
  'tout',
  'posit',
  'advise',
  'inform',
  'assure',
  'sing',
  'yell',
  'scold',
  'exclaim',
  'whisper',
  'mutter',
  'plead',
  'muse',
  'concur',
  'interject',
  'summarize',
]);

/**
 * Verbs of knowing, finding and showing: attributions too ("the study found that ..."), but far
 * more often ordinary verbs, so they count only before "that".
 */
export const THAT_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'believe',
  'think',
  'know',
  'find',
  'show',
  'hope',
  'expect',
  'fear',
  'worry',
  'estimate',
  'indicate',
  'reveal',
  'feel',
  'demand',
  'predict',
  'signal',
  'suspect',
  'doubt',
  'disclose',
  'learn',
  'understand',
  'recognize',
  'imply',
  'prove',
  'determine',
  'rule',
  'decide',
  'acknowledge',
  'point',
  'demonstrate',
  'suggest',
  'conclude',
  'realize',
]);

/**
 * Verbs of stance and demand whose object is the attributed content ("called for more
 * information", "criticized long-standing free-trade deals", "urged the United States to accept
 * more refugees"): PolNeAR and PARC annotate these as attributions too.
 */
export const OBJECT_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'call',
  'cite',
  'echo',
  'want',
  'plan',
  'criticize',
  'criticise',
  'attack',
  'describe',
  'identify',
  'condemn',
  'praise',
  'blast',
  'accuse',
  'reject',
  'endorse',
  'oppose',
  'propose',
  'question',
  'welcome',
  'dismiss',
  'slam',
  'defend',
  'applaud',
  'favor',
  'recommend',
  'refuse',
  'threaten',
  'denounce',
  'discuss',
  'decline',
  'rate',
  'label',
  'dub',
  'characterize',
  'blame',
  'mock',
  'tout',
  'highlight',
  'hail',
  'deride',
  'challenge',
  'request',
  'demand',
  'urge',
  'ask',
  'promise',
  'vow',
  'pledge',
  'deny',
  'predict',
  'estimate',
  'expect',
  'find',
  'show',
  'rule',
  'decide',
  'agree',
  'plan',
  'intend',
  'hope',
  'encourage',
  'insist',
  'liken',
  'reference',
  'compare',
  'fault',
  'rebuke',
  'lambaste',
  'decry',
  'lament',
  'offer',
  'back',
  'promote',
  'champion',
  'advocate',
  'seek',
]);

/** Verbs whose bare object is never the content: "said Friday", "told CBS", "added later". */
export const NO_OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'continue',
  'note',
  'explain',
  'write',
  'report',
  'state',
  'comment',
]);

/** Particles that belong to the cue: "called for", "called on", "pointed to", "spoke of", "railed against". */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(['for', 'on', 'to', 'of', 'about', 'out', 'against']);

/**
 * Verbs of talking and campaigning that attribute only with a particle naming the topic or stance
 * ("spoke of", "talked about", "railed against", "voted against", "advocates for"): PolNeAR marks
 * the topic as the content. Without the particle they are ordinary verbs ("spoke Tuesday").
 */
export const PARTICLE_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'speak',
  'talk',
  'rail',
  'brag',
  'vote',
  'campaign',
  'advocate',
  'apologize',
  'apologise',
  'moralize',
  'disagree',
  'care',
  'rant',
  'fret',
  'wonder',
  'inquire',
  'testify',
  'lobby',
  'argue',
  'rally',
]);
/** Particles those verbs take for their topic. */
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['about', 'of', 'on', 'against', 'for', 'with', 'over']);

/**
 * Adjectives of stance after "be" ("were frustrated with", "is concerned that", "is critical of"):
 * the subject holds the attitude, PolNeAR attributes what follows to them.
 */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'frustrated',
  'concerned',
  'worried',
  'convinced',
  'confident',
  'skeptical',
  'sceptical',
  'afraid',
  'hopeful',
  'optimistic',
  'pessimistic',
  'critical',
  'supportive',
  'adamant',
  'angry',
  'upset',
  'furious',
  'vague',
  'coy',
  'passionate',
  'unhappy',
  'satisfied',
  'dissatisfied',
  'opposed',
  'wary',
  'bearish',
  'bullish',
  // Adjectives of fear and dismay ('frightened by'), after the emotion adjectives of Levin's amuse class (31.1).
  'frightened',
  'scared',
  'alarmed',
  'dismayed',
  'disappointed',
  'troubled',
  'outraged',
  'disturbed',
  'appalled',
  'shocked',
  'pleased',
  'encouraged',
  'delighted',
]);
/**
 * Nouns of saying and believing that take a "that" clause as their content ("his claim that ...",
 * "growing concerns that ...", "a warning that ..."); the holder is the possessor or the subject.
 */
export const THAT_NOUN_LEMMAS: ReadonlySet<string> = new Set([
  'claim',
  'view',
  'belief',
  'argument',
  'assertion',
  'allegation',
  'suggestion',
  'fear',
  'hope',
  'promise',
  'warning',
  'notion',
  'contention',
  'insistence',
  'assessment',
  'conclusion',
  'accusation',
  'charge',
  'concern',
  'complaint',
  'prediction',
  'estimate',
  'admission',
  'acknowledgment',
  'acknowledgement',
  'expectation',
  'recognition',
  'assurance',
  'pledge',
  'suspicion',
  'worry',
  'feeling',
  'sense',
  'message',
  'announcement',
  'pronouncement',
  'statement',
  'report',
  'finding',
  'theory',
  'narrative',
  'implication',
  'agreement',
  'consensus',
  'impression',
  'confidence',
  'doubt',
  'insinuation',
  'speculation',
  'rumor',
]);

/**
 * Verbs of perceiving that hold a view only with an "as" complement ("saw the comment as a dig",
 * "regard him as a threat"); without one they are plain perception ("saw him speak").
 */
export const AS_VIEW_LEMMAS: ReadonlySet<string> = new Set([
  'see',
  'view',
  'regard',
  'portray',
  'paint',
  'cast',
  'perceive',
  'treat',
]);
/** How far into the object the "as" may stand ("saw reauthorization of the program as ..."). */
const MAX_TOKENS_BEFORE_AS = 8;

/**
 * Nouns of stance and comment whose topic, after "about"/"of"/"on"/"over", PolNeAR attributes to
 * the holder ("expressed deep concern about", "his criticism of", "comments on").
 */
const TOPIC_NOUN_LEMMAS: ReadonlySet<string> = new Set([
  'concern',
  'criticism',
  'comment',
  'remark',
  'complaint',
  'worry',
  'misgiving',
  'reservation',
  'skepticism',
  'outrage',
  'rhetoric',
  'condemnation',
  'praise',
  'opposition',
  'apology',
  'warning',
]);
const TOPIC_NOUN_PARTICLES: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over']);

/** Words that link a stance adjective to its content. */
const STANCE_LINKS: ReadonlySet<string> = new Set(['that', 'about', 'with', 'of', 'over', 'by', 'on', 'to']);

/**
 * Of the knowing verbs, those that take a bare object far more often than they attribute
 * ("thinks big", "knows the area", "to prove a point"): cues only before "that".
 */
export const THAT_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  'think',
  'know',
  'feel',
  'prove',
  'understand',
  'realize',
  'learn',
  'doubt',
  'recognize',
  'determine',
  'imply',
  'signal',
]);

/**
 * Of the "that"-only verbs, those of belief and knowing that also take a bare reported clause ("I
 * think we've got to back away", "he knows the system is rigged"): cues then, but only when a clause
 * follows (attribute.ts checks), never before a bare object.
 */
export const BARE_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'think',
  'know',
  'feel',
  'understand',
  'realize',
  'doubt',
  'recognize',
  'reckon',
  'wish',
]);

/** Verbs that may name the hearer before the reported clause: "told Rakhmon that ...", "warned reporters that". */
export const HEARER_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'warn',
  'remind',
  'advise',
  'ask',
  'urge',
]);
/**
 * Of those, the ones whose hearer is never part of the content ("told him the nominee ...");
 * with "urged supporters to monitor" the annotators keep the object in the content.
 */
export const HEARER_SKIP_LEMMAS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind']);

/** "according to X" names the source of the rest of the sentence (wink lemmatises "according" to "accord"). */
export const ACCORDING_TO = { first: 'according', second: 'to' } as const;

/**
 * Whether the cue rules know the word at all: when they do and found no cue, they decided against
 * it in context ("a think tank", "called in to a show", "would respond if"), and that stands.
 */
export function knownToCueRules(t: Token): boolean {
  return KNOWN_LEMMAS.has(t.lemma) || STANCE_ADJECTIVES.has(t.lower);
}

export function isCueLemma(lemma: string): boolean {
  return SPEECH_CUE_LEMMAS.has(lemma) || OBJECT_CUE_LEMMAS.has(lemma);
}

/** "continues to insist", "went on to say", "appeared to suggest": the saying itself; the cue spans the whole chain. */
const CATENATIVE_LEMMAS = new Set(['continue', 'begin', 'start', 'go', 'keep', 'repeat', 'appear', 'seem']);

/** Every lemma some cue rule reads (knownToCueRules), in one set: it is asked of most tokens. */
const KNOWN_LEMMAS: ReadonlySet<string> = new Set([
  ...SPEECH_CUE_LEMMAS,
  ...OBJECT_CUE_LEMMAS,
  ...THAT_CUE_LEMMAS,
  ...AS_VIEW_LEMMAS,
  ...PARTICLE_CUE_LEMMAS,
  ...BARE_CLAUSE_LEMMAS,
  ...THAT_NOUN_LEMMAS,
  ...TOPIC_NOUN_LEMMAS,
  ...CATENATIVE_LEMMAS,
]);

/** 'clause': a belief verb that counts only before a reported clause; 'noun': a noun of saying before "that". */
export type CueKind = 'speech' | 'that' | 'clause' | 'noun' | 'object' | 'according';

export interface Cue {
  kind: CueKind;
  /** Token index of the first and one past the last cue token. */
  tokens: readonly [number, number];
  /** Tokens of the speaker when the cue holds it ("in Markov's words"). */
  speaker?: readonly [number, number];
}

/**
 * "in X's words" / "in his words", and opening a sentence "In my opinion, ...", "In the company's
 * view, ...": the possessor is the source of the rest of the sentence (an opinion's holder holds
 * it). Within a sentence a view may hold only a clause ("an approach that, in their view,
 * minimizes ..."), whose edges the rest of the sentence does not give.
 */
const IN_WORDS_MAX_TOKENS = 6;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
const IN_VIEW_NOUNS: ReadonlySet<string> = new Set(['opinion', 'view']);

function inWordsAt(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): Cue | null {
  if (tokens[i].lower !== 'in') return null;
  for (let w = i + 2; w < sentenceEnd && w - i <= IN_WORDS_MAX_TOKENS; w++) {
    if (tokens[w].lemma !== 'word' && !(i === sentenceStart && IN_VIEW_NOUNS.has(tokens[w].lemma))) continue;
    const owner = tokens[w - 1];
    if (POSSESSIVE_PRONOUNS.has(owner.lower) && w - 1 === i + 1)
      return { kind: 'according', tokens: [i, w + 1], speaker: [i + 1, w] };
    if (/^['’]s?$/.test(owner.text) && w - 1 > i + 1)
      return { kind: 'according', tokens: [i, w + 1], speaker: [i + 1, w - 1] };
    return null;
  }
  return null;
}

/** Verbs and auxiliaries: the words a clause's verb group is made of. */
export const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const PHONE_CALL_PARTICLES: ReadonlySet<string> = new Set(['in', 'into']);

/**
 * An "as" within the object that starts at `from`, before any punctuation or verb. A verb other
 * than a gerund or a punctuation mark where the object should start means the verb has none: "the doctors he first
 * saw had no clue as to the cause" (a relative clause's verb, then the main clause's).
 */
function asComplementAhead(tokens: readonly Token[], from: number, sentenceEnd: number): boolean {
  if (from >= sentenceEnd) return false;
  const first = tokens[from];
  // A gerund opens an object ("saw winning Monday night as the most important step").
  if (first.pos === 'PUNCT' || (VERB_POS.has(first.pos) && !/ing$/i.test(first.text))) return false;
  for (let k = from + 1; k < sentenceEnd && k - from <= MAX_TOKENS_BEFORE_AS; k++) {
    if (tokens[k].lemma === 'as' && tokens[k].pos === 'ADP') return true;
    if (tokens[k].pos === 'PUNCT' || VERB_POS.has(tokens[k].pos)) return false;
  }
  return false;
}

/** Where a cue starts once a catenative chain before it is included ("continues to insist"). */
function catenativeStart(tokens: readonly Token[], i: number): number {
  return i > 1 &&
    tokens[i - 1].lemma === 'to' &&
    CATENATIVE_LEMMAS.has(tokens[i - 2].lemma) &&
    tokens[i - 2].pos === 'VERB'
    ? i - 2
    : i;
}

/**
 * Documents whose findings a sentence opening "In the poll, ..." reports: the document is the
 * source of the rest of the sentence, as with "according to".
 */
const SOURCE_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'poll',
  'survey',
  'study',
  'report',
  'analysis',
  'statement',
  'interview',
  'letter',
  'memo',
  'filing',
  'op-ed',
  'editorial',
  'column',
  'speech',
  'tweet',
  'post',
  'book',
  'ruling',
  'testimony',
  'complaint',
  'lawsuit',
  'affidavit',
  'essay',
  'article',
  'documentary',
  'ad',
  'video',
  'opinion',
  'view',
  'estimate',
]);
/** The writer's first person. */
const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);
/** The longest "In ..." opener taken as a source. */
const MAX_IN_SOURCE_TOKENS = 10;

/** "In a new poll, Clinton led ..." at sentence start: the opener is the source of the rest. */
function inDocumentAt(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): Cue | null {
  if (i !== sentenceStart || tokens[i].lower !== 'in') return null;
  let comma = -1,
    document = false;
  for (let k = i + 1; k < sentenceEnd && k - i <= MAX_IN_SOURCE_TOKENS; k++) {
    if (tokens[k].text === ',') {
      comma = k;
      break;
    }
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT') return null;
    if (tokens[k].pos === 'NOUN' && SOURCE_DOCUMENT_NOUNS.has(tokens[k].lemma)) document = true;
  }
  if (!document || comma < 0) return null;
  // "In the final article in this series, we're going to ...": a text followed by the writer's
  // "I"/"we" is the writer's own, no source. ("In this poll, Trump rose ..." points back to a
  // poll named before: "this" alone does not tell.)
  if (comma + 1 < sentenceEnd && WRITER_PRONOUNS.has(tokens[comma + 1].lower)) return null;
  // "In a statement, the union said ...", "In a speech, Trump attacked ...": the verb is the cue,
  // the opener only its medium.
  for (let k = comma + 1; k < sentenceEnd; k++) {
    const l = tokens[k].lemma;
    if (
      VERB_POS.has(tokens[k].pos) &&
      (isCueLemma(l) || THAT_CUE_LEMMAS.has(l) || AS_VIEW_LEMMAS.has(l) || PARTICLE_CUE_LEMMAS.has(l))
    )
      return null;
  }
  return { kind: 'according', tokens: [i, i + 1], speaker: [i + 1, comma] };
}

/**
 * Light verbs whose noun makes the saying ("took note of", "raised concerns about", "voiced support
 * for", "made the case that"): the cue spans verb, noun and particle. From the light-verb
 * constructions of verbs of communication and attitude (Levin 1993, §37; FrameNet Statement).
 */
const LIGHT_VERB_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['take', new Set(['note', 'issue', 'aim', 'exception'])],
  [
    'make',
    new Set([
      'case',
      'point',
      'claim',
      'argument',
      'promise',
      'pledge',
      'remark',
      'comment',
      'statement',
      'accusation',
      'allegation',
    ]),
  ],
  ['raise', new Set(['concern', 'question', 'doubt', 'alarm', 'objection'])],
  ['voice', new Set(['support', 'concern', 'opposition', 'doubt', 'frustration', 'skepticism', 'objection', 'anger'])],
  [
    'express',
    new Set([
      'support',
      'concern',
      'opposition',
      'doubt',
      'frustration',
      'skepticism',
      'regret',
      'hope',
      'confidence',
      'anger',
      'dismay',
      'sympathy',
    ]),
  ],
  ['lodge', new Set(['complaint', 'objection', 'protest'])],
  ['issue', new Set(['statement', 'warning', 'denial', 'apology', 'call'])],
]);
/** Nouns between a light verb and its noun: determiners and adjectives ("raised serious concerns"). */
const MAX_LIGHT_VERB_GAP = 3;
/** Particles a light-verb cue takes into itself. */
const LIGHT_VERB_PARTICLES: ReadonlySet<string> = new Set(['of', 'about', 'for', 'to', 'over', 'with', 'on', 'at']);

function lightVerbCue(tokens: readonly Token[], i: number, sentenceEnd: number): Cue | null {
  const nouns = tokens[i].pos === 'VERB' ? LIGHT_VERB_NOUNS.get(tokens[i].lemma) : undefined;
  if (!nouns) return null;
  for (let k = i + 1; k < sentenceEnd && k - i <= MAX_LIGHT_VERB_GAP; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' && nouns.has(t.lemma)) {
      const next = k + 1 < sentenceEnd ? tokens[k + 1] : null;
      if (next?.lemma === 'that') return { kind: 'that', tokens: [i, k + 1] };
      if (next && LIGHT_VERB_PARTICLES.has(next.lemma)) return { kind: 'object', tokens: [i, k + 2] };
      return null;
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV') return null;
  }
  return null;
}

const SUBJECT_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Plural nouns of the object-cue lemmas that are far more often nouns than verbs ("the plans", "the offers"). */
const NOUN_READINGS: ReadonlySet<string> = new Set([
  'plan',
  'offer',
  'demand',
  'estimate',
  'promise',
  'report',
  'claim',
  'call',
  'hope',
  'concern',
]);

/** Modal auxiliaries: an object cue after one names a stance to come, not one taken. */
const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'might',
  'may',
  'shall',
  'should',
  'must',
  "'ll",
  '’ll',
  "'d",
  '’d',
]);
/** How far back (adverbs included: "would also ask") a modal may stand. */
const MAX_MODAL_DISTANCE = 2;

function afterModal(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= sentenceStart && i - k <= MAX_MODAL_DISTANCE; k--) {
    if (MODALS.has(tokens[k].lower)) return true;
    if (tokens[k].pos !== 'ADV') return false;
  }
  return false;
}

/** Articles and possessive determiners: a word after one heads or modifies a noun ("her" is an object too, so it is left out). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'its', 'our', 'their']);
/**
 * How many adverbs and adjectives may stand between such a determiner and the word ("its recently
 * announced project", "the current expected lineup").
 */
const MAX_MODIFIERS_AFTER_DETERMINER = 2;
const POSSESSIVE_MARK_RE = /^['’]s?$/;

/**
 * Whether the word at `i` follows an article, a possessive determiner or a possessive "'s" ("its
 * planned moon shot", "your offers", "the recommended settings", "the service's current expected
 * lineup"), over adverbs and adjectives: a noun or an attributive participle that the tagger read as
 * a verb, not a verb of saying with a subject.
 */
function afterDeterminer(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  let adjectives = false;
  while (
    k >= sentenceStart &&
    i - 1 - k < MAX_MODIFIERS_AFTER_DETERMINER &&
    (tokens[k].pos === 'ADV' || tokens[k].pos === 'ADJ')
  ) {
    if (tokens[k].pos === 'ADJ') adjectives = true;
    k--;
  }
  if (k < sentenceStart) return false;
  const t = tokens[k];
  const possessive = t.pos === 'PART' && POSSESSIVE_MARK_RE.test(t.text);
  if (!possessive && !adjectives) return NOUN_DETERMINERS.has(t.lower);
  // After a possessive or an adjective the word modifies the noun that follows it; a noun the
  // tagger read as an adjective may be a subject itself ("Ivana Trump's brief said that ...").
  const next = i + 1 < tokens.length ? tokens[i + 1] : null;
  return (
    (possessive || NOUN_DETERMINERS.has(t.lower)) &&
    !!next &&
    next.sentence === tokens[i].sentence &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

/** Words of place after a participle that point within the page ("the tweet shown above"). */
const POINTING_ADVERBS: ReadonlySet<string> = new Set(['above', 'below', 'here', 'earlier']);

/**
 * Whether the past participle at `i` modifies the noun right before it and the sentence's own verb
 * follows ("the tweet shown above claimed ...", "the other games offered have been on sale"): a
 * reduced relative clause with no object, whose noun is what is shown or offered, not a speaker.
 */
function participleBeforeVerb(
  tokens: readonly Token[],
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  const t = tokens[i];
  if (i === sentenceStart || t.lower === t.lemma || !/(?:ed|en|wn)$/i.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  let k = i + 1;
  const pointing = k < sentenceEnd && POINTING_ADVERBS.has(tokens[k].lower);
  if (pointing) k++;
  if (k >= sentenceEnd) return false;
  // Right after the participle only an auxiliary shows the clause's own verb ("said is" is rare);
  // after "above" a verb does too ("shown above claimed").
  return tokens[k].pos === 'AUX' || (pointing && tokens[k].pos === 'VERB');
}

/** How far after a passive cue a reported clause may open ("was announced on Monday that"). */
const MAX_TOKENS_BEFORE_PASSIVE_CLAUSE = 6;

/**
 * Verbs of finding, showing, offering, writing and naming, whose passive subject is the thing
 * found, shown or named ("was found dead", "is called Plan & Grow", "is offered at $9.99"). The
 * passive subject of a verb of judging or asking is its target, and what follows stays
 * attributed ("was accused of", "was criticized for", "was asked about").
 */
const PASSIVE_THEME_LEMMAS: ReadonlySet<string> = new Set([
  'find',
  'show',
  'reveal',
  'offer',
  'write',
  'call',
  'plan',
  'label',
  'recommend',
  'identify',
]);

/**
 * A passive of those verbs with no agent and no reported clause after it: its subject is no
 * speaker, and none is stated. Passives before "to", "that", "as" or a quotation keep their
 * reading ("was shown to", "was called for", "is quoted as saying"); those with an agent ("by") are refused already.
 */
function agentlessPassive(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): boolean {
  const t = tokens[i];
  if (!PASSIVE_THEME_LEMMAS.has(t.lemma) || t.lower === t.lemma || /ing$/i.test(t.text)) return false;
  let k = i - 1;
  while (k >= sentenceStart && i - 1 - k < MAX_MODIFIERS_AFTER_DETERMINER && tokens[k].pos === 'ADV') k--;
  if (k < sentenceStart || tokens[k].lemma !== 'be') return false;
  for (let j = i + 1; j < sentenceEnd && j - i <= MAX_TOKENS_BEFORE_PASSIVE_CLAUSE; j++) {
    const x = tokens[j];
    if (x.lemma === 'that' || x.lemma === 'as' || /^[:“”"«»]$/.test(x.text)) return false;
    if (j === i + 1 && CUE_PARTICLES.has(x.lemma)) return false; // "is shown to", "was called for"
  }
  return true;
}

/** The prepositions of a charge or a topic after a passive's agent ("accused by X of", "criticized by X for"). */
const CHARGE_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'about']);
/** Parts of speech of an agent's noun phrase between "by" and the charge. */
const AGENT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
/** The longest agent read between "by" and the charge ("by federal prosecutors in Manhattan" is not read). */
const MAX_AGENT_TOKENS = 6;

/**
 * Where the charge or topic opens after the agent of passive verb `i` (the token after "by" "of"
 * and a gerund, "for" or "about": "was accused by prosecutors of [lying]", "was criticized by the
 * council for [...]"), or -1: a "be" before the participle, a short noun phrase after "by", the
 * preposition.
 */
export function agentThenCharge(
  tokens: readonly Token[],
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
): number {
  const t = tokens[i];
  if (t.lower === t.lemma || /ing$/i.test(t.text)) return -1;
  let k = i - 1;
  while (k >= sentenceStart && i - 1 - k < MAX_MODIFIERS_AFTER_DETERMINER && tokens[k].pos === 'ADV') k--;
  if (k < sentenceStart || tokens[k].lemma !== 'be') return -1;
  let j = i + 2;
  while (j < sentenceEnd && j - i - 2 < MAX_AGENT_TOKENS && AGENT_POS.has(tokens[j].pos)) j++;
  if (j === i + 2 || j + 1 >= sentenceEnd || !CHARGE_PARTICLES.has(tokens[j].lower)) return -1;
  // "by dozens of papers ranging from ...", "by a number of tax experts": an "of" inside the
  // agent's phrase is partitive; the charge after "of" is a gerund ("of lying").
  if (tokens[j].lower === 'of' && !(tokens[j + 1].pos === 'VERB' && /ing$/i.test(tokens[j + 1].text))) return -1;
  return j + 1;
}

/** Personal and reflexive pronouns as objects. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'me',
  'you',
  'him',
  'her',
  'it',
  'us',
  'them',
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'themselves',
]);
/** How far back an indefinite article may open the noun phrase before "called" ("a group of cells called"). */
const MAX_NAMED_PHRASE_TOKENS = 6;

/** "think tank": the compound noun, whose first word wink tags as a verb (also inside a speaker's phrase). */
export const isThinkTank = (tokens: readonly Token[], i: number) =>
  tokens[i].lower === 'think' && i + 1 < tokens.length && /^tanks?$/i.test(tokens[i + 1].text);

/** "so-called", "self-declared": the second half of a hyphenated adjective, no verb. */
function hyphenCompound(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1] : null;
  return !!prev && prev.span[1] === tokens[i].span[0] && /-$/.test(prev.text);
}

/**
 * "a chemical called IL-25", "a group of cells called ILC2s": "called" between an indefinite
 * phrase ending in a common noun and a name names the phrase's referent (a reduced relative);
 * a subject calling something says so with an object and its label ("The White House called it
 * a sham", "One of the doctors called Oz a quack").
 */
function namingParticiple(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): boolean {
  const t = tokens[i];
  if (t.lemma !== 'call' || t.lower !== 'called' || i === sentenceStart || i + 1 >= sentenceEnd) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev.pos !== 'NOUN' || prev.text !== prev.lower) return false;
  if (next.pos !== 'PROPN' && !/^[“"‘']$/.test(next.text)) return false;
  for (let k = i - 1; k >= sentenceStart && i - k <= MAX_NAMED_PHRASE_TOKENS; k--) {
    const x = tokens[k];
    if (/^an?$/i.test(x.text)) return true;
    if (x.pos !== 'NOUN' && x.pos !== 'ADJ' && !(x.pos === 'ADP' && x.lemma === 'of')) return false;
  }
  return false;
}

/**
 * Verbs of saying, knowing, feeling and perceiving that WordNet says take a "that" clause
 * ("discovered that", "announcing that", "assumed that", "heard that"): models/that-clause-verbs.txt,
 * written from WordNet 3.1 by scripts/build-that-clause-verbs.mjs, read once, on first use.
 */
const thatClauseVerbs = modelWordList('that-clause-verbs.txt');
/** Whether a lemma is one of WordNet's verbs of saying, knowing, feeling or perceiving with a "that" clause. */
export function isThatClauseVerb(lemma: string): boolean {
  return thatClauseVerbs().has(lemma);
}
/** Parts of speech that cannot open the subject of a clause after "that". */
const NO_SUBJECT_START_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'PART']);
/** How far after "that" the clause's verb may stand ("that only 1 percent of the bank's sales force had"). */
const MAX_TOKENS_TO_CLAUSE_VERB = 12;

/**
 * Whether the "that" at `k` opens a clause: a subject, then a verb before any punctuation mark
 * ("that the program was infiltrated"), not a determiner and its noun ("flouts that treaty").
 */
function thatOpensClause(tokens: readonly Token[], k: number, sentenceEnd: number): boolean {
  if (k + 1 >= sentenceEnd || NO_SUBJECT_START_POS.has(tokens[k + 1].pos)) return false;
  for (let j = k + 2; j < sentenceEnd && j - k <= MAX_TOKENS_TO_CLAUSE_VERB; j++) {
    if (VERB_POS.has(tokens[j].pos)) return true;
    if (tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** How many degree adverbs may stand between "be" and a stance adjective ("were very much concerned"). */
const MAX_ADVERBS_AFTER_BE = 2;

/**
 * Whether a form of "be" stands right before the word at `i`, or before the adverbs that modify it
 * ("is so frustrated that", "is more passionate about", "has been so vague about").
 */
function afterBe(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && i - 1 - k < MAX_ADVERBS_AFTER_BE && tokens[k].pos === 'ADV') k--;
  return k >= sentenceStart && tokens[k].lemma === 'be';
}

/** The parts of speech of the words that may open any cue but those at "in", "according" and stance adjectives. */
const CUE_OPENING_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'NOUN']);

/** The cue found at token `i` (possibly starting a little before it), or null. */
export function cueAt(tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): Cue | null {
  const t = tokens[i];
  const lemma = t.lemma;
  const word = t.lower;
  // Every cue below opens at a verb, an auxiliary or a noun, at "in" or "according", or at a stance
  // adjective: the other words (most of a sentence's) are let go before the tests one by one.
  if (!CUE_OPENING_POS.has(t.pos) && word !== 'in' && word !== ACCORDING_TO.first && !STANCE_ADJECTIVES.has(word))
    return null;
  // Before "In a new poll, ...": "In my opinion, ..." names its holder.
  const inWords = inWordsAt(tokens, i, sentenceStart, sentenceEnd);
  if (inWords) return inWords;
  const inDocument = inDocumentAt(tokens, i, sentenceStart, sentenceEnd);
  if (inDocument) return inDocument;
  if (word === ACCORDING_TO.first && i + 1 < sentenceEnd && tokens[i + 1].lemma === ACCORDING_TO.second) {
    return { kind: 'according', tokens: [i, i + 2] };
  }
  const next = i + 1 < sentenceEnd ? tokens[i + 1] : null;
  if (next && STANCE_ADJECTIVES.has(word) && STANCE_LINKS.has(next.lemma) && afterBe(tokens, i, sentenceStart)) {
    // "is concerned that ..." keeps "that" in the content, as with verbs; "frustrated with" takes it into the cue.
    return next.lemma === 'that' ? { kind: 'that', tokens: [i, i + 1] } : { kind: 'object', tokens: [i, i + 2] };
  }
  const clauseAfter = i + 2 < sentenceEnd && !VERB_POS.has(tokens[i + 2].pos); // "that" opens a clause, not a relative ("a charge that stung")
  if (t.pos === 'NOUN' && next?.lemma === 'that' && clauseAfter) {
    // "The study notes that": a verb wink tagged as a plural noun, after its subject; "the claim
    // that", "his view that": a noun of saying with its clause.
    const afterSubject = i > 0 && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN');
    if (afterSubject && (SPEECH_CUE_LEMMAS.has(lemma) || THAT_CUE_LEMMAS.has(lemma)))
      return { kind: 'that', tokens: [i, i + 1] };
    if (!afterSubject && THAT_NOUN_LEMMAS.has(lemma)) return { kind: 'noun', tokens: [i, i + 1] };
  }
  if (
    t.pos === 'NOUN' &&
    next &&
    TOPIC_NOUN_LEMMAS.has(lemma) &&
    TOPIC_NOUN_PARTICLES.has(next.lemma) &&
    next.pos === 'ADP'
  ) {
    // "his criticism of the deal", "expressed concern about the vote": the topic is the content.
    return { kind: 'noun', tokens: [i, i + 2] };
  }
  if (
    t.pos === 'NOUN' &&
    next?.lemma === 'to' &&
    next.pos === 'PART' &&
    i > 0 &&
    tokens[i - 1].pos === 'PROPN' &&
    OBJECT_CUE_LEMMAS.has(lemma)
  ) {
    // "The White House plans to ...": a verb wink tagged as a plural noun, before its infinitive.
    return { kind: 'object', tokens: [i, i + 1] };
  }
  if (
    t.pos === 'NOUN' &&
    /s$/.test(t.text) &&
    next &&
    (next.pos === 'DET' || next.pos === 'PROPN') &&
    i > sentenceStart &&
    SUBJECT_HEAD_POS.has(tokens[i - 1].pos) &&
    OBJECT_CUE_LEMMAS.has(lemma) &&
    !NOUN_READINGS.has(lemma)
  ) {
    // "The union backs the strike": a verb wink tagged as a plural noun, between subject and object
    // (wink tags "union" there as an adjective).
    return { kind: 'object', tokens: [i, i + 1] };
  }
  const light = lightVerbCue(tokens, i, sentenceEnd);
  if (light) return light;
  if (!VERB_POS.has(t.pos) && !(t.pos === 'NOUN' && t.lemma === 'say')) return null;
  if (
    afterDeterminer(tokens, i, sentenceStart) ||
    participleBeforeVerb(tokens, i, sentenceStart, sentenceEnd) ||
    agentlessPassive(tokens, i, sentenceStart, sentenceEnd) ||
    hyphenCompound(tokens, i) ||
    namingParticiple(tokens, i, sentenceStart, sentenceEnd) ||
    isThinkTank(tokens, i)
  )
    return null;
  // "found him", "found it difficult", "found myself ready": finding a person or a thing, no finding reported.
  if (lemma === 'find' && next && OBJECT_PRONOUNS.has(next.lower)) return null;
  const first = catenativeStart(tokens, i);
  // An infinitive ("to show", "to declare") is a plan to say, not a saying.
  const infinitive =
    i > 0 &&
    tokens[i - 1].lemma === 'to' &&
    tokens[i - 1].pos === 'PART' &&
    !(i > 1 && CATENATIVE_LEMMAS.has(tokens[i - 2].lemma));
  if (SPEECH_CUE_LEMMAS.has(lemma) && !infinitive) {
    // A trailing colon belongs to the cue, as annotators mark it ("added:").
    const end = next && next.text === ':' ? i + 2 : i + 1;
    return { kind: 'speech', tokens: [first, end] };
  }
  if (THAT_CUE_LEMMAS.has(lemma) && next && next.lemma === 'that') return { kind: 'that', tokens: [first, i + 1] };
  // Any other verb of saying, knowing, feeling or perceiving before "that" and a clause.
  if (next?.lemma === 'that' && thatClauseVerbs().has(lemma) && thatOpensClause(tokens, i + 1, sentenceEnd))
    return { kind: 'that', tokens: [first, i + 1] };
  if (AS_VIEW_LEMMAS.has(lemma) && asComplementAhead(tokens, i + 1, sentenceEnd))
    return { kind: 'object', tokens: [first, i + 1] };
  if (PARTICLE_CUE_LEMMAS.has(lemma) && next && TOPIC_PARTICLES.has(next.lemma) && next.pos === 'ADP')
    return { kind: 'object', tokens: [first, i + 2] };
  if (BARE_CLAUSE_LEMMAS.has(lemma) && next && next.pos !== 'ADP') return { kind: 'clause', tokens: [first, i + 1] };
  // A passive with its agent ("declared by President Nixon") has no object to report, unless the
  // charge follows the agent ("was accused by prosecutors of lying"): agentThenCharge.
  if (next?.lemma === 'by')
    return !infinitive && OBJECT_CUE_LEMMAS.has(lemma) && agentThenCharge(tokens, i, sentenceStart, sentenceEnd) >= 0
      ? { kind: 'object', tokens: [first, i + 1] }
      : null;
  // "called in to a radio show", "called into the program": a telephone call, not a call for something.
  if (lemma === 'call' && next && PHONE_CALL_PARTICLES.has(next.lemma)) return null;
  // A passive with nothing after it ("If the hearing is refused, ...", "a dog was requested and
  // later alerted ...") has no object to report.
  if (i > 0 && tokens[i - 1].lemma === 'be' && (next?.pos === 'PUNCT' || next?.pos === 'CCONJ')) return null;
  // "would ask a court to ...", "will demand a hearing": a stance still to come, not one reported.
  if (afterModal(tokens, i, sentenceStart)) return null;
  if (!infinitive && (OBJECT_CUE_LEMMAS.has(lemma) || (THAT_CUE_LEMMAS.has(lemma) && !THAT_ONLY_LEMMAS.has(lemma)))) {
    // wink tags "for" before a gerund or a participle as a subordinator ("called for cutting taxes").
    const particle = next && (next.pos === 'ADP' || next.pos === 'SCONJ') && CUE_PARTICLES.has(next.lemma);
    return { kind: 'object', tokens: [first, particle ? i + 2 : i + 1] };
  }
  return null;
}
