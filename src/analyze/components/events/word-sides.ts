// An event's sides named by words and no entity ("Police fired tear gas", "local residents
// protested", "the de facto authorities detained"): a subject or object noun phrase whose head is
// a noun for a person or a group of people (models/agent-nouns.txt, from WordNet 3.1's
// person.n.01, social_group.n.01 and people.n.01; scripts/build-agent-nouns.mjs) with no entity
// in it. The words are the phrase without its determiner and without what follows its head ("Police
// in Leeds" gives "Police"), as a quote's speaker may be words alone. Pronouns, possessives and
// "the two sides" refer back (roles.ts) and are not read here; place nouns are not in the list.
import type { TextSpan } from '../../../record/types.js';
import type { Doc, Token } from '../../doc.js';
import { modelWordList } from '../../resources/model-lists.js';

const agentNouns = modelWordList('agent-nouns.txt');

/** Words that join conjuncts of a subject ("Parents and teachers"). */
const COORDINATION = new Set(['and', ',', '&', 'or']);
/** Tags that end the head part of a phrase: its prepositional phrases and relative clauses follow. */
const AFTER_HEAD = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PUNCT']);
const NOUNS = new Set(['NOUN', 'PROPN']);
/** Tags of the words a side's phrase may hold before its head: modifiers, numbers, a possessive ("the city's police"). */
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Whether a token is a noun for a person or group: its word or lemma listed `frequent` (one of its
 * two most frequent WordNet senses is one), or listed `plural` and written as a plural ("forces").
 * The word less its -s stands for the lemma too: the tagger takes a capitalised plural for a name
 * ("Parents and teachers will march") and spells some lemmas its own way ("councillors" ->
 * "councilor", where WordNet has both).
 */
function isAgentNoun(t: Token): boolean {
  const nouns = agentNouns();
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  for (const w of new Set([t.lower, t.lemma.toLowerCase(), singular])) {
    if (nouns.has(`${w}\tfrequent`)) return true;
    if (w !== t.lower && nouns.has(`${w}\tplural`)) return true;
  }
  return false;
}

/** A span of tokens [start, end) of a sentence. */
export interface TokenRange {
  start: number;
  end: number;
}

/**
 * The words of each conjunct of the phrase at tokens [start, end) that is headed by a noun for a
 * person or group and holds no entity (`named(i)` tells whether token i is part of one). Empty
 * when a conjunct holds a pronoun or an entity: then the phrase is read by roles.ts, not here.
 */
export function sideWords(
  doc: Doc,
  tokens: readonly Token[],
  phrase: TokenRange,
  named: (i: number) => boolean,
): TextSpan[] {
  const out: TextSpan[] = [];
  let from = phrase.start;
  for (let i = phrase.start; i <= phrase.end; i++) {
    if (i < phrase.end && !COORDINATION.has(tokens[i].lower)) continue;
    const words = conjunctWords(doc, tokens, from, i, named);
    if (words === null) return [];
    if (words) out.push(words);
    from = i + 1;
  }
  return out;
}

/** One conjunct's words, undefined when it names no person or group, null when it refers or names an entity. */
function conjunctWords(
  doc: Doc,
  tokens: readonly Token[],
  start: number,
  end: number,
  named: (i: number) => boolean,
): TextSpan | undefined | null {
  let head = start;
  while (head < end && !AFTER_HEAD.has(tokens[head].pos) && tokens[head].lower !== 'of') head++;
  let first = start;
  while (first < head && tokens[first].pos === 'DET') first++;
  if (first >= head) return undefined;
  for (let i = first; i < head; i++) {
    if (named(i) || tokens[i].pos === 'PRON') return null;
    if (!MODIFIER_TAGS.has(tokens[i].pos)) return undefined;
    // A capitalised word inside a sentence that no entity holds is a name the tagger missed or a
    // headline's capitals ("Super PACs Target Latino Voters"), not a common noun phrase.
    if (tokens[i].pos === 'PROPN' && i > 0) return undefined;
  }
  const last = tokens[head - 1];
  if (!NOUNS.has(last.pos) || !isAgentNoun(last)) return undefined;
  const span = [tokens[first].span[0], last.span[1]] as const;
  return { text: doc.text.slice(span[0], span[1]), span };
}

/** Tags of the words of an object noun phrase after a verb ("three local men"). */
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Prepositions after which a verb's object is the one it is directed at ("fired tear gas at traders"). */
const DIRECTED = new Set(['at', 'on', 'against']);

/** The noun phrase starting at token `start`, as a range, or undefined when none starts there. */
export function phraseAt(tokens: readonly Token[], start: number): TokenRange | undefined {
  let stop = start;
  while (stop < tokens.length && OBJECT_TAGS.has(tokens[stop].pos)) stop++;
  return stop > start ? { start, end: stop } : undefined;
}

/**
 * The phrases a verb trigger ending at token `end` is directed at: its object, and the phrase
 * after "at", "on" or "against" right after the trigger or its object ("fired tear gas at traders").
 */
export function objectsAfter(tokens: readonly Token[], end: number): TokenRange[] {
  const object = phraseAt(tokens, end);
  const next = object ? object.end : end;
  const directed = DIRECTED.has(tokens[next]?.lower ?? '') ? phraseAt(tokens, next + 1) : undefined;
  return [object, directed].filter((p): p is TokenRange => !!p);
}
