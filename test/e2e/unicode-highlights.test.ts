// The workbench in a real headless Chromium with names beyond Latin-1: searching "Erdogan" lists
// the article with "Erdoğan" marked, and the reader highlights whole names (no "Erdo", no "Dvo"),
// on a record stored from decomposed (NFD) text as well.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { listen } from '../../src/serve/listen.js';
import { openStore, type Store } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../helpers/browser.js';

const TEXT =
  'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday, ' +
  'while Antonín Dvořák was played in Plzeň. "We agree," Erdoğan said.';

let dir: string;
let store: Store;
let app: FastifyInstance;
let url: string;
let browser: Browser;
let page: Page;
const ids: string[] = [];

describe.runIf(hasChromium())('workbench with names beyond Latin-1', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-unicode-'));
    const webRoot = join(dir, 'web');
    await build({ configFile: 'web/vite.config.ts', logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
    store = await openStore(join(dir, 'unicode.db'));
    for (const [i, text] of [TEXT, TEXT.normalize('NFD').replace('Monday', 'Tuesday')].entries()) {
      const r = recordFrom(text, { path: `unicode-${i}.txt`, published: '2024-05-15' });
      await store.put(r);
      ids.push(r.id);
    }
    ({ app, url } = await listen({ store, port: 0, webRoot }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds "Erdoğan" by "Erdogan" and "Łódź" by "Lodz", marking the words as written', async () => {
    for (const [query, marked] of [
      ['Erdogan', 'Erdoğan'],
      ['Lodz', 'Łódź'],
      ['Dvořák', 'Dvořák'],
    ]) {
      await page.goto(url);
      await page.fill('input[type=search]', query);
      await page.press('input[type=search]', 'Enter');
      await page.waitForSelector('.hit');
      expect(await page.locator('.hit').count(), query).toBe(2);
      const marks = await page.locator('.hit mark').allTextContents();
      expect(
        marks.map((m) => m.normalize('NFC')),
        query,
      ).toContain(marked);
    }
  });

  it('highlights whole names in the reader, composed and decomposed', async () => {
    for (const id of ids) {
      await page.goto(`${url}#/article/${id}`);
      await page.waitForSelector('.article-text');
      const people = (await page.locator('.article-text .ent-PERSON').allTextContents()).map((t) => t.normalize('NFC'));
      expect(people).toEqual(['Recep Tayyip Erdoğan', 'Andrzej Duda', 'Antonín Dvořák', 'Erdoğan']);
      const places = (await page.locator('.article-text .ent-GPE').allTextContents()).map((t) => t.normalize('NFC'));
      expect(places).toEqual(['Łódź', 'Plzeň']);
      expect((await page.locator('.article-text .speaker').allTextContents()).map((t) => t.normalize('NFC'))).toEqual([
        'Erdoğan',
      ]);
    }
  });
});
