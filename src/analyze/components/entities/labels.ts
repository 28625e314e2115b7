// Capitalised words that label a thing rather than name one. A number's ordinal word is no name
// alone, however it is written ("Denmark (Group D): Ninth appearance", a column or a list opening
// with it). Nor is a tournament's group or pool, lettered ("Italy (Group J)", "topped Pool B"):
// a part of an event, none of the entity types.
import { ORDINAL_WORDS } from '../ordinals.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

/** English ordinal number words, first to ninety-ninth and hundredth, lower case. */
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/** Words that, before one capital letter, label a tournament's group ("Group C", "Pool B"). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'pool']);

/** A mention that is an ordinal number word alone ("Ninth"). */
export const isOrdinalWord = (m: Mention) => !m.text.includes(' ') && ORDINALS.has(m.text.toLowerCase());

/** A mention that is a tournament's lettered group ("Group C"), or its word with the letter left out ("to win [Group] D."). */
export function isLetteredGroup(doc: Doc, m: Mention): boolean {
  const words = m.text.split(' ');
  if (words.length === 2) return GROUP_WORDS.has(words[0].toLowerCase()) && /^\p{Lu}$/u.test(words[1]);
  const next = doc.tokens[m.tok[1]];
  return (
    words.length === 1 &&
    GROUP_WORDS.has(m.text.toLowerCase()) &&
    next !== undefined &&
    next.span[0] === m.span[1] + 1 &&
    /^\p{Lu}\.?$/u.test(next.text)
  );
}
