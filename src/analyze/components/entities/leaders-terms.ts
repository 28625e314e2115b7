// "the [Trump] administration", "the [Biden] presidency": a leader's name before the lower-case
// word for the government or the term he or she heads. The tagger reads the name as the
// organisation, taught by the ORG it sees in such phrases; OntoNotes types the name PERSON (the
// administration is no name: lower case, it is the common noun).
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

/** Lower-case words for the government or the term a leader heads. */
const TERM_WORDS: ReadonlySet<string> = new Set(['administration', 'presidency']);

/** A capitalised word with a lower-case letter: a surname, not an acronym ("the UN administration"). */
const NAME_WORD = /^\p{Lu}.*\p{Ll}/u;

/**
 * Retypes as a person an organisation (or an untyped word) of one name-like word written right
 * before such a word in lower case. A place keeps its type ("the Kabul administration").
 */
export function leadersBeforeTerms(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if ((m.type !== 'ORG' && m.type !== null) || m.tok[1] - m.tok[0] !== 1 || !NAME_WORD.test(m.text)) return m;
    const next = doc.tokens[m.tok[1]];
    if (!next || !TERM_WORDS.has(next.text) || doc.text.slice(m.span[1], next.span[0]) !== ' ') return m;
    return { ...m, type: 'PERSON', guessed: false };
  });
}
