// The learned entity tagger: the committed weights load and tag names by context, not by list
// (the names below are invented or absent from the gazetteer); on GUM dev its F1 stays above a floor.
import { describe, expect, it } from 'vitest';
import {
  BUCKETS,
  TAG_COUNT,
  loadedWeights,
  packRows,
  rowOf,
  sentenceEmissions,
  tagDocument,
} from '../../src/analyze/components/entities/model/tagger.js';
import {
  CONTEXT_FEATURES,
  FEATURES_PER_TOKEN,
  NO_KEY,
  contextFeatures,
  hashedRest,
  docContext,
  sentenceFeatures,
  sentenceWords,
} from '../../src/analyze/components/entities/model/features.js';
import { analyzeText } from './helpers.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const spans = (text: string) => {
  const doc = analyzeText(text);
  return tagDocument(doc).map(
    ({ tok, type }) => `${type}:${doc.text.slice(doc.tokens[tok[0]].span[0], doc.tokens[tok[1] - 1].span[1])}`,
  );
};

/** The emission scores as the sums of every feature's row of the whole features (no cache). */
function uncached(doc: ReturnType<typeof analyzeText>, from: number, to: number, ctx: ReturnType<typeof docContext>) {
  const weights = loadedWeights();
  const n = to - from;
  const all = new Uint32Array(n * FEATURES_PER_TOKEN);
  sentenceFeatures(doc, from, to, ctx, all);
  const out = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n * FEATURES_PER_TOKEN; i++) {
    const r = rowOf(weights.emission, all[i]);
    if (r >= 0)
      for (let t = 0; t < TAG_COUNT; t++)
        out[Math.floor(i / FEATURES_PER_TOKEN) * TAG_COUNT + t] += weights.emission.rows[r + t];
  }
  return out;
}

describe('entity tagger', () => {
  it('tags people and organisations it has never seen from their context', () => {
    const got = spans(
      'Marta Quellon, a spokeswoman for the Brindle Valley Water Authority, said the plant would close.',
    );
    expect(got).toContain('PERSON:Marta Quellon');
    expect(got.some((s) => s.startsWith('ORG:') && s.includes('Water Authority'))).toBe(true);
  });

  it('tags nothing in lower-case prose', () => {
    expect(spans('the water was cold and the boats stayed in the harbour all week.')).toEqual([]);
  });
});

describe('emission scores in decoding', () => {
  it("equal the sums of every feature's row, with the scores cached per word and per key", () => {
    const weights = loadedWeights();
    // Runs, lone capitals, connectors, given names, a sentence of one token, words that are not
    // capitalised, seen in lower case in the document ("iPhone") or not ("eBay"); run twice so that the second pass
    // reads the cached words and keys.
    const doc = analyzeText(
      'Marta Quellon of the Brindle Valley Water Authority said on Monday that the plant in Port Ellis would close. ' +
        'Yes. The authority, which Quellon leads, told Reuters: "the plant stays open until June." ' +
        'In Paris, President Emmanuel Macron met the Prime Minister of Canada, and the authority said nothing. ' +
        'Analysts said the iPhone sold well and the eBay sold too, as iphone fans know.',
    );
    const ctx = docContext(doc);
    for (let pass = 0; pass < 2; pass++) {
      for (const s of doc.sentences) {
        const [from, to] = s.tokens;
        const n = to - from;
        const expected = uncached(doc, from, to, ctx);
        const info = sentenceWords(doc, from, to);
        const context = new Uint32Array(n * CONTEXT_FEATURES);
        const keys = new Int32Array(n);
        contextFeatures(doc, from, to, info, ctx, context, keys);
        const got = new Float64Array(n * TAG_COUNT);
        sentenceEmissions(weights, { doc, from, info, ctx }, context, keys, n, got);
        expect([...got]).toEqual([...expected]);
      }
    }
  });
});

describe('emission scores with the word-only context features kept per word', () => {
  it('leave out per token only the features that read the word alone past a sentence start', () => {
    // 12: template 28 (initial, shape); 24: template 42 (flags, shape), fixed for a word not capitalised.
    const key = NO_KEY;
    expect([...hashedRest(key, true, false)]).toContain(12);
    expect([...hashedRest(key, true, false)]).toContain(24);
    expect([...hashedRest(key, false, true)]).not.toContain(12);
    expect([...hashedRest(key, false, true)]).toContain(24);
    expect([...hashedRest(key, false, false)]).not.toContain(12);
    expect([...hashedRest(key, false, false)]).not.toContain(24);
  });

  it('equal the uncached sums on random sentences, words met first and again at and past sentence starts', () => {
    const weights = loadedWeights();
    // Capitalised and lower-case words, given names, places, connectors, a word that is both.
    const vocabulary = [
      'the',
      'The',
      'plant',
      'Plant',
      'said',
      'of',
      'Quellon',
      'Marta',
      'Paris',
      'in',
      'water',
      'Water',
      'Authority',
      'iPhone',
      'eBay',
      'for',
      'and',
      'New',
      'York',
      'minister',
      'Minister',
      'May',
      'may',
      '2024',
      ',',
    ];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let d = 0; d < 12; d++) {
      const sentences: string[] = [];
      for (let k = 0; k < 5; k++) {
        const words = Array.from(
          { length: 1 + Math.floor(next() * 9) },
          () => vocabulary[Math.floor(next() * vocabulary.length)],
        );
        sentences.push(`${words.join(' ')}.`);
      }
      const doc = analyzeText(sentences.join(' '));
      const ctx = docContext(doc);
      for (const s of doc.sentences) {
        const [from, to] = s.tokens;
        const n = to - from;
        const info = sentenceWords(doc, from, to);
        const context = new Uint32Array(n * CONTEXT_FEATURES);
        const keys = new Int32Array(n);
        contextFeatures(doc, from, to, info, ctx, context, keys);
        const got = new Float64Array(n * TAG_COUNT);
        sentenceEmissions(weights, { doc, from, info, ctx }, context, keys, n, got);
        expect([...got]).toEqual([...uncached(doc, from, to, ctx)]);
      }
    }
  });
});

describe("a word's document context", () => {
  it('is what the document context holds for its spelling, looked up or not', () => {
    // Lower-case words, their capitalised forms, words not capitalised but not lower case ("iPhone").
    const vocabulary = ['police', 'Police', 'said', 'the', 'The', 'iPhone', 'iphone', 'eBay', 'in', 'Paris', 'mayor'];
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let d = 0; d < 12; d++) {
      const sentences = Array.from({ length: 4 }, () => {
        const n = 1 + Math.floor(next() * 8);
        return `${Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ')}.`;
      });
      const doc = analyzeText(sentences.join(' '));
      const ctx = docContext(doc);
      for (const s of doc.sentences) {
        const [from, to] = s.tokens;
        const info = sentenceWords(doc, from, to);
        contextFeatures(
          doc,
          from,
          to,
          info,
          ctx,
          new Uint32Array((to - from) * CONTEXT_FEATURES),
          new Int32Array(to - from),
        );
        info.forEach((w, i) => {
          const text = doc.tokens[from + i].text;
          expect([w.lowerSeen, w.capSeen, w.flags]).toEqual([
            ctx.lowerSeen.has(w.lowText) ? 1 : 0,
            ctx.capSeen.has(text) ? 1 : 0,
            ctx.contexts.get(text) ?? 0,
          ]);
        });
      }
    }
  });
});

describe('packed emission rows', () => {
  it('finds the row of every bucket, and none for an empty bucket', () => {
    const table = new Int16Array(BUCKETS * TAG_COUNT);
    // Rows at the edges of a bitmap word (bits 0 and 31) and between, some with a single weight.
    const filled = [0, 1, 31, 32, 63, 64, 1000, 4097, BUCKETS - 33, BUCKETS - 1];
    filled.forEach((b, k) => table.set([k + 1, -k, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, -(k + 2)], b * TAG_COUNT));
    table[5000 * TAG_COUNT + 12] = 3;
    filled.push(5000);
    const packed = packRows(table);
    for (let b = 0; b < BUCKETS; b++) {
      const r = rowOf(packed, b + BUCKETS); // bits above the bucket's are ignored
      if (!filled.includes(b)) {
        if (r !== -1) throw new Error(`bucket ${b} has no weights but a row`);
        continue;
      }
      expect([...packed.rows.subarray(r, r + TAG_COUNT)]).toEqual([
        ...table.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT),
      ]);
    }
  });
});

describe.runIf(hasShared('data', 'train', 'gum', 'dev'))('entity tagger on GUM dev', () => {
  it('keeps exact-match F1 above its floor', async () => {
    const { evaluate } = await import('../../eval/entities.js');
    const { readGumSplit } = await import('../../eval/gum.js');
    const r = evaluate(readGumSplit(sharedPath('data', 'train', 'gum', 'dev')));
    // Measured 2026-12-02: model 0.719, pipeline 0.675 (NORP adjectives count as errors there).
    expect(r.model.overall.f1).toBeGreaterThanOrEqual(0.7);
    // Adjectival NORPs are unscored (GUM's gold cannot hold them), not dropped: strict counts them.
    expect(r.pipeline.overall.f1).toBeGreaterThan(r.strict.pipeline.overall.f1);
  });
});
