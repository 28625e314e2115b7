// Nouns that head the names of institutions and buildings ("Infirmary", "Clinic", "Palace"), from
// WordNet (models/institution-heads.txt, written by scripts/build-institution-heads.mjs: nouns
// whose first sense is an organisation or a building and no place). A name the tagger read as a
// place that ends in one is the institution or the building ("Aberdeen Royal Infirmary", "Mayo
// Clinic"), unless the gazetteer knows the whole name as a place. Read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../../record/types.js';
import { PACKAGE_ROOT } from '../../../package-root.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';

const INSTITUTION_HEADS_PATH = join(PACKAGE_ROOT, 'models', 'institution-heads.txt');

let heads: ReadonlyMap<string, EntityType> | null = null;

function institutionHeads(): ReadonlyMap<string, EntityType> {
  if (!heads) {
    const out = new Map<string, EntityType>();
    for (const line of readFileSync(INSTITUTION_HEADS_PATH, 'utf8').split('\n')) {
      if (!line) continue;
      const [word, type] = line.split('\t');
      if (type !== 'ORG' && type !== 'FAC') throw new Error(`${INSTITUTION_HEADS_PATH}: bad line "${line}"`);
      out.set(word, type);
    }
    heads = out;
  }
  return heads;
}

/**
 * Nouns every sense of which is a building or a structure, none a body of people
 * (models/building-heads.txt, written by scripts/build-building-heads.mjs from WordNet):
 * "statehouse", "courthouse", "cathedral". A name ending in one is the building whatever the
 * rules made of "the <name>" ("the Indiana Statehouse"); "embassy" and "hospital" may name the
 * staff inside and keep the rules' type.
 */
const buildingHeads = modelWordList('building-heads.txt');

/**
 * Nouns whose first sense is a building, a structure or a facility and none a place, a person or
 * an organisation (models/facility-nouns.txt, written by scripts/build-facility-nouns.mjs from
 * WordNet): "shelter", "bridge", "tower". A name ending in one that the institution heads do not
 * type is the structure ("the Tucson Animal Shelter").
 */
const facilityNouns = modelWordList('facility-nouns.txt');

/**
 * The type of a name of two words or more that ends in an institution's or a building's head and
 * that the gazetteer does not know as a place: FAC for a head that names only buildings, else the
 * rules' ORG or FAC, else the head's; for a name ending in another facility's noun, the rules' ORG
 * or FAC, else FAC. Undefined for any other name.
 */
export function institutionType(m: Mention): EntityType | undefined {
  if (m.tok[1] - m.tok[0] < 2) return undefined;
  const word = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
  const head = institutionHeads().get(word) ?? (facilityNouns().has(word) ? 'FAC' : undefined);
  if (!head || knownPlaces(m.text).length > 0) return undefined;
  if (head === 'FAC' && buildingHeads().has(word)) return 'FAC';
  return m.type === 'ORG' || m.type === 'FAC' ? m.type : head;
}

/** The type a lower-case noun gives the name it heads, as models/institution-heads.txt lists it ("hospital": FAC). */
export const institutionHeadType = (word: string): EntityType | undefined => institutionHeads().get(word);
