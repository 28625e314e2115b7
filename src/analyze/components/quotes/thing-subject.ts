// A thing says nothing: "the Master Builder sets emphasize playability", "the keyboard feels
// sturdy", "the battery can maintain ...". A person, a group, a message ("the report says"), a
// study or a place standing for its government can be a source; a device, a food or a body part
// cannot. The nouns are WordNet's that name only things (models/thing-nouns.txt, written by
// scripts/build-thing-nouns.mjs from WordNet 3.1): not "office" (also a group), "newspaper" (also
// a message) or "site" (also a web site).
import type { Token } from '../../doc.js';
import { modelWordList } from '../../resources/model-lists.js';

const thingNouns = modelWordList('thing-nouns.txt');

/**
 * Verbs of showing, which a picture, a map or a recording does ("The footage shows police ...",
 * "a photo reveals"): PolNeAR marks them as evidence, whatever shows.
 */
const SHOWING_LEMMAS: ReadonlySet<string> = new Set([
  'show',
  'reveal',
  'indicate',
  'suggest',
  'demonstrate',
  'prove',
  'depict',
  'display',
  'confirm',
  'signal',
  'imply',
  'record',
  'read',
]);

/** Words that open a relative clause inside a phrase, whose subject follows them. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'whom', 'whose', 'where', 'when']);

/** Words that end a noun phrase's head part: a preposition or a relative ("the man in the car", "keys that"). */
const HEAD_STOP_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'PUNCT', 'SCONJ', 'VERB', 'AUX']);

/**
 * Whether the phrase tokens[a..b) that a cue with lemma `cueLemma` takes as its speaker is a
 * common noun phrase whose head (its last word before a preposition, relative or comma) names
 * only a thing; never for a verb of showing.
 */
export function thingAsSpeaker(tokens: readonly Token[], [a, b]: [number, number], cueLemma: string): boolean {
  if (SHOWING_LEMMAS.has(cueLemma)) return false;
  // "billboards in which people say": the relative clause's own subject speaks.
  let from = a;
  for (let k = b - 2; k > a && from === a; k--) if (RELATIVE_WORDS.has(tokens[k].lower)) from = k + 1;
  let end = from;
  while (end < b && !(end > from && HEAD_STOP_POS.has(tokens[end].pos))) end++;
  const head = tokens[end - 1];
  return head.pos === 'NOUN' && thingNouns().has(head.lemma.toLowerCase());
}
