// Present-simple statements that characterise someone rather than tell an event (issue 15, round
// 30). A dynamic verb in the simple present with no time names a habit or a disposition, not an
// occasion (Huddleston & Pullum 2002, ch. 3, the present's characterising use; Quirk et al. 1985,
// ch. 4, the habitual present):
// "a historian who consults with ministers", "a trust with which it works closely", "The ministry
// does not support forced evictions". Two such forms are read as no event:
//   - a relative clause on a noun whose verb is the trigger, in the simple present, with no time
//     in its clause ("who meets the president on Friday" is a plan and stays), unless the verb is
//     one of speaking ("which accuses him of ...", below);
//   - a stance verb (SUPPORT) in a main clause in the simple present, with no time, whose object is
//     a bare plural and names no party: a general position towards a kind of act ("does not
//     support forced evictions", "we support peaceful movements"), where a stance towards a party
//     or a measure against one stays ("Germany supports new sanctions against Iran").
// The noun heading that bare plural object is the kind the stance is about, not an act either, nor
// are the acts an "including" phrase after it lists ("relocations, including forcing people to move").
import type { Event, TimeExpression } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import type { Segmentation } from './clauses.js';
import type { Candidate } from './filters.js';
import { isPresent } from './modality.js';

/** Relative pronouns that stand as the verb's subject ("a group that backs ...", "who consults"). */
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that']);
/** Relative pronouns after a preposition ("with which we work", "with whom she negotiates"). */
const OBJECT_RELATIVES = new Set(['which', 'whom']);
/** Words of a relative clause's subject between the pronoun and its verb ("with which [the ministry] works"). */
const RELATIVE_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const RELATIVE_SUBJECT_REACH = 4;
/** The present forms of "do" that carry a simple present's negation ("who does not support"). */
const PRESENT_DO = new Set(['do', 'does']);
const NOT = new Set(['not', "n't"]);
/**
 * Types whose act is one of speaking (PLOVER's verbal types: accusing, asking, refusing,
 * threatening). A verb of communication in the simple present reports an act as news, not a
 * habit (Quirk et al. 1985, ch. 4, the simple present with verbs of communication): "the United States,
 * which accuses him of leaking secrets", "the ministry, which denies the report".
 */
const SPOKEN_TYPES: ReadonlySet<string> = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);
/** Modalities of a statement (what someone does or does not do); plans and conditions are left. */
const STATEMENT_MODALITIES = new Set(['asserted', 'negated']);
/** Tags that may modify a bare plural object before its head ("forced or coerced relocations"). */
const BARE_MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'CCONJ', 'VERB', 'PUNCT']);
/** Prepositions after the object that name the party a measure is for or against ("sanctions against Iran"). */
const PARTY_PREPOSITIONS = new Set(['against', 'on', 'to', 'for', 'by', 'from', 'with']);

/**
 * The index of the verb token a simple present stands on: the trigger itself, or "do/does (not)"
 * before it. -1 when the trigger is not a finite verb in the simple present.
 */
function presentSimpleStart(tokens: readonly Token[], at: number): number {
  const verb = tokens[at];
  if (verb.pos !== 'VERB' || !isPresent(verb)) return -1;
  let i = at - 1;
  while (i >= 0 && tokens[i].pos === 'ADV' && !NOT.has(tokens[i].lower)) i--;
  if (i >= 0 && NOT.has(tokens[i].lower)) {
    if (!PRESENT_DO.has(tokens[i - 1]?.lower ?? '')) return -1;
    return i - 1;
  }
  if (i >= 0 && PRESENT_DO.has(tokens[i].lower)) return i;
  // A base form after "to", a modal or another auxiliary is no finite present.
  if (i >= 0 && (tokens[i].lower === 'to' || tokens[i].pos === 'AUX' || tokens[i].pos === 'PART')) return -1;
  // A plain form may be a past that looks the same ("rebels who hit the convoy fled"): only in a
  // sentence with no other verb in a form of its own past or participle.
  if (verb.lower === verb.lemma.toLowerCase() && tokens.some((t, k) => k !== at && isPastLooking(t))) return -1;
  return i + 1;
}

/** A verb or an auxiliary in a form other than the plain, the "-s" or the "-ing" one ("fled", "were", "based"). */
function isPastLooking(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  return !isPresent(t) && !t.lower.endsWith('ing') && !PRESENT_MODALS.has(t.lower);
}
/** Modals and the plain "be", which carry no past. */
const PRESENT_MODALS = new Set(['be', 'can', 'ca', 'may', 'must', 'shall', 'will', "'ll", 'wo', 'should']);

/** Whether a time expression stands in the clause of token `at`. */
function hasTimeInClause(
  tokens: readonly Token[],
  seg: Segmentation,
  at: number,
  times: readonly TimeExpression[],
): boolean {
  const first = tokens[0].span[0];
  const last = tokens[tokens.length - 1].span[1];
  for (const time of times) {
    if (time.span[1] <= first || time.span[0] >= last) continue;
    const k = tokens.findIndex((t) => t.span[1] > time.span[0]);
    if (k >= 0 && seg.clause[k] === seg.clause[at]) return true;
  }
  return false;
}

/**
 * "a historian who consults with ministers", "a trust with which it works closely": the trigger is
 * the simple-present verb of a relative clause on a noun.
 */
function isRelativeVerb(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before) return false;
  const noun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
  if (SUBJECT_RELATIVES.has(before.lower)) {
    const head = tokens[from - 2]?.text === ',' ? tokens[from - 3] : tokens[from - 2];
    // "that" right after a noun with no comma; "who"/"which" after a noun or its comma.
    if (before.lower === 'that') return noun(tokens[from - 2]);
    return noun(head);
  }
  // "with which we work": the relative clause's own subject stands between.
  for (let j = from - 1; j >= 1 && from - j <= RELATIVE_SUBJECT_REACH; j--) {
    if (!RELATIVE_SUBJECT_TAGS.has(tokens[j].pos)) {
      return false;
    }
    if (OBJECT_RELATIVES.has(tokens[j - 1].lower) && tokens[j - 2]?.pos === 'ADP') return true;
  }
  return false;
}

/**
 * The object of a stance verb ending before `end` when it is a bare plural naming no party: the
 * index of its head noun, else -1 ("forced or coerced relocations"; not "the relocations",
 * "Kurdish fighters", "sanctions against Iran").
 */
function bareKindObject(tokens: readonly Token[], end: number): number {
  let j = end;
  // The run stops at a determiner, a number, a possessive or a name, which make the object
  // specific ("the forced evictions", "Kurdish fighters"): no bare head is left before it.
  while (tokens[j] && BARE_MODIFIER_TAGS.has(tokens[j].pos) && tokens[j].text !== ',') j++;
  // The head is the last noun of the run, a plural by its ending.
  const head = j - 1;
  if (head < end || tokens[head].pos !== 'NOUN' || !/[^s]s$/i.test(tokens[head].text)) return -1;
  const next = tokens[j];
  if (next && next.pos === 'PROPN') return -1;
  if (next && PARTY_PREPOSITIONS.has(next.lower) && tokens.slice(j + 1, j + 4).some((t) => t.pos === 'PROPN'))
    return -1;
  return head;
}

/**
 * Whether the event made from candidate `c` characterises rather than tells: null when it tells;
 * else the tokens [from, to) of the kind a stance is about (empty for a relative clause's habit),
 * whose event words are no events either: the bare plural's head and an "including" phrase after
 * it, which lists members of the kind ("relocations, including forcing people to move").
 */
export function characterisingKind(
  c: Candidate,
  event: Event,
  tokens: readonly Token[],
  seg: Segmentation,
  times: readonly TimeExpression[],
): readonly [number, number] | null {
  if (c.nominal || !STATEMENT_MODALITIES.has(event.modality) || event.time !== null) return null;
  if (SPOKEN_TYPES.has(event.type)) return null;
  const from = presentSimpleStart(tokens, c.start);
  if (from < 0 || hasTimeInClause(tokens, seg, c.start, times)) return null;
  if (isRelativeVerb(tokens, from)) return [0, 0];
  if (event.type !== 'SUPPORT' || event.targets.length > 0) return null;
  const head = bareKindObject(tokens, c.end);
  if (head < 0) return null;
  if (tokens[head + 1]?.text !== ',' || tokens[head + 2]?.lower !== INCLUDING) return [head, head + 1];
  let to = head + 3;
  while (to < tokens.length && !PHRASE_ENDS.has(tokens[to].text)) to++;
  return [head, to];
}
const INCLUDING = 'including';
/** Marks that end an "including" phrase: a sentence's or a clause's stop, a dash, a quotation mark. */
const PHRASE_ENDS = new Set(['.', ';', ':', '—', '–', '"', '”', '!', '?']);
