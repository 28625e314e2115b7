// "Ameris Bank Amphitheatre ([Formerly Verizon Amphitheatre])": a capitalised adverb before a
// name (a bracket's first word, a sentence's) is read by the tagger as the name's first word. Which
// words are adverbs and nothing else comes from WordNet (models/name-adverbs.txt, written by
// scripts/build-name-adverbs.mjs): words in -ly it gives no noun, verb or adjective sense, so no
// name opens with one ("Early", "Holy" and "Daily" may, and are not listed).
import type { Doc } from '../../doc.js';
import type { Mention } from './classify.js';
import { modelWordList } from '../../resources/model-lists.js';

const nameAdverbs = modelWordList('name-adverbs.txt');

/** Takes an adverb off the start of a mention of two or more words. */
export function dropNameAdverbs(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.tok[1] - m.tok[0] < 2 || !nameAdverbs().has(doc.tokens[m.tok[0]].lower)) return m;
    const from = m.tok[0] + 1;
    const start = doc.tokens[from].span[0];
    return { ...m, tok: [from, m.tok[1]], span: [start, m.span[1]], text: doc.text.slice(start, m.span[1]) };
  });
}
