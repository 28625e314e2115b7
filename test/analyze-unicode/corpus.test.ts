// The issue-12 corpus (corpus.ts) through the whole analysis and a real SQLite store: every name
// whole, every place placed, every quote with its speaker, every name found by search in both
// spellings; the same on decomposed (NFD) input; exact UTF-16 offsets around astral characters.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/tmp.js';
import { ensureGazetteer } from '../analyze-entities/helpers.js';
import { PASSAGES, type Passage } from './corpus.js';

const PUBLISHED = '2024-05-15';
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const nfc = (s: string) => s.normalize('NFC');
const round = (x: number) => Math.round(x * 10) / 10;

function analyzed(text: string): ArticleRecord {
  ensureGazetteer();
  return analyze(extract({ content: text, format: 'body', published: PUBLISHED, path: 'passage.txt' }));
}

/** Every span of the record starts and ends at a word boundary, and its text is the text it indexes. */
function expectWholeSpans(r: ArticleRecord): void {
  const cut = ([s, t]: readonly [number, number]) =>
    (s > 0 && WORD_CHAR.test(r.text[s - 1]) && WORD_CHAR.test(r.text[s])) ||
    (t < r.text.length && WORD_CHAR.test(r.text[t - 1]) && WORD_CHAR.test(r.text[t]));
  for (const e of r.entities) for (const m of e.mentions) expect(cut(m), `${e.name} at ${m}`).toBe(false);
  for (const q of r.quotes) {
    expect(r.text.slice(...q.speaker.span)).toBe(q.speaker.text);
    expect(cut(q.speaker.span), `speaker ${q.speaker.text}`).toBe(false);
  }
  for (const t of r.times) expect(r.text.slice(...t.span)).toBe(t.text);
}

function expectPassage(p: Passage, r: ArticleRecord): void {
  expectWholeSpans(r);
  expect(r.entities.map((e) => `${e.type} ${nfc(e.name)}`)).toEqual(p.entities);
  const placed = Object.fromEntries(
    r.entities
      .filter((e) => e.type === 'GPE' || e.type === 'LOC')
      .map((e) => [nfc(e.name), e.geo ? [round(e.geo.lat), round(e.geo.lon), e.geo.country] : null]),
  );
  expect(placed).toEqual(p.places);
  expect(r.quotes.map((q) => [nfc(q.speaker.text), nfc(q.content.text)])).toEqual(p.quotes);
}

describe('issue-12 corpus', () => {
  for (const p of PASSAGES) {
    it(`${p.name}: whole names, placed places, quotes with speakers`, () => {
      expectPassage(p, analyzed(p.text));
    });
    it(`${p.name}: the same from decomposed (NFD) input`, () => {
      const nfd = p.text.normalize('NFD');
      const r = analyzed(nfd);
      expect(r.text).toBe(nfd); // the record keeps the text as written
      expectPassage(p, r);
    });
  }

  it('keeps exact UTF-16 offsets after astral characters (emoji, mathematical letters)', () => {
    const text = '😀 𝐍𝐞𝐰𝐬: Turkish President Recep Tayyip Erdoğan met Andrzej Duda in Łódź. "We agree," Erdoğan said.';
    const r = analyzed(text);
    expectWholeSpans(r);
    const erdogan = r.entities.find((e) => e.name === 'Recep Tayyip Erdoğan')!;
    // "😀 " is 3 code units, "𝐍𝐞𝐰𝐬: " 10, "Turkish President " 18: 31 (counting code points would give 26).
    expect(erdogan.mentions).toEqual([
      [31, 51],
      [90, 97],
    ]);
    expect(r.entities.find((e) => e.name === 'Łódź')?.mentions).toEqual([[72, 76]]);
    expect(r.quotes.map((q) => q.speaker.span)).toEqual([[90, 97]]);
  });
});

describe('issue-12 corpus in search', () => {
  const dir = tempDir();
  let store: Awaited<ReturnType<typeof openStore>>;
  const ids = new Map<Passage, string>();

  beforeAll(async () => {
    store = await openStore(join(dir, 'corpus.db'));
    for (const [i, p] of PASSAGES.entries()) {
      const r = analyzed(p.text);
      await store.put({ ...r, source: { ...r.source, path: `passage-${i}.txt` } });
      ids.set(p, r.id);
    }
  });
  afterAll(async () => {
    await store.close();
  });

  for (const p of PASSAGES) {
    it(`${p.name}: search finds every name in both spellings`, async () => {
      for (const [native, other] of p.search) {
        for (const q of [native, other, native.normalize('NFD')]) {
          const hits = (await store.search({ text: q })).hits;
          expect(
            hits.map((h) => h.id),
            q,
          ).toContain(ids.get(p));
          const hit = hits.find((h) => h.id === ids.get(p))!;
          expect(nfc(hit.snippet), q).toContain(`[${native.split(' ')[0]}`);
        }
      }
    });
  }
});
