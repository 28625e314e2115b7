// Who did it, to whom, where: actors, targets and place of an event from the entity mentions
// around its trigger, read with a few surface rules (no parser):
//   actor   for a verb, the name in its own subject when the words before it show one
//           (subject.ts): "Ruto said police arrested" has no named actor, not Ruto; a pronoun
//           subject points to the last name of its kind before it. Otherwise (nouns, or no readable
//           subject) the nearest entity before the trigger in its clause that is not the object of a
//           preposition (the subject side; capitals standing for governments count), or the
//           possessor of a nominal trigger ("Russia's deployment"), or the agent after "by" in a
//           passive; "the Kremlin leader", "he" and a quoted "we" fall back to the last person named
//           or to the quote's speaker. Of coordinated subjects ("Kenya and Ethiopia met") the first
//           is the actor and the others co-participants, coded as targets.
//   targets entities after the trigger in its complement clause that are not places after a
//           locative preposition.
//   place   a place after a locative preposition in the clause or a destination after the trigger
//           ("sent troops to X"), the nearest; else a place in the sentence that is not the actor;
//           else the last place named earlier in the paragraph, or the dateline's place.
import type { Entity, EntityType, Quote, Span, TextSpan } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';
import type { Segmentation } from './clauses.js';
import { verbSubject, type Subject } from './subject.js';
import { objectsAfter, phraseAt, sideWords, type TokenRange } from './word-sides.js';
import { FORCE_HEADS, GOVERNING_HEADS } from './governing-heads.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { packedMap } from '../../packed-map.js';
import { POLL_NOUNS } from './polled-views.js';

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);
/** Prepositions that make the following entity a place, not a participant. */
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'into',
  'around',
  'throughout',
  'within',
  'along',
  'over',
  'off',
]);
/** Prepositions of direction: their place is where the event goes, and may also be its target ("sent aid to Bolivia"). */
const DESTINATION = new Set(['to', 'toward', 'towards']);
/** Prepositions whose object is not the subject. */
const PREPOSITIONS = new Set([
  ...LOCATIVE,
  'of',
  'from',
  'with',
  'on',
  'to',
  'for',
  'against',
  'by',
  'between',
  'among',
  'after',
  'before',
  'since',
  'toward',
  'towards',
  'about',
  'than',
  'under',
  'including',
]);
/** Heads of definite descriptions of a person ("the Kremlin leader", "the Russian president"). */
const PERSON_DESCRIPTIONS = new Set([
  'leader',
  'president',
  'premier',
  'minister',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'head',
  'king',
  'queen',
  'prince',
  'general',
  'commander',
  'governor',
  'mayor',
  'secretary',
]);
/** The possessive clitic, and how far before a nominal trigger it may stand ("Russia's military footprint"). */
const POSSESSIVE = /^['’]s?$/;
const POSSESSOR_REACH = 3;
/** Words joining coordinated subjects ("Kenya and Ethiopia", "Chad, Niger and Mali"). */
const COORDINATION = new Set(['and', ',', '&']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
/** First-person words for the speaker's side ("we attacked", "our troops"). */
const FIRST_PERSON = new Set(['we', 'our']);
/**
 * A quoted "we": the speaker's side speaks as the doer. Not "us" or "our": "gives us hope for the
 * negotiations" names the speaker's side as the one affected, and the negotiations are others'.
 */
const FIRST_PERSON_QUOTE = /(?<![\p{L}\p{M}\p{N}])[Ww][Ee](?![\p{L}\p{M}\p{N}])/u;
/** Passive auxiliaries directly before a verb trigger ("were attacked", "has been deployed"). */
const PASSIVE_AUX = new Set(['be', 'get']);
/** Subordinators directly before a participle that make a passive without its auxiliary ("faces prison if convicted"). */
const REDUCED_PASSIVE = new Set(['if', 'unless', 'once', 'when', 'until', 'whether', 'though', 'although']);

export interface Roles {
  actors: string[];
  targets: string[];
  place: string | null;
  /** Sides named by a common noun phrase and no entity (word-sides.ts), when no entity fills the role. */
  actorWords: TextSpan[];
  targetWords: TextSpan[];
}

export interface RoleInput {
  doc: Doc;
  /** The sentence's tokens and segmentation; `at`/`end` are the trigger's token range in them. */
  tokens: readonly Token[];
  seg: Segmentation;
  at: number;
  end: number;
  nominal: boolean;
  /** Entity mentions in document order, and the index of the first one at or after the sentence's start. */
  mentions: readonly Mention[];
  firstMention: number;
  quote: Quote | undefined;
  /** The event's PLOVER type, when known. */
  type?: string;
  /** The actor and targets of the last event with both, a sentence or two before ("the two sides"). */
  sides?: Sides;
}

/** The two sides of an event told before: its actor and its targets. */
export interface Sides {
  actor: Mention;
  targets: readonly Mention[];
}

/** Determiners and numbers of a phrase that refers back to the sides of an event ("the two sides", "both parties"). */
const SIDES_DETERMINERS = new Set(['the', 'both', 'two']);
const SIDES_HEADS = new Set(['sides', 'parties']);

/**
 * "The two sides exchanged views", "the parties did not reach an agreement", "both sides": a plural
 * "sides" or "parties" with only "the", "both" or "two" before it names no one itself; it refers to
 * the actor and targets of the event told just before (translated wire copy writes "the two sides"
 * for the delegations it named in the sentence before). Not "opposition parties" or "the parties
 * to the conflict", which describe or limit whom they mean.
 */
function isSidesPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || !SIDES_HEADS.has(tokens[end - 1].lower)) return false;
  for (let i = start; i < end - 1; i++) if (!SIDES_DETERMINERS.has(tokens[i].lower)) return false;
  return true;
}

/** "attacked", and irregular ones ("blown", "shot", "taken"): a form that is not the lemma, an -s or an -ing form. */
function isParticiple(t: Token): boolean {
  const w = t.lower;
  return w.endsWith('ed') || (t.pos === 'VERB' && w !== t.lemma.toLowerCase() && !/(s|ing)$/.test(w));
}

/** Tags before an attributive participle ("a kidnapped girl", "his alleged role"). */
const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADJ', 'PRON']);
/** Relative pronouns: after one a participle is the relative clause's verb ("Kenya, which deployed troops"), no attribute. */
const WH_RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Tags of the words of a noun phrase before "and" in a conjoined attribute. */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET']);

/**
 * "his friendship with billionaire pedophile and alleged sex trafficker Jeffrey Epstein": a
 * participle after "and" that joins it to a noun phrase governed by a preposition, with no verb
 * before it in its clause to be coordinated with, is an attribute of the second conjunct ("the
 * government apologised to farmers for quakes caused by drilling and pledged aid" has one).
 */
function conjoinedAttribute(r: RoleInput): boolean {
  const { tokens, at } = r;
  if (tokens[at - 1]?.pos !== 'CCONJ') return false;
  let i = at - 2;
  while (i >= 0 && NOUN_PHRASE_TAGS.has(tokens[i].pos)) i--;
  if (i === at - 2 || i < 0 || tokens[i].pos !== 'ADP') return false;
  for (let j = i - 1; j >= 0 && r.seg.clause[j] === r.seg.clause[at]; j--)
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return false;
  return true;
}
/**
 * Verbs whose subject is the doer of the event noun they take ("launched an attack", "held
 * talks", "imposed sanctions", "staged a protest"): support verbs, not events of their own.
 */
const SUPPORT_VERBS = new Set([
  'launch',
  'hold',
  'stage',
  'conduct',
  'carry',
  'make',
  'mount',
  'begin',
  'start',
  'continue',
  'resume',
  'impose',
  'lead',
  'organise',
  'organize',
  'sign',
  'give',
  'issue',
  'deliver',
  'announce',
  'order',
  'host',
  'join',
  'have',
  'be',
  'do',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'plan',
  'agree',
  'step',
  'escalate',
  'intensify',
  'expand',
  'extend',
  'open',
  'unleash',
  'reach',
  'seal',
  'strike',
  'offer',
  'pledge',
  'promise',
  'provide',
  'send',
  'approve',
  'keep',
  'maintain',
  'call',
  'file',
  'bring',
  'level',
  'face',
  'express',
  'voice',
  'place',
  'put',
  'show',
]);
/** "recalled its ambassador in protest", "responded with strikes": the event noun is the manner or means of the subject's own act. */
const MANNER = new Set(['in', 'with']);

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** "said it would not renew its extradition treaty": a possessive pronoun before the noun points back to the subject. */
function ownedByPronoun(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - POSSESSOR_REACH), at).some((t) => POSSESSIVE_PRONOUNS.has(t.lower));
}

/** Whether a verb other than a support verb stands between two token positions. */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let head = to - 1;
  while (head > from && tokens[head].pos === 'ADJ') head--;
  if (MANNER.has(tokens[head]?.lower ?? '')) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const w = t.lower;
    // wink leaves some past forms unlemmatised ("expressed").
    if (![t.lemma.toLowerCase(), w, w.replace(/e?d$/, '')].some((k) => SUPPORT_VERBS.has(k))) return true;
  }
  return false;
}

const OBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);

/** Whether only modifiers stand between a name and the noun after it ("Chinese military exercises"). */
function modifies(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** A name right after a verb that is not a support verb (skipping a determiner or adjectives): the verb's object. */
function objectOfVerb(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ')) i--;
  return i >= 0 && tokens[i].pos === 'VERB' && verbBetween(tokens, i, i + 1);
}

/** "was ripped from her arms and kidnapped": a participle coordinated with a passive earlier in the complement. */
function coordinatedWithPassive(r: RoleInput): boolean {
  if (word(r.tokens, r.at - 1) !== 'and') return false;
  // An object after the verb makes it active: "said the deaths were caused by gunfire and called on the government".
  if (OBJECT_TAGS.has(r.tokens[r.end]?.pos ?? '')) return false;
  for (let i = r.at - 2; i > 0 && r.seg.complement[i] === r.seg.complement[r.at]; i--)
    if (r.tokens[i].pos === 'VERB' && !r.tokens[i].lower.endsWith('ing') && PASSIVE_AUX.has(r.tokens[i - 1].lemma))
      return true;
  return false;
}

/** The token index (in the sentence) at which a mention starts, or -1. */
function tokenAt(tokens: readonly Token[], offset: number, from = 0): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].span[0] <= offset && offset < tokens[i].span[1]) return i;
  return -1;
}

interface Located extends Mention {
  /** Token index of the mention's first token, and of the first token after it. */
  at: number;
  after: number;
}

/**
 * The sentence's mentions with their token positions, once per sentence: every event in it reads
 * them, some several times (a sentence's tokens are one array for all its events, and its events
 * are read one after another). The last sentence's only, not a WeakMap keyed by its tokens: V8's
 * young-generation collector keeps WeakMap values and what they reach alive, so every document's
 * mentions were promoted to the old generation.
 */
let lastLocated: { tokens: readonly Token[]; mentions: readonly Mention[]; located: readonly Located[] } | null = null;

function locatedInSentence(r: RoleInput): readonly Located[] {
  const cached = lastLocated;
  if (cached && cached.tokens === r.tokens && cached.mentions === r.mentions) return cached.located;
  const to = r.tokens[r.tokens.length - 1].span[1];
  const located: Located[] = [];
  // Mentions come by start and tokens by span, so each search goes on from the last token found:
  // a token holding a later start, or starting at or after a mention's end, is never before it.
  let from = 0;
  for (let i = r.firstMention; i < r.mentions.length && r.mentions[i].start < to; i++) {
    const m = r.mentions[i];
    if (m.end > to) continue;
    const at = tokenAt(r.tokens, m.start, from);
    if (at < 0) continue;
    from = at;
    let after = at;
    while (after < r.tokens.length && r.tokens[after].span[0] < m.end) after++;
    located.push({ ...m, at, after });
  }
  lastLocated = { tokens: r.tokens, mentions: r.mentions, located };
  return located;
}

/** The sentence's mentions outside the trigger. */
function locate(r: RoleInput): Located[] {
  return locatedInSentence(r).filter((m) => !(m.at >= r.at && m.at < r.end));
}

const word = (tokens: readonly Token[], i: number) => (i >= 0 && i < tokens.length ? tokens[i].lower : '');
/** The preposition governing a mention: the word before it, skipping "the". */
function governor(tokens: readonly Token[], at: number): string {
  const i = word(tokens, at - 1) === 'the' ? at - 2 : at - 1;
  return word(tokens, i);
}

/**
 * "the government in Baku", "the defence ministry in Minsk", "the mayor of Medellín": a place
 * after "of", or a capital after "in", that follows a governing body (governing-heads.ts) or an
 * office-holder stands for that body, and so for a side, not for where the event happens.
 * "Authorities in Nukus" or "police in Lagos" are local ones: the city is where they act. So is a
 * capital after a force's noun ("police in Tbilisi", "troops in Kabul"): forces act where they are,
 * the capital is their place, and the words name the side (word-sides.ts).
 */
function standsForGovernment(tokens: readonly Token[], m: Located): boolean {
  if (m.entity.type !== 'GPE') return false;
  const p = word(tokens, m.at - 1) === 'the' ? m.at - 2 : m.at - 1;
  const w = word(tokens, p);
  if (w !== 'in' && w !== 'of') return false;
  const head = word(tokens, p - 1);
  if (!GOVERNING_HEADS.has(head) && !PERSON_DESCRIPTIONS.has(head)) return false;
  if (w === 'in' && FORCE_HEADS.has(head)) return false;
  return w === 'of' || knownPlaces(m.entity.name).some((place) => place.fc === CAPITAL);
}

/** GeoNames' feature code of a country's capital. */
const CAPITAL = 'PPLC';

/** Whether a mention is the object of a preposition, and so not a subject (unless it stands for a government). */
function prepositional(tokens: readonly Token[], m: Located): boolean {
  return PREPOSITIONS.has(governor(tokens, m.at)) && !standsForGovernment(tokens, m);
}

/**
 * "talks between Armenia and Azerbaijan", "clashes between Serbian and Kosovar police": the first
 * side named after "between" right after a noun trigger is its actor (the others, after it, its
 * targets), as with coordinated subjects.
 */
function between(r: RoleInput, located: readonly Located[]): Located | undefined {
  if (!r.nominal || word(r.tokens, r.end) !== 'between') return undefined;
  const first = located.find((m) => m.at > r.end && ACTOR_TYPES.has(m.entity.type));
  if (!first) return undefined;
  for (let i = r.end + 1; i < first.at; i++) if (!NOUN_PHRASE_TAGS.has(r.tokens[i].pos)) return undefined;
  return first;
}

/** Prepositions that open a phrase of time or circumstance, not a complement of the noun before them. */
const CIRCUMSTANCE = new Set(['during', 'after', 'before', 'amid', 'following', 'since', 'until', 'despite', 'under']);

/**
 * Whether the "by" phrase of a mention after the trigger belongs to the trigger: no verb between
 * ("was freed by X under the truce brokered by Y" has Y as the agent of "brokered") but a support
 * verb ("tariffs imposed by China"), nor a phrase of time or circumstance with its own noun
 * ("support for Azerbaijan during a visit by X").
 */
function attachedAfter(r: RoleInput, m: Located): boolean {
  for (let i = r.end; i < m.at; i++) {
    const t = r.tokens[i];
    if (CIRCUMSTANCE.has(t.lower) || ((t.pos === 'VERB' || t.pos === 'AUX') && verbBetween(r.tokens, i, i + 1)))
      return false;
    // "extradition ... over his role in the release of the files by Wikileaks": a noun with its
    // own "of" object between is the one the "by" phrase names the doer of.
    if (t.lower === 'of' && i - 1 >= r.end && r.tokens[i - 1].pos === 'NOUN') return false;
  }
  return true;
}

/** Whether a mention is in the speaker of the quote that holds the event ("..., the Taliban said"): a source, not a target. */
function spokenBy(r: RoleInput, m: Located): boolean {
  const s = r.quote?.speaker.span;
  return !!s && m.start >= s[0] && m.end <= s[1];
}

/** Tags that open a noun phrase of its own. */
const OWN_SUBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the speaker of the reported speech holding the event cannot be its doer: what is said
 * is a clause with a subject of its own, a noun phrase (not a pronoun or possessive that points
 * back to the speaker, "said it had no plans to invade", "recalled its ambassador") followed by a
 * verb before the trigger or the trigger a verb ("Alvarez says officers searched the area and
 * arrested a suspect"). A complement with no subject ("offered to host talks") or an event noun as
 * its object ("announced the withdrawal of its troops") is the speaker's own.
 */
function speakerNotDoer(r: RoleInput, m: Located): boolean {
  if (!spokenBy(r, m) || !r.quote) return false;
  const piece = r.quote.content.spans.find(
    (p) => p.span[0] <= r.tokens[r.at].span[0] && r.tokens[r.at].span[1] <= p.span[1],
  );
  if (!piece) return false;
  let first = tokenAt(r.tokens, piece.span[0]);
  if (word(r.tokens, first) === 'that') first++;
  if (first < 0 || first >= r.at) return false;
  const opener = r.tokens[first];
  if (!OWN_SUBJECT_OPENERS.has(opener.pos) || POSSESSIVE_PRONOUNS.has(opener.lower)) return false;
  // The noun phrase, then its verb (adverbs between): "transit officers quickly searched", not
  // "pleaded guilty to threatening".
  let j = first;
  let noun = false;
  for (; j < r.at && OWN_SUBJECT_OPENERS.has(r.tokens[j].pos); j++)
    if (r.tokens[j].pos === 'NOUN' || r.tokens[j].pos === 'PROPN') noun = true;
  while (j < r.at && r.tokens[j].pos === 'ADV') j++;
  const verb = r.tokens[j]?.pos === 'VERB' || r.tokens[j]?.pos === 'AUX';
  return noun && verb && j <= r.at && !(!r.nominal && afterPassiveClause(r, first));
}

/**
 * "Cruz said the deaths were caused by gunshot wounds and called on the government to": an active
 * verb right after "and" that follows a passive clause may go with the verb of saying, whose
 * subject the passive one cannot share as its doer; the speaker is left to the other rules.
 */
function afterPassiveClause(r: RoleInput, first: number): boolean {
  let and = r.at - 1;
  while (and > first && r.tokens[and].pos === 'ADV') and--;
  if (word(r.tokens, and) !== 'and') return false;
  for (let i = first; i + 1 < and; i++)
    if (r.tokens[i].lemma === 'be' && isParticiple(r.tokens[i + 1]) && r.tokens[i + 1].pos === 'VERB') return true;
  return false;
}

/**
 * The relative clause opening between a name and the trigger, if any: "subject" when the name is
 * what the relative stands for as its verb's subject ("Kenya, which deployed", "Lopez, who held
 * talks"): the name is the doer; "other" when the clause has a subject of its own or the name is
 * further back ("An AP reporter heard gunfire near the plant, which protesters tried to block in
 * an attempt to shut down ...", "the square, where police arrested ..."): the name is not.
 */
function relativeBetween(r: RoleInput, m: Located): 'none' | 'subject' | 'other' {
  for (let k = m.after; k < r.at; k++) {
    if (!WH_RELATIVES.has(r.tokens[k].lower)) continue;
    const antecedent = k === m.after || (k === m.after + 1 && r.tokens[m.after].text === ',');
    const next = r.tokens[k + 1]?.pos;
    const subjectRelative = r.tokens[k].lower !== 'where' && (next === 'VERB' || next === 'AUX' || next === 'ADV');
    return antecedent && subjectRelative ? 'subject' : 'other';
  }
  return 'none';
}

/** Words between the names of a list ("Europe, Japan, Canada and Mexico"). */
const LIST_LINKS = new Set([',', 'and', 'or']);

/**
 * "Ukraine military aid", "Iran sanctions" in a headline or caption (no verb): a name compounded
 * with an event noun says what the event is about, as often the one who receives or suffers it as
 * the one who does it, and no verb tells which. A nationality adjective ("Russian strikes") and a
 * possessive ("Russia's strikes") do tell.
 */
function compoundInHeadline(r: RoleInput, m: Located): boolean {
  return (
    m.entity.type !== 'NORP' &&
    m.after <= r.at &&
    modifies(r.tokens, m.after, r.at) &&
    !r.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  );
}

/** Words that open a list of examples ("partners, including Europe, Japan and Mexico"): none of its names is a subject. */
const EXAMPLE_MARKERS = new Set(['including']);

/** Whether a mention is in a list of names after "including" ("Europe, Japan and Mexico" each). */
function inExampleList(tokens: readonly Token[], m: Located, located: readonly Located[]): boolean {
  let first = m;
  for (;;) {
    let link = first.at - 1;
    if ((word(tokens, link) === 'and' || word(tokens, link) === 'or') && word(tokens, link - 1) === ',') link--;
    if (!LIST_LINKS.has(word(tokens, link))) break;
    const previous = located.find((x) => x.after === link);
    if (!previous) break;
    first = previous;
  }
  return EXAMPLE_MARKERS.has(governor(tokens, first.at));
}

export function rolesOf(r: RoleInput): Roles {
  const located = locate(r);
  const sameClause = (m: Located) => r.seg.clause[m.at] === r.seg.clause[r.at];
  const sameComplement = (m: Located) => r.seg.complement[m.at] === r.seg.complement[r.at];
  const isPlacePhrase = (m: Located) => PLACE_TYPES.has(m.entity.type) && LOCATIVE.has(governor(r.tokens, m.at));
  const participle = isParticiple(r.tokens[r.at]);
  // "a kidnapped girl", "a convicted felon", "his alleged role", "Epstein's alleged ring": a
  // participle used as an adjective names what was done to the noun; its doer is not in the
  // sentence, and the possessor owns the noun.
  const adjectival =
    participle &&
    r.at > 0 &&
    ((ATTRIBUTIVE_BEFORE.has(r.tokens[r.at - 1].pos) && !WH_RELATIVES.has(r.tokens[r.at - 1].lower)) ||
      POSSESSIVE.test(r.tokens[r.at - 1].text) ||
      conjoinedAttribute(r)) &&
    ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(r.tokens[r.end]?.pos ?? '');
  const passive =
    (!r.nominal &&
      r.at > 0 &&
      participle &&
      (PASSIVE_AUX.has(r.tokens[r.at - 1].lemma) ||
        // "feared being extradited": the gerund of the passive (the tagger may not lemmatise it).
        r.tokens[r.at - 1].lower === 'being' ||
        coordinatedWithPassive(r) ||
        REDUCED_PASSIVE.has(word(r.tokens, r.at - 1)))) ||
    underNoun(r) ||
    victimOfNoun(r);
  if (adjectival) {
    const targets = located.filter((m) => m.at >= r.end && sameComplement(m) && ACTOR_TYPES.has(m.entity.type));
    return {
      actors: [],
      targets: unique(targets.map((m) => m.entity.id)),
      place: placeOf(r, located, [], isPlacePhrase, sameClause),
      actorWords: [],
      targetWords: [],
    };
  }

  let actor: Located | Mention | undefined;
  const byAgent = located.find(
    (m) =>
      m.at >= r.end &&
      sameComplement(m) &&
      governor(r.tokens, m.at) === 'by' &&
      ACTOR_TYPES.has(m.entity.type) &&
      attachedAfter(r, m),
  );
  const fromAgent = located.find(
    (m) => m.at >= r.end && sameComplement(m) && governor(r.tokens, m.at) === 'from' && ACTOR_TYPES.has(m.entity.type),
  );
  const possessor = r.nominal
    ? located.find(
        (m) =>
          m.after < r.at &&
          wordsBetween(r, m.after, r.at) <= POSSESSOR_REACH &&
          POSSESSIVE.test(r.tokens[m.after]?.text ?? '') &&
          ACTOR_TYPES.has(m.entity.type),
      )
    : undefined;
  let subjectSide: Located | undefined;
  let coParticipants: Located[] = [];
  // "by X" names the agent of a passive or of a noun ("the attack by X"), not of an active verb;
  // "from X" the agent of "under attack from X".
  // "Carlineo's sentencing", "Navalny's arrest": the owner of such a noun suffers it, unless its
  // own object follows ("Russia's detention of the journalist").
  const sufferer = possessor && undergoneByOwner(r) ? possessor : undefined;
  if (passive) actor = byAgent ?? (r.nominal ? fromAgent : undefined);
  else
    actor =
      (r.nominal ? byAgent : undefined) ??
      (sufferer ? undefined : possessor) ??
      requestFrom(r, fromAgent) ??
      between(r, located);
  // A verb's own subject, read from the words before it, settles the actor when there is one: a
  // name outside it is a speaker, an object of another verb or part of another clause.
  const subject = actor || passive ? undefined : r.nominal ? participleSubject(r, located) : subjectOf(r, located);
  if (subject) {
    subjectSide = subject.named;
    coParticipants = subject.others ?? [];
    actor = subjectSide ?? subject.referent;
  } else if (!actor && !sufferer) {
    subjectSide = located
      .filter(
        (m) =>
          m.at < r.at &&
          sameClause(m) &&
          ACTOR_TYPES.has(m.entity.type) &&
          !(r.nominal ? PREPOSITIONS.has(governor(r.tokens, m.at)) : prepositional(r.tokens, m)) &&
          !inExampleList(r.tokens, m, located) &&
          !(r.nominal && compoundInHeadline(r, m)) &&
          !isDescription(r.tokens, m.after) &&
          // The subject of another verb is not the doer of a noun it governs ("Assange is battling
          // extradition"), unless the verb only stages the event ("launched an attack").
          !(r.nominal && !ownedByPronoun(r.tokens, r.at) && verbBetween(r.tokens, m.after, r.at)) &&
          // Nor is a verb's object ("transporting Tays to jail").
          // ("Chinese military exercises" after "prompt" modifies the noun itself; "met Lopez, who
          // held talks" makes the object the relative clause's subject.)
          !(
            r.nominal &&
            objectOfVerb(r.tokens, m.at) &&
            !modifies(r.tokens, m.after, r.at) &&
            relativeBetween(r, m) !== 'subject'
          ) &&
          // Nor, for a verb whose subject cannot be read, another verb's object ("killing hired
          // Russian thugs in Syria, pulling out of the treaty").
          !(!r.nominal && objectOfVerb(r.tokens, m.at)) &&
          !isOriginOfCrowd(r, m) &&
          relativeBetween(r, m) !== 'other' &&
          !isTopicOfCompound(r.tokens, m) &&
          !modifiesConflictNoun(r.tokens, m) &&
          // The speaker of the reported speech that holds the event tells of it; the doer is
          // named in what is said ("Alvarez says officers searched the area and arrested a suspect").
          !speakerNotDoer(r, m),
      )
      .pop();
    if (subjectSide && !passive) [subjectSide, coParticipants] = firstConjunct(subjectSide, located, r.tokens);
    actor = passive ? undefined : (subjectSide ?? describedActor(r) ?? firstAfterOpeningPhrase(r, located));
  }

  const targets = located.filter(
    (m) =>
      m.at >= r.end &&
      sameClause(m) &&
      (sameComplement(m) || r.nominal) &&
      ACTOR_TYPES.has(m.entity.type) &&
      !isPlacePhrase(m) &&
      // The agent of this trigger or of another verb ("a visit to the prison dubbed X by Y").
      governor(r.tokens, m.at) !== 'by' &&
      m.entity !== actor?.entity &&
      !spokenBy(r, m),
  );
  targets.unshift(...coParticipants);
  if (sufferer) targets.unshift(sufferer);
  if (passive && subjectSide) targets.unshift(subjectSide);
  if (passive && !subjectSide) {
    const subject = located.filter((m) => m.at < r.at && sameClause(m) && ACTOR_TYPES.has(m.entity.type)).pop();
    if (subject) targets.unshift(subject);
  }

  // "The two sides agreed": the sides of the event before are its actor and targets again.
  const sideTargets = r.sides && actor === r.sides.actor ? r.sides.targets : [];
  const actorIds = actor ? [actor.entity.id] : [];
  const targetIds = unique([...targets, ...sideTargets].map((m) => m.entity.id)).filter((id) => !actorIds.includes(id));
  const words = wordSides(r, located, {
    actorPhrase: actor || passive || sufferer ? undefined : (subject?.phrase ?? supportSubject(r, located)),
    targetsNamed: targetIds.length > 0,
    passive,
  });
  return {
    actors: actorIds,
    targets: targetIds,
    place: placeOf(r, located, actorIds, isPlacePhrase, sameClause),
    ...words,
  };
}

/** Whether token i of the sentence is part of a mention of an entity. */
const namedAt = (located: readonly Located[]) => (i: number) => located.some((m) => m.at <= i && i < m.after);

/**
 * The sides named by words (word-sides.ts) where no entity fills the role: the actor from the
 * subject phrase that named no one (`actorPhrase`) or a passive's "by" phrase; a verb's targets,
 * when no entity is one (`targetsNamed`), from its object or a passive's subject. Of a noun
 * trigger, the actor only. The first phrase that names a side gives all its conjuncts.
 */
function wordSides(
  r: RoleInput,
  located: readonly Located[],
  o: { actorPhrase: Subject | undefined; targetsNamed: boolean; passive: boolean },
): Pick<Roles, 'actorWords' | 'targetWords'> {
  const named = namedAt(located);
  const wordsOf = (phrases: readonly (TokenRange | undefined)[]) => {
    for (const p of phrases) {
      const words = p ? sideWords(r.doc, r.tokens, p, named) : [];
      if (words.length > 0) return words;
    }
    return [];
  };
  if (!o.passive) {
    const objects = o.targetsNamed || r.nominal ? [] : objectsAfter(r.tokens, r.end);
    return { actorWords: wordsOf([o.actorPhrase]), targetWords: wordsOf(objects) };
  }
  const agent = word(r.tokens, r.end) === 'by' && !r.nominal ? phraseAt(r.tokens, r.end + 1) : undefined;
  const within = timeLookup(r.doc.timePhrases);
  const subject =
    o.targetsNamed || r.nominal
      ? undefined
      : verbSubject(r.tokens, r.seg, r.at, (i) => within(r.tokens[i].span[0], r.tokens[i].span[1]));
  return { actorWords: wordsOf([agent]), targetWords: wordsOf([subject]) };
}

/** Tags between a support verb and its event noun ("held a peaceful demonstration", "extend their walkout"). */
const SUPPORTED_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PRON']);

/**
 * For a noun trigger, the subject phrase of the support verb right before it ("Taxi drivers will
 * hold a demonstration"), when that subject names no one.
 */
function supportSubject(r: RoleInput, located: readonly Located[]): Subject | undefined {
  if (!r.nominal) return undefined;
  let v = r.at - 1;
  while (v >= 0 && r.at - v <= POSSESSOR_REACH && SUPPORTED_NOUN_PHRASE.has(r.tokens[v].pos)) v--;
  const verb = r.tokens[v];
  if (!verb || verb.pos !== 'VERB' || verbBetween(r.tokens, v, v + 1)) return undefined;
  return subjectOf(r, located, v)?.phrase;
}

/**
 * "approved an extradition request from the US", "rejected demands from the opposition": a
 * request noun with "from" right after it (or "from the") names its requester there, not the
 * subject of the verb that handles the request.
 */
function requestFrom(r: RoleInput, fromAgent: Located | undefined): Located | undefined {
  if (!r.nominal || r.type !== 'REQUEST' || !fromAgent || word(r.tokens, r.end) !== 'from') return undefined;
  const at = word(r.tokens, r.end + 1) === 'the' ? r.end + 2 : r.end + 1;
  return fromAgent.at === at ? fromAgent : undefined;
}

/**
 * Event nouns whose owner is the one they are done to ("his arrest", "the hostages' release"):
 * nouns of detention, justice and captivity, read in English as done to their possessor.
 */
const UNDERGONE = new Set([
  'arrest',
  'detention',
  'sentencing',
  'conviction',
  'deportation',
  'extradition',
  'release',
  'imprisonment',
  'jailing',
  'execution',
  'expulsion',
  'kidnapping',
  'abduction',
  'capture',
  'rescue',
  'eviction',
  'trial',
  'prosecution',
  'indictment',
  'assassination',
  'killing',
  'murder',
]);

/** Whether the noun trigger is one of arrest, trial or release (UNDERGONE); by its form too, for a gerund tagged a verb. */
const undergone = (r: RoleInput) =>
  UNDERGONE.has(r.tokens[r.at].lemma.toLowerCase()) || UNDERGONE.has(r.tokens[r.at].lower);

/** Whether the noun trigger is one its possessor undergoes, with no "of" object of its own after it. */
function undergoneByOwner(r: RoleInput): boolean {
  return undergone(r) && word(r.tokens, r.end) !== 'of';
}

/**
 * Tokens from `from` to `to` (exclusive of `to`) that are not part of a time expression: a date
 * between a possessor and its noun does not put them apart ("Trump's July 25 phone call").
 */
function wordsBetween(r: RoleInput, from: number, to: number): number {
  const isTime = timeLookup(r.doc.timePhrases);
  let n = 0;
  for (let i = from; i < to; i++) if (!isTime(r.tokens[i].span[0], r.tokens[i].span[1])) n++;
  return n;
}

/** Whether a possessive stands just before a noun trigger ("the hostages' release"): its owner fills a role. */
function possessed(r: RoleInput): boolean {
  return r.tokens.slice(Math.max(0, r.at - POSSESSOR_REACH), r.at).some((t) => POSSESSIVE.test(t.text));
}

/** Words that may not stand between "under" and its noun ("under near-constant attack" may). */
const UNDER_BREAKS = new Set(['NOUN', 'PROPN', 'PRON', 'VERB', 'AUX']);
const UNDER_REACH = 4;

/** Verbs of state before "under" ("was under attack", "came under fire", "remains under arrest"). */
const UNDER_VERBS = new Set(['be', 'come', 'remain', 'stay', 'fall', 'get']);

/**
 * "X was under attack": the noun after "under" is suffered, so the subject is its target, as in
 * a passive; not "efforts under constant attack", where no verb links a subject to it.
 */
function underNoun(r: RoleInput): boolean {
  if (!r.nominal) return false;
  for (let i = r.at - 1; i >= Math.max(0, r.at - UNDER_REACH); i--) {
    if (word(r.tokens, i) === 'under') {
      let v = i - 1;
      while (v > 0 && r.tokens[v].pos === 'ADV') v--;
      return v >= 0 && UNDER_VERBS.has(r.tokens[v].lemma.toLowerCase());
    }
    if (UNDER_BREAKS.has(r.tokens[i].pos)) return false;
  }
  return false;
}

/**
 * WordNet 3.1's victim.n.1, "an unfortunate person who suffers from some adverse circumstance"
 * (and its plural): "the victim of a stabbing", "fell victim to an attack".
 */
const VICTIM_NOUNS = new Set(['victim', 'victims']);
/** Words that may stand between "victim of/to" and the noun ("the victim of a brutal knife attack"). */
const VICTIM_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * "a man who was possibly the victim of a stabbing": a noun trigger (or a gerund) after "victim of"
 * or "victim to" is suffered by the one the victim is, as in a passive, so the sentence's subject (or the one
 * who tells of it) is not its doer.
 */
function victimOfNoun(r: RoleInput): boolean {
  // The tagger may call the "-ing" noun a verb ("a stabbing"): the words before it decide.
  if (!r.nominal && !/ing$/i.test(r.tokens[r.at].text)) return false;
  for (let i = r.at - 1; i >= Math.max(1, r.at - UNDER_REACH); i--) {
    const w = word(r.tokens, i);
    if (w === 'of' || w === 'to') return VICTIM_NOUNS.has(word(r.tokens, i - 1));
    if (!VICTIM_NOUN_PHRASE.has(r.tokens[i].pos)) return false;
  }
  return false;
}

/** Pronouns that refer to an organisation or country named earlier in the sentence ("China said it would"). */
const GROUP_PRONOUNS = new Set(['it', 'they']);

/** The last document's timeLookup (its times and their lookup): not a WeakMap, see lastLocated. */
let lastTimeLookup: { times: readonly Span[]; within: (start: number, end: number) => boolean } | null = null;

/**
 * Whether [start, end) lies within one of the time phrases (doc.timePhrases: "on Monday" with its
 * "on"): looked up (starts in order, with the furthest end so far), not scanned, as a text of
 * dates has thousands. Made once per document.
 */
function timeLookup(times: readonly Span[]): (start: number, end: number) => boolean {
  if (lastTimeLookup && lastTimeLookup.times === times) return lastTimeLookup.within;
  const sorted = packedMap(times, (span) => span).sort((a, b) => a[0] - b[0]);
  // Typed arrays: one elements kind however V8 compiles this (an optimised map() makes holey or
  // double arrays, and the lookup below, compiled for the other kind, would be thrown away).
  const starts = new Float64Array(sorted.length);
  const reaches = new Float64Array(sorted.length);
  let reach = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    starts[i] = sorted[i][0];
    reaches[i] = reach = Math.max(reach, sorted[i][1]);
  }
  const within = (start: number, end: number) => {
    let lo = 0,
      hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reaches[lo - 1] >= end;
  };
  lastTimeLookup = { times, within };
  return within;
}

/** Nouns of attempts and plans that take an infinitive ("efforts to urge", "a plot to kill"). */
const ATTEMPT_NOUNS = new Set([
  'effort',
  'efforts',
  'attempt',
  'attempts',
  'bid',
  'bids',
  'plan',
  'plans',
  'plot',
  'plots',
  'campaign',
  'scheme',
]);
/** Words between "of"/"about" and such a noun ("of any efforts", "about the alleged plot"). */
const ATTEMPT_NP_TAGS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "Volker said he had no knowledge of any efforts to urge Ukraine": an infinitive after a noun of
 * attempt that is itself the object of "of"/"about" tells of someone's attempt the subject only
 * knows or speaks of; its doer is not the subject ("in an effort to", "made efforts to" keep it).
 */
function reportedAttempt(tokens: readonly Token[], at: number): boolean {
  if (word(tokens, at - 1) !== 'to' || !ATTEMPT_NOUNS.has(word(tokens, at - 2))) return false;
  let i = at - 3;
  while (i >= 0 && ATTEMPT_NP_TAGS.has(tokens[i].pos)) i--;
  const w = word(tokens, i);
  return w === 'of' || w === 'about';
}

/**
 * The verb trigger's subject (subject.ts) as an actor: the named entity in it, or what its
 * pronoun or description refers to; undefined when the subject cannot be read.
 */
function subjectOf(
  r: RoleInput,
  located: readonly Located[],
  at = r.at,
): { named?: Located; others?: Located[]; referent?: Mention; phrase?: Subject } | undefined {
  if (reportedAttempt(r.tokens, at)) return {};
  const within = timeLookup(r.doc.timePhrases);
  const isTime = (i: number) => within(r.tokens[i].span[0], r.tokens[i].span[1]);
  // "told visiting officials", "saw protesting students": an -ing form right after a verb that
  // does not take one as its object describes the noun after it, whose doer is not the subject.
  const before = r.tokens[at - 1];
  if (
    /ing$/i.test(r.tokens[at].text) &&
    before?.pos === 'VERB' &&
    !GERUND_VERBS.has(before.lemma.toLowerCase()) &&
    !GERUND_VERBS.has(before.lower)
  )
    return {};
  const np = verbSubject(r.tokens, r.seg, at, isTime);
  if (!np) {
    // "Washington blacklisted three judges, accusing them of ...", "..., the Taliban said, warning
    // that ...": a participle after a comma has the subject of the finite verb before it.
    const main = at === r.at ? mainVerbBefore(r.tokens, at) : -1;
    return main >= 0 ? subjectOf(r, located, main) : undefined;
  }
  // A noun phrase before "to" right after a verb is that verb's object. Unless the verb makes its
  // object the doer ("urged Kenya to withdraw"), the infinitive is a purpose and its doer is the
  // verb's subject ("teachers surrounded the Indiana Statehouse to call for", "Russia had no
  // plans to"); an unnamed object of such a verb names no one ("urged the government to").
  const objectVerb = np.start - 1;
  if (
    infinitiveAfter(r.tokens, np.end, at, isTime) &&
    r.tokens[objectVerb]?.pos === 'VERB' &&
    r.seg.clause[objectVerb] === r.seg.clause[at]
  ) {
    if (!OBJECT_CONTROL.has(r.tokens[objectVerb].lemma.toLowerCase())) return subjectOf(r, located, objectVerb) ?? {};
    if (!located.some((m) => m.at >= np.start && m.at < np.end && ACTOR_TYPES.has(m.entity.type))) return {};
  }
  const earlier = (types: ReadonlySet<EntityType>) =>
    located
      .filter(
        (m) =>
          m.after <= np.start && types.has(m.entity.type) && !prepositional(r.tokens, m) && !addressee(r.tokens, m),
      )
      .pop();
  const inside = located.filter(
    (m) =>
      m.at >= np.start &&
      m.at < np.end &&
      ACTOR_TYPES.has(m.entity.type) &&
      !speakerNotDoer(r, m) &&
      !modifiesConflictNoun(r.tokens, m) &&
      (!LOCATIVE.has(governor(r.tokens, m.at)) || standsForGovernment(r.tokens, m)),
  );
  // Per conjunct ("Russia and the [Syrian] regime"), its head-most name: the last one not after a
  // preposition ("Russian President Putin", "China's ambassador to Britain"). The first conjunct
  // is the actor, the others co-participants.
  const conjuncts: Located[] = [];
  let from = np.start;
  for (let i = np.start; i <= np.end; i++) {
    if (i < np.end && !COORDINATION.has(word(r.tokens, i))) continue;
    const own = inside.filter((m) => m.at >= from && m.at < i);
    const head = own.filter((m) => !prepositional(r.tokens, m)).pop() ?? own.pop();
    if (head) conjuncts.push(head);
    from = i + 1;
  }
  if (conjuncts.length > 0) return { named: conjuncts[0], others: conjuncts.slice(1) };
  // An unnamed object before "to" not read above ("called on the government to"): not read here.
  if (word(r.tokens, np.end) === 'to') return undefined;
  for (let i = np.start; i < np.end; i++) if (isDescription(r.tokens, i)) return { referent: lastPersonBefore(r) };
  const w = r.tokens[np.start].lower;
  // "his country", "their forces": the side of the one named before ("Chile's foreign minister said his country").
  if (POSSESSIVE_PRONOUNS.has(w) && np.end - np.start > 1) return { referent: earlier(ACTOR_TYPES) };
  if (isSidesPhrase(r.tokens, np.start, np.end)) return { referent: r.sides?.actor };
  // A phrase that names no one and refers to no one: its words may name the side (word-sides.ts).
  if (np.end - np.start !== 1) return { phrase: np };
  if (FIRST_PERSON.has(w)) return { referent: r.quote?.speaker.entity ? speakerSide(r) : undefined };
  if (PERSON_PRONOUNS.has(w)) return { referent: earlier(PERSONS) ?? lastPersonBefore(r) };
  if (GROUP_PRONOUNS.has(w)) {
    const referent = earlier(GROUPS);
    // "told cheering teachers that they ...": a plural common noun nearer than the name is what
    // "they" points to, and it names no one.
    if (referent && w === 'they' && pluralNounBetween(r.tokens, referent.after, np.start)) return {};
    return { referent };
  }
  return { phrase: np };
}

/**
 * Nouns of written messages sent to someone, from WordNet 3.1: letter/missive ("a written message
 * addressed to a person or organization"), memo/memorandum, e-mail/email, note, cable/telegram.
 */
const MESSAGES = new Set(['letter', 'missive', 'memo', 'memorandum', 'email', 'e-mail', 'note', 'cable', 'telegram']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

/**
 * "In a letter to Kevin McAleenan, who was ..., and Alex Azar, the HHS secretary, said they
 * would ...": a name in the "to" phrase of a message noun, up to the first verb not inside a
 * relative clause, is whom the message went to, not whom its writer's "they" points back to.
 */
function addressee(tokens: readonly Token[], m: Located): boolean {
  for (let j = m.at - 1; j > 0; j--) {
    const t = tokens[j];
    if (t.lower === 'to' && MESSAGES.has(tokens[j - 1].lower)) return true;
    const relative = RELATIVE_PRONOUNS.has(tokens[j - 1].lower);
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return false;
  }
  return false;
}

/** Whether a plural common noun ("teachers", not "Republicans") stands between two token positions. */
function pluralNounBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i].pos === 'NOUN' && tokens[i].lower !== tokens[i].lemma.toLowerCase() && /s$/.test(tokens[i].lower))
      return true;
  return false;
}

/**
 * For an -ing form right after a comma (adverbs between), the nearest finite verb before the
 * comma (not an -ing form, nor an auxiliary): the verb whose subject the participle shares; -1
 * when there is none.
 */
function mainVerbBefore(tokens: readonly Token[], at: number): number {
  if (!/ing$/i.test(tokens[at].text)) return -1;
  let comma = at - 1;
  while (comma >= 0 && tokens[comma].pos === 'ADV') comma--;
  if (word(tokens, comma) !== ',') return -1;
  for (let i = comma - 1; i >= 0; i--)
    if (tokens[i].pos === 'VERB' && !/ing$/i.test(tokens[i].text) && word(tokens, i - 1) !== 'to') return i;
  return -1;
}

/**
 * ", warning that ...", ", accusing them of ...": an -ing word the tagger read as a noun, right
 * after a comma with no determiner and no verb of its own after it, is a participle: the subject
 * of the finite verb before the comma is its subject.
 */
function participleSubject(r: RoleInput, located: readonly Located[]): ReturnType<typeof subjectOf> {
  const next = r.tokens[r.end]?.pos;
  if (next === 'VERB' || next === 'AUX') return undefined;
  const main = mainVerbBefore(r.tokens, r.at);
  return main >= 0 ? subjectOf(r, located, main) : undefined;
}

/**
 * Verbs that take an -ing form as their object ("began shelling", "denied attacking"); after
 * any other verb an -ing form modifies the noun after it. From English grammars' lists of verbs
 * followed by a gerund, with the auxiliaries.
 */
const GERUND_VERBS = new Set([
  'be',
  'have',
  'get',
  'keep',
  'begin',
  'start',
  'continue',
  'resume',
  'stop',
  'quit',
  'finish',
  'end',
  'avoid',
  'deny',
  'admit',
  'consider',
  'risk',
  'recommend',
  'suggest',
  'propose',
  'discuss',
  'mention',
  'delay',
  'postpone',
  'enjoy',
  'mind',
  'miss',
  'practise',
  'practice',
  'resist',
  'tolerate',
  'involve',
  'justify',
  'go',
  'spend',
  'try',
  'like',
  'love',
  'hate',
  'prefer',
  'remember',
  'regret',
  'favor',
  'favour',
  'support',
  'oppose',
  'include',
  'require',
  'mean',
  'imagine',
  'anticipate',
  'appreciate',
  'dislike',
  'escape',
  'forgive',
  'contemplate',
  'advocate',
  'envisage',
  'envision',
  'report',
  'acknowledge',
  'recall',
  'condemn',
  'criticise',
  'criticize',
  'defend',
  'ban',
  'halt',
  'cease',
  'intensify',
  'step',
]);
/**
 * Verbs whose object is the doer of the infinitive after it ("urged the government to
 * withdraw", "forced the rebels to retreat"): English grammars' object-control verbs.
 */
const OBJECT_CONTROL = new Set([
  'ask',
  'tell',
  'urge',
  'order',
  'force',
  'allow',
  'permit',
  'persuade',
  'encourage',
  'invite',
  'warn',
  'advise',
  'require',
  'enable',
  'help',
  'call',
  'press',
  'pressure',
  'push',
  'compel',
  'oblige',
  'instruct',
  'command',
  'authorize',
  'authorise',
  'expect',
  'want',
  'get',
  'cause',
  'lead',
  'prompt',
  'remind',
  'teach',
  'beg',
  'challenge',
  'inspire',
  'convince',
  'forbid',
  'appoint',
  'elect',
  'train',
  'hire',
  'recruit',
  'empower',
  'mandate',
  'direct',
  'pay',
  'tempt',
  'implore',
  'entreat',
  'appeal',
]);

const PERSONS: ReadonlySet<EntityType> = new Set(['PERSON']);
const GROUPS: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP']);

function placeOf(
  r: RoleInput,
  located: readonly Located[],
  actorIds: readonly string[],
  isPlacePhrase: (m: Located) => boolean,
  sameClause: (m: Located) => boolean,
): string | null {
  // A place after a locative preposition in the clause, or a destination after the trigger
  // (where troops are sent, aid delivered, fighting spreads): the nearest to the trigger.
  const isDestination = (m: Located) =>
    m.at >= r.end && PLACE_TYPES.has(m.entity.type) && DESTINATION.has(governor(r.tokens, m.at));
  const phrases = located.filter(
    (m) =>
      (isPlacePhrase(m) || isDestination(m)) &&
      sameClause(m) &&
      !(actorIds.includes(m.entity.id) && standsForGovernment(r.tokens, m)),
  );
  const byDistance = (a: Located, b: Located) => Math.abs(a.at - r.at) - Math.abs(b.at - r.at);
  const phrase = [...phrases].sort(byDistance)[0];
  if (phrase) return phrase.entity.id;
  const inSentence = located
    .filter((m) => PLACE_TYPES.has(m.entity.type) && !actorIds.includes(m.entity.id))
    .sort(byDistance)[0];
  if (inSentence) return inSentence.entity.id;
  // "The police in Lagos detained ...": the side's place, when no other is named.
  const side = located.find((m) => actorIds.includes(m.entity.id) && standsForGovernment(r.tokens, m));
  if (side) return side.entity.id;
  return earlierPlace(r);
}

/** The last place named earlier in the same paragraph, or the dateline's place entity. */
function earlierPlace(r: RoleInput): string | null {
  const start = r.tokens[0].span[0];
  const para = r.doc.article.paragraphs.find(([s, e]) => s <= start && start < e);
  const from = para ? para[0] : 0;
  const earlier = mentionBefore(
    r,
    (m) => m.start >= from,
    (m) => PLACE_TYPES.has(m.entity.type),
  );
  if (earlier) return earlier.entity.id;
  const datelinePlace = r.doc.article.dateline?.place?.toLowerCase();
  if (!datelinePlace) return null;
  return (
    r.doc.entities.find(
      (e) => PLACE_TYPES.has(e.type) && [e.name, ...e.aliases].some((n) => n.toLowerCase() === datelinePlace),
    )?.id ?? null
  );
}

/**
 * The actor named by a description or pronoun in subject position: "the Kremlin leader" or "he"
 * refers to the last person named before the sentence; a quoted "we" to the speaker's
 * organisation or country when known, else the speaker.
 */
function describedActor(r: RoleInput): Mention | undefined {
  // "the hostages' release": the owner undergoes it; a quoted "we" or a pronoun names no doer.
  if (r.nominal && possessed(r) && undergoneByOwner(r)) return undefined;
  // "our partnership enabled the freeing of the hostages": what a subject made possible is
  // another's act; the speaker's side only helped it come about.
  if (r.nominal && isEnabled(r)) return undefined;
  for (let i = r.at - 1; i >= 0 && r.seg.clause[i] === r.seg.clause[r.at]; i--) {
    const w = r.tokens[i].lower;
    if (FIRST_PERSON.has(w) && r.quote?.speaker.entity) return speakerSide(r);
    // "he was hit during a clash": the subject of a passive suffers it, and does nothing here.
    if (PERSON_PRONOUNS.has(w) && passiveAfter(r.tokens, i)) continue;
    // "he sought refuge to avoid extradition", "he faces arrest": the subject of another verb
    // before a noun of arrest or trial is the one who would undergo it, not its doer.
    if (PERSON_PRONOUNS.has(w) && r.nominal && undergone(r) && verbBetween(r.tokens, i + 1, r.at)) continue;
    if (PERSON_PRONOUNS.has(w)) return personBefore(r, i);
    if (isDescription(r.tokens, i)) return lastPersonBefore(r);
    if (SIDES_HEADS.has(w)) {
      let from = i;
      while (from > 0 && SIDES_DETERMINERS.has(r.tokens[from - 1].lower)) from--;
      if (isSidesPhrase(r.tokens, from, i + 1)) return r.sides?.actor;
    }
  }
  // Reported speech that speaks for a group ("we"): an agentless event is the speaker's side's
  // ("we are working ... Recently were carried out deliveries of armaments"). Not an event noun
  // with a name of its own before it ("the hold on U.S. security assistance ... we could").
  if (r.quote && FIRST_PERSON_QUOTE.test(r.quote.content.text) && !(r.nominal && namedModifier(r)))
    return speakerSide(r);
  return undefined;
}

/**
 * Verbs of making an act possible for another: WordNet 3.1 enable.v.01 ("render capable or able
 * for some task"), permit.v.01 {permit, allow, let, countenance} and facilitate.v.02 ("make
 * easier"). Their event-noun object is done by someone the subject enabled, not by the subject.
 */
const ENABLING = new Set(['enable', 'permit', 'allow', 'facilitate']);
/** Tags of the words between such a verb and the event noun it takes ("enabled the swift release"). */
const ENABLED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM']);

/** An event noun that is the object of a verb of enabling ("allowed the release of the prisoners"). */
function isEnabled(r: RoleInput): boolean {
  let i = r.at - 1;
  while (i >= 0 && r.at - i <= POSSESSOR_REACH && ENABLED_PHRASE_TAGS.has(r.tokens[i].pos)) i--;
  const verb = r.tokens[i];
  return !!verb && verb.pos === 'VERB' && ENABLING.has(verb.lemma.toLowerCase());
}

/** Nouns for people in the street, whose place name says where they are from, not who acts. */
const CROWD_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'strikers', 'picketers']);

/**
 * "some Indiana protesters chanted": a place name modifying a crowd noun is the crowd's origin;
 * the state is not the protester ("U.S. negotiators" and "Russian troops" still act for theirs).
 */
function isOriginOfCrowd(r: RoleInput, m: Located): boolean {
  return (
    r.nominal &&
    m.entity.type === 'GPE' &&
    CROWD_NOUNS.has(word(r.tokens, r.at)) &&
    m.after <= r.at &&
    modifies(r.tokens, m.after, r.at)
  );
}

/**
 * Second parts of hyphenated adjectives that say what a thing is about or where it is, not who
 * does it ("China-specific tariffs", "Iran-related sanctions", "a London-based group"); "-led" and
 * "-backed" name the doer and are not among them.
 */
const TOPIC_COMPOUND_HEADS = new Set([
  'specific',
  'related',
  'focused',
  'centred',
  'centered',
  'centric',
  'based',
  'bound',
  'linked',
  'oriented',
  'wide',
]);

/**
 * Nouns of armed conflict, from WordNet 3.1's synsets war/warfare ("the waging of armed conflict
 * against an enemy"), conflict ("an open clash between two opposing groups"), hostilities ("acts
 * of overt warfare") and insurgency ("an organized rebellion"). A name that modifies one ("the
 * Afghan war", "the Syrian conflict") says where or whose the war is, and is not the doer of what
 * the war does ("the Afghan war may soon conclude"); a possessor may be ("Russia's war").
 */
const CONFLICT_NOUNS = new Set(['war', 'wars', 'warfare', 'conflict', 'conflicts', 'hostilities', 'insurgency']);
/** Modifiers that may stand between the name and the conflict noun ("the Syrian civil war"). */
const CONFLICT_MODIFIER_TAGS = new Set(['ADJ', 'NOUN']);
const CONFLICT_MODIFIER_REACH = 2;

function modifiesConflictNoun(tokens: readonly Token[], m: Located): boolean {
  for (let i = m.after; i < Math.min(tokens.length, m.after + CONFLICT_MODIFIER_REACH + 1); i++) {
    // Nor does the maker of a poll do what the poll finds ("an ABC News poll shows majority
    // support for impeachment": the support is the public's).
    if (CONFLICT_NOUNS.has(tokens[i].lower) || POLL_NOUNS.has(tokens[i].lower)) return true;
    if (!CONFLICT_MODIFIER_TAGS.has(tokens[i].pos)) return false;
  }
  return false;
}

/** A name joined by a hyphen to a TOPIC_COMPOUND_HEADS word ("China-specific"). */
function isTopicOfCompound(tokens: readonly Token[], m: Located): boolean {
  const [hyphen, head] = [tokens[m.after], tokens[m.after + 1]];
  return (
    hyphen?.text === '-' &&
    tokens[m.after - 1].span[1] === hyphen.span[0] &&
    !!head &&
    hyphen.span[1] === head.span[0] &&
    TOPIC_COMPOUND_HEADS.has(head.lower)
  );
}

/** Whether a name stands right before a noun trigger, with only modifiers between ("U.S. security assistance"). */
function namedModifier(r: RoleInput): boolean {
  return locate(r).some((m) => m.after <= r.at && ACTOR_TYPES.has(m.entity.type) && modifies(r.tokens, m.after, r.at));
}

/** An indefinite description of a speaker ("a WeWork spokesperson"): someone not named before. */
const INDEFINITE = /^an?\s/i;

/**
 * The quote speaker's organisation or country when known, else the speaker. A speaker described
 * as "a company spokesperson" is someone new, whatever name the quote was linked to; the side
 * is then an organisation named in the description ("a WeWork spokesperson"), if any.
 */
function speakerSide(r: RoleInput): Mention | undefined {
  const q = r.quote;
  if (!q?.speaker.entity) return undefined;
  if (INDEFINITE.test(q.speaker.text)) {
    const [from, to] = q.speaker.span;
    return r.mentions.find((m) => m.start >= from && m.end <= to && GROUPS.has(m.entity.type));
  }
  const speaker = r.doc.entities.find((e) => e.id === q.speaker.entity);
  const side = speaker?.affiliationEntity ? r.doc.entities.find((e) => e.id === speaker.affiliationEntity) : undefined;
  const chosen = side ?? speaker;
  return chosen ? { entity: chosen, start: q.speaker.span[0], end: q.speaker.span[1] } : undefined;
}

/** Conjunctions that open a clause, never a phrase (unlike "after", "before", "when"). */
const CLAUSE_ONLY_OPENERS = new Set(['if', 'unless', 'although', 'though', 'because', 'whereas', 'whether']);

/**
 * For a trigger in an opening phrase ("At a meeting in X, the Kremlin leader told Y"), the
 * subject after the comma: a named entity, or a description that refers back to the last person.
 */
function firstAfterOpeningPhrase(r: RoleInput, located: readonly Located[]): Mention | undefined {
  const comma = r.tokens.findIndex((t, i) => i > r.at && t.text === ',');
  // Not when the opening is a clause of its own ("While some protesters chanted, the speaker
  // spoke"): its verb after the trigger makes the trigger that clause's subject.
  if (comma < 0 || r.tokens.slice(0, comma).some((t, i) => t.pos === 'VERB' && (i < r.at || i >= r.end)))
    return undefined;
  // Nor when a conjunction that only opens clauses starts it ("If the army attacks the city, the
  // UN will act"): the trigger is that clause's verb, whatever its tag, with a subject of its own.
  if (CLAUSE_ONLY_OPENERS.has(word(r.tokens, 0))) return undefined;
  for (let i = comma + 1; i < r.tokens.length && r.tokens[i].pos !== 'VERB'; i++) {
    if (isDescription(r.tokens, i)) return lastPersonBefore(r);
    const m = located.find((x) => x.at === i);
    if (m && ACTOR_TYPES.has(m.entity.type) && !isDescription(r.tokens, m.after) && !prepositional(r.tokens, m))
      return m;
  }
  return undefined;
}

/** "the [Kremlin|Russian|...] leader": a description head preceded by "the" within three tokens. */
function isDescription(tokens: readonly Token[], i: number): boolean {
  return (
    i < tokens.length &&
    PERSON_DESCRIPTIONS.has(tokens[i].lower) &&
    tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'the')
  );
}

/** Whether only "to", adverbs and a time ("on Tuesday") stand between a noun phrase's end and the verb at `at`. */
function infinitiveAfter(tokens: readonly Token[], from: number, at: number, isTime: (i: number) => boolean): boolean {
  if (word(tokens, at - 1) !== 'to') return false;
  for (let i = from; i < at - 1; i++)
    if (!isTime(i) && tokens[i].pos !== 'ADV' && !(tokens[i].pos === 'ADP' && isTime(i + 1))) return false;
  return true;
}

/** "he was hit", "she has been arrested": a form of "be" or "get" after token i, then a participle. */
function passiveAfter(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (tokens[j] && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV') && !PASSIVE_AUX.has(tokens[j].lemma)) j++;
  const verb = tokens[j + 1];
  // Any verb form but "-ing" after "was": "was attacked", and "was hit", whose participle wink lemmatises as itself.
  return !!tokens[j] && PASSIVE_AUX.has(tokens[j].lemma) && !!verb && verb.pos === 'VERB' && !/ing$/i.test(verb.text);
}

/** What "he" or "she" at token i refers to: the last person named before it in the sentence, else before the sentence. */
function personBefore(r: RoleInput, i: number): Mention | undefined {
  // Not the object of a preposition ("meeting with Giuliani, and he had"): the subject before is likelier.
  const inSentence = locate(r)
    .filter((m) => m.after <= i && m.entity.type === 'PERSON' && !PREPOSITIONS.has(governor(r.tokens, m.at)))
    .pop();
  return inSentence ?? lastPersonBefore(r);
}

function lastPersonBefore(r: RoleInput): Mention | undefined {
  return mentionBefore(
    r,
    () => true,
    (m) => m.entity.type === 'PERSON',
  );
}

/**
 * The first of coordinated subjects and the others: "Kenya and Ethiopia met" has Kenya as actor
 * and Ethiopia as co-participant (coded as target, as PLOVER codes dyads).
 */
function firstConjunct(m: Located, located: readonly Located[], tokens: readonly Token[]): [Located, Located[]] {
  let first = m;
  const others: Located[] = [];
  for (;;) {
    // "the Afghan side and the Pakistani side": each conjunct a side named by its nationality.
    const link = first.at - (word(tokens, first.at - 1) === 'the' && word(tokens, first.after) === 'side' ? 2 : 1);
    if (!COORDINATION.has(word(tokens, link))) break;
    const previous = located.find(
      (x) =>
        (x.after === link || (x.after === link - 1 && word(tokens, x.after) === 'side')) &&
        ACTOR_TYPES.has(x.entity.type),
    );
    if (!previous) break;
    others.unshift(first);
    first = previous;
  }
  return [first, others];
}

/** The last mention before the sentence that satisfies `wanted`, searching back while `within` holds. */
function mentionBefore(
  r: RoleInput,
  within: (m: Mention) => boolean,
  wanted: (m: Mention) => boolean,
): Mention | undefined {
  const start = r.tokens[0].span[0];
  for (let i = r.firstMention - 1; i >= 0 && within(r.mentions[i]); i--) {
    const m = r.mentions[i];
    if (m.end <= start && wanted(m)) return m;
  }
  return undefined;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
