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
  !asciiNonCapital(text.charCodeAt(0)) &&
  CAPITALS.test(text) &&
  isNonNounWord(text.toLowerCase()) &&
  knownPlaces(text).length === 0;

/** Whether a first character fails CAPITALS without the regex (ASCII other than A-Z): most tokens, asked per token. */
const asciiNonCapital = (c: number) => c < 0x80 && (c < 65 || c > 90);

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

/** A word in capitals read as a name by the tagger and no acronym of a body ("WORK", "SUPER"). */
const EMPHASIS_CANDIDATE = /^\p{Lu}{3,}$/u;
/** Parts of speech a word has in a slot no name fills: a verb's, an adverb's, an adjective's. */
const NO_NAME_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'ADJ']);

/**
 * Drops a word in capitals that its sentence, read with the word in lower case, uses as a verb, an
 * adverb or an adjective ("They WILL NOT WORK with other carriers"), or as a degree word: after a
 * form of "be" and before an adjective that ends the phrase ("it is SUPER easy to"). Capitals
 * there are emphasis: an organisation's acronym is a noun ("the WHO said", "ICE agents"). Only a
 * lone English word the gazetteer does not know as a place, and not where the document writes the
 * same word as a name in a sentence that reads it as a noun; inside a clause only, between words,
 * or opening the sentence before an article as a verb told to do ("VISIT the Horse Show").
 */
export function dropEmphasisedWords(doc: Doc, mentions: Mention[]): Mention[] {
  const emphasised = new Set<Mention>();
  const nouns = new Set<string>();
  for (const m of mentions) {
    // A word the document already writes as a name in a sentence that reads it as a noun stays
    // wherever it stands (the filter below): its later mentions need no reading of their sentences.
    if (m.tok[1] - m.tok[0] !== 1 || m.type === 'GPE' || m.type === 'LOC' || nouns.has(m.text)) continue;
    if (!EMPHASIS_CANDIDATE.test(m.text) || !isLexiconWord(m.text) || knownPlaces(m.text).length > 0) continue;
    if (emphasisIn(doc, m.tok[0])) emphasised.add(m);
    else nouns.add(m.text);
  }
  if (emphasised.size === 0) return mentions;
  return mentions.filter((m) => !emphasised.has(m) || nouns.has(m.text));
}

/** Whether token `at`, read in lower case in its sentence (as its other English words in capitals), is a verb, adverb or adjective, or a degree word. */
function emphasisIn(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  const sentence = doc.sentences[t[at].sentence];
  const [first, end] = sentence.tokens;
  // Inside a clause: a word before it and a word in lower case after it ("SAFE, a charity" and
  // "said SAFE." may name a body); or opening the sentence before an article, as an imperative
  // ("VISIT the Pennsylvania National Horse Show").
  if (at === first) return at + 1 < end && ARTICLES.has(t[at + 1].text) && isImperativeVerb(t[at].lower);
  if (!WORD.test(t[at - 1].text) || at + 1 >= end) return false;
  if (!WORD.test(t[at + 1].text) || t[at + 1].lower !== t[at + 1].text) return false;
  // Every English word in capitals lower-cased: emphasis runs over several ("WILL NOT WORK").
  let text = '';
  let from = sentence.span[0];
  for (let i = first; i < end; i++) {
    if (i !== at && !(CAPITALS.test(t[i].text) && isLexiconWord(t[i].text))) continue;
    text += doc.text.slice(from, t[i].span[0]) + t[i].lower;
    from = t[i].span[1];
  }
  text += doc.text.slice(from, sentence.span[1]);
  const [tags, words] = readWink(text, (d) => [d.tokens().out(its.pos), d.tokens().out()] as const);
  // The sentence read alone must split as the document did.
  if (tags.length !== end - first || words[at - first] !== t[at].lower) return false;
  const k = at - first;
  if (NO_NAME_TAGS.has(tags[k])) return true;
  return (
    BE_FORMS.has(t[at - 1]?.lower ?? '') &&
    tags[k + 1] === 'ADJ' &&
    t[at + 1]?.lower === t[at + 1].text &&
    tags[k + 2] !== 'NOUN'
  );
}

/** Whether wink reads the lower-case word as a verb when told to do it ("please visit the place"); the sentence read alone tags a first word without a subject as a noun. */
const isImperativeVerb = boundedMemo(
  (low) => readWink(`please ${low} the place`, (d) => d.tokens().itemAt(1).out(its.pos)) === 'VERB',
  10_000,
);

const WORD = /^\p{L}+$/u;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);
