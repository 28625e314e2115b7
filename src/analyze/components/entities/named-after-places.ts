// "the Sacramento Bee", "Kansas City Star": a newspaper, a team or a firm named after its town,
// which the tagger reads as the town (its gazetteer features fire on the first words). A place's
// name ends in a word that names a kind of place or of land ("Bay Area", "Ohio Valley", "Table
// Mountain", "Brooklyn Bridge"); one that ends in a word of the dictionary WordNet never files so
// ("Bee", "Star") names something else. Nouns that may end a place's name: models/place-nouns.txt,
// written by scripts/build-place-nouns.mjs. Read once, on first use.
import { hasNounOrSingular } from '../../../text/plural.js';
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces, type Place } from '../../resources/gazetteer.js';
import { COMPASS } from '../../resources/compass.js';
import { isLexiconWord } from '../tokens.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';

const placeNouns = modelWordList('place-nouns.txt');

/** Whether a word names a kind of place, as written or as the singular of a plural ("Heights", "Falls"). */
export const placeNoun = (low: string) => hasNounOrSingular(placeNouns(), low) || COMPASS.has(low);

/** A capitalised word of the dictionary that names no kind of place ("Bee", "Star", "Thunder"; not "Valley", "North"). */
export function isNoPlaceWord(word: string): boolean {
  const low = word.toLowerCase();
  return word !== low && isLexiconWord(low) && !placeNoun(low);
}

/**
 * The places a name of two words or more is named after: what the gazetteer knows its words
 * before the last to be, when it does not know the whole ("Sacramento Bee", "Utah Jazz"; not "New
 * South Wales"); empty otherwise. The one test of "named after a place" that the team rule
 * (namedAfterPlace in classify.ts) and the names a tagged place opens (place-led-names.ts) share;
 * each judges the last word for its own purpose.
 */
export function homePlaces(doc: Doc, from: number, to: number): readonly Place[] {
  if (to - from < 2) return [];
  const { tokens, text } = doc;
  if (knownPlaces(text.slice(tokens[from].span[0], tokens[to - 1].span[1])).length > 0) return [];
  return knownPlaces(text.slice(tokens[from].span[0], tokens[to - 2].span[1]));
}

/** Words written apart by a hyphen or a dash: "Earth-Mars" joins two places. */
const DASHED = /[-‐–—]/u;

/**
 * Whether a name of two words or more that the gazetteer does not know ends in a capitalised word
 * of the dictionary that names no kind of place.
 */
function endsInNoPlaceWord(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if (to - from < 2 || DASHED.test(m.text)) return false;
  return isNoPlaceWord(doc.tokens[to - 1].text) && knownPlaces(m.text).length === 0;
}

/** Whether a name of two words or more ends in a word that names no kind of place and starts with a place ("Sacramento Bee"). */
export function isNamedAfterPlace(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  return !DASHED.test(m.text) && isNoPlaceWord(doc.tokens[to - 1].text) && homePlaces(doc, from, to).length > 0;
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
  if (homePlaces(doc, m.tok[0], m.tok[1]).length > 0) return 'named-after-place';
  return knownPlaces(doc.tokens[m.tok[1] - 1].text).length === 0 ? 'no-place' : null;
}
