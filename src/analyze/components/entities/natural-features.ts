// "the northern [Sierra Nevada]", "the [Sierra Nevada] foothills": the tagger learnt from GUM that
// a capitalised name placed by a compass word or a preposition is a GPE, and a name of two
// capitalised words before a noun may be a person's; a mountain range or a river it does not know
// gets either type. OntoNotes files mountains, ranges and bodies of water as LOC. Which names are natural
// features only comes from WordNet (models/natural-features.txt, written by
// scripts/build-natural-features.mjs): a name with any other sense there (a country, a state, a
// person) is not listed, and one the gazetteer knows as a political place keeps the tagger's type.
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';
import { lookupPlaces } from '../../resources/gazetteer.js';

const naturalFeatures = modelWordList('natural-features.txt');

const isNaturalFeature = (name: string) =>
  naturalFeatures().has(name.toLowerCase().replace(/\s+/g, ' ')) && lookupPlaces(name).length === 0;

/**
 * Retypes as locations (LOC) the GPE and PERSON mentions that name a natural feature and no
 * political place. An organisation keeps its type: companies take mountains' names.
 */
export function naturalFeaturesAsLoc(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) =>
    (m.type === 'GPE' || m.type === 'PERSON') && isNaturalFeature(m.text) ? { ...m, type: 'LOC', title: undefined } : m,
  );
}
