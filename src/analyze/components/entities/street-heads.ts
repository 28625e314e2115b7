// Nouns that head the names of streets, roads and squares ("Place", "Street", "Plaza"), from
// WordNet (models/street-heads.txt, written by scripts/build-street-heads.mjs: nouns a sense of
// which descends from road.n.01 or public_square.n.01). A name the tagger read as a place that
// ends in one is a street or a square, a facility ("resides at 2134 Caldwell Place"), not the town
// whose name it takes, unless the gazetteer knows the whole name as a place. Read once, on first use.
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import type { Mention } from './classify.js';

const streetHeads = modelWordList('street-heads.txt');

/** Whether a name of two words or more ends in a street's head and the gazetteer does not know it as a place. */
export function isStreetName(m: Mention): boolean {
  if (m.tok[1] - m.tok[0] < 2) return false;
  if (!streetHeads().has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase())) return false;
  return knownPlaces(m.text).length === 0;
}
