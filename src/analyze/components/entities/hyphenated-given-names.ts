// "according to [Sui-Lee] Wee of the New York Times": a hyphenated given name (common in romanised
// Chinese and Korean names) reads to the tagger like a hyphenated place ("Winston-Salem") and it
// leaves the surname after it out. A tagged place that is one word of two hyphen-joined
// capitalised parts, one of them a given name, unknown to the gazetteer, and followed by one more
// capitalised word that ends the name and is no place or head word of an institution's name, is
// that person's whole name. The same holds where the tagger did read a person but stopped inside
// the hyphenated given name or right after it ("[Jean]-Julien Rojer", "[Jean-Claude] Juncker"):
// the person takes the surname (audit round 31).
import type { Doc, Token } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { isGivenName } from '../../../text/given-names.js';
import { isCapitalised } from '../../../text/letters.js';
import { FAC_CUES, LOC_CUES, ORG_CUES } from './lexicon.js';

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐']);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether tokens a and a + 2 are joined by a hyphen written without spaces, in one sentence. */
const hyphenJoined = (t: readonly Token[], a: number) =>
  a >= 0 &&
  a + 2 < t.length &&
  HYPHENS.has(t[a + 1].text) &&
  t[a].span[1] === t[a + 1].span[0] &&
  t[a + 1].span[1] === t[a + 2].span[0] &&
  t[a].sentence === t[a + 2].sentence;

/**
 * The tagger's places retyped as people, and its people cut before the surname grown to it, where
 * they are a hyphenated given name before its surname.
 */
export function hyphenatedGivenNames(doc: Doc, tagged: readonly TaggedSpan[]): TaggedSpan[] {
  const t = doc.tokens;
  return tagged.map((span) => {
    if (span.type !== 'GPE' && span.type !== 'LOC' && span.type !== 'PERSON') return span;
    let [from, to] = span.tok;
    while (hyphenJoined(t, from - 2)) from -= 2;
    while (hyphenJoined(t, to - 1)) to += 2;
    if (to - from !== 3 || !hyphenJoined(t, from)) return span;
    const [first, second, surname, after] = [t[from], t[from + 2], t[to], t[to + 1]];
    if (!NAME_WORD.test(first.text) || !NAME_WORD.test(second.text)) return span;
    if (!isGivenName(first.lower) && !isGivenName(second.lower)) return span;
    if (!surname || surname.sentence !== first.sentence || second.span[1] + 1 !== surname.span[0]) return span;
    if (!NAME_WORD.test(surname.text) || ORG_CUES.has(surname.lower) || LOC_CUES.has(surname.lower)) return span;
    if (FAC_CUES.has(surname.lower) || knownPlaces(surname.text).length > 0) return span;
    if (after && after.sentence === surname.sentence && isCapitalised(after.text)) return span;
    if (knownPlaces(doc.text.slice(first.span[0], second.span[1])).length > 0) return span;
    return { tok: [from, to + 1], type: 'PERSON' };
  });
}
