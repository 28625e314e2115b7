// "Medicaid was a key issue in the race": a programme, a rite, a game or a battle is written with a
// capital like a name, and the tagger, which has no type for it, reads a person or an organisation.
// A name WordNet files only as an act (noun.act) and never writes in lower case is none of those
// (models/act-names.txt, 331 names written by scripts/build-act-names.mjs from Princeton WordNet
// 3.1: "Medicaid", "Medicare", "Kwanzaa", "Agincourt", "Second World War", "North American Free
// Trade Agreement"); such a mention typed PERSON or ORG is dropped, unless the gazetteer knows the
// name as a place (the battles named after a town: "Ravenna", "Salerno").
import { modelWordList } from '../../resources/model-lists.js';
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { knownPlaces } from '../../resources/gazetteer.js';

const actNames = modelWordList('act-names.txt');

export function dropActNames(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter(
    (m) => !((m.type === 'PERSON' || m.type === 'ORG') && actNames().has(m.text) && knownPlaces(m.text).length === 0),
  );
}
