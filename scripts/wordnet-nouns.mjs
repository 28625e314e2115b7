// Reads WordNet's noun files (data.noun, index.noun of a WordNet 3.x dict folder) for the scripts
// that derive word lists from its hierarchy (build-common-acronyms.mjs, build-institution-heads.mjs, build-athlete-nouns.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lines of a WordNet file, less its licence header (lines that start with two spaces). */
export const entries = (dict, file) =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '))
    .map((line) => line.split(' '));

/**
 * synsets: offset -> its words, its noun hypernyms (class and instance), whether it is an
 * instance (a proper name) and its lexicographer file ("18" for noun.person); senses: lemma -> its noun synsets, most frequent sense first;
 * ancestors(offset): the offset and every synset above it.
 */
export function readNouns(dict) {
  const synsets = new Map();
  for (const p of entries(dict, 'data.noun')) {
    const count = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(p[4 + 2 * i]);
    const k = 4 + 2 * count;
    const pointers = Number(p[k]);
    const up = [];
    let instance = false;
    for (let i = 0; i < pointers; i++) {
      const [symbol, offset, pos] = p.slice(k + 1 + 4 * i, k + 4 + 4 * i);
      if ((symbol === '@' || symbol === '@i') && pos === 'n') up.push(offset);
      if (symbol === '@i') instance = true;
    }
    synsets.set(p[0], { words, up, instance, file: p[1] });
  }

  const senses = new Map();
  for (const p of entries(dict, 'index.noun')) {
    const count = Number(p[2]);
    const pointerTypes = Number(p[3]);
    senses.set(p[0], p.slice(6 + pointerTypes, 6 + pointerTypes + count));
  }

  const ancestors = (offset) => {
    const seen = new Set();
    const stack = [offset];
    while (stack.length) {
      const o = stack.pop();
      if (seen.has(o)) continue;
      seen.add(o);
      stack.push(...(synsets.get(o)?.up ?? []));
    }
    return seen;
  };
  return { synsets, senses, ancestors };
}

/** Every word WordNet lists, of any part of speech, without its marker ("(a)", "(p)"). */
export function readAllWords(dict) {
  const words = new Set();
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const p of entries(dict, `data.${pos}`)) {
      const count = parseInt(p[3], 16);
      for (let i = 0; i < count; i++) words.add(p[4 + 2 * i].replace(/\(.*\)$/, ''));
    }
  return words;
}
