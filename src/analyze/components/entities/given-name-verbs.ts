// "Denver signed [Peyton] Manning": wink tags a surname that is also an English verb ("Manning",
// "Lynch") as a verb, so the capitalised run stops before it and the tagger's span holds the
// given name alone (issue 13, h380). Mid-sentence only a name's word is capitalised: a one-word
// span that is a given name the lists know, followed in its sentence, after a space, by a
// capitalised word of letters that wink tags as a verb, is that person's whole name. Not in a
// headline in title case, where every verb is capitalised ("Alice Wins Award"); not when a
// determiner, pronoun or number follows, the verb's object ("Jordan Leading the charge"); not
// before another capitalised word (a longer run the rules read); not a title's word, the head of
// a place's, facility's or body's name, nor of a law's, plan's or event's ("the Logan Act").
import type { Doc } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import { isGivenName } from '../../../text/given-names.js';
import { isCapitalised } from '../../../text/letters.js';
import { FAC_CUES, LOC_CUES, NON_ENTITY_HEADS, ORG_CUES, PERSON_TITLES } from './lexicon.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Parts of speech of the word after a verb that make it the verb's object. */
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM']);
const NOT_SURNAMES: readonly ReadonlySet<string>[] = [PERSON_TITLES, LOC_CUES, FAC_CUES, ORG_CUES, NON_ENTITY_HEADS];

/** The tagger's one-word given names grown to the verb-tagged surname after them, typed PERSON. */
export function givenNameVerbSurnames(
  doc: Doc,
  tagged: readonly TaggedSpan[],
  titleCase: readonly boolean[],
): TaggedSpan[] {
  const t = doc.tokens;
  return tagged.map((span) => {
    const [from, to] = span.tok;
    if (to - from !== 1 || span.type === 'NORP' || span.type === 'FAC') return span;
    const [given, surname, after] = [t[from], t[to], t[to + 1]];
    if (!surname || surname.sentence !== given.sentence || titleCase[given.sentence]) return span;
    if (!NAME_WORD.test(given.text) || !isGivenName(given.lower)) return span;
    if (surname.pos !== 'VERB' || !NAME_WORD.test(surname.text) || given.span[1] >= surname.span[0]) return span;
    if (NOT_SURNAMES.some((list) => list.has(surname.lower))) return span;
    if (tagged.some((s) => s.tok[0] === to)) return span;
    if (after && after.sentence === surname.sentence && (isCapitalised(after.text) || OBJECT_POS.has(after.pos)))
      return span;
    return { tok: [from, to + 1], type: 'PERSON' };
  });
}
