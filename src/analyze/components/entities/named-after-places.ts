// "the Sacramento Bee", "Kansas City Star": a newspaper, a team or a firm named after its town,
// which the tagger reads as the town (its gazetteer features fire on the first words). A place's
// name ends in a word that names a kind of place or of land ("Bay Area", "Ohio Valley", "Table
// Mountain", "Brooklyn Bridge"); one that ends in a word of the dictionary WordNet never files so
// ("Bee", "Star") names something else. Nouns that may end a place's name: models/place-nouns.txt,
// written by scripts/build-place-nouns.mjs. Read once, on first use.
import { hasNounOrSingular } from '../../../text/plural.js';
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { COMPASS } from '../../resources/compass.js';
import { isLexiconWord } from '../tokens.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

const placeNouns = modelWordList('place-nouns.txt');

/** Whether a word names a kind of place, as written or as the singular of a plural ("Heights", "Falls"). */
export const placeNoun = (low: string) => hasNounOrSingular(placeNouns(), low) || COMPASS.has(low);

/**
 * Whether a name of two words or more that the gazetteer does not know ends in a capitalised word
 * of the dictionary that names no kind of place.
 */
function endsInNoPlaceWord(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  // Words written apart: "Earth-Mars" joins two places.
  if (to - from < 2 || /[-‐–—]/u.test(m.text)) return false;
  const last = doc.tokens[to - 1].text;
  const low = last.toLowerCase();
  if (last === low || !isLexiconWord(low) || placeNoun(low)) return false;
  return knownPlaces(m.text).length === 0;
}

/** Whether such a name starts with a place the gazetteer knows ("Sacramento Bee"). */
function startsWithPlace(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  const lead = doc.text.slice(doc.tokens[from].span[0], doc.tokens[to - 2].span[1]);
  return knownPlaces(lead).length > 0;
}

/** Whether a name of two words or more ends in a word that names no kind of place and starts with a place ("Sacramento Bee"). */
export function isNamedAfterPlace(doc: Doc, m: Mention): boolean {
  return endsInNoPlaceWord(doc, m) && startsWithPlace(doc, m);
}

/**
 * Why a name the tagger read as a place is none, by its last word, a word of the dictionary that
 * names no kind of place (the whole unknown to the gazetteer): it is named after the place it
 * starts with ("the Sacramento Bee"), or, its last word no place's name itself, it names no place
 * at all ("[Customs and] Border Protection", "Zacian and Zamazenta Edition"; not "Rust Belt",
 * "Central Europe"). Null when neither.
 */
export function noPlaceByLastWord(doc: Doc, m: Mention): 'named-after-place' | 'no-place' | null {
  if (!endsInNoPlaceWord(doc, m)) return null;
  if (startsWithPlace(doc, m)) return 'named-after-place';
  return knownPlaces(doc.tokens[m.tok[1] - 1].text).length === 0 ? 'no-place' : null;
}
