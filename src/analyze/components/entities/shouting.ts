// Words in capitals for emphasis ("KIND OF SCARY", "GET OUT and VOTE") are no acronyms. A
// sentence shouts when it holds at least two words in capitals that are ordinary English words
// other than nouns ("OF", "OUT", "SCARY", "GREAT"): an acronym spells no preposition or adjective.
// In such a sentence a capitalised word whose lower case is an English word is read as shouted,
// not as an organisation, unless the document writes it as a name in a sentence that does not shout.
// One such word is not enough: "WHO and UNICEF" holds the pronoun "who".
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isLexiconWord } from '../tokens.js';
import { its, readWink } from '../../resources/wink.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { boundedMemo } from '../../../text/bounded-memo.js';

/** Words in capitals of this kind a sentence needs to shout. */
const MIN_SHOUTED_WORDS = 2;
const CAPITALS = /^\p{Lu}{2,}$/u;
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Whether a lower-case lexicon word is read as anything but a noun in a neutral slot ("of", "scary"). */
const isNonNounWord = boundedMemo(
  (low) =>
    isLexiconWord(low) &&
    !NOUN_TAGS.has(readWink(`they said the ${low} was there`, (d) => d.tokens().itemAt(3).out(its.pos))),
  // Bounded: every word in capitals a long-running process meets is asked about.
  10_000,
);

/** A word in capitals that emphasis explains: an English word not known as a place ("US", "IN" are). */
const emphaticWord = (text: string) =>
  CAPITALS.test(text) && isNonNounWord(text.toLowerCase()) && knownPlaces(text).length === 0;

/** The sentences (by index) that shout. */
export function shoutingSentences(doc: Doc): Set<number> {
  const counts = new Map<number, number>();
  for (const t of doc.tokens) if (emphaticWord(t.text)) counts.set(t.sentence, (counts.get(t.sentence) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_SHOUTED_WORDS).map(([s]) => s));
}

/**
 * Drops the organisations that are English words shouted ("KIND", "VOTE"), unless the same
 * word is an organisation in a sentence that does not shout.
 */
export function dropShoutedWords(doc: Doc, mentions: Mention[]): Mention[] {
  const shouting = shoutingSentences(doc);
  if (shouting.size === 0) return mentions;
  const sentenceOf = (m: Mention) => doc.tokens[m.tok[0]].sentence;
  const shouted = (m: Mention) =>
    m.type === 'ORG' && CAPITALS.test(m.text) && shouting.has(sentenceOf(m)) && isLexiconWord(m.text);
  const named = new Set(mentions.filter((m) => m.type === 'ORG' && !shouting.has(sentenceOf(m))).map((m) => m.text));
  return mentions.filter((m) => !shouted(m) || named.has(m.text));
}
