// "[USB] 3.2 type C ones", "the pan-European [STOXX] 600 index", "[AirPods] 2 dropped", "[DMEXCO]
// 2018 in Köln": a name written right before a plain number that goes on into the sentence is a
// product's, a standard's, an index's or an event's name with its version, model or year, none of
// the entity types; the tagger reads its word as an organisation. A count after the number is no
// version ("fined Facebook 5 billion", "gave Google 30 days", "Dallas 24 to 17").
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

/** A plain number: digits, with a decimal part ("3.2") or none. */
const PLAIN_NUMBER = /^\p{Nd}+(?:\.\p{Nd}+)?$/u;
/** A word: starts with a letter. */
const WORD = /^\p{L}/u;

/** Whether the token counts what the number before it numbers: a plural noun, a number word ("billion"), or a score's or range's "to". */
function counted(t: Doc['tokens'][number]): boolean {
  return t.pos === 'NUM' || (t.pos === 'NOUN' && t.lemma !== t.lower) || t.lower === 'to';
}

/** Whether an organisation mention is the start of a versioned product's or event's name (see above). */
export function beforeVersion(doc: Doc, m: Mention): boolean {
  if (m.type !== 'ORG') return false;
  const t = doc.tokens;
  const number = t[m.tok[1]];
  const after = t[m.tok[1] + 1];
  if (!after || after.sentence !== t[m.tok[1] - 1].sentence) return false;
  if (doc.text.slice(m.span[1], number.span[0]) !== ' ' || doc.text.slice(number.span[1], after.span[0]) !== ' ')
    return false;
  return PLAIN_NUMBER.test(number.text) && WORD.test(after.text) && !counted(after);
}
