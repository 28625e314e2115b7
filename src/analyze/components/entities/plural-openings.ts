// "former House of [Representatives Speaker], Benjamin Nzeribe", "the House of [Representatives
// Rt]. Hon. B. U. Nzeribe": the tagger reads the plural noun that ends an institution's "X of Ys"
// name ("House of Representatives", "Chamber of Deputies", "Council of Ministers") as a given name
// and the title after it as a surname. A person's name does not open with a plural of an English
// word (wink's lexicon) right after "of" and a capitalised word: that word ends the name before it.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { isGivenName } from '../../../text/given-names.js';
import { isCapitalised } from '../../../text/letters.js';
import { isLexiconWord } from '../tokens.js';

/** A capitalised word in the plural: "Representatives", "Deputies". */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** Whether the token at `k` is the plural noun of an "X of Ys" name: after "of" and a capitalised word. */
function endsOfName(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const word = t[k];
  if (k < 2 || t[k - 1].lower !== 'of' || t[k - 2].sentence !== word.sentence) return false;
  if (!isCapitalised(t[k - 2].text) || !CAPITALISED_PLURAL.test(word.text) || isGivenName(word.lower)) return false;
  // The singular an English word: "representative", "deputy" ("Deputies" -> "deputy").
  const low = word.lower;
  return isLexiconWord(low.slice(0, -1)) || (low.endsWith('ies') && isLexiconWord(`${low.slice(0, -3)}y`));
}

/**
 * Takes such a plural off the person mentions it opens. What is left stays a person only where it
 * opens with a given name ("House of [Representatives Nancy Pelosi]" -> "Nancy Pelosi"); a title
 * left alone ("Speaker", "Rt") is dropped.
 */
export function dropPluralOpenings(doc: Doc, mentions: Mention[]): Mention[] {
  const t = doc.tokens;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !endsOfName(doc, m.tok[0])) {
      out.push(m);
      continue;
    }
    const from = m.tok[0] + 1;
    if (from >= m.tok[1] || !isGivenName(t[from].lower)) continue;
    const span: [number, number] = [t[from].span[0], m.span[1]];
    out.push({ ...m, tok: [from, m.tok[1]], span, text: doc.text.slice(span[0], span[1]) });
  }
  return out;
}
