// The language detector (src/extract/language.ts: ELD's algorithm over the table the build copies
// from the eld package) answers exactly as the eld package does, on real pages and on made-up text
// in many scripts (long words, surrogate pairs, lone surrogates, apostrophes, the 350/380-byte cuts).
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { detectLanguage, eldDetect } from '../../src/extract/language.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS: string[][] = [
  'abcdefghijklmnopqrstuvwxyz      ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ".,;:!?-'`’“”()[]/\t\n",
  'àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœłśźżčšžőű',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह',
  '中国人民政府新闻报道记者今天表示',
  '한국어뉴스기자정부발표',
  'ひらがなカタカナ日本語',
  'ქართულიენა',
  'עבריתחדשות',
].map((pool) => [...pool]);
const EXTRA = ['😀', '𝔸', '\ud800', '\udc00', '\u0000'];

function madeUpText(next: () => number): string {
  const length = 1 + Math.floor(next() * 1500);
  const pools = [POOLS[Math.floor(next() * POOLS.length)], POOLS[0], POOLS[Math.floor(next() * POOLS.length)]];
  let text = '';
  while (text.length < length) {
    if (next() < 0.01) text += EXTRA[Math.floor(next() * EXTRA.length)];
    else if (next() < 0.005) text += 'x'.repeat(60 + Math.floor(next() * 40));
    else {
      const pool = pools[Math.floor(next() * pools.length)];
      text += pool[Math.floor(next() * pool.length)];
    }
  }
  return text;
}

/** Windows of a page's text with the markup taken out (the detector takes any string). */
function windows(raw: string): string[] {
  const text = raw.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  return [0, 0.3, 0.6].map((at) => text.slice(Math.floor(at * text.length), Math.floor(at * text.length) + 2000));
}

describe('language detection', () => {
  it('answers as the eld package does on the sample pages', () => {
    const texts = readdirSync(SAMPLES).flatMap((f) => windows(readFileSync(`${SAMPLES}/${f}`, 'utf8')));
    for (const text of texts) expect(eldDetect(text), text.slice(0, 80)).toBe(eld.detect(text).language);
  });

  it('answers as the eld package does on made-up text in many scripts', () => {
    const next = random(10);
    const texts = Array.from({ length: 3000 }, () => madeUpText(next));
    const mismatches = texts.filter((text) => eldDetect(text) !== eld.detect(text).language);
    expect(mismatches.slice(0, 3)).toEqual([]);
    // The made-up texts reach many languages, so a score mix-up would show.
    expect(new Set(texts.map((text) => eldDetect(text))).size).toBeGreaterThan(15);
  });

  it.runIf(hasShared('data/extraction/zyte/pages'))('answers as the eld package does on the zyte pages', () => {
    const dir = sharedPath('data/extraction/zyte/pages');
    const texts = readdirSync(dir).flatMap((f) => {
      const raw = readFileSync(`${dir}/${f}`);
      return windows((f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
    });
    const mismatches = texts.filter((text) => eldDetect(text) !== eld.detect(text).language);
    expect(texts.length).toBeGreaterThan(100);
    // Not all English: the pages include other languages, whose scores would show a mix-up.
    expect(new Set(texts.map((text) => eldDetect(text))).size).toBeGreaterThan(5);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('tells common languages apart and gives "und" to text with too few letters', () => {
    expect(detectLanguage('The minister said on Tuesday that the talks would resume next week in the capital.')).toBe(
      'en',
    );
    expect(detectLanguage('Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine.')).toBe(
      'fr',
    );
    expect(detectLanguage('Министр заявил во вторник, что переговоры возобновятся на следующей неделе.')).toBe('ru');
    expect(detectLanguage('12:30 — 4, 5, 6 …')).toBe('und');
  });
});
