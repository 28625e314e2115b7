// node scripts/build-company-designators.mjs
// Writes models/company-designators.txt: the abbreviated legal-form designators that end a
// company's name ("Inc.", "Ltd", "GmbH", "AG", "S.A.", "Plc", "Pty"), one per line as written
// (sorted), for the entities component's rule on names the tagger passed over
// (src/analyze/components/entities/company-designators.ts). Source: the company.legal_entity_type
// lists of every locale of @faker-js/faker (MIT; a devDependency, read only here), in Latin script.
// An entry of several words ("GmbH & Co. KG", "Co. Ltd.", "Pty Ltd") gives each word. Kept: the
// abbreviations, that is forms in capitals ("AG", "A/S", "V.O.F."), with a dot ("Co.", "s.r.o.",
// "Kft."), with a capital after the first letter ("GmbH", "ApS") or of three or four letters
// starting with a capital ("Inc", "Corp", "Plc"); plain words ("Group", "Limited", "Brothers")
// and entries joined by a lower-case word ("and Sons", "e Hijos", "z o.o") are left out. Run after upgrading faker.
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const OUT = new URL('../models/company-designators.txt', import.meta.url);
/** Latin letters, dots and slashes only, at least two letters. */
const LATIN = /^(?=(?:.*\p{Script=Latin}){2})[\p{Script=Latin}./]+$/u;

const isAbbreviation = (w) =>
  (w === w.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(w)) ||
  /\p{L}\./u.test(w) ||
  /^\p{L}+\p{Lu}/u.test(w) ||
  /^\p{Lu}\p{Ll}{2,3}$/u.test(w);

const forms = new Set();
for (const locale of Object.keys(allLocales).sort()) {
  const list = allLocales[locale].company?.legal_entity_type;
  if (!Array.isArray(list)) continue;
  for (const entry of list) {
    const words = entry.normalize('NFC').split(/\s+/);
    // "and Sons", "e Hijos", "z o.o": a phrase joined by a lower-case word, no designator of its own.
    if (words.some((w) => /^\p{Ll}+$/u.test(w))) continue;
    for (const word of words) if (LATIN.test(word) && isAbbreviation(word)) forms.add(word);
  }
}
const sorted = [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, sorted.join('\n') + '\n');
console.log(`${sorted.length} company designators -> ${OUT.pathname}`);
