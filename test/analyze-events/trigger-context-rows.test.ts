// The event-trigger model's context score (h356): scoreContext adds, per part of a candidate's
// context (its tag, its word's clusters, the word before and after, the object's and subject's
// clusters), the table's rows of that part's features summed once and kept, instead of spelling
// each feature's name per candidate and looking it up. On seeded random pages every candidate's
// sixteen-plus-one scores equal the sums over contextFeatures' names (what training reads), with
// the same words met again in other parts (a word as object and as subject, "of" before and after).
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/analyze/components/index.js';
import {
  CLASSES,
  candidateAt,
  contextFeatures,
  scoreContext,
  triggerModel,
} from '../../src/analyze/components/events/trigger-model.js';
import { type Token, newDoc } from '../../src/analyze/doc.js';
import { extract } from '../../src/extract/index.js';
import { seededRandom } from '../../scripts/seeded-random.mjs';

// Candidate verbs and nouns the rules may not know, their objects and subjects, prepositions and
// particles after them, function words and pronouns before them, names.
const WORDS = (
  'the a of to in on off up by at with said army rebels garrisoned padlocked relinquished encircled ' +
  'battered gathered troops police seized torched town border offices newspaper forces decamped ' +
  'mustered bulldozed nixed lobbed frogmarched convoy village protesters were had will not they it ' +
  'Kidal Otis Ministry refinery shelled barricaded offloaded exhorted slapped tariffs three new old'
).split(' ');

function randomText(rnd: () => number): string {
  const sentences: string[] = [];
  const n = 2 + Math.floor(rnd() * 5);
  for (let s = 0; s < n; s++) {
    const words: string[] = [];
    const len = 3 + Math.floor(rnd() * 13);
    for (let k = 0; k < len; k++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
    sentences.push(`${words.join(' ')}.`);
  }
  return sentences.join(' ');
}

/** The tokens of a text, as the events component sees them. */
function docTokens(text: string): Token[] {
  const doc = newDoc(extract({ content: text, format: 'body' }));
  for (const c of COMPONENTS) {
    if (c.name === 'entities') break;
    c.run(doc);
  }
  return doc.tokens;
}

describe('event trigger model: context rows kept per part', () => {
  it("give every candidate of 60 seeded random pages the scores of its features' rows", () => {
    const { lemmas, features } = triggerModel();
    const has = (key: string) => lemmas.has(key);
    const rnd = seededRandom(3563);
    const wrong: string[] = [];
    const kinds = new Set<string>();
    let candidates = 0;
    for (let d = 0; d < 60; d++) {
      const tokens = docTokens(randomText(rnd));
      for (let i = 0; i < tokens.length; i++) {
        const c = candidateAt(tokens, i, has);
        if (!c) continue;
        candidates++;
        const expected = lemmas.get(c.key)?.slice() ?? new Int32Array(CLASSES.length);
        for (const f of contextFeatures(tokens, i, c)) {
          kinds.add(f.slice(0, f.indexOf(':') + 1));
          const row = features.get(f);
          if (row) for (let k = 0; k < expected.length; k++) expected[k] += row[k];
        }
        const { scores } = scoreContext(tokens, i, c);
        if (scores.join() !== expected.join())
          wrong.push(`${tokens[i].text} in ${tokens.map((t) => t.text).join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(candidates).toBeGreaterThan(300);
    // Every part of the context occurred: literal and cluster kinds alike.
    for (const kind of ['pos:', 'verbal:', 'w2:', 'w3:', 'b:', 'bp:', 'a:', 'ap:', 'o:', 'o2:', 's:', 's2:'])
      expect(kinds).toContain(kind);
  });
});
