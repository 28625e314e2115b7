// What the hand-audit samplers share (eval/*-audit-sample.ts): their command line, every page of
// an extraction set analysed, and a seeded shuffle, so the same seed draws the same sample.
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/pipeline.js';
import { extract } from '../src/extract/index.js';
import type { Article, ArticleRecord, Entity } from '../src/record/types.js';
import { readGold, readPage } from './extract-set.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));

export interface SampleOptions {
  dir: string;
  count: number;
  seed: number;
}

/** `[folder] [--seed N] [--n N]`: the set (the Zyte pages by default), how many to print, the seed. */
export function sampleOptions(defaultSeed: number): SampleOptions {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) =>
    args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
  return {
    dir: args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT_SET,
    count: option('--n', 100),
    seed: option('--seed', defaultSeed),
  };
}

/** Every page of the set, extracted and analysed. */
export function* analysedPages(dir: string): Generator<{ url: string; article: Article; record: ArticleRecord }> {
  for (const gold of readGold(dir)) {
    const html = Buffer.from(readPage(dir, gold)).toString('utf8');
    const article = extract({ content: html, format: 'html', url: gold.url });
    yield { url: gold.url, article, record: analyze(article) };
  }
}

/** Characters of text shown on either side of an audited mention. */
const CONTEXT_CHARS = 70;

/** A mention in its surroundings, the mention in brackets, white space collapsed. */
export function mentionContext(text: string, [s, t]: readonly [number, number]): string {
  const before = text.slice(Math.max(0, s - CONTEXT_CHARS), s);
  return `${before}[${text.slice(s, t)}]${text.slice(t, t + CONTEXT_CHARS)}`.replace(/\s+/g, ' ');
}

/** The point given to an entity: "country / admin-1 (lat, lon)", or "-". */
export function placePoint(geo: Entity['geo']): string {
  if (!geo) return '-';
  return `${geo.country}${geo.admin1 ? ` / ${geo.admin1}` : ''} (${geo.lat.toFixed(2)}, ${geo.lon.toFixed(2)})`;
}

/** Shuffles the items with mulberry32 seeded by `seed` and prints the first `count`, one a line. */
export function printSample(items: string[], { seed, count }: SampleOptions, what: string, pages: number): void {
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  console.error(`${items.length} ${what} on ${pages} pages; printing ${Math.min(count, items.length)}`);
  console.log(items.slice(0, count).join('\n'));
}
