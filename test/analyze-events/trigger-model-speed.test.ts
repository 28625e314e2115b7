// The event-trigger model's output-identical speed cuts (h337): the common-word gate remembered on
// each word (Word.common) answers as the cluster table does, for every n asked and for a token
// whose lower-case form is not its word's; the product's path, which sums the context score alone,
// gives every candidate the category and margin scoreCandidate gives it. The context score adds
// the table's rows per part of a candidate's context, summed once and kept (h356): every
// candidate's scores equal the sums over contextFeatures' names, what training reads.
import { afterEach, describe, expect, it } from 'vitest';
import { CLUSTERS } from '../../src/analyze/components/entities/model/features.js';
import {
  CLASSES,
  candidateAt,
  contextFeatures,
  isCommonWord,
  modelTriggers,
  scoreCandidate,
  scoreContext,
  triggerModel,
  triggerModelSettings,
} from '../../src/analyze/components/events/trigger-model.js';
import { type Token, newDoc } from '../../src/analyze/doc.js';
import { extract } from '../../src/extract/index.js';
import { seededRandom } from '../../scripts/seeded-random.mjs';
import { randomPage, runComponentsBefore } from '../helpers/pages.js';

afterEach(() => {
  triggerModelSettings.threshold = 100;
  triggerModelSettings.commonWords = 10_000;
  triggerModelSettings.gate = 'none';
});

// Common and rare verbs and nouns (ranks far apart in the cluster table), names, function words.
const WORDS = (
  'the a of to in said army rebels garrisoned padlocked relinquished encircled battered sat gathered ' +
  'troops police seized torched town border offices newspaper forces decamped mustered bulldozed ' +
  'nixed lobbed frogmarched convoy village protesters were had will not on our hands storm coast ' +
  'Garrisoned Battered Kidal Otis Ministry refinery shelled barricaded offloaded exhorted slapped tariffs'
).split(' ');

function randomText(rnd: () => number): string {
  return randomPage(rnd, () => WORDS[Math.floor(rnd() * WORDS.length)], {
    sentences: { least: 2, spread: 4 },
    words: { least: 4, spread: 12 },
  });
}

/** The tokens of a text, as the events component sees them. */
function docTokens(text: string): Token[] {
  return runComponentsBefore(newDoc(extract({ content: text, format: 'body' })), 'entities').tokens;
}

describe('event trigger model: the common-word gate remembered on the word', () => {
  it('answers as the cluster table does, for each n in turn and back again', () => {
    const rnd = seededRandom(337);
    const wrong: string[] = [];
    let asked = 0;
    for (let d = 0; d < 12; d++) {
      const tokens = docTokens(randomText(rnd));
      for (const n of [10_000, 1_000, 10_000, 50, 0, 10_000])
        for (const t of tokens) {
          asked++;
          if (isCommonWord(t, n) !== CLUSTERS.isAmongFirst(t.lower, n)) wrong.push(`${t.text}@${n}`);
        }
    }
    expect(asked).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('asks the table for a token whose lower-case form is not its word’s (negative: the word’s answer is not used)', () => {
    const [t] = docTokens('Said it.');
    expect(isCommonWord(t, 10_000)).toBe(true); // "said": among the 10,000 most frequent
    const odd = { ...t, lower: 'padlocked' };
    expect(isCommonWord(odd, 10_000)).toBe(false);
    expect(t.word.common).toBe(10_001);
  });
});

describe('event trigger model: the context score alone', () => {
  it('gives every candidate the category and margin scoreCandidate gives it', () => {
    const rnd = seededRandom(1337);
    const { lemmas } = triggerModel();
    const has = (k: string) => lemmas.has(k);
    // Every candidate a trigger (threshold below any margin), the gate off: each trigger is a candidate.
    triggerModelSettings.threshold = -Infinity;
    triggerModelSettings.commonWords = 0;
    let compared = 0;
    const wrong: string[] = [];
    for (let d = 0; d < 16; d++) {
      const tokens = docTokens(randomText(rnd));
      for (const m of modelTriggers(tokens, () => true)) {
        const c = candidateAt(tokens, m.start, has)!;
        const s = scoreCandidate(tokens, m.start, c);
        compared++;
        if (s.type !== m.type || s.margin !== m.margin) wrong.push(`${tokens[m.start].text}: ${m.type} ${m.margin}`);
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it("still applies the 'agree' gate, which reads the word's own category (negative: it keeps fewer)", () => {
    const rnd = seededRandom(7);
    triggerModelSettings.threshold = -Infinity;
    triggerModelSettings.commonWords = 0;
    let none = 0;
    let agree = 0;
    for (let d = 0; d < 8; d++) {
      const tokens = docTokens(randomText(rnd));
      triggerModelSettings.gate = 'none';
      none += modelTriggers(tokens, () => true).length;
      triggerModelSettings.gate = 'agree';
      agree += modelTriggers(tokens, () => true).length;
    }
    expect(agree).toBeLessThan(none);
  });
});

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
