// Loads an extraction dev set: `gold.jsonl` lines with at least {id, url, page, body}; `page` is a
// gzipped HTML file relative to the set folder (see ../shared/data/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface GoldPage {
  id: string;
  url: string;
  page: string;
  body: string;
  title?: string | null;
  author?: string | string[] | null;
  published?: string | null;
  with?: string[];
  without?: string[];
}

export function readGold(setDir: string): GoldPage[] {
  return readFileSync(join(setDir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldPage);
}

/** The page's raw bytes (gunzipped when the file name ends in .gz). */
export function readPage(setDir: string, gold: GoldPage): Uint8Array {
  const raw = readFileSync(join(setDir, gold.page));
  return gold.page.endsWith('.gz') ? gunzipSync(raw) : raw;
}
