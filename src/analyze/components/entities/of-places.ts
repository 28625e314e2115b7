// "troops on the [Line] of Control", "tankers in the Strait of [Hormuz]": the tagger may stop a
// place's name at its "of", keeping one side. Which names of places hold "of" comes from WordNet
// (models/of-place-names.txt, written by scripts/build-of-place-names.mjs: proper names every sense
// of which is a location, a geological formation or a body of water), not from a hand list; the
// gazetteer's own such names (countries, regions) are found by the caller's lookup first.
import type { Doc } from '../../doc.js';
import { newMention, type Mention } from './classify.js';
import { isCapitalised } from '../../../text/letters.js';
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import type { EntityType } from '../../../record/types.js';

const ofPlaceNames = modelWordList('of-place-names.txt');

/** Words a listed name holds in lower case ("Isle of Man", "Bay of the Bengal"); its other words are capitalised. */
const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and']);

/** Most words a listed name has (WordNet's longest: "Democratic Republic of Sao Tome and Principe"). */
const MAX_WORDS = 8;

/**
 * The whole listed place name that holds the tokens [from, to) and reaches past them across an
 * "of", written as a name (its first and last words and every word but "of", "the", "and"
 * capitalised) within the sentence; the longest such, or undefined.
 */
export function ofPlaceSpan(doc: Doc, [from, to]: [number, number]): [number, number] | undefined {
  const t = doc.tokens;
  const [s0, s1] = doc.sentences[t[from].sentence].tokens;
  // Every span tried lies within MAX_WORDS of the mention; most mentions have no "of" that near.
  const [lo, hi] = [Math.max(s0, to - MAX_WORDS), Math.min(s1, from + MAX_WORDS)];
  if (!t.slice(lo, hi).some((x) => x.text === 'of')) return undefined;
  const nameWord = (k: number) => isCapitalised(t[k].text) || LINK_WORDS.has(t[k].text);
  let best: [number, number] | undefined;
  for (let a = from; a >= lo; a--) {
    if (!nameWord(a)) break;
    if (!isCapitalised(t[a].text)) continue;
    for (let b = Math.min(s1, a + MAX_WORDS); b > to || (b === to && a < from); b--) {
      if (best && b - a <= best[1] - best[0]) break;
      let ok = isCapitalised(t[b - 1].text);
      let of = false;
      for (let k = a; ok && k < b; k++) {
        ok = nameWord(k);
        if (t[k].text === 'of') of = true;
      }
      if (!ok || !of) continue;
      const text = doc.text
        .slice(t[a].span[0], t[b - 1].span[1])
        .toLowerCase()
        .replace(/\s+/g, ' ');
      if (ofPlaceNames().has(text)) best = [a, b];
    }
  }
  return best;
}

/** A listed name's type: a political place where the gazetteer knows it ("Isle of Man"), else a location. */
const placeType = (text: string): EntityType => (knownPlaces(text).length > 0 ? 'GPE' : 'LOC');

/** The types a listed name's piece may have been given: a place, or a misread organisation or person. */
const PIECE_TYPES: ReadonlySet<EntityType | null> = new Set<EntityType | null>([
  'GPE',
  'LOC',
  'ORG',
  'PERSON',
  'FAC',
  null,
]);

/**
 * Makes whole the place names that hold "of" and that the rules or the tagger cut at it ("[Line]
 * of Control" -> "Line of Control", LOC), dropping the pieces inside; a whole listed name read as
 * an organisation or a person becomes a place ("the Strait of Hormuz", which the tagger reads as a
 * body). A name that another mention crosses is left as it is.
 */
export function ofPlacesWhole(doc: Doc, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (!PIECE_TYPES.has(m.type)) continue;
    const whole = ofPlaceSpan(doc, m.tok);
    if (!whole) {
      const text = m.text.toLowerCase().replace(/\s+/g, ' ');
      if (m.type !== 'GPE' && m.type !== 'LOC' && /\bof\b/.test(text) && ofPlaceNames().has(text))
        out[k] = {
          ...m,
          type: placeType(m.text),
          title: undefined,
          affiliation: undefined,
          places: undefined,
          cc: undefined,
          guessed: false,
          weak: false,
        };
      continue;
    }
    const [a, b] = whole;
    const inside = (n: Mention) => n.tok[0] >= a && n.tok[1] <= b;
    const crosses = (n: Mention) => n.tok[0] < b && n.tok[1] > a && !inside(n);
    if (out.some(crosses)) continue;
    const span: [number, number] = [doc.tokens[a].span[0], doc.tokens[b - 1].span[1]];
    const text = doc.text.slice(span[0], span[1]);
    const made = newMention(placeType(text), span, whole, text);
    out = [...out.slice(0, k).filter((n) => !inside(n)), made, ...out.slice(k + 1).filter((n) => !inside(n))];
    k = out.indexOf(made);
  }
  return out;
}
