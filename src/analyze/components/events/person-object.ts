// Whether what a trigger acts on is a person: "captured two journalists", "the capture of the rebel
// leader", "captured Abu Bakr", or in a passive "three aid workers were captured". A person is a
// noun whose most frequent sense is a kind of person (WordNet's noun.person, models/role-nouns.txt,
// as the entity rules read it), a name that opens with a given name, or a personal pronoun.
import type { Token } from '../../doc.js';
import { isGivenName } from '../../../text/given-names.js';
import { roleNouns } from '../entities/role-words.js';

/** Object pronouns that stand for people ("them" is as often towns or weapons). */
const PERSON_PRONOUNS = new Set(['him', 'her', 'me', 'us']);
/** Words that may stand between a verb and its object's head: "two", "the", "his", "local". */
const MODIFIER_TAGS = new Set(['DET', 'NUM', 'ADJ']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

function isPersonNoun(t: Token): boolean {
  const nouns = roleNouns();
  return nouns.has(t.lemma.toLowerCase()) || nouns.has(t.lower);
}

/**
 * The object after the trigger ending at `end` (tokens `end` to `to`): after a noun trigger, its
 * object follows "of". The head of a run of nouns is its last ("the rebel leader").
 */
function personAfter(tokens: readonly Token[], nominal: boolean, end: number, to: number): boolean {
  let j = end;
  if (nominal && tokens[j]?.lower === 'of') j++;
  if (tokens[j] && PERSON_PRONOUNS.has(tokens[j].lower)) return true;
  while (j < to && tokens[j] && (MODIFIER_TAGS.has(tokens[j].pos) || POSSESSIVES.has(tokens[j].lower))) j++;
  const first = tokens[j];
  if (!first || !NOUN_TAGS.has(first.pos)) return false;
  if (first.pos === 'PROPN' && first.text !== first.lower && isGivenName(first.lower)) return true;
  while (j + 1 < tokens.length && NOUN_TAGS.has(tokens[j + 1].pos) && tokens[j + 1].pos === tokens[j].pos) j++;
  return tokens[j].pos === 'NOUN' && isPersonNoun(tokens[j]);
}

/** In a passive ("aid workers were captured"), the noun right before the auxiliary. */
function personBeforePassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.pos !== 'AUX') return false;
  const before = tokens[k - 1];
  return !!before && before.pos === 'NOUN' && isPersonNoun(before);
}

/** Whether the trigger tokens [i, end) act on a person, within the object window ending at `to`. */
export function actsOnPerson(tokens: readonly Token[], i: number, end: number, to: number): boolean {
  const nominal = NOUN_TAGS.has(tokens[i].pos);
  return personAfter(tokens, nominal, end, to) || (!nominal && personBeforePassive(tokens, i));
}
