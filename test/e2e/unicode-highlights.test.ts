// The workbench in a real headless Chromium with names beyond Latin-1: searching "Erdogan" lists
// the article with "Erdoğan" marked, and the reader highlights whole names (no "Erdo", no "Dvo"),
// on a record stored from decomposed (NFD) text as well.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { hasChromium, openWorkbench, type Workbench } from '../helpers/browser.js';

const TEXT =
  'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday, ' +
  'while Antonín Dvořák was played in Plzeň. "We agree," Erdoğan said.';

let workbench: Workbench;
let url: string;
let page: Page;
const ids: string[] = [];

describe.runIf(hasChromium())('workbench with names beyond Latin-1', () => {
  beforeAll(async () => {
    workbench = await openWorkbench('unicode', async (dir) => {
      const store = await openStore(join(dir, 'unicode.db'));
      for (const [i, text] of [TEXT, TEXT.normalize('NFD').replace('Monday', 'Tuesday')].entries()) {
        const r = recordFrom(text, { path: `unicode-${i}.txt`, published: '2024-05-15' });
        await store.put(r);
        ids.push(r.id);
      }
      return store;
    });
    ({ url, page } = workbench);
  });

  afterAll(async () => workbench?.close());

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
