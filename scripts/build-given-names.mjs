// node scripts/build-given-names.mjs
// Writes models/given-names.txt: given names of many languages, one per line (NFC, sorted), for the
// entity tagger's given-name feature (src/analyze/components/entities/model/features.ts). The
// English lists the tagger also reads (@stdlib's Moby lists) miss most names in international
// news ("Novak", "Ion", "Andrzej", "Recep"). Source: the person.first_name lists of every locale
// of @faker-js/faker (MIT; a devDependency, read only here), 60-odd locales from Afrikaans to Zulu,
// in their own scripts. Multi-word entries ("Anh Vũ") give each word. Run after upgrading faker;
// the tagger must then be retrained (npm run train:entities).
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const OUT = new URL('../models/given-names.txt', import.meta.url);
/** A name is letters (any script), marks, and inner apostrophes or hyphens. */
const NAME = /^\p{L}[\p{L}\p{M}'’-]*$/u;

const names = new Set();
for (const locale of Object.keys(allLocales).sort()) {
  const first = allLocales[locale].person?.first_name;
  if (!first) continue;
  const lists = Array.isArray(first)
    ? [first]
    : Object.keys(first)
        .sort()
        .map((k) => first[k]);
  for (const list of lists)
    for (const entry of list ?? [])
      for (const word of entry.normalize('NFC').split(/\s+/)) if (word.length > 1 && NAME.test(word)) names.add(word);
}
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, sorted.join('\n') + '\n');
console.log(`${sorted.length} given names -> ${OUT.pathname}`);
