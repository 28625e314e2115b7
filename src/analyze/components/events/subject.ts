// The subject of a verb trigger, read from the words before it: walk back over the verb's own
// group ("will not", "has been", "tried to", "also"), skip times and parentheticals, and the noun
// phrase that ends there is the subject. Its point: the nearest name before a verb is often not
// its doer — the speaker of a reporting clause ("Ruto said police arrested ..."), an object of
// an earlier verb ("received an inquiry from the Attorney General and are cooperating"), a name
// inside a clause about something else ("alarmed that the administration ..., is urging").
import type { Token } from '../../doc.js';
import { OPENING_QUOTES, type Segmentation } from './clauses.js';

/** Tags of the words of a verb group before its main verb. */
const GROUP_TAGS = new Set(['AUX', 'PART', 'ADV']);
const NEGATION = new Set(['not', "n't", 'never']);
/** Tags of the words of a noun phrase ("the two Russian-backed militias", "Secretary of State Mike Pompeo"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Words that may stand inside a noun phrase between its nouns. */
const PHRASE_LINKS = new Set(['of', "'s", '’s', "'", '’', '-', '[', ']']);
const NOUNS = new Set(['NOUN', 'PROPN']);
/** Relative pronouns: the subject is the noun phrase before them ("the rebels, who attacked ..."). */
const RELATIVES = new Set(['who', 'which', 'that']);
const COORDINATORS = new Set(['and', 'or']);
/** How many coordinated verbs back the walk follows ("entered, looted and burned"). */
const MAX_COORDINATION = 3;

export interface Subject {
  /** Token range of the subject noun phrase, [start, end). */
  start: number;
  end: number;
}

/**
 * The subject noun phrase of the verb at `at`, or undefined when the words before it do not show
 * one (the verb opens its clause, or the walk meets something it cannot read). `isTime(i)` tells
 * whether token i is part of a time expression ("Russia on Monday attacked").
 */
export function verbSubject(
  tokens: readonly Token[],
  seg: Segmentation,
  at: number,
  isTime: (i: number) => boolean,
): Subject | undefined {
  let clause = seg.clause[at];
  const inClause = (i: number) => i >= 0 && seg.clause[i] === clause;
  let i = at - 1;
  for (let coordinated = 0; coordinated <= MAX_COORDINATION; coordinated++) {
    i = skipGroup(tokens, inClause, i, isTime);
    if (!inClause(i)) return undefined;
    const w = tokens[i].lower;
    if (tokens[i].text === ',') {
      // A participle after a comma ("President Tokayev said, defending ..."): its subject is the
      // main clause's, which the comma hides.
      let next = i + 1;
      while (tokens[next]?.pos === 'ADV') next++;
      if (tokens[next]?.pos === 'VERB' && /ing$/i.test(tokens[next].text)) return undefined;
      // A parenthetical between subject and verb ("Police, using tear gas, dispersed"; "Patrick
      // Carlineo, 55, of Addison, a village near Ithaca, pleaded"): the subject is the noun
      // phrase that fills the clause up to one of its commas, the first such; else the phrase
      // before the comma that opens the last parenthetical.
      const opening = openingPhrase(tokens, inClause, i);
      if (opening) return opening;
      let open = i - 1;
      while (inClause(open) && tokens[open].text !== ',') open--;
      if (!inClause(open)) return undefined;
      i = open - 1;
      if (!inClause(i)) return undefined;
    } else if (RELATIVES.has(w) && tokens[i].pos !== 'DET') {
      i--;
      if (inClause(i) && tokens[i].text === ',') i--;
      if (!inClause(i)) return undefined;
    } else if (COORDINATORS.has(w)) {
      // A verb coordinated with an earlier one shares its subject: continue from the clause's
      // first verb ("has apologised to farmers for earthquakes caused by ... and pledged"). After
      // ", and" the earlier verb is in the clause before ("After the Dems decided to ..., and
      // attacked"): continue from that clause's first verb.
      if (tokens[i - 1]?.text === ',' && i >= 2 && seg.clause[i - 2] !== clause) clause = seg.clause[i - 2];
      let v = i - 1;
      while (inClause(v - 1)) v--;
      // The coordinator opens its clause ("And then attacked ..."): no earlier verb to share with.
      if (!inClause(v)) return undefined;
      while (v < i && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') v++;
      if (v >= i) return undefined;
      i = v - 1;
      continue;
    }
    return phraseEndingAt(tokens, inClause, i);
  }
  return undefined;
}

/** Index of the first token before `i` (inclusive) that is not part of the verb group or a time. */
function skipGroup(
  tokens: readonly Token[],
  inClause: (i: number) => boolean,
  from: number,
  isTime: (i: number) => boolean,
): number {
  let i = from;
  while (inClause(i)) {
    const t = tokens[i];
    const w = t.lower;
    // An opening quote mark right before the verb: a quoted fragment that continues the verb group
    // ("they weren't “asking for the moon”").
    if (GROUP_TAGS.has(t.pos) || NEGATION.has(w) || w === 'to' || (i === from && OPENING_QUOTES.has(w))) i--;
    // A verb or adjective that takes the next verb as its complement: "tried to seize", "began
    // shelling", "is ready to send", "likely to reject".
    else if (
      (t.pos === 'VERB' || t.pos === 'ADJ') &&
      (word(tokens, i + 1) === 'to' || (i === from && t.pos === 'VERB'))
    )
      i--;
    else if (isTime(i)) {
      // "on Monday", "last week": the time and the preposition before it.
      while (inClause(i) && isTime(i)) i--;
      if (inClause(i) && tokens[i].pos === 'ADP') i--;
    } else break;
  }
  return i;
}

/** The noun phrase ending at token i, or undefined when i does not end one. */
function phraseEndingAt(tokens: readonly Token[], inClause: (i: number) => boolean, i: number): Subject | undefined {
  if (!PHRASE_TAGS.has(tokens[i].pos) || tokens[i].pos === 'DET') return undefined;
  let start = phraseStart(tokens, inClause, i);
  // Coordinated subjects ("the Ethiopian government and Tigrayan forces", "Chad, Niger and Mali"):
  // the whole coordination, whose first named member is the actor (roles.ts).
  let coordinated = false;
  for (;;) {
    const link = tokens[start - 1]?.lower;
    const joins = link === 'and' || (link === ',' && coordinated);
    if (!inClause(start - 2) || !joins || !PHRASE_TAGS.has(tokens[start - 2].pos)) break;
    coordinated = true;
    start = phraseStart(tokens, inClause, start - 2);
  }
  return { start, end: i + 1 };
}

/** The first comma-closed stretch of the clause, before token `to`, that is one noun phrase. */
function openingPhrase(tokens: readonly Token[], inClause: (i: number) => boolean, to: number): Subject | undefined {
  let boundary = to;
  while (inClause(boundary - 1)) boundary--;
  for (let c = boundary + 1; c < to; c++) {
    if (tokens[c].text !== ',') continue;
    const phrase = phraseEndingAt(tokens, inClause, c - 1);
    if (phrase && phrase.start === boundary) return phrase;
    boundary = c + 1;
  }
  return undefined;
}

/** Tags of words that cannot modify a personal pronoun before it ("on Friday it would", not "Friday it"). */
const NOT_PRONOUN_MODIFIERS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

function phraseStart(tokens: readonly Token[], inClause: (i: number) => boolean, end: number): number {
  // A personal pronoun takes no modifier before it: a noun before it ends another phrase ("said
  // on Friday it would", "told reporters they would").
  if (
    tokens[end].pos === 'PRON' &&
    !POSSESSIVES.has(tokens[end].lower) &&
    NOT_PRONOUN_MODIFIERS.has(tokens[end - 1]?.pos ?? '')
  )
    return end;
  let start = end;
  while (
    inClause(start - 1) &&
    (PHRASE_TAGS.has(tokens[start - 1].pos) ||
      tokens[start - 1].pos === 'SYM' ||
      // wink tags some adjectives as adverbs ("Japan's new/ADV prime minister").
      (tokens[start - 1].pos === 'ADV' && tokens[start].pos === 'ADJ') ||
      PHRASE_LINKS.has(tokens[start - 1].lower) ||
      // A prepositional phrase after a noun: "China's ambassador to Britain", "officers from the police".
      // Not "for": "an opening for moderates to attack" has "moderates" as the subject.
      (tokens[start - 1].pos === 'ADP' &&
        tokens[start - 1].lower !== 'for' &&
        NOUNS.has(tokens[start - 2]?.pos ?? ''))) &&
    // A personal pronoun is a phrase of its own ("he", "they"), a possessive opens one ("their forces").
    !(tokens[start - 1].pos === 'PRON' && !POSSESSIVES.has(tokens[start - 1].lower))
  )
    start--;
  return start;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

const word = (tokens: readonly Token[], i: number) => (i >= 0 && i < tokens.length ? tokens[i].lower : '');
