// Reads WordNet's verb files (data.verb, index.verb of a WordNet 3.x dict folder) for the scripts
// that derive verb lists from its lexicographer files and frames (build-that-clause-verbs.mjs,
// build-communication-words.mjs, build-message-object-verbs.mjs).
import { entries } from './wordnet-nouns.mjs';

/**
 * synsets: offset -> its lexicographer file number (31 verb.cognition, 32 verb.communication, ...)
 * and, per word of it (lower-cased), the verb frames WordNet gives that word ("+ f_num w_num", w_num
 * 00 being every word of the synset); senses: lemma -> its verb synsets, most frequent sense first.
 */
export function readVerbs(dict) {
  const synsets = new Map();
  for (const p of entries(dict, 'data.verb')) {
    const count = parseInt(p[3], 16);
    const words = Array.from({ length: count }, (_, i) => p[4 + 2 * i].toLowerCase());
    let k = 4 + 2 * count;
    k += 1 + 4 * Number(p[k]); // the pointers
    const frames = new Map(words.map((w) => [w, new Set()]));
    for (let i = 0; i < Number(p[k]); i++) {
      const f = Number(p[k + 2 + 3 * i]);
      const w = parseInt(p[k + 3 + 3 * i], 16);
      for (const word of w === 0 ? words : [words[w - 1]]) frames.get(word).add(f);
    }
    synsets.set(p[0], { lexFile: Number(p[1]), frames });
  }

  const senses = new Map();
  for (const p of entries(dict, 'index.verb')) {
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const pointerTypes = Number(p[3]);
    senses.set(p[0], p.slice(6 + pointerTypes, 6 + pointerTypes + Number(p[2])));
  }
  return { synsets, senses };
}
